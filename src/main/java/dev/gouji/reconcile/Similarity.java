package dev.gouji.reconcile;

/** How alike two labels or names are: longest common subsequence over the shorter one. */
final class Similarity {
    private Similarity() {
    }

    static String core(String s) {
        return s == null ? "" : s.replaceAll("[\\s:：,，、()（）“”\"]", "").replaceAll("(?:专项资金|专项经费|专项|总额|合计)$", "");
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
