package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertOne;
import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.record.Finding;
import org.junit.jupiter.api.Test;

/** R-CONFLICT/project on its own: a project's money in its sentence against the project table. */
class ProjectConflictRuleTest {
    private static final String TITLE = "山东省潍坊市奎文区科学技术局2023年度部门整体支出绩效自评报告";

    private static String report(String sentence) {
        return p("表3　项目支出执行情况（单位：万元）") + """
                <table border="1">
                <tr><td>序号</td><td>项目名称</td><td>预算数</td><td>执行数</td><td>执行率</td></tr>
                <tr><td>1</td><td>科技创新券兑付经费</td><td>200.00</td><td>187.50</td><td>93.75%</td></tr>
                <tr><td>2</td><td>科普示范基地补助</td><td>40.00</td><td>38.60</td><td>96.50%</td></tr>
                </table>
                """ + p(sentence);
    }

    @Test
    void theSentencesActualIsNotTheTablesActual() throws Exception {
        Finding f = assertOne(check(new ProjectConflictRule(), TITLE,
                report("科技创新券兑付经费年初预算180.00万元，调整后预算200.00万元，实际支出178.50万元。")), "187.50", "178.50");
        assertEquals("R-CONFLICT/project", f.rule());
    }

    @Test
    void theSentenceRestatesTheTable() throws Exception {
        assertSilent(check(new ProjectConflictRule(), TITLE,
                report("科技创新券兑付经费年初预算180.00万元，调整后预算200.00万元，实际支出187.50万元。")), "corrected");
    }

    @Test
    void anInitialBudgetTheTableDoesNotGiveIsNoConflict() throws Exception {
        // 180.00 is the initial budget; the table only gives the adjusted one, and the department's total is no project's
        assertSilent(check(new ProjectConflictRule(), TITLE,
                report("2023年度本局项目支出226.10万元。科技创新券兑付经费年初预算180.00万元，实际支出187.50万元。")), "another basis");
    }
}
