package dev.gouji.store;

import dev.gouji.record.ReportRecord;
import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the run's output folder: {@code reports.jsonl} (one line per record, sorted by path) and
 * {@code reports/PATH.json}. Every file is written to a temporary name and renamed into place, so a crash
 * never leaves a half-written file under the final name.
 */
public final class OutputWriter {
    private final Path outDir;

    public OutputWriter(Path outDir) {
        this.outDir = outDir;
    }

    public void writeAll(Collection<ReportRecord> records) throws IOException {
        List<ReportRecord> sorted = records.stream()
                .sorted(Comparator.comparing((ReportRecord r) -> r.source().path())).toList();
        Files.createDirectories(outDir.resolve("reports"));
        for (ReportRecord r : sorted) {
            writeAtomically(outDir.resolve("reports").resolve(r.source().path() + ".json"), RecordJson.pretty(r));
        }
        writeLinesAtomically(outDir.resolve("reports.jsonl"), w -> {
            for (ReportRecord r : sorted) {
                w.write(RecordJson.line(r));
                w.write('\n');
            }
        });
    }

    /** What writes the text of a file. */
    @FunctionalInterface
    public interface TextBody {
        void write(BufferedWriter out) throws IOException;
    }

    /**
     * Writes UTF-8 text to {@code target} atomically. The file's own stream is closed apart from the writer: when
     * the disk is full the writer's encoder fails in its close before closing the file, which would stay open.
     */
    public static void writeLinesAtomically(Path target, TextBody body) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            try (OutputStream file = Files.newOutputStream(tmp);
                    BufferedWriter w = new BufferedWriter(new java.io.OutputStreamWriter(file, StandardCharsets.UTF_8))) {
                body.write(w);
            }
            move(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Starts writing the output from record lines that arrive one at a time in path order, holding none of
     * them: each {@code reports/PATH.json} is written as its line arrives, {@code reports.jsonl} goes to a
     * temporary file renamed into place by {@link Streaming#commit}.
     */
    public Streaming stream() throws IOException {
        return new Streaming();
    }

    /** An output being written line by line; see {@link #stream}. */
    public final class Streaming implements AutoCloseable {
        private final Path jsonl = outDir.resolve("reports.jsonl");
        private final Path tmp = jsonl.resolveSibling(jsonl.getFileName() + ".tmp");
        private final OutputStream w;
        private boolean committed;

        private Streaming() throws IOException {
            Files.createDirectories(outDir.resolve("reports"));
            w = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        }

        /** Adds the record of {@code path}, given as one JSON line in UTF-8. */
        public void add(String path, byte[] recordLine) throws IOException {
            writeAtomically(outDir.resolve("reports").resolve(path + ".json"), RecordJson.prettyFromLine(recordLine));
            w.write(recordLine);
            w.write('\n');
        }

        public void commit() throws IOException {
            w.close();
            move(tmp, jsonl);
            committed = true;
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    w.close(); // flushes: fails again on a full disk, and the temporary file must go all the same
                } finally {
                    Files.deleteIfExists(tmp);
                }
            }
        }
    }

    /** Writes {@code path} atomically (temporary file in the same folder, then rename). */
    public static void writeAtomically(Path path, String content) throws IOException {
        writeAtomically(path, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code path} atomically (temporary file in the same folder, then rename). */
    public static void writeAtomically(Path path, byte[] content) throws IOException {
        Files.createDirectories(path.getParent());
        Path tmp = path.resolveSibling(path.getFileName() + ".tmp");
        try {
            Files.write(tmp, content);
            move(tmp, path);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(tmp); // a full disk leaves it half-written
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    /** Renames a finished temporary file over {@code to} (atomically where the file system allows). */
    public static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
