package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertOne;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static dev.gouji.reconcile.RuleHarness.table;

import org.junit.jupiter.api.Test;

/** R-PART on its own: a part stated after 「其中」 larger than the whole it is part of. */
class PartRuleTest {
    private static final String TITLE = "四川省绵阳市涪城区司法局2023年度部门整体支出绩效自评报告";

    @Test
    void aPartLargerThanItsWhole() throws Exception {
        assertOne(check(new PartRule(), TITLE, p("2023年度本局支出总额512.64万元，其中：人员经费4318.20万元，公用经费81.44万元。")),
                "512.64", "4318.20");
    }

    @Test
    void partsWithinTheirWholeAreSilent() throws Exception {
        assertSilent(check(new PartRule(), TITLE, p("2023年度本局支出总额512.64万元，其中：人员经费431.20万元，公用经费81.44万元。")),
                "corrected");
    }

    @Test
    void aPartMayExceedAFigureItIsNotPartOf() throws Exception {
        // 人员经费 exceeds the 2022 spending said before, but its 「其中」 follows the 2023 total
        assertSilent(check(new PartRule(), TITLE, p("2022年度支出总额398.00万元。2023年度本局支出总额512.64万元，其中：人员经费431.20万元，公用经费81.44万元。")),
                "another year's figure");
    }
}
