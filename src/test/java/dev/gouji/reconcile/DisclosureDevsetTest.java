package dev.gouji.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.record.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The devset's 决算/预算 disclosures and the real published 决算 template: every standard table recognised,
 * the cross-table identities that held listed, the planted R-STRUCT faults found and nothing else raised.
 * Needs ../shared beside the checkout; fails under CI=true when it is absent, skips otherwise.
 */
class DisclosureDevsetTest {
    private static final Path DEVSET = Path.of("../shared/devset");
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();
    private static final PipelineConfig CONFIG = PipelineConfig.defaults();

    private static Extraction read(Path file) throws Exception {
        if (!Files.isRegularFile(file)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("missing under CI: " + file.toAbsolutePath());
            }
            Assumptions.abort("no " + file);
        }
        Document doc = Readers.standard().read(Files.readAllBytes(file), file.getFileName().toString(), PipelineConfig.defaults().readLimits());
        return EXTRACTOR.extract(doc);
    }

    private static List<String> tables(Extraction ex) {
        return ex.disclosure().tables().stream().map(t -> t.standard().id()).toList();
    }

    private static Set<String> held(Extraction ex) {
        Integer year = ex.fiscalYear() == null ? null : ex.fiscalYear().value();
        Set<String> out = new TreeSet<>();
        for (DisclosureRule.Check c : DisclosureRule.checks(new Context(ex, new Tolerance(CONFIG.tolerance()), year))) {
            if (c.status() == DisclosureRule.Status.HELD) {
                out.add(c.id());
            }
            assertTrue(c.status() != DisclosureRule.Status.BROKEN, c.id() + " broke: " + c.findings());
        }
        return out;
    }

    private static List<String> disclosureFindings(Extraction ex) {
        return new Reconciler(CONFIG).reconcile(ex).stream().map(Finding::rule)
                .filter(r -> r.startsWith("R-STRUCT") || r.startsWith("R-SUM/disclosure")).toList();
    }

    @Test
    void finalAccountsWithAllItsTables() throws Exception {
        for (String format : List.of("docx", "html", "txt", "pdf")) {
            Extraction ex = read(DEVSET.resolve("corpus/" + format + "/d05." + format));
            assertEquals(List.of("final.total", "final.income", "final.expenditure", "final.appropriation", "final.general",
                    "final.general_basic", "final.gov_fund", "final.three_public"), tables(ex), format);
            if (!format.equals("pdf")) {
                assertEquals(Set.of("disclosure-balance", "disclosure-income-carried", "disclosure-spending-carried",
                        "disclosure-income", "disclosure-spending", "disclosure-appropriation-balance", "disclosure-basic",
                        "disclosure-rows:final.income", "disclosure-rows:final.expenditure", "disclosure-rows:final.appropriation",
                        "disclosure-rows:final.general"), held(ex), format);
            }
            // each line of the 一般公共预算支出表 carries its 功能分类科目编码: 类 201, 款 20108, 项 2010801
            String general = ex.disclosure().table("final.general").orElseThrow().tableId();
            List<String> codes = ex.facts().stream().filter(f -> general.equals(f.candidate().tableId()) && f.code() != null)
                    .map(f -> f.code()).distinct().toList();
            assertTrue(codes.containsAll(List.of("201", "20108", "2010801")), format + " " + codes);
            // the 国有资本经营 table is left out, the text saying that spending was 0
            assertEquals(List.of(), disclosureFindings(ex), format);
        }
    }

    @Test
    void budgetDisclosureWithItsFourTables() throws Exception {
        for (String format : List.of("docx", "html", "txt")) {
            Extraction ex = read(DEVSET.resolve("corpus/" + format + "/d06." + format));
            assertEquals(List.of("budget.total", "budget.income", "budget.expenditure", "budget.three_public"), tables(ex), format);
            assertEquals(Set.of("disclosure-balance", "disclosure-income", "disclosure-spending", "disclosure-rows:budget.income",
                    "disclosure-rows:budget.expenditure", "disclosure-rows:budget.three_public"), held(ex), format);
            assertEquals(List.of(), disclosureFindings(ex), format);
        }
    }

    @Test
    void finalAccountsMissingTheIncomeAndSpendingTables() throws Exception {
        for (String format : List.of("docx", "html", "txt", "pdf")) {
            Extraction ex = read(DEVSET.resolve("corpus/" + format + "/d07." + format));
            assertEquals(List.of("final.total", "final.appropriation", "final.general", "final.general_basic", "final.three_public"),
                    tables(ex), format);
            if (!format.equals("pdf")) {
                assertEquals(Set.of("disclosure-balance", "disclosure-income-carried", "disclosure-spending-carried",
                        "disclosure-appropriation-balance", "disclosure-basic", "disclosure-rows:final.general",
                        "disclosure-rows:final.three_public"), held(ex), format);
            }
            List<Finding> found = new Reconciler(CONFIG).reconcile(ex).stream().filter(f -> f.rule().startsWith("R-STRUCT")).toList();
            assertEquals(List.of("R-STRUCT/missing-table", "R-STRUCT/missing-table"), found.stream().map(Finding::rule).toList());
            assertTrue(found.get(0).message().contains("「收入决算表」"), found.get(0).message());
            assertTrue(found.get(1).message().contains("「支出决算表」"), found.get(1).message());
            assertTrue(found.stream().allMatch(f -> f.severity().equals("error")));
        }
    }

    @Test
    void theRealPublishedTemplateHasItsNineTables() throws Exception {
        Extraction ex = read(DEVSET.resolve("real/template-final-accounts-2024.pdf"));
        List<String> nine = List.of("final.total", "final.income", "final.expenditure", "final.appropriation", "final.general",
                "final.general_basic", "final.three_public", "final.gov_fund", "final.state_capital");
        assertEquals(nine, tables(ex));
        assertEquals(nine, ex.disclosure().contents().stream().map(c -> c.standard().id()).toList());
        // a template: every figure left blank, the notes for the funds the unit may lack given as examples; its
        // placeholders (「XX局」) are DisclosureReviewCorpusTest's
        assertEquals(List.of(), disclosureFindings(ex).stream()
                .filter(r -> !r.equals("R-STRUCT/empty-table") && !r.equals("R-STRUCT/placeholder")).toList());
    }
}
