package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertOne;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;

import org.junit.jupiter.api.Test;

/** R-RATE on its own: a stated rate against the figures it is computed from. */
class RateRuleTest {
    private static final String TITLE = "湖南省株洲市芦淞区住房和城乡建设局2023年度部门整体支出绩效自评报告";

    @Test
    void anExecutionRateThatIsNotActualOverBudget() throws Exception {
        // 612.40 ÷ 650.00 = 94.22%
        assertOne(check(new RateRule(), TITLE, p("2023年全年预算数650.00万元，全年实际支出612.40万元，预算执行率92.42%。")),
                "92.42", "612.40", "650.00");
    }

    @Test
    void theRightExecutionRateIsSilent() throws Exception {
        assertSilent(check(new RateRule(), TITLE, p("2023年全年预算数650.00万元，全年实际支出612.40万元，预算执行率94.22%。")),
                "corrected");
    }

    @Test
    void aRateOverTheOperandsOfItsOwnSentence() throws Exception {
        // 612.40 ÷ 600.00 = 102.07%: the initial budget its sentence names, not the 650.00 said before
        assertSilent(check(new RateRule(), TITLE, p("2023年全年预算数650.00万元。年初预算数600.00万元，执行数612.40万元，执行率102.07%。")),
                "other operands");
    }

    @Test
    void aChangeRateOverThePriorYear() throws Exception {
        // 3.00 ÷ 20.00 = 15.00%; 17.65% divides by this year's 17.00
        assertOne(check(new RateRule(), TITLE, p("2023年“三公”经费支出17.00万元，较上年的20.00万元减少3.00万元，下降17.65%。")),
                "17.65", "20.00");
        assertSilent(check(new RateRule(), TITLE, p("2023年“三公”经费支出17.00万元，较上年的20.00万元减少3.00万元，下降15.00%。")),
                "corrected");
    }
}
