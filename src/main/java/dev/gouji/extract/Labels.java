package dev.gouji.extract;

import java.util.regex.Pattern;

/**
 * Cleans the words that name a figure so that label variants compare equal: quotes, spaces, list markers
 * (一、 1. （一） ①), 「其中」, a leading year (2023年度), and trailing verbs (为, 共有, 达到).
 */
public final class Labels {
    private static final Pattern LEADING_MARKER = Pattern.compile(
            "^(?:[(（]?[一二三四五六七八九十]+[)）、.．]|[(（]\\d+[)）]|\\d+[、.．](?!\\d)|[①-⑳]|[a-zA-Z][、.)]|第[一二三四五六七八九十\\d]+[部分章节条项]?)\\s*");
    private static final Pattern QUOTES = Pattern.compile("[“”\"'‘’「」『』《》〈〉\\s]");
    private static final Pattern QIZHONG = Pattern.compile("^(?:其中|另外|此外|包括|主要用于|主要是|用于|全年|累计|合计)[:：,，]?");
    private static final Pattern YEAR = Pattern.compile("^(?:(?:19|20)\\d{2}|二[〇零○][一二三四五六七八九〇零○]{2})年度?[,，]?");
    private static final Pattern TRAILING = Pattern.compile("(?:共有|共计|总计|合计|达到|达|为|是|共|计|约|有|:|：|,|，)+$");
    private static final Pattern UNIT_HINT = Pattern.compile("[(（](?:万元|元|人|%|个|万)[)）]$");

    private Labels() {
    }

    private static final int CACHE_LIMIT = 50_000;
    private static final java.util.concurrent.ConcurrentHashMap<String, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    /** The cleaned label; labels repeat across a report and across reports, so results are kept (bounded). */
    public static String clean(String label) {
        if (label == null) {
            return "";
        }
        String cached = CACHE.get(label);
        if (cached != null) {
            return cached;
        }
        String cleaned = cleanUncached(label);
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(label, cleaned);
        return cleaned;
    }

    private static String cleanUncached(String label) {
        String s = QUOTES.matcher(label).replaceAll("");
        String prev;
        do {
            prev = s;
            s = LEADING_MARKER.matcher(s).replaceFirst("");
            s = QIZHONG.matcher(s).replaceFirst("");
            s = YEAR.matcher(s).replaceFirst("");
            s = s.replaceFirst("^[:：,，、]+", "");
        } while (!s.equals(prev));
        s = UNIT_HINT.matcher(s).replaceFirst("");
        do {
            prev = s;
            s = TRAILING.matcher(s).replaceFirst("");
        } while (!s.equals(prev));
        return s;
    }
}
