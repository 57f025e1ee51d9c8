package dev.gouji.extract.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Words and signs around a number that make it approximate or a bound. */
final class Qualifiers {

    record Word(String text, Qualifier qualifier) {
    }

    private static final List<Word> PREFIXES = new ArrayList<>();
    private static final List<Word> SUFFIXES = new ArrayList<>();
    /** The prefixes by their last character, longest first: a number's few candidates, not all of them. */
    private static final Map<Character, List<Word>> PREFIXES_BY_LAST_CHAR = new HashMap<>();

    /** 约 preceded by one of these is a word (节约, 制约, 签约 ...), not "about". */
    private static final String NOT_BEFORE_YUE = "节制签预合履违特公集简缔契条";
    /** 近 preceded by one of these is a word (最近, 附近 ...). */
    private static final String NOT_BEFORE_JIN = "最附邻靠亲贴";

    static {
        prefix(Qualifier.APPROXIMATE, "约", "大约", "近", "将近", "接近");
        prefix(Qualifier.AT_LEAST, "≥", ">=", "不低于", "不少于", "不小于", "大于等于", "大于或等于", "高于等于",
                "至少");
        prefix(Qualifier.AT_MOST, "≤", "<=", "不超过", "不高于", "不多于", "不大于", "小于等于", "小于或等于",
                "低于等于", "最多");
        prefix(Qualifier.MORE_THAN, ">", "大于", "超过", "高于", "多于");
        prefix(Qualifier.LESS_THAN, "<", "小于", "低于", "少于", "不足", "不到");
        prefix(Qualifier.EQUAL, "=", "等于");
        PREFIXES.sort(Comparator.comparingInt((Word w) -> w.text().length()).reversed());
        for (Word w : PREFIXES) {
            PREFIXES_BY_LAST_CHAR.computeIfAbsent(w.text().charAt(w.text().length() - 1), c -> new ArrayList<>()).add(w);
        }

        suffix(Qualifier.AT_LEAST, "及以上", "以上");
        suffix(Qualifier.AT_MOST, "及以下", "以下", "以内", "之内");
        suffix(Qualifier.APPROXIMATE, "左右");
        SUFFIXES.sort(Comparator.comparingInt((Word w) -> w.text().length()).reversed());
    }

    private static void prefix(Qualifier q, String... words) {
        for (String w : words) {
            PREFIXES.add(new Word(w, q));
        }
    }

    private static void suffix(Qualifier q, String... words) {
        for (String w : words) {
            SUFFIXES.add(new Word(w, q));
        }
    }

    private Qualifiers() {
    }

    /** The qualifier word ending exactly at {@code end}, not reaching before {@code floor}. */
    static Word prefixEndingAt(char[] s, int end, int floor) {
        List<Word> candidates = end > 0 ? PREFIXES_BY_LAST_CHAR.get(s[end - 1]) : null;
        if (candidates == null) {
            return null;
        }
        for (Word w : candidates) {
            int from = end - w.text().length();
            if (from < floor || !Units.regionMatches(s, from, w.text())) {
                continue;
            }
            char before = from > 0 ? s[from - 1] : ' ';
            if (w.text().equals("约") && NOT_BEFORE_YUE.indexOf(before) >= 0) {
                continue;
            }
            if (w.text().equals("近") && NOT_BEFORE_JIN.indexOf(before) >= 0) {
                continue;
            }
            return w;
        }
        return null;
    }

    static Word suffixAt(char[] s, int p) {
        for (Word w : SUFFIXES) {
            if (Units.regionMatches(s, p, w.text())) {
                return w;
            }
        }
        return null;
    }

    /** A bound says more than an approximation, and the first word written wins among equals. */
    static Qualifier combine(Qualifier first, Qualifier second) {
        if (first == Qualifier.NONE) {
            return second;
        }
        if (first == Qualifier.APPROXIMATE && second != Qualifier.NONE) {
            return second;
        }
        return first;
    }
}
