package dev.gouji.extract.number;

import java.util.List;

/**
 * Set phrases built from numerals (political slogans, idioms) whose numeral + classifier would otherwise
 * read as a count. Structural patterns ("三会一课", "一江两岸", quoted slogans) are caught by rules in
 * {@link Scanner}; this list holds the ones no rule can tell from a real count.
 */
final class FixedExpressions {
    private static final List<String> PHRASES = List.of(
            "四个意识", "四个自信", "两个维护", "四个服从", "两个确立", "四个全面", "三个代表", "两个务必",
            "两个一百年", "四个不摘", "八项规定", "三个务必", "五个坚持", "两张皮", "三番五次", "三令五申",
            "四面八方", "五湖四海", "一条龙", "一张网", "一件事", "一次性", "一站式", "一批次");

    private FixedExpressions() {
    }

    /** Whether a listed phrase covers position {@code at}. */
    static boolean covers(char[] s, int at) {
        for (String p : PHRASES) {
            for (int k = 0; k < p.length(); k++) {
                if (Units.regionMatches(s, at - k, p)) {
                    return true;
                }
            }
        }
        return false;
    }
}
