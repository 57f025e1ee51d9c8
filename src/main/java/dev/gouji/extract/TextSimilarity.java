package dev.gouji.extract;

/** How alike two names are: the longest common subsequence of their characters. */
public final class TextSimilarity {
    private TextSimilarity() {
    }

    public static int lcs(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                d[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? d[i - 1][j - 1] + 1 : Math.max(d[i - 1][j], d[i][j - 1]);
            }
        }
        return d[a.length()][b.length()];
    }
}
