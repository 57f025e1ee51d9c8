package dev.gouji.fact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads which year a figure is about from the words that name it: an explicit year (「2021年决算数」), or a
 * year relative to the report's fiscal year (上年, 上年同期, 去年 → the year before; 本年, 当年, 年初, 年末 → the
 * fiscal year; 下年, 明年 → the year after; 全年 and 年度 say how long, not which year). The expression nearest the figure wins. 上年结转 and 上年结余 are the
 * fiscal year's opening balance, not the prior year's figure.
 */
public final class PeriodWords {
    private static final Pattern OPENING_BALANCE = Pattern.compile("上年(?:度)?(?:末)?(?:结转|结余)");
    /** Balances named by the time they are taken at: part of the quantity's name, not a period to strip. */
    private static final Pattern BALANCE_NAME = Pattern.compile("(?:上年|年初|年末|本年)(?:度)?(?:末)?(?:结转|结余)");
    private static final Pattern WORDS = Pattern.compile(
            "(?<year>(?:19|20)\\d{2})\\s*年"
                    + "|(?<prior>上年同期|上一年度|上一年|上年度|上年|去年同期|去年|前一年|同期|上期)"
                    + "|(?<next>下一年度|下一年|下年度|下年|明年)"
                    + "|(?<current>本年度|本年|今年|当年|本期|年初|年末)"
                    + "|(?<whole>全年|年度)");

    private PeriodWords() {
    }

    /** The year the words speak of, or null when they name none (or the fiscal year is unknown for a relative one). */
    public static Integer of(String words, Integer fiscalYear) {
        if (words == null || words.isEmpty()) {
            return null;
        }
        String s = OPENING_BALANCE.matcher(words).replaceAll("本年结转");
        Matcher m = WORDS.matcher(s);
        Integer last = null;
        boolean found = false;
        while (m.find()) {
            if (m.group("whole") != null) {
                continue; // 全年, 年度: the whole year, not which year
            }
            found = true;
            if (m.group("year") != null) {
                last = Integer.parseInt(m.group("year"));
            } else if (fiscalYear == null) {
                last = null;
            } else if (m.group("prior") != null) {
                last = fiscalYear - 1;
            } else if (m.group("next") != null) {
                last = fiscalYear + 1;
            } else {
                last = fiscalYear;
            }
        }
        return found ? last : null;
    }

    /** The words with every year expression taken out, except those that are part of a balance's name. */
    public static String strip(String words) {
        if (words == null || words.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Matcher balance = BALANCE_NAME.matcher(words);
        int last = 0;
        while (balance.find()) {
            out.append(WORDS.matcher(words.substring(last, balance.start())).replaceAll(""));
            out.append(balance.group());
            last = balance.end();
        }
        out.append(WORDS.matcher(words.substring(last)).replaceAll(""));
        return out.toString();
    }

    /** Whether the words name any year or relative year at all. */
    public static boolean names(String words) {
        if (words == null) {
            return false;
        }
        Matcher m = WORDS.matcher(words);
        while (m.find()) {
            if (m.group("whole") == null) {
                return true;
            }
        }
        return false;
    }
}
