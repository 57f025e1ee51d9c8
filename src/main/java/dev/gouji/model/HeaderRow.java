package dev.gouji.model;

import java.util.List;
import java.util.regex.Pattern;

/** Whether a table row reads as a header by its texts alone, so a repeat of it is layout, not content. */
public final class HeaderRow {
    /** Without DOTALL on purpose: a digit only on a later line of a cell does not make it a figure. */
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    private HeaderRow() {
    }

    /** A header reads as several (two or more) non-empty labels with no digit in them. */
    public static boolean readsAsHeader(List<String> cellTexts) {
        long labels = cellTexts.stream().filter(t -> !t.isEmpty() && !HAS_DIGIT.matcher(t).matches()).count();
        return labels >= 2;
    }
}
