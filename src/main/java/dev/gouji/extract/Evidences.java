package dev.gouji.extract;

import dev.gouji.model.NormalizedText;
import dev.gouji.record.Evidence;
import java.util.regex.Pattern;

/** Builds evidence for a span of a block's normalised text, quoting the original around it, with its page if any. */
public final class Evidences {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** Normalised characters quoted on each side of the span: a snippet starts this many before it. */
    public static final int CONTEXT = 18;

    private Evidences() {
    }

    public static Evidence of(String blockId, NormalizedText text, int start, int end) {
        String norm = text.normalized();
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(norm.length(), end + CONTEXT);
        String snippet = WHITESPACE.matcher(text.originalSpan(from, to)).replaceAll(" ").trim();
        return new Evidence(blockId, start, end, snippet, text.page() > 0 ? text.page() : null);
    }

    /** Evidence for a whole table cell. */
    public static Evidence ofCell(String cellId, NormalizedText text) {
        return of(cellId, text, 0, text.normalized().length());
    }
}
