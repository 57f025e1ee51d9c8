package dev.gouji.model;

/** One unit of a document in reading order: a paragraph or a table. */
public sealed interface Block permits Paragraph, Table {
    /** Stable id within the document: {@code p12}, {@code t3}. */
    String id();

    /** The 1-based page the block starts on in a paged format (PDF); 0 for formats without pages. */
    int page();
}
