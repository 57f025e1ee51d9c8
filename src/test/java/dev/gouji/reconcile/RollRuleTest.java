package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertOne;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;

import org.junit.jupiter.api.Test;

/** R-ROLL on its own: opening balance plus the year's moves against the closing balance. */
class RollRuleTest {
    private static final String TITLE = "浙江省台州市椒江区应急管理局2023年度部门整体支出绩效自评报告";

    private static String assets(String closing) {
        return p("截至2023年末，本单位固定资产期初原值842.60万元，本年增加57.90万元，本年处置报废21.30万元，期末原值" + closing + "万元。");
    }

    @Test
    void assetsThatDoNotRoll() throws Exception {
        // 842.60 + 57.90 − 21.30 = 879.20
        assertOne(check(new RollRule(), TITLE, assets("897.20")), "842.60", "57.90", "21.30", "897.20");
    }

    @Test
    void assetsThatRollAreSilent() throws Exception {
        assertSilent(check(new RollRule(), TITLE, assets("879.20")), "corrected");
    }

    @Test
    void carryOverOfFunds() throws Exception {
        // 18.40 + 265.00 − 270.15 = 13.25
        assertOne(check(new RollRule(), TITLE, p("2023年度年初结转和结余18.40万元，本年收入265.00万元，本年支出270.15万元，年末结转和结余31.25万元。")),
                "18.40", "265.00", "270.15", "31.25");
        assertSilent(check(new RollRule(), TITLE, p("2023年度年初结转和结余18.40万元，本年收入265.00万元，本年支出270.15万元，年末结转和结余13.25万元。")),
                "corrected");
    }

    @Test
    void anotherSentencesFigureIsNoMoveOfTheRoll() throws Exception {
        assertSilent(check(new RollRule(), TITLE, assets("879.20") + p("2024年计划新增应急装备预算40.00万元。")), "next year's plan");
    }
}
