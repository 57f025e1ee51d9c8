package dev.gouji.report;

import dev.gouji.across.Across;
import dev.gouji.across.CrossOutputs;
import dev.gouji.config.PipelineConfig;
import dev.gouji.record.ReportRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes the review outputs of an output folder — dataset.xlsx, findings.csv and review.html — and the
 * cross-report outputs — series.jsonl and cross-findings.jsonl ({@link dev.gouji.across}) — from one pass
 * over a {@link RecordSource}. The cross step needs the records' mentions: a source without them gives empty
 * series. Each file appears under its final name only once it is complete.
 */
public final class ReportOutputs {
    public static final String WORKBOOK = "dataset.xlsx";
    public static final String CSV = "findings.csv";
    public static final String PAGE = "review.html";

    /** What was written: records and findings seen, departments keyed and cross-report findings. */
    public record Summary(int records, int findings, int departments, int crossFindings) {
    }

    private ReportOutputs() {
    }

    /** With the embedded pipeline.conf (its tolerance and its R-ACROSS settings). */
    public static Summary write(RecordSource source, Path dir) throws IOException {
        return write(source, dir, PipelineConfig.defaults());
    }

    public static Summary write(RecordSource source, Path dir, PipelineConfig config) throws IOException {
        Across across = new Across();
        int records = 0;
        int findings = 0;
        Across.Result result;
        try (DatasetWorkbook workbook = new DatasetWorkbook(dir.resolve(WORKBOOK));
                FindingsCsv csv = new FindingsCsv(dir.resolve(CSV));
                ReviewPage page = new ReviewPage(dir.resolve(PAGE));
                Stream<ReportRecord> stream = source.records()) {
            List<ReportOutput> outputs = List.of(workbook, csv, page);
            Iterator<ReportRecord> it = stream.iterator();
            while (it.hasNext()) {
                ReportRecord r = it.next();
                across.add(r);
                for (ReportOutput o : outputs) {
                    o.add(r);
                }
                records++;
                findings += r.findings().size();
            }
            result = across.result(config);
            for (ReportOutput o : outputs) {
                o.addAcross(result);
            }
            CrossOutputs.write(result, dir);
            for (ReportOutput o : outputs) {
                o.commit();
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Summary(records, findings, result.departments().size(), result.findings().size());
    }
}
