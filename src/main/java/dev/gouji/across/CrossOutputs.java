package dev.gouji.across;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.gouji.store.OutputWriter;
import dev.gouji.store.RecordJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * DIR/series.jsonl (one {@link SeriesLine} a line) and DIR/cross-findings.jsonl (one {@link CrossFinding} a
 * line), in the JSON style of the records (snake_case, plain decimals), each written to a temporary name and
 * renamed into place.
 */
public final class CrossOutputs {
    public static final String SERIES = "series.jsonl";
    public static final String FINDINGS = "cross-findings.jsonl";

    private CrossOutputs() {
    }

    public static void write(Across.Result result, Path dir) throws IOException {
        writeLines(dir.resolve(SERIES), result.series());
        writeLines(dir.resolve(FINDINGS), result.findings());
    }

    private static void writeLines(Path target, List<?> values) throws IOException {
        ObjectWriter writer = RecordJson.mapper().writer();
        OutputWriter.writeLinesAtomically(target, out -> {
            for (Object v : values) {
                out.write(writer.writeValueAsString(v));
                out.write('\n');
            }
        });
    }
}
