package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertOne;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static dev.gouji.reconcile.RuleHarness.table;

import org.junit.jupiter.api.Test;

/** R-YEAR on its own: a date or period of another year where the fiscal year's is meant. */
class YearRuleTest {
    private static final String TITLE = "安徽省芜湖市镜湖区城市管理局2023年度部门整体支出绩效自评报告";

    private static String timeliness(String rule) {
        return p("2023年度项目支出绩效自评表") + table("一级指标|二级指标|三级指标|指标值|完成值|分值|得分|评分标准",
                "产出指标|数量指标|背街小巷改造条数|≥45条|47条|50|50|完成得满分",
                "产出指标|时效指标|改造完工时间|2023年10月|2023年9月|50|50|" + rule);
    }

    @Test
    void aDeadlineOfAnotherYearScoresThisYearsTarget() throws Exception {
        assertOne(check(new YearRule(), TITLE, timeliness("在2021年10月底前完工得满分，每延迟一个月扣5分")), "2023", "2021");
    }

    @Test
    void aDeadlineOfTheFiscalYearIsSilent() throws Exception {
        assertSilent(check(new YearRule(), TITLE, timeliness("在2023年10月底前完工得满分，每延迟一个月扣5分")), "corrected");
    }

    @Test
    void aComparisonWithThePriorYearIsNoDeadline() throws Exception {
        assertSilent(check(new YearRule(), TITLE, timeliness("较2022年同期提前2个月完工，得满分")), "prior-year comparison");
    }

    @Test
    void anEvaluationPeriodOfAnotherWholeYear() throws Exception {
        assertOne(check(new YearRule(), TITLE, p("本次评价范围为本局2021年1月1日至2021年12月31日纳入部门预算管理的全部资金。")), "2021",
                "2023");
        assertSilent(check(new YearRule(), TITLE, p("本次评价范围为本局2023年1月1日至2023年12月31日纳入部门预算管理的全部资金。")),
                "corrected");
        // a prior year-end as the date of a count is no evaluation period
        assertSilent(check(new YearRule(), TITLE, p("截至2022年12月31日，本局实有在职人员48人。")), "a count's date");
    }
}
