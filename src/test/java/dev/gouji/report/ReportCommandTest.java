package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gouji report DIR} rebuilds the review outputs from reports.jsonl alone. */
class ReportCommandTest {
    @Test
    void rebuildsTheOutputsOfAnIngestRunFromReportsJsonl(@TempDir Path dir) throws IOException {
        Files.copy(FixtureRun.dir().resolve("reports.jsonl"), dir.resolve("reports.jsonl"));
        assertEquals(0, Main.execute("report", dir.toString()));
        assertArrayEquals(Files.readAllBytes(FixtureRun.dir().resolve("findings.csv")),
                Files.readAllBytes(dir.resolve("findings.csv")), "same findings.csv as the ingest run wrote");
        for (String cross : java.util.List.of("series.jsonl", "cross-findings.jsonl", "review.html")) {
            assertArrayEquals(Files.readAllBytes(FixtureRun.dir().resolve(cross)), Files.readAllBytes(dir.resolve(cross)),
                    "same " + cross + " as the ingest run wrote");
        }
        assertTrue(Files.size(dir.resolve("series.jsonl")) > 1_000, "the series are read from the records' mentions");
        assertTrue(Files.size(dir.resolve("dataset.xlsx")) > 10_000);
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary files left");
        }
    }

    @Test
    void aFolderWithoutReportsJsonlIsBadUsage(@TempDir Path dir) {
        assertEquals(2, Main.execute("report", dir.toString()));
        assertEquals(2, Main.execute("report"));
    }

    @Test
    void theConfigurationCanRegradeOrSwitchOffTheCrossReportFindings(@TempDir Path dir) throws IOException {
        Files.copy(FixtureRun.dir().resolve("reports.jsonl"), dir.resolve("reports.jsonl"));
        java.util.List<String> asIngested = Files.readAllLines(FixtureRun.dir().resolve("cross-findings.jsonl"));
        assertTrue(asIngested.size() > 0 && asIngested.stream().allMatch(l -> l.contains("\"severity\":\"info\"")),
                asIngested.toString());
        Path regrade = dir.resolve("regrade.conf");
        Files.writeString(regrade, "gouji.reconcile.rules.R-ACROSS.severity = warning\n");
        assertEquals(0, Main.execute("report", dir.toString(), "--config", regrade.toString()));
        java.util.List<String> regraded = Files.readAllLines(dir.resolve("cross-findings.jsonl"));
        assertEquals(asIngested.size(), regraded.size());
        assertTrue(regraded.stream().allMatch(l -> l.contains("\"severity\":\"warning\"")), regraded.toString());
        Path off = dir.resolve("off.conf");
        Files.writeString(off, "gouji.reconcile.rules.R-ACROSS.enabled = false\n");
        assertEquals(0, Main.execute("report", dir.toString(), "--config", off.toString()));
        assertEquals(0, Files.size(dir.resolve("cross-findings.jsonl")));
        assertTrue(Files.size(dir.resolve("series.jsonl")) > 1_000, "the series are written all the same");
    }
}
