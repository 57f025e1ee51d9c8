package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertOne;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static dev.gouji.reconcile.RuleHarness.table;

import org.junit.jupiter.api.Test;

/** R-TARGET on its own: an indicator that missed its target yet scored full marks. */
class TargetRuleTest {
    private static final String TITLE = "陕西省宝鸡市渭滨区退役军人事务局2023年度部门整体支出绩效自评报告";

    private static String sheet(String actual, String score) {
        return p("2023年度部门整体支出绩效自评表") + table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
                "产出指标|数量指标|走访慰问人次|≥600人次|615人次|40|40",
                "产出指标|质量指标|信访事项逾期率|≤3%|1.5%|30|30",
                "满意度指标|服务对象满意度指标|退役军人满意度|≥95%|" + actual + "|30|" + score);
    }

    @Test
    void aMissedTargetWithFullMarks() throws Exception {
        assertOne(check(new TargetRule(), TITLE, sheet("88%", "30")), "95", "88");
    }

    @Test
    void aMissedTargetWithMarksDeductedIsSilent() throws Exception {
        assertSilent(check(new TargetRule(), TITLE, sheet("88%", "27")), "corrected");
    }

    @Test
    void targetsMetAtMostAndAtLeastEarnFullMarks() throws Exception {
        assertSilent(check(new TargetRule(), TITLE, sheet("96.5%", "30")), "met");
    }
}
