package dev.gouji.across;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.config.PipelineConfig;
import dev.gouji.reconcile.Tolerance;
import dev.gouji.record.Change;
import dev.gouji.record.Evidence;
import dev.gouji.record.Mention;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.SourceInfo;
import dev.gouji.record.Sourced;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The R-ACROSS rules on records built by hand: rounding from the written decimals, like with like only. */
class AcrossRulesTest {
    private static final Tolerance TOLERANCE = new Tolerance(PipelineConfig.defaults().tolerance());

    private static Mention amount(String value, String unit, String quantity, Integer period, String basis) {
        return new Mention("amount", new BigDecimal(value), unit, value + unit, quantity, "none",
                new Evidence("p1", 0, 1, quantity + value + unit), quantity, period, basis, null);
    }

    private static Mention change(String value, String unit, Change change) {
        return new Mention("%".equals(unit) ? "percent" : "amount", new BigDecimal(value), unit, value + unit, "比上年增加",
                "none", new Evidence("p2", 0, 1, "比上年增加" + value + unit), "比上年增加", change.to(), "other", null, change);
    }

    private static ReportRecord report(String path, String department, int year, String kind, Mention... mentions) {
        return new ReportRecord(1, new SourceInfo(path, "0".repeat(64), "docx", 1), "ok", null,
                new Sourced<>(department, new Evidence("p0", 0, 1, department)),
                new Sourced<>(year, new Evidence("p0", 0, 1, year + "年")), new Sourced<>(kind, null), Map.of(),
                List.of(), List.of(), List.of(mentions), List.of(), List.of());
    }

    private static List<String> rules(ReportRecord... records) {
        Across across = new Across();
        for (ReportRecord r : records) {
            across.add(r);
        }
        List<String> out = new ArrayList<>();
        across.result(TOLERANCE).findings().forEach(f -> out.add(f.rule() + " " + f.year()));
        return out;
    }

    @Test
    void aRestatementAgreesWithinTheRoundingOfHowItIsWritten() {
        ReportRecord own = report("a-2022.docx", "某县财政局", 2022, "final_accounts",
                amount("12790.52", "万元", "spending.total", null, "actual"));
        // 1.28亿元 stands for 12,750 to 12,850万元; 12,790.5 for ±0.05
        assertEquals(List.of(), rules(own, report("a-2023.docx", "某县财政局", 2023, "final_accounts",
                amount("1.28", "亿元", "spending.total", 2022, "actual"))));
        assertEquals(List.of(), rules(own, report("a-2023.docx", "某县财政局", 2023, "final_accounts",
                amount("127905200", "元", "spending.total", 2022, "actual"))));
        assertEquals(List.of(), rules(own, report("a-2023.docx", "某县财政局", 2023, "final_accounts",
                amount("12790.5", "万元", "spending.total", 2022, "actual"))));
        assertEquals(List.of("R-ACROSS/restated 2022"), rules(own, report("a-2023.docx", "某县财政局", 2023,
                "final_accounts", amount("12790.62", "万元", "spending.total", 2022, "actual"))));
    }

    @Test
    void onlyTheSameQuantityBasisAndScopeAreCompared() {
        ReportRecord own = report("a-2022.docx", "某县财政局", 2022, "final_accounts",
                amount("12790.52", "万元", "spending.total", null, "actual"));
        assertEquals(List.of(), rules(own, report("a-2023.docx", "某县财政局", 2023, "final_accounts",
                amount("13000.00", "万元", "spending.total", 2022, "budget"),
                amount("9000.00", "万元", "spending.basic", 2022, "actual"))));
        // another department, another year's own figure
        assertEquals(List.of(), rules(own, report("b-2023.docx", "某县教育局", 2023, "final_accounts",
                amount("13000.00", "万元", "spending.total", 2022, "actual"))));
    }

