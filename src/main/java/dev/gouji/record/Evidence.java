package dev.gouji.record;

/**
 * Where a figure stands: block id (p12, t3r4c2), offsets in that block's normalised text, a snippet, and for
 * a PDF the 1-based page the block (for a table cell: its row) starts on; {@code page} is null, and left out
 * of the JSON, for formats without pages.
 */
public record Evidence(String block, int start, int end, String snippet, Integer page) {
    public Evidence(String block, int start, int end, String snippet) {
        this(block, start, end, snippet, null);
    }
}
