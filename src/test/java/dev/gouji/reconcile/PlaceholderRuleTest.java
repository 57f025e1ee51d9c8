package dev.gouji.reconcile;

import static dev.gouji.reconcile.RuleHarness.assertSilent;
import static dev.gouji.reconcile.RuleHarness.check;
import static dev.gouji.reconcile.RuleHarness.p;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** R-STRUCT/placeholder on its own: a template placeholder left in the report. */
class PlaceholderRuleTest {
    private static final String TITLE = "甘肃省天水市秦州区林业和草原局2023年度部门整体支出绩效自评报告";

    @Test
    void aPlaceholderLeftInTheText() throws Exception {
        var found = check(new PlaceholderRule(), TITLE, p("2023年度，XX局项目支出96.40万元，主要用于森林防火。"));
        assertEquals(1, found.size(), RuleHarness.describe(found).toString());
        assertEquals("R-STRUCT/placeholder", found.get(0).rule());
    }

    @Test
    void theFilledInTextIsSilent() throws Exception {
        assertSilent(check(new PlaceholderRule(), TITLE, p("2023年度，本局项目支出96.40万元，主要用于森林防火。")), "filled in");
    }

    @Test
    void aPlaceholderWrittenManyTimesIsOneFinding() throws Exception {
        var found = check(new PlaceholderRule(), TITLE, p("XX局基本支出××万元。") + p("XX局项目支出××万元。") + p("XX局人员××人。"));
        assertEquals(found.stream().map(f -> f.message()).distinct().count(), found.size(), RuleHarness.describe(found).toString());
    }
}
