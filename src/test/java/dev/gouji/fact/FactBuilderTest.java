package dev.gouji.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.read.Readers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Each figure becomes a fact with its year, basis and scope, and fields are the fiscal year's facts on the
 * report's basis: the header shapes and wordings of other provinces' templates, written for these tests.
 */
class FactBuilderTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    private static Extraction extract(String title, String body) throws Exception {
        String html = "<html><body><h1>" + title + "</h1>" + body + "</body></html>";
        return EXTRACTOR.extract(Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "r.html", PipelineConfig.defaults().readLimits()));
    }

    private static Extraction selfEvaluation(String body) throws Exception {
        return extract("某市某区商务局2023年度部门整体支出绩效自评报告", body);
    }

    private static void assertField(Extraction ex, String key, String expected) {
        var f = ex.fields().get(key);
        assertNotNull(f, key + " missing in " + ex.fields().keySet());
        assertEquals(0, new BigDecimal(expected).compareTo(f.number()), key + " = " + f.number() + " from " + f.evidence());
    }

    private static Fact factOf(Extraction ex, String raw) {
        return ex.facts().stream().filter(f -> f.candidate().quantity().raw().equals(raw)).findFirst().orElseThrow(() -> new AssertionError(raw));
    }

    @Test
    void yearColumnsWithThePriorYearFirstAndASectionRowInBetween() throws Exception {
        Extraction ex = selfEvaluation("""
                <table border="1">
                <tr><td>项目</td><td>2022年决算数</td><td>2023年预算数</td><td>2023年决算数</td></tr>
                <tr><td colspan="4">一、经费支出情况</td></tr>
                <tr><td>基本支出</td><td>610.20</td><td>650.00</td><td>640.35</td></tr>
                <tr><td>项目支出</td><td>300.00</td><td>320.00</td><td>310.10</td></tr>
                <tr><td colspan="4">二、控制性支出</td></tr>
                <tr><td>公务接待费</td><td>2.40</td><td>3.00</td><td>1.95</td></tr>
                </table>""");
        assertField(ex, "spending.basic", "640.35");
        assertField(ex, "spending.project", "310.10");
        assertField(ex, "three_public.reception", "1.95");
        assertField(ex, "budget.spending.basic", "650.00");
        assertEquals(2022, factOf(ex, "610.20").period());
        assertEquals(Basis.BUDGET, factOf(ex, "650.00").basis());
    }

    @Test
    void aTwoRowHeaderGivesEachColumnItsYearAndBasis() throws Exception {
        Extraction ex = selfEvaluation("""
                <table border="1">
                <tr><td rowspan="2">项目</td><td colspan="2">2022年</td><td colspan="2">2023年</td></tr>
                <tr><td>预算数</td><td>决算数</td><td>预算数</td><td>决算数</td></tr>
                <tr><td>本年支出合计</td><td>900.00</td><td>880.00</td><td>1000.00</td><td>975.50</td></tr>
                </table>""");
        assertField(ex, "spending.total", "975.50");
        assertField(ex, "budget.full_year", "1000.00");
        Fact prior = factOf(ex, "880.00");
        assertEquals(2022, prior.period());
        assertEquals(Basis.ACTUAL, prior.basis());
    }

    @Test
    void moneyInYuanInATableWhileTheTextSaysWan() throws Exception {
        Extraction ex = selfEvaluation("""
                <p>单位：元</p>
                <table border="1">
                <tr><td>项目</td><td>本年决算数</td></tr>
                <tr><td>基本支出</td><td>6,403,500.00</td></tr>
                </table>
                <p>本年基本支出640.35万元。</p>""");
        assertField(ex, "spending.basic", "640.35");
        assertTrue(ex.fields().get("spending.basic").others().stream().allMatch(s -> s.value().compareTo(new BigDecimal("640.35")) == 0));
    }

    @Test
    void basisWordsBetweenTheNameAndTheFigure() throws Exception {
        Extraction ex = extract("某县统计局2022年度部门决算公开", """
                <p>2022年度“三公”经费决算总额6.20万元，其中：公务接待费决算1.20万元，公务用车运行维护费决算5.00万元。</p>
                <p>2022年部门支出预算为300.00万元，支出决算为296.40万元。</p>""");
        assertField(ex, "three_public.total", "6.20");
        assertField(ex, "three_public.reception", "1.20");
        assertField(ex, "three_public.vehicle_operation", "5.00");
        assertField(ex, "spending.total", "296.40");
        assertField(ex, "budget.full_year", "300.00");
    }

    @Test
    void aClauseNamingOnlyItsBasisSpeaksOfWhatWasNamedBefore() throws Exception {
        Extraction ex = selfEvaluation("""
                <p>公务接待费年初预算3.00万元，实际支出1.95万元，控制在预算以内。</p>
                <p>会展促进专项资金年初预算80.00万元，年中追加后预算95.00万元，实际支出92.30万元。</p>""");
        assertField(ex, "three_public.reception", "1.95");
        assertField(ex, "budget.three_public.reception", "3.00");
        // the project's budget is not the department's
        assertNull(ex.fields().get("budget.full_year"));
        assertNull(ex.fields().get("spending.total"));
        assertEquals("会展促进专项资金", factOf(ex, "92.30万元").scope());
    }

    @Test
    void itemsOfAQizhongListTakeTheWholesBasisAndAreItsParts() throws Exception {
        Extraction ex = selfEvaluation("""
                <p>2023年年初预算500.00万元，其中基本支出380.00万元、项目支出120.00万元。</p>
                <p>核定编制40人，其中行政编制25名。</p>""");
        Fact basic = factOf(ex, "380.00万元");
        assertEquals(Basis.BUDGET_INITIAL, basic.basis());
        assertEquals("500.00万元", basic.whole().candidate().quantity().raw());
        assertNull(ex.fields().get("spending.basic"), "a budget of basic spending is not what was spent");
        assertField(ex, "staff.authorized", "40");
    }

    @Test
    void changesThresholdsAndApproximationsAreNoLevels() throws Exception {
        Extraction ex = selfEvaluation("""
                <p>本年支出合计975.50万元（约0.98亿元），比上年880.00万元增加95.50万元，增长10.85%。</p>
                <p>自评得分92分。总分90分（含）以上为优。</p>""");
        assertField(ex, "spending.total", "975.50");
        assertEquals(Basis.OTHER, factOf(ex, "95.50万元").basis());
        assertEquals(2022, factOf(ex, "880.00万元").period());
        assertEquals(Basis.OTHER, factOf(ex, "约0.98亿元").basis());
        assertField(ex, "self_score", "92");
    }

    @Test
    void aProjectTablesRowsAreProjectsAndItsTotalIsTheirs() throws Exception {
        Extraction ex = selfEvaluation("""
                <table border="1">
                <tr><td>序号</td><td>项目名称</td><td>预算数</td><td>执行数</td></tr>
                <tr><td>1</td><td>会展促进专项资金</td><td>95.00</td><td>92.30</td></tr>
                <tr><td>2</td><td>电商发展补助</td><td>60.00</td><td>58.00</td></tr>
                <tr><td colspan="2">合计</td><td>155.00</td><td>150.30</td></tr>
                </table>""");
        assertNull(ex.fields().get("budget.full_year"), "a project table's 合计 is not the department's budget");
        assertEquals("会展促进专项资金", factOf(ex, "95.00").scope());
        assertTrue(ex.breakdowns().stream().anyMatch(b -> b.total().value().compareTo(new BigDecimal("150.30")) == 0
                && b.parts().size() == 2 && b.complete()));
    }

    @Test
    void lineNumbersAndCodesAreNotFigures() throws Exception {
        Extraction ex = extract("某县统计局2022年度部门决算公开", """
                <table border="1">
                <tr><td>项目</td><td>行次</td><td>金额</td></tr>
                <tr><td>栏次</td><td></td><td>1</td></tr>
                <tr><td>一、一般公共预算财政拨款收入</td><td>1</td><td>280.00</td></tr>
                <tr><td>本年收入合计</td><td>8</td><td>296.40</td></tr>
                </table>""");
        assertField(ex, "income.total", "296.40");
        assertTrue(ex.facts().stream().noneMatch(f -> f.candidate().quantity().raw().equals("8")));
    }
}
