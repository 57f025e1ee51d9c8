package dev.gouji.extract.number;

/**
 * Folds full-width digits and number punctuation to ASCII one char for one char, so that every offset
 * into the folded text is also an offset into the input.
 */
final class Folding {
    private Folding() {
    }

    static char[] fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            char c = out[i];
            if (c >= '\uFF10' && c <= '\uFF19') {
                out[i] = (char) ('0' + (c - '\uFF10'));
                continue;
            }
            out[i] = switch (c) {
                case '\uFF0E' -> '.';
                case '\uFF05', '\uFE6A' -> '%';
                case '\uFF0D', '\u2212', '\uFE63' -> '-';
                case '\uFF1C' -> '<';
                case '\uFF1D' -> '=';
                case '\uFF1E' -> '>';
                case '\uFF0B' -> '+';
                case '\uFF0F' -> '/';
                case '\uFF1A' -> ':';
                case '\uFF5E' -> '~';
                case '\u3000', '\u00A0' -> ' ';
                case '\u2266' -> '≤';
                case '\u2267' -> '≥';
                default -> c;
            };
        }
        // The full-width comma is also the ordinary Chinese comma ("完成3，100人"), so it only counts
        // as a thousands separator between full-width digits.
        for (int i = 1; i + 1 < out.length; i++) {
            if (text.charAt(i) == '\uFF0C' && isFullWidthDigit(text.charAt(i - 1))
                    && isFullWidthDigit(text.charAt(i + 1))) {
                out[i] = ',';
            }
        }
        return out;
    }

    private static boolean isFullWidthDigit(char c) {
        return c >= '\uFF10' && c <= '\uFF19';
    }
}
