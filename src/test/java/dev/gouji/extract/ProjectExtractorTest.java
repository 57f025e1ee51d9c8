package dev.gouji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.reconcile.Reconciler;
import dev.gouji.record.Finding;
import dev.gouji.record.Project;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Projects in the shapes reports give them, written here for the purpose (no report's wording): a project
 * list with years and two-row headers in 元, a 项目支出绩效自评表, the detail rows of a data table, and
 * sentences that name a project and refer back to it. Amount is the year's budget, actual what was spent.
 */
class ProjectExtractorTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    private static Document read(String body) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";
        return Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "report.html", PipelineConfig.defaults().readLimits());
    }

    private static Extraction extract(String body) throws Exception {
        return EXTRACTOR.extract(read(body));
    }

    private static Project project(Extraction ex, String name) {
        return ex.projects().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + ex.projects().stream().map(Project::name).toList()));
    }

    private static void assertMoney(String expected, BigDecimal actual, String what) {
        assertNotNull(actual, what + " missing");
        assertEquals(0, new BigDecimal(expected).compareTo(actual), what + " = " + actual);
    }

    private static final String TITLE = "<h1>示例市文化馆2022年度部门整体支出绩效自评报告</h1>";

    @Test
    void projectListWithYearsOverTwoHeaderRowsInYuan() throws Exception {
        Extraction ex = extract(TITLE + """
                <p>附表　项目支出情况表（单位：元）</p>
                <table border="1">
                <tr><td rowspan="2">序号</td><td rowspan="2">项目名称</td><td rowspan="2">2021年决算数</td>
                    <td colspan="2">2022年预算数</td><td rowspan="2">2022年决算数</td></tr>
                <tr><td>年初预算数</td><td>调整后预算数</td></tr>
                <tr><td>1</td><td>非遗传承保护经费</td><td>800,000.00</td><td>900,000.00</td><td>1,000,000.00</td><td>985,500.00</td></tr>
                <tr><td>2</td><td>群众文化活动（春节）补助</td><td>300,000.00</td><td>0.00</td><td>420,000.00</td><td>401,230.00</td></tr>
                <tr><td colspan="2">合计</td><td>1,100,000.00</td><td>900,000.00</td><td>1,420,000.00</td><td>1,386,730.00</td></tr>
                </table>
                """);
        assertEquals(2, ex.projects().size(), ex.projects().toString());
        Project first = project(ex, "非遗传承保护经费");
        assertMoney("100", first.amount(), "amount (the adjusted budget, not the initial one)");
        assertMoney("98.55", first.actual(), "actual");
        assertTrue(first.statements().stream().noneMatch(s -> s.value().compareTo(new BigDecimal("80")) == 0),
                "the prior year's figure is no statement of the project");
        Project second = project(ex, "群众文化活动（春节）补助");
        assertMoney("42", second.amount(), "amount");
        assertMoney("40.123", second.actual(), "actual");
    }

    @Test
    void projectSelfEvaluationTableGivesTheProjectsOwnMoney() throws Exception {
        Extraction ex = extract("<h1>示例县图书馆2022年度项目支出绩效自评报告</h1>" + """
                <table border="1">
                <tr><td>项目名称</td><td colspan="6">乡镇图书分馆建设项目</td></tr>
                <tr><td>主管部门</td><td colspan="2">示例县文化局</td><td>实施单位</td><td colspan="3">示例县图书馆</td></tr>
                <tr><td rowspan="3">项目资金（万元）</td><td></td><td>年初预算数</td><td>全年预算数</td><td>全年执行数</td><td>分值</td><td>执行率</td></tr>
                <tr><td>年度资金总额</td><td>120.00</td><td>150.00</td><td>146.20</td><td>10</td><td>97.47%</td></tr>
                <tr><td>其中：省级补助</td><td>50.00</td><td>80.00</td><td>78.00</td><td>—</td><td>97.50%</td></tr>
                </table>
                """);
        assertEquals(1, ex.projects().size(), ex.projects().toString());
        Project p = project(ex, "乡镇图书分馆建设项目");
        assertMoney("150", p.amount(), "amount");
        assertMoney("146.20", p.actual(), "actual");
    }

    @Test
    void detailRowsUnderTheProjectSpendingRowOfADataTable() throws Exception {
        Extraction ex = extract(TITLE + """
                <p>金额单位：万元</p>
                <table border="1">
                <tr><td rowspan="2">项目</td><td colspan="2">2021年</td><td colspan="2">2022年</td></tr>
                <tr><td>预算数</td><td>决算数</td><td>预算数</td><td>决算数</td></tr>
                <tr><td>（一）基本支出</td><td>500.00</td><td>495.00</td><td>520.00</td><td>516.30</td></tr>
                <tr><td>1.人员经费</td><td>450.00</td><td>447.00</td><td>470.00</td><td>468.10</td></tr>
                <tr><td>（二）项目支出</td><td>200.00</td><td>198.00</td><td>260.00</td><td>251.40</td></tr>
                <tr><td>1.文艺志愿者人员经费</td><td>80.00</td><td>79.00</td><td>90.00</td><td>88.40</td></tr>
                <tr><td>2.场馆免费开放补助</td><td>120.00</td><td>119.00</td><td>170.00</td><td>163.00</td></tr>
                <tr><td>三、“三公”经费</td><td>5.00</td><td>4.10</td><td>5.00</td><td>3.90</td></tr>
                </table>
                """);
        assertEquals(List.of("文艺志愿者人员经费", "场馆免费开放补助"), ex.projects().stream().map(Project::name).toList());
        Project p = project(ex, "文艺志愿者人员经费");
        assertMoney("90", p.amount(), "amount of the fiscal year");
        assertMoney("88.40", p.actual(), "actual of the fiscal year");
    }

    @Test
    void sentencesThatNameAProjectAndReferBackToIt() throws Exception {
        Extraction ex = extract(TITLE + """
                <p>项目支出中，流动文化服务车运维经费年初预算60.00万元，因车辆年检延期，年中调减6.00万元，调整后预算54.00万元，全年兑付51.75万元。</p>
                <p>数字文化馆平台建设专项资金安排预算88.00万元，支出86.40万元，主要用于平台升级。</p>
                <p>（一）农村文化礼堂提升项目。该项目预算安排210.00万元，实际支出205.60万元，其中：市级补助资金120.00万元，县级配套资金85.60万元。</p>
                <p>2.少儿艺术普及经费。全年预算35.00万元，执行33.20万元。2021年同一项目执行31.00万元。</p>
                """);
        Project voucher = project(ex, "流动文化服务车运维经费");
        assertMoney("54", voucher.amount(), "the adjusted budget");
        assertMoney("51.75", voucher.actual(), "兑付 is spent");
        Project platform = project(ex, "数字文化馆平台建设专项资金");
        assertMoney("88", platform.amount(), "amount");
        assertMoney("86.40", platform.actual(), "a bare 支出 after a project's budget is the project's");
        Project hall = project(ex, "农村文化礼堂提升项目");
        assertMoney("210", hall.amount(), "amount");
        assertMoney("205.60", hall.actual(), "actual");
        Project kids = project(ex, "少儿艺术普及经费");
        assertMoney("35", kids.amount(), "amount");
        assertMoney("33.20", kids.actual(), "the fiscal year's actual, not 2021's");
        assertEquals(4, ex.projects().size(), "funding sources are not projects: " + ex.projects());
        // the bare 支出 is the project's, not the department's total spending
        assertNull(ex.fields().get("spending.total"), String.valueOf(ex.fields().get("spending.total")));
    }

    @Test
    void aBudgetDisclosureListsProjectsWithOneFigureEach() throws Exception {
        Extraction ex = extract("<h1>示例区档案馆2023年部门预算公开</h1>" + """
                <p>2023年部门支出预算500.00万元，其中：基本支出380.00万元，项目支出120.00万元。</p>
                <p>1.馆藏档案数字化加工经费70.00万元，主要用于纸质档案扫描和著录。</p>
                <p>2.档案库房安全维护经费50.00万元，主要用于消防和温湿度控制设备维护。</p>
                """);
        assertEquals(2, ex.projects().size(), ex.projects().toString());
        Project p = project(ex, "馆藏档案数字化加工经费");
        assertMoney("70", p.amount(), "one figure that does not say which is the amount");
        assertNull(p.actual());
    }

    private static final String TABLE_AND_TEXT = TITLE + """
            <p>表2　项目支出执行情况（单位：万元）</p>
            <table border="1">
            <tr><td>序号</td><td>项目名称</td><td>预算数</td><td>执行数</td><td>执行率</td></tr>
            <tr><td>1</td><td>公共文化设施维修经费</td><td>150.00</td><td>142.00</td><td>94.67%</td></tr>
            <tr><td>2</td><td>文化遗产普查补助</td><td>60.00</td><td>57.30</td><td>95.50%</td></tr>
            </table>
            <p>公共文化设施维修经费年初预算130.00万元，年中追加后预算150.00万元，实际支出{ACTUAL}万元。其中：文化遗产普查补助57.30万元。</p>
            """;

    @Test
    void theTextsActualAgainstTheTablesActualOnly() throws Exception {
        String body = TABLE_AND_TEXT.replace("{ACTUAL}", "124.00");
        Document doc = read(body);
        Extraction ex = EXTRACTOR.extract(doc);
        Project p = project(ex, "公共文化设施维修经费");
        assertMoney("150", p.amount(), "amount");
        assertMoney("142", p.actual(), "the table's actual");
        List<Finding> conflicts = new Reconciler(PipelineConfig.defaults()).reconcile(ex).stream()
                .filter(f -> f.rule().equals("R-CONFLICT/project")).toList();
        assertEquals(1, conflicts.size(), conflicts.toString());
        assertEquals(0, new BigDecimal("142").compareTo(conflicts.get(0).expected()));
        assertEquals(0, new BigDecimal("124.00").compareTo(conflicts.get(0).actual()));
    }

    @Test
    void anInitialBudgetOrARestatedFigureIsNoConflict() throws Exception {
        String body = TABLE_AND_TEXT.replace("{ACTUAL}", "142.00");
        Document doc = read(body);
        Extraction ex = EXTRACTOR.extract(doc);
        assertMoney("57.30", project(ex, "文化遗产普查补助").actual(), "actual");
        assertMoney("60", project(ex, "文化遗产普查补助").amount(), "a figure restating the actual is not the amount");
        List<Finding> conflicts = new Reconciler(PipelineConfig.defaults()).reconcile(ex).stream()
                .filter(f -> f.rule().startsWith("R-CONFLICT")).toList();
        assertTrue(conflicts.isEmpty(), conflicts.toString());
    }
}
