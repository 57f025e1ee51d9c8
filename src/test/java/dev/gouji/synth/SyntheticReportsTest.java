package dev.gouji.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.reconcile.Reconciler;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Finding;
import dev.gouji.record.Project;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reports of other provinces and departments, written by {@link SyntheticReport}: extraction must not
 * depend on the seeds' wording, a consistent report must raise no alarm, and each planted contradiction
 * must be found with its family while the same report without it stays silent.
 */
class SyntheticReportsTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();
    private static final Reconciler RECONCILER = new Reconciler(PipelineConfig.defaults());

    private record Run(Extraction extraction, List<Finding> findings) {
    }

    private static Run run(SyntheticReport.Generated g) throws Exception {
        Document doc = Readers.standard().read(g.text().getBytes(StandardCharsets.UTF_8), g.fileName(), PipelineConfig.defaults().readLimits());
        Extraction ex = EXTRACTOR.extract(doc);
        return new Run(ex, RECONCILER.reconcile(ex));
    }

    private static List<Finding> alarms(List<Finding> findings) {
        return findings.stream().filter(f -> !f.severity().equals("info")).toList();
    }

    @Test
    void extractionRecoversWhatTheReportStates() throws Exception {
        for (long seed = 1; seed <= 60; seed++) {
            SyntheticReport.Generated g = SyntheticReport.generate(seed, SyntheticReport.Plant.NONE);
            Run r = run(g);
            String where = "seed " + seed + " " + g.layout() + "\n" + g.text();
            assertNotNull(r.extraction().department(), where);
            assertEquals(g.truth().department(), r.extraction().department().value(), where);
            assertEquals(g.truth().year(), r.extraction().fiscalYear().value(), where);
            assertEquals("performance_self_evaluation", r.extraction().reportKind().value(), where);
            for (Map.Entry<String, BigDecimal> e : g.truth().fields().entrySet()) {
                FieldValue f = r.extraction().fields().get(e.getKey());
                assertNotNull(f, e.getKey() + " missing, " + where);
                assertClose(e.getValue(), f.number(), e.getKey() + " = " + f.value() + " (" + f.label() + "), " + where);
            }
            assertEquals(g.truth().indicators(), r.extraction().indicators().size(), where);
            for (int i = 0; i < g.truth().projects().size(); i++) {
                String name = g.truth().projects().get(i);
                BigDecimal spent = g.truth().projectAmounts().get(i);
                Project p = r.extraction().projects().stream().filter(x -> x.name().contains(name) || name.contains(x.name()))
                        .findFirst().orElse(null);
                assertNotNull(p, name + " missing, " + where);
                // fields.md: amount is the fiscal year's budget, actual what was spent (the text's figure restates it)
                assertClose(g.truth().projectBudgets().get(i), p.amount(), name + " amount " + p.amount() + ", " + where);
                assertClose(spent, p.actual(), name + " actual " + p.actual() + ", " + where);
            }
        }
    }

    /** The seeds the tests run choose every layout and wording, so that no run tests one template only. */
    @Test
    void theSeedsCoverEveryLayoutAndWording() {
        Set<Object> seen = new HashSet<>();
        for (long seed = 1; seed <= 60; seed++) {
            SyntheticReport.Layout l = SyntheticReport.generate(seed, SyntheticReport.Plant.NONE).layout();
            seen.addAll(List.of(l.format(), l.dataColumns(), l.budget(), l.change(), l.threePublic(), "tablesInYuan=" + l.tablesInYuan(),
                    "textInYuan=" + l.textInYuan(), "incomeTable=" + l.incomeTable(), "projectTable=" + l.projectTable()));
        }
        List<Object> expected = new ArrayList<>();
        expected.addAll(List.of(SyntheticReport.Format.values()));
        expected.addAll(List.of(SyntheticReport.DataColumns.values()));
        expected.addAll(List.of(SyntheticReport.BudgetWording.values()));
        expected.addAll(List.of(SyntheticReport.ChangeWording.values()));
        expected.addAll(List.of(SyntheticReport.ThreePublicWording.values()));
        for (String flag : List.of("tablesInYuan", "textInYuan", "incomeTable", "projectTable")) {
            expected.add(flag + "=true");
            expected.add(flag + "=false");
        }
        assertEquals(List.of(), expected.stream().filter(e -> !seen.contains(e)).toList());
    }

    /** Money written in 元 is exact where the truth is rounded to 0.01万元: equal within half a cent. */
    private static void assertClose(BigDecimal expected, BigDecimal actual, String message) {
        assertNotNull(actual, message);
        assertTrue(expected.subtract(actual).abs().doubleValue() <= 0.005 + 1e-9, message);
    }

    @Test
    void twoHundredConsistentReportsRaiseNoAlarm() throws Exception {
        int documents = 200;
        List<String> alarms = new ArrayList<>();
        for (long seed = 1000; seed < 1000 + documents; seed++) {
            SyntheticReport.Generated g = SyntheticReport.generate(seed, SyntheticReport.Plant.NONE);
            for (Finding f : alarms(run(g).findings())) {
                alarms.add("seed " + seed + " " + g.layout() + ": " + f.rule() + " " + f.message());
            }
        }
        System.out.println("consistent synthetic reports: " + documents + ", errors and warnings: " + alarms.size());
        assertEquals(List.of(), alarms);
    }

    @ParameterizedTest
    @EnumSource(value = SyntheticReport.Plant.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
    void eachPlantedContradictionIsFoundAndItsCorrectionIsSilent(SyntheticReport.Plant plant) throws Exception {
        Map<SyntheticReport.Plant, String> family = new EnumMap<>(SyntheticReport.Plant.class);
        family.put(SyntheticReport.Plant.SUM_PUBLIC, "R-SUM");
        family.put(SyntheticReport.Plant.PART_LARGER, "R-PART");
        family.put(SyntheticReport.Plant.CONFLICT_PROJECT, "R-CONFLICT");
        family.put(SyntheticReport.Plant.RATE_EXECUTION, "R-RATE");
        family.put(SyntheticReport.Plant.RATE_CONTROL, "R-RATE");
        family.put(SyntheticReport.Plant.SCORE_DEDUCTIONS, "R-SCORE");
        family.put(SyntheticReport.Plant.PRICE, "R-PRICE");
        family.put(SyntheticReport.Plant.ROLL, "R-ROLL");
        family.put(SyntheticReport.Plant.YEAR, "R-YEAR");
        family.put(SyntheticReport.Plant.TARGET, "R-TARGET");
        family.put(SyntheticReport.Plant.SUM_INCOME, "R-SUM");
        family.put(SyntheticReport.Plant.RATE_PROJECT, "R-RATE");
        for (long seed = 7; seed < 7 + 10; seed++) {
            SyntheticReport.Generated g = SyntheticReport.generate(seed, plant);
            Run planted = run(g);
            String expected = family.get(plant);
            assertTrue(alarms(planted.findings()).stream().anyMatch(f -> f.rule().startsWith(expected)),
                    plant + " seed " + seed + " " + g.layout() + " not found: " + planted.findings());
            Run corrected = run(SyntheticReport.corrected(seed, plant));
            assertEquals(List.of(), alarms(corrected.findings()), plant + " corrected, seed " + seed + " " + g.layout());
        }
    }
}
