package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static dev.gouji.reconcile.RuleHarness.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.record.Finding;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-CODE on its own: an economic classification code beside a name the shipped list contradicts. */
class CodeRuleTest {
    private static final String TITLE = "宁夏回族自治区银川市兴庆区民族宗教事务局2024年度部门决算";

    private static String basicSpending(String... rows) {
        String[] all = new String[rows.length + 1];
        all[0] = "科目编码|科目名称|决算数";
        System.arraycopy(rows, 0, all, 1, rows.length);
        return p("一般公共预算财政拨款基本支出决算表") + p("单位：万元") + table(all);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.severity()).toList();
    }

    @Test
    void aNameTheListContradicts() throws Exception {
        List<Finding> found = check(new CodeRule(), TITLE, basicSpending("301|工资福利支出|210.00", "30101|基本工资|120.00",
                "30102|奖金|90.00"));
        assertEquals(List.of("R-CODE/name error"), rules(found), RuleHarness.describe(found).toString());
        assertTrue(found.get(0).message().contains("津贴补贴"), found.get(0).message());
    }

    @Test
    void theListsNamesAreSilent() throws Exception {
        assertSilent(check(new CodeRule(), TITLE, basicSpending("301|工资福利支出|210.00", "30101|基本工资|120.00",
                "30102|津贴补贴|90.00")), "corrected");
    }

    @Test
    void anUnlistedCodeIsInfoUntilTheReportNamesItTwoWays() throws Exception {
        // a column is read as codes from three code rows on (a column of two numbers may be counts)
        List<Finding> once = check(new CodeRule(), TITLE, basicSpending("213|农林水支出|40.00", "21302|林业和草原|40.00",
                "2130201|行政运行|40.00"));
        assertEquals(List.of("R-CODE/unlisted info"), rules(once));
        List<Finding> twice = check(new CodeRule(), TITLE, basicSpending("213|农林水支出|40.00", "21302|林业和草原|40.00",
                "2130201|行政运行|40.00") + basicSpending("213|农林水支出|40.00", "21302|林业和草原|40.00", "2130201|森林资源管理|40.00"));
        assertEquals(1, twice.stream().filter(f -> f.rule().equals("R-CODE/inconsistent")).count(), RuleHarness.describe(twice).toString());
    }
}
