package dev.gouji.model;

/** Where the sentence holding a spot of a paragraph's text begins: after the last 。；;！？!? before it. */
public final class Sentences {
    private static final String ENDS = "。；;！？!?";
    private static final String ENDS_OR_LINE_BREAK = ENDS + "\n";

    private Sentences() {
    }

    /** The start of the sentence holding {@code at}; a line break ends a sentence too. */
    public static int start(String text, int at) {
        return startAfter(text, at, ENDS_OR_LINE_BREAK);
    }

    /** The start of the sentence holding {@code at}, read across line breaks (a line wrapped inside a sentence). */
    public static int startAcrossLines(String text, int at) {
        return startAfter(text, at, ENDS);
    }

    private static int startAfter(String text, int at, String ends) {
        int i = at - 1;
        while (i >= 0 && ends.indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }
}
