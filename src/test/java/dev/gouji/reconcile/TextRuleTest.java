package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** R-WORDING flaws of the text itself on its own: a doubled word, an unpaired bracket. */
class TextRuleTest {
    private static final String TITLE = "重庆市渝中区档案馆2023年度部门整体支出绩效自评报告";

    @Test
    void aDoubledPhrase() throws Exception {
        var found = check(new TextRule(), TITLE, p("本单位严格执行预算预算管理制度，加强内部控制。")).stream()
                .filter(f -> f.rule().equals("R-WORDING/doubled")).toList();
        assertEquals(1, found.size(), RuleHarness.describe(found).toString());
        assertSilent(check(new TextRule(), TITLE, p("本单位严格执行预算管理制度，加强内部控制。")), "corrected");
        // a doubled verb is Chinese reduplication, not a slip (DoubledWords)
        assertSilent(check(new TextRule(), TITLE, p("本单位严格执行执行预算管理制度，加强内部控制。")), "a doubled verb");
    }

    @Test
    void anUnpairedBracket() throws Exception {
        var found = check(new TextRule(), TITLE, p("本单位（含下属档案技术服务中心全年支出按计划执行。")).stream()
                .filter(f -> f.rule().equals("R-WORDING/unbalanced")).toList();
        assertEquals(1, found.size(), RuleHarness.describe(found).toString());
        assertSilent(check(new TextRule(), TITLE, p("本单位（含下属档案技术服务中心）全年支出按计划执行。")), "corrected");
    }
}
