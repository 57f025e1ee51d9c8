package dev.gouji.fact;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the basis of a figure from the words that name it (a clause, a row label, a column header): the
 * basis word nearest the figure wins (「预算执行数」 is an actual, 「决算数」 over 「预算数」 in a two-row header
 * is an actual). Names of funds and procedures that contain 预算 (一般公共预算, 预算管理) are not basis words.
 * Money allocated ahead of the year (提前下达) is the initial budget; money paid out (兑付, 拨付, 发放) is spent.
 */
public final class BasisWords {
    /** Compounds that contain a basis word but do not state a basis: masked before the search. */
    private static final Pattern NOT_A_BASIS = Pattern.compile(
            "一般公共预算|政府性基金预算|国有资本经营预算|社会保险基金预算|财政专户管理资金预算|预决算|预算单位|预算部门|预算编制|预算管理"
                    + "|预算绩效|预算调整率|预算公开|预算信息|部门预算(?!数)|预算收支|预算收入|预算内|预算外|预算级次|未完成");
    /** Longest first, so that 年初预算数 is not read as 预算数, nor 实际完成值 as 实际. */
    private static final Pattern WORDS = Pattern.compile(
            "(?<initial>年初预算|年初批复|年初安排|年初计划|批复预算|预算批复|提前下达)"
                    + "|(?<achieved>实际完成值|实际完成|完成值|实际值|完成情况|完成数|实现值)"
                    + "|(?<target>年度指标值|指标值|目标值|年度目标|绩效目标|预期目标|计划完成|目标)"
                    + "|(?<budget>调整后预算|调整后全年预算|调整预算|全年预算|年度预算|预算数|预算安排|预算金额|预算资金|预算申请|预算|全年计划|计划数|计划投资|下达资金|下达)"
                    + "|(?<actual>决算|执行数|实际执行|实际支出|实际使用|实际到位|实际发生|实际|执行金额|执行|已支出|支出数|累计支出|兑付|拨付|发放)");

    private BasisWords() {
    }

    /** The basis the words state, nearest the end (the figure) first; null when they state none. */
    public static Basis of(String words) {
        if (words == null || words.isEmpty()) {
            return null;
        }
        Matcher m = WORDS.matcher(mask(words));
        Basis last = null;
        while (m.find()) {
            last = m.group("initial") != null ? Basis.BUDGET_INITIAL
                    : m.group("achieved") != null ? Basis.ACHIEVED
                    : m.group("target") != null ? Basis.TARGET
                    : m.group("budget") != null ? Basis.BUDGET : Basis.ACTUAL;
        }
        return last;
    }

    /** The words with every basis word taken out (what is left names the quantity). */
    public static String strip(String words) {
        if (words == null || words.isEmpty()) {
            return "";
        }
        String masked = mask(words);
        Matcher m = WORDS.matcher(masked);
        StringBuilder out = new StringBuilder();
        int last = 0;
        while (m.find()) {
            out.append(words, last, m.start());
            last = m.end();
        }
        out.append(words, last, words.length());
        return out.toString();
    }

    /** Compounds replaced by a same-length run of a character no basis word contains, offsets kept. */
    private static String mask(String words) {
        Matcher m = NOT_A_BASIS.matcher(words);
        if (!m.find()) {
            return words;
        }
        StringBuilder s = new StringBuilder(words);
        do {
            for (int i = m.start(); i < m.end(); i++) {
                s.setCharAt(i, '#');
            }
        } while (m.find());
        return s.toString();
    }
}