    @Test
    void aStatedChangeIsCheckedAgainstBothYearsOwnReports() {
        ReportRecord y2022 = report("a-2022.docx", "某县财政局", 2022, "final_accounts",
                amount("8284.35", "万元", "spending.project", null, "actual"));
        Change up = new Change("spending.project", "actual", 2022, 2023, Change.INCREASE);
        // 8,640.55 − 8,284.35 = 356.20, 4.2997%
        assertEquals(List.of(), rules(y2022, report("a-2023.docx", "某县财政局", 2023, "final_accounts",
                amount("8640.55", "万元", "spending.project", null, "actual"), change("356.2", "万元", up),
                change("4.3", "%", up))));
        assertEquals(List.of("R-ACROSS/change 2023", "R-ACROSS/change 2023"), rules(y2022, report("a-2023.docx", "某县财政局",
                2023, "final_accounts", amount("8640.55", "万元", "spending.project", null, "actual"),
                change("365.2", "万元", up), change("4.4", "%", up))));
        // a decrease where the figures rose
        Change down = new Change("spending.project", "actual", 2022, 2023, Change.DECREASE);
        assertEquals(List.of("R-ACROSS/change 2023"), rules(y2022, report("a-2023.docx", "某县财政局", 2023,
                "final_accounts", amount("8640.55", "万元", "spending.project", null, "actual"), change("356.2", "万元", down))));
        // without the 2022 report there is nothing to check it against
        assertEquals(List.of(), rules(report("a-2023.docx", "某县财政局", 2023, "final_accounts",
                amount("8640.55", "万元", "spending.project", null, "actual"), change("365.2", "万元", up))));
    }

    @Test
    void reportsOfOneYearAreComparedOnlyWithinOneKind() {
        ReportRecord accounts = report("a-2022-决算.docx", "某县财政局", 2022, "final_accounts",
                amount("12790.52", "万元", "spending.total", null, "actual"));
        ReportRecord evaluation = report("a-2022-自评.docx", "某县财政局", 2022, "performance_self_evaluation",
                amount("12000.00", "万元", "spending.total", null, "actual"));
        assertEquals(List.of(), rules(accounts, evaluation));
        ReportRecord copy = report("a-2022-决算.pdf", "某县财政局", 2022, "final_accounts",
                amount("12790.52", "万元", "spending.total", null, "actual"));
        assertEquals(List.of(), rules(accounts, copy));
        ReportRecord other = report("a-2022-决算-修订.docx", "某县财政局", 2022, "final_accounts",
                amount("12890.52", "万元", "spending.total", null, "actual"));
        assertEquals(List.of("R-ACROSS/same-year 2022"), rules(accounts, copy, other));
    }

    @Test
    void aBudgetDisclosuresBudgetIsTheInitialBudget() {
        ReportRecord budget = report("a-2023-预算.docx", "某县财政局", 2023, "budget_disclosure",
                amount("3000.00", "万元", "spending.total", null, "budget"));
        ReportRecord accounts = report("a-2024-决算.docx", "某县财政局", 2024, "final_accounts",
                amount("3100.00", "万元", "spending.total", 2023, "budget_initial"));
        assertEquals(List.of("R-ACROSS/restated 2023"), rules(budget, accounts));
    }

    @Test
    void aNameThatFitsTwoDepartmentsIsReportedNotCompared() {
        ReportRecord yichang = report("yc-2022.docx", "宜昌市夷陵区教育局", 2022, "final_accounts",
                amount("100.00", "万元", "spending.total", null, "actual"));
        ReportRecord jingzhou = report("jz-2022.docx", "荆州市夷陵区教育局", 2022, "final_accounts",
                amount("200.00", "万元", "spending.total", null, "actual"));
        ReportRecord unsure = report("x-2023.docx", "夷陵区教育局", 2023, "final_accounts",
                amount("150.00", "万元", "spending.total", 2022, "actual"));
        assertEquals(List.of("R-ACROSS/ambiguous-name 2023"), rules(yichang, jingzhou, unsure));
    }
}
