package dev.gouji.extract;

import java.util.regex.Pattern;

/**
 * Cleans the words that name a figure so that label variants compare equal: quotes, spaces, list markers
 * (一、 1. （一） ①), 「其中」, a leading year (2023年度), and trailing verbs (为, 共有, 达到).
 */
public final class Labels {
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[:：,，、]+");
    private static final Pattern LEADING_MARKER = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十]+[)）、.．]|[(（]\\d+[)）]|\\d+[、.．](?!\\d)|[①-⑳]|[a-zA-Z][、.)]|第[一二三四五六七八九十\\d]+(?:部分|[章节条项])?)\\s*");
    private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’「」『』《》〈〉\\s]");
    private static final Pattern QIZHONG = Pattern.compile("^(?:其中|另外|此外|包括|主要用于|主要是|用于|全年|累计|合计)[:：,，]?");
    private static final Pattern YEAR = Pattern.compile("^(?:(?:19|20)\\d{2}|二[〇零○][一二三四五六七八九〇零○]{2})年度?[,，]?");
    private static final Pattern TRAILING = Pattern.compile("(?:共有|共计|合计|达到|达|为|是|共|计|约|有|:|：|,|，)+$");
    private static final Pattern UNIT_HINT = Pattern.compile("[(（](?:万元|元|人|%|个|万)[)）]$");

    private Labels() {
    }

    private static final BoundedCache<String> CACHE = new BoundedCache<>(50_000, Labels::cleanUncached);

    /** The cleaned label (results kept: labels repeat across a report and across reports). */
    public static String clean(String label) {
        return label == null ? "" : CACHE.get(label);
    }

    private static String cleanUncached(String label) {
        String s = QUOTES.matcher(label).replaceAll("");
        String prev;
        do {
            prev = s;
            s = LEADING_MARKER.matcher(s).replaceFirst("");
            s = QIZHONG.matcher(s).replaceFirst("");
            s = YEAR.matcher(s).replaceFirst("");
            s = LEADING_PUNCTUATION.matcher(s).replaceFirst("");
        } while (!s.equals(prev));
        s = UNIT_HINT.matcher(s).replaceFirst("");
        do {
            prev = s;
            s = TRAILING.matcher(s).replaceFirst("");
        } while (!s.equals(prev));
        return s;
    }
}
