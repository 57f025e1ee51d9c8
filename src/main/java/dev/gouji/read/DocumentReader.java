package dev.gouji.read;

import dev.gouji.model.Document;

/**
 * Reads one file format into the document model. Implementations are stateless and thread-safe; a new
 * format is one new class registered in {@link Readers}.
 */
public interface DocumentReader {
    /** The format this reader handles, as written to {@code source.format}: docx, doc, txt, html, pdf, xlsx, xls. */
    String format();

    /** Reads the whole file. Failures are {@link ReadException}s with a stable {@link ErrorCode}. */
    Document read(byte[] content, ReadLimits limits) throws ReadException;
}
