package dev.gouji.extract.number;

/** Chinese numerals (三十六, 一百二十, 两千, 九十五) to integers. */
final class ChineseNumerals {
    static final String DIGITS = "零〇一二两三四五六七八九十百千万";

    private ChineseNumerals() {
    }

    static long parse(String s) {
        long total = 0;
        long section = 0;
        long digit = 0;
        for (char c : s.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                digit = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> throw new IllegalArgumentException("not a numeral: " + c);
            };
            if (unit == 10000) {
                total = (total + section + digit) * unit;
                section = 0;
            } else {
                section += (digit == 0 ? 1 : digit) * unit;
            }
            digit = 0;
        }
        return total + section + digit;
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
