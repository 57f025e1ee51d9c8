package dev.gouji.read;

import dev.gouji.model.Document;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Picks the reader for a file by its detected format and enforces the size limits before parsing. */
public final class Readers {
    private final Map<String, DocumentReader> byFormat = new LinkedHashMap<>();
    private final FormatDetector detector = new FormatDetector();

    public Readers(List<DocumentReader> readers) {
        for (DocumentReader r : readers) {
            byFormat.put(r.format(), r);
        }
    }

    public static Readers standard() {
        return new Readers(List.of(new TxtReader(), new DocxReader(), new HtmlReader(), new DocReader(), new PdfReader(),
                new SpreadsheetReader("xlsx"), new SpreadsheetReader("xls")));
    }

    /**
     * Replaces the reader of one format by an instance of {@code className} (a {@link DocumentReader} with a
     * public no-argument constructor): the {@code gouji.read.reader_overrides} extension point.
     */
    public void override(String format, String className) {
        DocumentReader reader;
        try {
            reader = (DocumentReader) Class.forName(className).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalArgumentException("gouji.read.reader_overrides." + format + ": cannot use " + className
                    + " as a DocumentReader (" + e + ")", e);
        }
        byFormat.put(format, reader);
    }

    public String detect(byte[] content, String fileName) throws ReadException {
        return detector.detect(content, fileName);
    }

    /** Reads {@code content}; {@code fileName} only breaks ties between text formats. */
    public Document read(byte[] content, String fileName, ReadLimits limits) throws ReadException {
        return readAs(detector.detect(content, fileName), content, limits);
    }

    /** Reads {@code content} as {@code format}, already detected by {@link #detect}. */
    public Document readAs(String format, byte[] content, ReadLimits limits) throws ReadException {
        if (content.length > limits.maxFileBytes()) {
            throw new ReadException(ErrorCode.TOO_LARGE, "the file has " + content.length
                    + " bytes, over the limit of " + limits.maxFileBytes() + " (gouji.read.max_file_bytes in pipeline.conf)");
        }
        DocumentReader reader = byFormat.get(format);
        if (reader == null) {
            throw new ReadException(ErrorCode.UNSUPPORTED, "no reader for format " + format);
        }
        try {
            return reader.read(content, limits);
        } catch (ReadException e) {
            throw e;
        } catch (OutOfMemoryError e) {
            throw ReadFailures.outOfMemory(FileKind.ofFormat(format, FileKind.TXT), e);
        } catch (RuntimeException e) {
            // whatever a reader let through is classified by cause like what it caught itself
            throw ReadFailures.classify(FileKind.ofFormat(format, FileKind.TXT), e);
        }
    }
}
