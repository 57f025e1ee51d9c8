package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertOne;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.record.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-WORDING direction and amount on its own: a stated change against the two figures it compares. */
class ChangeWordingRuleTest {
    private static final String TITLE = "江苏省南通市崇川区审计局2023年度部门整体支出绩效自评报告";

    private static List<Finding> errors(String text) throws Exception {
        return check(new ChangeWordingRule(), TITLE, p(text)).stream().filter(f -> !f.rule().equals("R-WORDING/reason")).toList();
    }

    @Test
    void anIncreaseWhereTheFigureFell() throws Exception {
        Finding f = assertOne(errors("2023年项目支出142.60万元，较2022年的158.30万元增加15.70万元。"), "142.60", "158.30");
        assertEquals("R-WORDING/direction", f.rule());
    }

    @Test
    void aChangeThatIsNotTheDifference() throws Exception {
        // 158.30 − 142.60 = 15.70
        Finding f = assertOne(errors("2023年项目支出142.60万元，较2022年的158.30万元减少17.50万元。"), "17.50");
        assertEquals("R-WORDING/amount", f.rule());
    }

    @Test
    void theRightDirectionAndAmountAreSilent() throws Exception {
        assertSilent(errors("2023年项目支出142.60万元，较2022年的158.30万元减少15.70万元。"), "corrected");
    }

    @Test
    void withoutTheEarlierYearsFigureTheRuleIsSilent() throws Exception {
        // only a rate is given: R-RATE's business, and no earlier figure to compare
        assertSilent(errors("2023年项目支出142.60万元，比上年下降9.92%。"), "no earlier figure");
    }
}
