package dev.gouji.report;

import dev.gouji.extract.Evidences;
import dev.gouji.extract.number.Money;
import dev.gouji.record.Evidence;
import dev.gouji.record.Figure;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a figure stands inside its evidence snippet, so the page can mark it. The evidence offsets count in
 * the block's normalised text and the snippet is the original text around them (whitespace collapsed), so
 * the offsets only say roughly where to look: the figure is the number in the snippet that has the figure's
 * value (digits with thousands separators, or the amount in 元 of a figure in 万元) nearest to that spot,
 * with the unit that follows it when the evidence span covers one. Failing that, the evidence span itself.
 */
final class FigureMark {
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private FigureMark() {
    }

    /** {start, end} in the snippet, or null when there is nothing to mark. */
    static int[] locate(Figure figure) {
        Evidence e = figure.evidence();
        if (e == null || e.snippet() == null || e.snippet().isEmpty()) {
            return null;
        }
        String s = e.snippet();
        int expected = Math.max(0, e.start() - Math.max(0, e.start() - Evidences.CONTEXT));
        int span = Math.max(0, e.end() - e.start());
        int[] best = null;
        if (figure.value() != null) {
            Matcher m = NUMBER.matcher(s);
            int bestDistance = Integer.MAX_VALUE;
            while (m.find()) {
                BigDecimal n = parse(m.group());
                if (n != null && (n.compareTo(figure.value()) == 0
                        || n.compareTo(Money.wanToYuan(figure.value())) == 0)) {
                    int d = Math.abs(m.start() - expected);
                    if (d < bestDistance) {
                        bestDistance = d;
                        best = new int[] {m.start(), m.end()};
                    }
                }
            }
        }
        if (best != null) {
            int end = best[1];
            // the unit written right after the number (万元, %, 人, 分) when the evidence span reaches over it
            while (end < s.length() && end - best[0] < span && isUnitChar(s.charAt(end))) {
                end++;
            }
            return new int[] {best[0], end};
        }
        if (span > 0 && expected < s.length()) {
            return new int[] {expected, Math.min(s.length(), expected + span)};
        }
        return null;
    }

    private static boolean isUnitChar(char c) {
        return !Character.isWhitespace(c) && !Character.isDigit(c) && "，。；、,;:：（）()[]【】“”\"'-—/".indexOf(c) < 0;
    }

    private static BigDecimal parse(String token) {
        try {
            return new BigDecimal(token.replace(",", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
