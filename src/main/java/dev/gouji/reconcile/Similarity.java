package dev.gouji.reconcile;

/** How alike two labels or names are: longest common subsequence over the shorter one. */
final class Similarity {
    private Similarity() {
    }

    static String core(String s) {
        return s == null ? "" : s.replaceAll("[\\s:：,，、()（）“”\"]", "").replaceAll("(?:专项资金|专项经费|专项|总额|合计)$", "");
    }

    /** Labels of one field that name the same line: equal once cleaned, or one inside the other. */
    static boolean sameLabel(String a, String b) {
        String x = core(a);
        String y = core(b);
        return !x.isEmpty() && !y.isEmpty() && (x.equals(y) || x.endsWith(y) || y.endsWith(x));
    }

    /** Project names that differ only by a word or two (城市管理综合执法经费 / 城市管理综合行政执法经费). */
    static boolean sameName(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.length() < 4 || y.length() < 4) {
            return false;
        }
        return lcs(x, y) >= 0.8 * Math.max(x.length(), y.length());
    }

    /** A label that speaks of the same thing as an indicator name: most of the shorter one in order. */
    static boolean alike(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.length() < 3 || y.length() < 3) {
            return false;
        }
        return lcs(x, y) >= 0.75 * Math.min(x.length(), y.length());
    }

    /** Share of the shorter core that the longest common subsequence covers (0 when either is too short). */
    static double ratio(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.length() < 3 || y.length() < 3) {
            return 0;
        }
        return (double) lcs(x, y) / Math.min(x.length(), y.length());
    }

    static int lcs(String a, String b) {
        return dev.gouji.extract.TextSimilarity.lcs(a, b);
    }
}
