package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertOne;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static dev.gouji.reconcile.RuleHarness.table;

import org.junit.jupiter.api.Test;

/** R-SCORE on its own: a score sheet's total against its items' scores. */
class ScoreRuleTest {
    private static final String TITLE = "辽宁省大连市沙河口区体育局2023年度部门整体支出绩效自评报告";

    private static String sheet(String total, String note) {
        return p("2023年度部门整体支出绩效自评表") + table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|扣分说明",
                "产出指标|数量指标|全民健身活动场次|≥40场|42场|25|25|",
                "产出指标|质量指标|场馆设施完好率|≥95%|93%|25|23|" + note,
                "效益指标|社会效益指标|经常参加锻炼人数比例|≥38%|39%|30|30|",
                "满意度指标|服务对象满意度指标|群众满意度|≥90%|92%|20|18|抽样偏少",
                "总分| | | | |100|" + total + "|");
    }

    @Test
    void aTotalThatIsNotTheSumOfItsItems() throws Exception {
        // 25 + 23 + 30 + 18 = 96
        assertOne(check(new ScoreRule(), TITLE, sheet("98", "")), "98", "25", "23", "30", "18");
    }

    @Test
    void theRightTotalIsSilent() throws Exception {
        assertSilent(check(new ScoreRule(), TITLE, sheet("96", "")), "corrected");
    }

    @Test
    void aScoringRuleInTheNotesIsNoDeduction() throws Exception {
        assertSilent(check(new ScoreRule(), TITLE, sheet("96", "每低1个百分点扣1分")
                + p("经自评，本单位2023年度部门整体支出绩效自评得分96分，评价等次为优秀。")), "scoring rule");
    }
}
