package dev.gouji.extract.review;

import dev.gouji.extract.Evidences;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template placeholders left in a report: runs of X or × standing for a name or a figure (「XX局」, 「XXX万元」,
 * 「××」), blanks to fill (「____」), a bracketed field name (「（单位名称）」), both words of a template's choice
 * kept (「增加（减少）」) and the template's own instructions (「（如持平作持平表述）」, 「（不涉及的不列）」).
 */
final class Placeholders {
    private static final String DIRECTION = "增加|减少|增长|下降|上升|降低|大于|小于|高于|低于|多于|少于";
    private static final Pattern PLACEHOLDER = Pattern.compile(String.join("|",
            // X or × runs, not inside a Latin word (XXL, MAXX) nor a Roman numeral's context of letters
            "(?<![A-Za-z])(?:[Xx]{2,}|×{2,}|[Xx×]+×[Xx×]*)(?![A-Za-z])",
            // a blank to fill, not the line a signature is written on (「负责人（签字）：____」)
            "(?<!(?:签字|签名|签章|盖章|负责人|填报人|审核人|经办人)[:)]{0,2}\\s{0,2})(?<![_＿])(?:_{3,}|＿{3,})",
            // a field name standing for the value (「（单位名称）」), not a header's gloss of its word (「项目（名称）」)
            "\\([^()]{1,6}名称\\)",
            "\\([^()]{0,16}(?:表述|不涉及的|填写|请填)[^()]{0,16}\\)",
            // 「（不涉及的不列）」「（没有的不列）」; not 「（不列入本单位收支）」, nor a note 「（本单位不涉及此项收支）」
            "\\([^()]{0,16}不列\\)"));
    /** Both words of a template's choice (「增加（减少）」): in text, not in a table header, where it names the column's sign. */
    private static final Pattern CHOICE = Pattern.compile("(?:" + DIRECTION + ")\\((?:" + DIRECTION + ")\\)");
    /** A paragraph that is nothing but a rule drawn with underscores or dashes: a separator, not a blank to fill. */
    private static final Pattern RULE_LINE = Pattern.compile("^[\\s_＿\\-—－=]+$");

    private Placeholders() {
    }

    static void find(List<TextSpans> spans, List<TextFlaw> out) {
        for (TextSpans s : spans) {
            String text = s.text().normalized();
            if (RULE_LINE.matcher(text).matches()) {
                continue;
            }
            List<int[]> found = new ArrayList<>();
            for (Pattern p : s.cell() ? List.of(PLACEHOLDER) : List.of(PLACEHOLDER, CHOICE)) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    found.add(new int[] {m.start(), m.end()});
                }
            }
            found.sort(java.util.Comparator.comparingInt((int[] a) -> a[0]));
            for (int[] f : found) {
                out.add(new TextFlaw(TextFlaw.Kind.PLACEHOLDER, text.substring(f[0], f[1]), Evidences.of(s.id(), s.text(), f[0], f[1])));
            }
        }
    }

    /** The placeholders of one piece of text, as written (for tests and callers outside a document). */
    static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        String normalized = dev.gouji.model.NormalizedText.normalize(text);
        if (RULE_LINE.matcher(normalized).matches()) {
            return out;
        }
        List<int[]> found = new ArrayList<>();
        for (Pattern p : List.of(PLACEHOLDER, CHOICE)) {
            Matcher m = p.matcher(normalized);
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        found.sort(java.util.Comparator.comparingInt((int[] a) -> a[0]));
        found.forEach(f -> out.add(normalized.substring(f[0], f[1])));
        return out;
    }
}
