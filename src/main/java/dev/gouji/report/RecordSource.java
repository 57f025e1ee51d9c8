package dev.gouji.report;

import dev.gouji.record.ReportRecord;
import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the review outputs get their records: reports.jsonl today ({@link JsonlRecordSource}), the catalog
 * later. Records come in the order the outputs list them (by source path); the stream may hold open
 * files, so close it. The review outputs do not show mentions, so a source may leave them out (an empty list).
 */
public interface RecordSource {
    Stream<ReportRecord> records() throws IOException;

    /** Records already in memory (an ingest run), sorted by path as reports.jsonl is. */
    static RecordSource of(Collection<ReportRecord> records) {
        List<ReportRecord> sorted = records.stream()
                .sorted(Comparator.comparing((ReportRecord r) -> r.source().path())).toList();
        return sorted::stream;
    }
}
