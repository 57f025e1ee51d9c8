package dev.gouji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Finding;
import dev.gouji.record.ReportRecord;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The whole pipeline on the seed reports in each format: fields, identity and the known contradictions. */
class SeedPipelineTest {
    private static final FileProcessor PROCESSOR = new FileProcessor(PipelineConfig.defaults());

    /** The seeds as text, as Word 2007 (generated from the text) and as Word 97 (converted once by LibreOffice). */
    private static ReportRecord run(String stem, String format) {
        String folder = switch (format) {
            case "txt" -> "fixtures/seeds";
            case "docx" -> "fixtures/seeds-docx";
            default -> "fixtures/seeds-doc";
        };
        Path file = Path.of(folder, stem + "." + format);
        return PROCESSOR.process(new InputFiles.Input(file, file.getFileName().toString())).record();
    }

    private static void assertField(ReportRecord r, String key, String expected) {
        FieldValue f = r.fields().get(key);
        assertTrue(f != null, key + " missing");
        assertEquals(0, new BigDecimal(expected).compareTo(f.number()), key + " = " + f.value());
    }

    private static boolean has(List<Finding> findings, String family, String... numbers) {
        return findings.stream().filter(f -> f.rule().startsWith(family) && !f.severity().equals("info"))
                .anyMatch(f -> {
                    for (String n : numbers) {
                        BigDecimal v = new BigDecimal(n);
                        boolean inFigures = f.figures().stream().anyMatch(x -> x.value() != null && x.value().compareTo(v) == 0)
                                || f.expected() != null && f.expected().compareTo(v) == 0
                                || f.actual() != null && f.actual().compareTo(v) == 0;
                        if (!inFigures) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc"})
    void seed001HasItsFieldsAndContradictions(String format) {
        ReportRecord r = run("001_09338597f16afc81", format);
        assertEquals("株洲市芦淞区城市管理综合行政执法大队", r.department().value());
        assertEquals(2023, r.fiscalYear().value());
        assertField(r, "spending.basic", "1491.59");
        assertField(r, "spending.personnel", "1329.17");
        assertField(r, "three_public.total", "40.59");
        assertField(r, "budget.full_year", "2628.42");
        assertField(r, "self_score", "94");
        assertTrue(has(r.findings(), "R-CONFLICT", "155.66", "159.54"));
        assertTrue(has(r.findings(), "R-CONFLICT", "1120.78", "1124.66"));
        assertTrue(has(r.findings(), "R-RATE", "99.17", "2628.42"));
        assertTrue(has(r.findings(), "R-SUM", "2623.42", "2628.42"));
        // 基本支出 1491.59 = 1329.17 + 162.42 holds
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("R-SUM/basic-breakdown")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc"})
    void seed002FindsThePartLargerThanItsWholeAndTheScoreAboveDeductions(String format) {
        ReportRecord r = run("002_858011a17c86e222", format);
        assertField(r, "execution_rate", "99.4");
        assertTrue(has(r.findings(), "R-PART", "4337.21", "437.21"));
        assertTrue(has(r.findings(), "R-SCORE", "93", "92"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc"})
    void seed003FindsCostItemsPriceAreaYearAndWeights(String format) {
        ReportRecord r = run("003_cb4f80606216139f", format);
        assertEquals("budget_disclosure", r.reportKind().value());
        assertEquals(10, r.projects().size());
        assertTrue(has(r.findings(), "R-SUM", "118.10"));
        assertTrue(has(r.findings(), "R-PRICE", "25", "40.20"));
        assertTrue(has(r.findings(), "R-CONFLICT", "628.63", "658.63"));
        assertTrue(has(r.findings(), "R-CONFLICT", "32", "58"));
        assertTrue(has(r.findings(), "R-YEAR", "2022", "2023"));
        // 城管工作经费 70.31 = 5 + 35.31 + 5 + 20 + 5 holds
        assertTrue(r.findings().stream().noneMatch(f -> f.message().contains("城管工作经费」资金总额")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc"})
    void seed004FindsSumRatesAndClosingBalance(String format) {
        ReportRecord r = run("004_a71ab30c2e7324d7", format);
        assertEquals("优秀", r.fields().get("grade").value());
        assertTrue(has(r.findings(), "R-SUM", "556.92", "489.43"));
        assertTrue(has(r.findings(), "R-RATE", "80", "79.31"));
        assertTrue(has(r.findings(), "R-RATE", "100", "120.20"));
        assertTrue(has(r.findings(), "R-CONFLICT", "747.4", "727.8"));
        // 支出 3696.83 = 2324.41 + 1372.42 and 三公 13.17 = 0.21 + 12.96 hold
        assertTrue(r.findings().stream().noneMatch(f -> f.rule().equals("R-SUM/spending-breakdown") || f.rule().equals("R-SUM/three-public")));
    }

    /** Rule families of the errors and warnings raised, sorted: exactly the known contradictions, no more. */
    private static List<String> families(ReportRecord r) {
        return r.findings().stream().filter(f -> !f.severity().equals("info")).map(f -> f.rule().split("/")[0]).sorted().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc"})
    void seedsRaiseExactlyTheirKnownContradictions(String format) {
        assertEquals(List.of("R-CONFLICT", "R-CONFLICT", "R-RATE", "R-SUM"), families(run("001_09338597f16afc81", format)));
        // the 4337.21 typo is a part larger than its whole and a figure stated twice; the sum it also breaks is not repeated
        // and the report writes 「城管等部门等部门」: a doubled phrase (R-WORDING/doubled)
        assertEquals(List.of("R-CONFLICT", "R-PART", "R-SCORE", "R-WORDING"), families(run("002_858011a17c86e222", format)));
        assertEquals(List.of("R-CONFLICT", "R-CONFLICT", "R-PRICE", "R-SCORE", "R-SCORE", "R-SUM", "R-YEAR"),
                families(run("003_cb4f80606216139f", format)));
        assertEquals(List.of("R-CONFLICT", "R-RATE", "R-RATE", "R-SUM"), families(run("004_a71ab30c2e7324d7", format)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"txt", "docx", "doc"})
    void seed000RaisesNoAlarm(String format) {
        ReportRecord r = run("000_e204f1bb94facd6e", format);
        assertEquals("长沙市开福区城市管理和综合执法局", r.department().value());
        assertEquals(2021, r.fiscalYear().value());
        assertField(r, "spending.basic", "781.47");
        assertTrue(r.findings().stream().noneMatch(f -> !f.severity().equals("info")), r.findings().toString());
    }
}
