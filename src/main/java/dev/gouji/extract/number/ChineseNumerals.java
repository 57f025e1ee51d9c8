package dev.gouji.extract.number;

/** Chinese numerals: 三十六, 一百零五, 两千, 二〇二三 (digit by digit). */
final class ChineseNumerals {
    private ChineseNumerals() {
    }

    /** Characters that can begin a numeral; 百/千/万/亿 alone are words ("万元", "千方百计"). */
    static boolean isStart(char c) {
        return digit(c) >= 0 || c == '十';
    }

    static boolean isNumeralChar(char c) {
        return digit(c) >= 0 || c == '十' || c == '百' || c == '千' || c == '万' || c == '亿';
    }

    static int digit(char c) {
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

    /** Value of s[from, to), or -1 if it is not a well-formed numeral. */
    static long parse(char[] s, int from, int to) {
        boolean positional = true;
        for (int i = from; i < to; i++) {
            if (digit(s[i]) < 0) {
                positional = false;
                break;
            }
        }
        if (positional) {
            long v = 0;
            for (int i = from; i < to; i++) {
                v = v * 10 + digit(s[i]);
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long number = 0;
        for (int i = from; i < to; i++) {
            char c = s[i];
            int d = digit(c);
            if (d >= 0) {
                number = d;
                continue;
            }
            switch (c) {
                case '十' -> {
                    section += (number == 0 && (i == from || s[i - 1] != '零') ? 1 : number) * 10;
                    number = 0;
                }
                case '百' -> {
                    section += number * 100;
                    number = 0;
                }
                case '千' -> {
                    section += number * 1000;
                    number = 0;
                }
                case '万' -> {
                    total += (section + number) * 10_000L;
                    section = 0;
                    number = 0;
                }
                case '亿' -> {
                    total = (total + section + number) * 100_000_000L;
                    section = 0;
                    number = 0;
                }
                default -> {
                    return -1;
                }
            }
        }
        return total + section + number;
    }
}
