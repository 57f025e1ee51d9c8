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
            "_{3,}|＿{3,}",
            "\\([^()]{0,6}名称\\)",
            "(?:" + DIRECTION + ")\\((?:" + DIRECTION + ")\\)",
            "\\([^()]{0,16}(?:表述|不涉及|不列|填写|请填)[^()]{0,16}\\)"));

    private Placeholders() {
    }

    static void find(List<TextSpans> spans, List<TextFlaw> out) {
        for (TextSpans s : spans) {
            String text = s.text().normalized();
            Matcher m = PLACEHOLDER.matcher(text);
            while (m.find()) {
                out.add(new TextFlaw(TextFlaw.Kind.PLACEHOLDER, m.group(), Evidences.of(s.id(), s.text(), m.start(), m.end())));
            }
        }
    }

    /** The placeholders of one piece of text, as written (for tests and callers outside a document). */
    static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(dev.gouji.model.NormalizedText.normalize(text));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
