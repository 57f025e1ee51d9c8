package dev.gouji.extract.review;

import dev.gouji.extract.Evidences;
import java.util.List;

/**
 * An ASCII comma between a Chinese word and an amount (「基本支出,576.89万元」): the template writes a full-width
 * comma or 、 there, so the half-width one is a slip of typing or conversion. Thousands separators (2,856.43)
 * stand between digits and are not this.
 */
final class Punctuation {
    private Punctuation() {
    }

    static void find(List<TextSpans> spans, List<TextFlaw> out) {
        for (TextSpans s : spans) {
            if (s.cell()) {
                continue;
            }
            String norm = s.text().normalized();
            String original = s.text().original();
            for (int i = 1; i + 1 < norm.length(); i++) {
                if (norm.charAt(i) != ',' || !Character.isIdeographic(norm.codePointAt(i - 1))) {
                    continue;
                }
                int next = norm.charAt(i + 1) == ' ' && i + 2 < norm.length() ? i + 2 : i + 1;
                int o = s.text().originalOffset(i);
                if (Character.isDigit(norm.charAt(next)) && o < original.length() && original.charAt(o) == ',') {
                    out.add(new TextFlaw(TextFlaw.Kind.COMMA, ",", Evidences.of(s.id(), s.text(), i, i + 1)));
                }
            }
        }
    }
}
