package dev.gouji.ingest;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.model.Document;
import dev.gouji.read.ErrorCode;
import dev.gouji.read.ReadException;
import dev.gouji.read.Readers;
import dev.gouji.reconcile.Reconciler;
import dev.gouji.record.ErrorInfo;
import dev.gouji.record.Finding;
import dev.gouji.record.RecordStatus;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.SourceInfo;
import dev.gouji.record.Warning;
import java.io.IOException;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Turns one input file into its record: read, extract, reconcile. Never throws for bad input. */
public final class FileProcessor {
    private final Readers readers;
    private final ReportExtractor extractor;
    private final Reconciler reconciler;
    private final PipelineConfig config;

    public FileProcessor(PipelineConfig config) {
        this.config = config;
        this.readers = Readers.standard();
        config.readerOverrides().forEach(readers::override);
        this.extractor = new ReportExtractor();
        this.reconciler = new Reconciler(config);
    }

    /** The result of processing one file: its record and, for --dump-blocks, the document read. */
    public record Processed(ReportRecord record, Document document) {
    }

    public Processed process(InputFiles.Input input) {
        byte[] content;
        try {
            long size = Files.size(input.file());
            if (size > config.readLimits().maxFileBytes()) {
                return new Processed(tooLarge(input, size, config), null);
            }
            content = Files.readAllBytes(input.file());
        } catch (IOException e) {
            return new Processed(ioError(input, e), null);
        }
        String sha = sha256(content);
        String name = input.file().getFileName().toString();
        String format = null;
        try {
            format = readers.detect(content, name);
            Document doc = readers.readAs(format, content, config.readLimits());
            SourceInfo source = new SourceInfo(input.relativePath(), sha, doc.format(), content.length);
            Extraction ex = extractor.extract(doc);
            List<Finding> findings = reconciler.reconcile(ex);
            ReportRecord record = new ReportRecord(ReportRecord.SCHEMA_VERSION, source, RecordStatus.OK.code(), null,
                    ex.department(), ex.fiscalYear(), ex.reportKind(), ex.fields(), ex.projects(), ex.indicators(),
                    ex.mentions(), warnings(doc), findings);
            return new Processed(record, doc);
        } catch (ReadException e) {
            SourceInfo source = new SourceInfo(input.relativePath(), sha, format, content.length);
            return new Processed(ReportRecord.failed(source, new ErrorInfo(e.code().code(), e.getMessage())), null);
        } catch (StackOverflowError | OutOfMemoryError e) {
            SourceInfo source = new SourceInfo(input.relativePath(), sha, format, content.length);
            return new Processed(ReportRecord.failed(source, new ErrorInfo(ErrorCode.TOO_LARGE.code(),
                    "the document is too large or too deeply nested to process (" + e.getClass().getSimpleName() + ")")), null);
        } catch (RuntimeException e) {
            SourceInfo source = new SourceInfo(input.relativePath(), sha, format, content.length);
            return new Processed(ReportRecord.failed(source, new ErrorInfo(ErrorCode.INTERNAL.code(),
                    "gouji failed on this file (" + e + "); please report it with the file")), null);
        }
    }

    static List<Warning> warnings(Document doc) {
        return doc.warnings().stream().map(w -> new Warning(w.code(), w.message(), w.block())).toList();
    }

    /** The record of a file refused for its size before reading. */
    static ReportRecord tooLarge(InputFiles.Input input, long size, PipelineConfig config) {
        SourceInfo source = new SourceInfo(input.relativePath(), null, null, size);
        return ReportRecord.failed(source, new ErrorInfo(ErrorCode.TOO_LARGE.code(), "the file has " + size
                + " bytes, over the limit of " + config.readLimits().maxFileBytes()
                + " (gouji.read.max_file_bytes in pipeline.conf)"));
    }

    /** The record of a file that could not be read at all. */
    static ReportRecord ioError(InputFiles.Input input, IOException e) {
        SourceInfo source = new SourceInfo(input.relativePath(), null, null, 0);
        return ReportRecord.failed(source, new ErrorInfo(ErrorCode.IO_ERROR.code(), "the file could not be read: " + e.getMessage()));
    }

    /** SHA-256 of a file, streamed. */
    static String sha256(java.nio.file.Path file) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
