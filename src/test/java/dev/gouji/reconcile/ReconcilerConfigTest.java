package dev.gouji.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.model.Document;
import dev.gouji.read.TxtReader;
import dev.gouji.record.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pipeline.conf can disable a rule family, change its severity and widen the tolerance. */
class ReconcilerConfigTest {
    @TempDir
    Path dir;

    private List<Finding> reconcile(String conf) throws Exception {
        Path file = dir.resolve("gouji.conf");
        Files.writeString(file, conf);
        PipelineConfig config = PipelineConfig.load(Optional.of(file));
        Document doc = new TxtReader().read(Files.readAllBytes(Path.of("fixtures/seeds/004_a71ab30c2e7324d7.txt")), PipelineConfig.defaults().readLimits());
        Extraction ex = new ReportExtractor().extract(doc);
        return new Reconciler(config).reconcile(ex);
    }

    @Test
    void defaultsFlagTheBasicSpendingBreakdown() throws Exception {
        assertTrue(reconcile("").stream().anyMatch(f -> f.rule().equals("R-SUM/basic-breakdown") && f.severity().equals("error")));
    }

    @Test
    void aDisabledFamilyIsSilent() throws Exception {
        assertTrue(reconcile("gouji.reconcile.rules.R-SUM.enabled = false").stream().noneMatch(f -> f.rule().startsWith("R-SUM")));
    }

    @Test
    void severityCanBeOverridden() throws Exception {
        List<Finding> f = reconcile("gouji.reconcile.rules.R-RATE.severity = info");
        assertTrue(f.stream().filter(x -> x.rule().startsWith("R-RATE")).allMatch(x -> x.severity().equals("info")));
        assertTrue(f.stream().anyMatch(x -> x.rule().startsWith("R-RATE")));
    }

    @Test
    void aWiderToleranceAcceptsTheDifference() throws Exception {
        // 基本支出 2324.41 vs 1767.49 + 489.43 is off by 67.49万元, 2.9% of the total
        List<Finding> f = reconcile("gouji.reconcile.tolerance.extra_relative = 0.05");
        assertTrue(f.stream().noneMatch(x -> x.rule().equals("R-SUM/basic-breakdown")), f.toString());
    }

    @Test
    void anUnknownSeverityIsRefused() {
        Path file = dir.resolve("bad.conf");
        try {
            Files.writeString(file, "gouji.reconcile.rules.R-SUM.severity = fatal");
            PipelineConfig.load(Optional.of(file));
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("error, warning or info"), e.getMessage());
            return;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("accepted an unknown severity");
    }

    @Test
    void toleranceFollowsWrittenDecimals() {
        Tolerance t = new Tolerance(new PipelineConfig.Tolerance(0, 0));
        assertTrue(t.sumHolds(new java.math.BigDecimal("2612.36"), new java.math.BigDecimal("1120.78"), new java.math.BigDecimal("1491.59")));
        assertEquals(false, t.sumHolds(new java.math.BigDecimal("2612.36"), new java.math.BigDecimal("1120.78"), new java.math.BigDecimal("1491.50")));
        // 80% written whole: 79.31% neither rounds nor truncates to it
        assertEquals(false, t.rateHolds(new java.math.BigDecimal("80"), new java.math.BigDecimal("138"), new java.math.BigDecimal("174"), true));
        // 99.868% written 99.86: truncation is accepted
        assertTrue(t.rateHolds(new java.math.BigDecimal("99.86"), new java.math.BigDecimal("99868"), new java.math.BigDecimal("100000"), true));
    }
}
