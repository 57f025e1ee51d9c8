package dev.gouji.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.report.ReportOutputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --retry-failed}: a file whose stored record failed is read again only when asked, and only for the
 * error codes asked for; once it reads, the output is that of a fresh run.
 */
class RetryFailedTest {
    @TempDir
    Path tmp;

    @Test
    void aTimedOutFileIsReadAgainOnlyWithRetryFailedAndThenMatchesAFreshRun() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path hung = Files.writeString(tmp.resolve("hung"), "the parser hangs while this file exists");
        String seed = Files.readString(Path.of("fixtures/seeds/001_09338597f16afc81.txt"));
        Files.writeString(in.resolve("a-ok.txt"), seed);
        Files.writeString(in.resolve("b-flaky.txt"), seed + "\n" + TestHookReader.STALL_WHILE + hung + "\n");
        PipelineConfig cfg = CatalogRunTest.threadConfig(tmp, "gouji.ingest.file_timeout = 5s\n"
                + "gouji.read.reader_overrides { txt = \"dev.gouji.ingest.TestHookReader\" }\n");
        Path out = tmp.resolve("out");
        // loads the dictionaries in this JVM (isolation = thread), so that only the hung file overruns 5 s
        new FileProcessor(cfg).process(InputFiles.collect(List.of(in.resolve("a-ok.txt"))).get(0));

        IngestRun.Summary first = run(cfg, out, RetryFailed.none(), in);
        assertEquals(Map.of("timeout", 1), first.failuresByCode());
        Files.delete(hung); // the file would read now

        IngestRun.Summary plain = run(cfg, out, RetryFailed.none(), in);
        assertEquals(0, plain.parsed(), "without --retry-failed a failure is taken from the catalog");
        assertEquals(Map.of("timeout", 1), plain.failuresByCode());

        IngestRun.Summary otherCode = run(cfg, out, RetryFailed.codes(List.of("too_large")), in);
        assertEquals(0, otherCode.parsed(), "--retry-failed=too_large leaves a timeout alone");
        assertEquals(Map.of("timeout", 1), otherCode.failuresByCode());

        IngestRun.Summary retried = run(cfg, out, RetryFailed.codes(List.of("timeout", "too_large")), in);
        assertEquals(1, retried.parsed(), "only the failed file is read again");
        assertEquals(1, retried.cached());
        assertEquals(0, retried.failed());

        Path fresh = tmp.resolve("fresh");
        assertEquals(0, run(cfg, fresh, RetryFailed.none(), in).failed());
        for (String file : List.of("reports.jsonl", ReportOutputs.CSV, ReportOutputs.PAGE)) {
            assertArrayEquals(Files.readAllBytes(fresh.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
        CatalogRunTest.assertSameTree(fresh.resolve("reports"), out.resolve("reports"));

        // the retried record is now the catalog's: a plain re-run reads nothing and keeps it
        IngestRun.Summary after = run(cfg, out, RetryFailed.all(), in);
        assertEquals(0, after.parsed(), "--retry-failed with nothing failed reads nothing");
        assertArrayEquals(Files.readAllBytes(fresh.resolve("reports.jsonl")), Files.readAllBytes(out.resolve("reports.jsonl")));
    }

    @Test
    void retryAllRereadsEveryCodeAndOkFilesNever() {
        assertTrue(RetryFailed.all().rereads("failed", "encrypted"));
        assertTrue(RetryFailed.all().rereads("failed", "timeout"));
        assertEquals(false, RetryFailed.all().rereads("ok", null));
        assertEquals(false, RetryFailed.none().rereads("failed", "timeout"));
        RetryFailed some = RetryFailed.codes(List.of("timeout", " too_large"));
        assertTrue(some.rereads("failed", "too_large"));
        assertEquals(false, some.rereads("failed", "corrupt"));
        assertTrue(RetryFailed.codes(List.of("scanned")).rereads("failed", "scanned"), "every ErrorCode is a code");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RetryFailed.codes(List.of("timout")));
        assertTrue(e.getMessage().contains("timout") && e.getMessage().contains("timeout"), e.getMessage());
    }

    private static IngestRun.Summary run(PipelineConfig cfg, Path out, RetryFailed retry, Path in) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        return new IngestRun(cfg, out, false, new PrintStream(log, true, StandardCharsets.UTF_8), retry).run(List.of(in));
    }
}
