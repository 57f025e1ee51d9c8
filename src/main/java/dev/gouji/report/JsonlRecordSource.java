package dev.gouji.report;

import dev.gouji.record.ReportRecord;
import dev.gouji.store.RecordJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;

/** Records read back from a reports.jsonl, one per line, streamed (never all in memory). */
public final class JsonlRecordSource implements RecordSource {
    private final Path file;
    private final Function<String, ReportRecord> reader;

    /** Whole records, exactly as written. */
    public JsonlRecordSource(Path file) {
        this(file, RecordJson::read);
    }

    private JsonlRecordSource(Path file, Function<String, ReportRecord> reader) {
        this.file = file;
        this.reader = reader;
    }

    /** Records without their mentions, which the review outputs do not show (faster to read). */
    public static JsonlRecordSource withoutMentions(Path file) {
        return new JsonlRecordSource(file, RecordJson::readWithoutMentions);
    }

    @Override
    public Stream<ReportRecord> records() throws IOException {
        BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        AtomicLong lineNo = new AtomicLong();
        return in.lines().map(line -> {
            long n = lineNo.incrementAndGet();
            try {
                return line.isBlank() ? null : reader.apply(line);
            } catch (UncheckedIOException | IllegalArgumentException e) {
                throw new UncheckedIOException(new IOException(file + " line " + n + " is not a record: "
                        + e.getMessage(), e));
            }
        }).filter(r -> r != null).onClose(() -> {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
