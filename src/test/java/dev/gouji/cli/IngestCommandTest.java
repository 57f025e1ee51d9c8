package dev.gouji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line contract of output.md: one record per file, stable bytes, exit status 0/1/2. */
class IngestCommandTest {
    @TempDir
    Path dir;

    @Test
    void goodFilesExitZeroWithOneRecordEach() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("ingest", "fixtures/seeds", "--out", out.toString()));
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"));
        assertEquals(5, lines.size());
        assertTrue(lines.get(0).contains("\"path\":\"000_e204f1bb94facd6e.txt\""));
        assertTrue(Files.exists(out.resolve("reports/001_09338597f16afc81.txt.json")));
    }

    @Test
    void failingFilesExitOneAndStillGetRecords() throws Exception {
        Path out = dir.resolve("out");
        assertEquals(1, Main.execute("ingest", "fixtures/bad", "--out", out.toString()));
        long files;
        try (var s = Files.list(Path.of("fixtures/bad"))) {
            files = s.count();
        }
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"));
        assertEquals(files, lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"code\":\"encrypted\"")));
    }

    @Test
    void outputIsByteIdenticalAcrossRuns() throws Exception {
        Main.execute("ingest", "fixtures/seeds", "fixtures/formats", "--out", dir.resolve("a").toString(), "--jobs", "2");
        Main.execute("ingest", "fixtures/seeds", "fixtures/formats", "--out", dir.resolve("b").toString(), "--jobs", "1");
        assertEquals(Files.readString(dir.resolve("a/reports.jsonl")), Files.readString(dir.resolve("b/reports.jsonl")));
    }

    @Test
    void retryFailedTakesCodesOnlyWhenAttached() throws Exception {
        // a bare --retry-failed before PATH leaves PATH alone
        Path out = dir.resolve("out");
        assertEquals(0, Main.execute("ingest", "--retry-failed", "fixtures/seeds", "--out", out.toString()));
        assertEquals(5, Files.readAllLines(out.resolve("reports.jsonl")).size());
        assertEquals(0, Main.execute("ingest", "fixtures/seeds", "--out", out.toString(), "--retry-failed=timeout,too_large"));
        assertEquals(2, Main.execute("ingest", "fixtures/seeds", "--out", out.toString(), "--retry-failed=timout"));
    }

    @Test
    void badUsageExitsTwo() {
        assertEquals(2, Main.execute("ingest", "fixtures/seeds"));
        assertEquals(2, Main.execute("ingest", "no/such/folder", "--out", dir.toString()));
        assertEquals(2, Main.execute("ingest", "fixtures/seeds", "--out", dir.toString(), "--config", "no-such.conf"));
    }
}
