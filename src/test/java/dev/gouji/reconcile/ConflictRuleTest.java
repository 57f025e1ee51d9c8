package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertOne;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static dev.gouji.reconcile.RuleHarness.table;

import org.junit.jupiter.api.Test;

/** R-CONFLICT on its own: one quantity stated in the text and in a table with different values. */
class ConflictRuleTest {
    private static final String TITLE = "河南省洛阳市西工区人力资源和社会保障局2023年度部门整体支出绩效自评报告";
    private static final String TEXT = p("2023年度本局基本支出412.36万元，项目支出128.05万元。");

    private static String spending(String basic2023) {
        return p("单位：万元") + table("项目|2022年决算数|2023年预算数|2023年决算数", "基本支出|421.36|430.00|" + basic2023,
                "项目支出|119.60|135.00|128.05");
    }

    @Test
    void theTextAndTheTableDisagreeOnTheSameYearAndBasis() throws Exception {
        assertOne(check(new ConflictRule(), TITLE, TEXT + spending("421.63")), "412.36", "421.63");
    }

    @Test
    void theTextAndTheTableAgree() throws Exception {
        assertSilent(check(new ConflictRule(), TITLE, TEXT + spending("412.36")), "corrected");
    }

    @Test
    void anotherYearAnotherBasisAndAProjectsOwnFigureAreNotTheSameQuantity() throws Exception {
        // 421.36 is 2022's actual, 430.00 the 2023 budget; a project's spending is not the department's
        assertSilent(check(new ConflictRule(), TITLE, TEXT + spending("412.36")
                + p("基本支出全年预算数430.00万元，执行数412.36万元。")
                + p("其中就业技能培训项目全年预算数60.00万元，实际支出57.80万元。")), "like with unlike");
    }
}
