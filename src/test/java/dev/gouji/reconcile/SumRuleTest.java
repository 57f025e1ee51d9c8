package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertFound;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static dev.gouji.reconcile.RuleHarness.reconcile;
import static dev.gouji.reconcile.RuleHarness.table;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-SUM on its own: a total row against the rows under it, year by year. */
class SumRuleTest {
    private static final String TITLE = "湖北省宜昌市西陵区文化和旅游局2023年度部门整体支出绩效自评报告";

    private static String spending(String total2022, String total2023) {
        return p("单位：万元") + table("项目|2022年决算数|2023年决算数", "支出合计|" + total2022 + "|" + total2023,
                "基本支出|512.30|540.10", "项目支出|218.70|236.45");
    }

    @Test
    void aTotalThatIsNotTheSumOfItsParts() throws Exception {
        // 540.10 + 236.45 = 776.55, the table says 767.55; both the spending-breakdown and the table-total
        // checks see it (the Reconciler keeps one)
        Finding f = assertFound(check(new SumRule(), TITLE, spending("731.00", "767.55")), "767.55", "540.10", "236.45");
        assertEquals(0, new BigDecimal("776.55").compareTo(f.expected()), f.message());
    }

    @Test
    void theReconcilerReportsTheFaultOnce() throws Exception {
        List<Finding> findings = reconcile(TITLE, spending("731.00", "767.55")).stream()
                .filter(f -> f.rule().startsWith("R-SUM")).toList();
        assertEquals(1, findings.size(), RuleHarness.describe(findings).toString());
    }

    @Test
    void theCorrectedTotalIsSilent() throws Exception {
        assertSilent(check(new SumRule(), TITLE, spending("731.00", "776.55")), "corrected");
    }

    @Test
    void eachYearColumnAddsUpOnItsOwn() throws Exception {
        // 2022's wrong total is found in its own column, not mixed with 2023's parts
        Finding f = assertFound(check(new SumRule(), TITLE, spending("713.00", "776.55")), "713.00", "512.30", "218.70");
        assertEquals(0, new BigDecimal("731.00").compareTo(f.expected()), f.message());
    }

    @Test
    void aQizhongThatNamesOnlySomeItemsNeedNotReachTheTotal() throws Exception {
        assertSilent(check(new SumRule(), TITLE, spending("731.00", "776.55")
                + p("2023年“三公”经费支出8.40万元，其中：公务用车运行维护费3.10万元。")), "partial list");
    }
}
