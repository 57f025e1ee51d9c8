package dev.gouji.extract.review;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import dev.gouji.extract.Evidences;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Words and phrases written twice in a row (「预算预算」, 「财政拨款财政拨款」, 「万元万元」, 「的的」), found on HanLP's
 * segmentation: a run of one to four words repeated back to back. Chinese doubles words on purpose, so these
 * stay out: a single character doubled (「人人」, 「常常」, 「一一」) unless it is a function word that is never doubled
 * (的, 了, 和 …), a verb doubled (「研究研究」), numbers, and anything without a Chinese character.
 */
final class DoubledWords {
    /** Single characters that are never reduplicated in written Chinese: doubled, they are a slip. */
    private static final String NEVER_DOUBLED = "的了和与及或在对于是将把被按从向为";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern NUMERAL = Pattern.compile("[0-9.,%一二三四五六七八九十百千万亿两零〇]+");
    private static final int LONGEST = 4;
    /** Some run with a Chinese character at one end written twice in a row: the only texts worth segmenting. */
    private static final Pattern ANY_REPEAT = Pattern.compile("(\\S{0,7}\\p{IsHan})\\1|(\\p{IsHan}\\S{0,7})\\2");
    private static final Segment SEGMENT = HanLP.newSegment().enableNumberQuantifierRecognize(false)
            .enableOrganizationRecognize(false).enablePlaceRecognize(false).enableNameRecognize(false);

    private DoubledWords() {
    }

    static void find(List<TextSpans> spans, List<TextFlaw> out) {
        for (TextSpans s : spans) {
            String text = s.text().normalized();
            if (text.length() < 2 || !ANY_REPEAT.matcher(text).find()) {
                continue;
            }
            for (int[] span : in(text)) {
                out.add(new TextFlaw(TextFlaw.Kind.DOUBLED, text.substring(span[0], span[1]),
                        Evidences.of(s.id(), s.text(), span[0], span[1])));
            }
        }
    }

    /** The doubled runs of {@code text}: [start, end) of both copies together. */
    static List<int[]> in(String text) {
        List<Term> terms;
        synchronized (SEGMENT) {
            terms = SEGMENT.seg(text);
        }
        int[] at = new int[terms.size() + 1];
        for (int i = 0; i < terms.size(); i++) {
            at[i + 1] = at[i] + terms.get(i).word.length();
        }
        List<int[]> out = new ArrayList<>();
        if (at[terms.size()] != text.length()) {
            return out; // the segmenter changed the text: offsets would not point where they should
        }
        int i = 0;
        while (i < terms.size()) {
            int found = 0;
            for (int k = 1; k <= LONGEST && i + 2 * k <= terms.size(); k++) {
                if (repeated(terms, i, k) && slip(terms, i, k)) {
                    found = k;
                    break;
                }
            }
            if (found > 0) {
                out.add(new int[] {at[i], at[i + 2 * found]});
                i += 2 * found;
            } else {
                i++;
            }
        }
        return out;
    }

    private static boolean repeated(List<Term> terms, int i, int k) {
        for (int j = 0; j < k; j++) {
            if (!terms.get(i + j).word.equals(terms.get(i + k + j).word)) {
                return false;
            }
        }
        return true;
    }

    /** Whether a repeated run reads as a slip, not as Chinese reduplication. */
    private static boolean slip(List<Term> terms, int i, int k) {
        StringBuilder unit = new StringBuilder();
        for (int j = 0; j < k; j++) {
            Term t = terms.get(i + j);
            if (t.nature.startsWith("w") || t.word.isBlank()) {
                return false;
            }
            unit.append(t.word);
        }
        String u = unit.toString();
        if (!HAN.matcher(u).find() || NUMERAL.matcher(u).matches()) {
            return false;
        }
        if (u.length() == 1) {
            return NEVER_DOUBLED.indexOf(u.charAt(0)) >= 0;
        }
        // 「研究研究」, 「看看」: a verb doubled is a way of speaking, not a slip
        return !(k == 1 && terms.get(i).nature.startsWith("v"));
    }
}
