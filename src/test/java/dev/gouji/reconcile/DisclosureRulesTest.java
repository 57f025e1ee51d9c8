package dev.gouji.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.record.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 部门决算 disclosure written here (a made-up unit, figures of our own, the national template's nine tables):
 * clean, it raises nothing; each check has a twin with one fault planted, found under its rule id and no other.
 */
class DisclosureRulesTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();
    private static final Reconciler RECONCILER = new Reconciler(PipelineConfig.defaults());

    /** The clean report's variable parts; a twin changes one. */
    private static Map<String, String> clean() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("TITLE_YEAR", "2024");
        m.put("PART_YEAR", "2024");
        m.put("UNIT", "江北区文化旅游局");
        m.put("TOC_EXTRA", "");
        m.put("TOC_PAGE", "");
        m.put("FUND_TITLE_NOTE", "");
        m.put("INCOME_TOTAL", "520.00");
        m.put("SPENDING_ROW", "420.00");
        m.put("TOTAL_RIGHT", "530.00");
        m.put("PERSONNEL", "250.00");
        m.put("INCOME_TABLE", "收入决算表");
        m.put("FUND_NOTE", "说明：本单位2024年度没有政府性基金预算财政拨款收入和支出，故本表无数据。");
        m.put("STATE_TABLE", "国有资本经营预算财政拨款收入支出决算表");
        m.put("STATE_NOTE", "说明：本单位2024年度没有国有资本经营预算财政拨款收入和支出，故本表无数据。");
        m.put("TEXT_INCOME", "520.00");
        m.put("TEXT_SHARE", "96.15");
        m.put("TEXT_BASIC", "310.00");
        m.put("TEXT_THREE", "6.00");
        return m;
    }

    private static String row(String... cells) {
        StringBuilder b = new StringBuilder("<tr>");
        for (String c : cells) {
            b.append(c.startsWith("<td") ? c : "<td>" + c + "</td>");
        }
        return b.append("</tr>").toString();
    }

    private static String html(Map<String, String> v) {
        String unitLine = "<p>部门：" + v.get("UNIT") + "　金额单位：万元</p>";
        StringBuilder b = new StringBuilder("<html><head><meta charset=\"utf-8\"></head><body>");
        b.append("<h1>江北区文化旅游局").append(v.get("TITLE_YEAR")).append("年度部门决算</h1>");
        b.append("<p>目　录</p><p>第一部分 部门概况</p><p>第二部分 部门决算表</p>");
        for (String t : List.of("收入支出决算总表", "收入决算表", "支出决算表", "财政拨款收入支出决算总表", "一般公共预算财政拨款支出决算表",
                "一般公共预算财政拨款基本支出决算表", "财政拨款“三公”经费支出决算表", "政府性基金预算财政拨款收入支出决算表",
                "国有资本经营预算财政拨款收入支出决算表")) {
            b.append("<p>").append(t).append(v.get("TOC_PAGE")).append("</p>");
        }
        b.append(v.get("TOC_EXTRA"));
        b.append("<p>第三部分 部门决算情况说明</p>");
        b.append("<h2>第一部分 部门概况</h2><p>本局负责全区文化、旅游和文物保护工作，内设科室六个，下属文化馆一个。</p>");
        b.append("<h2>第二部分 部门决算表</h2>");
        b.append("<h3>一、收入支出决算总表</h3>").append(unitLine).append("<table>")
                .append(row("<td colspan=\"2\">收入</td>", "<td colspan=\"2\">支出</td>"))
                .append(row("项目", "决算数", "项目", "决算数"))
                .append(row("一、财政拨款收入", "500.00", "一、文化旅游体育与传媒支出", v.get("SPENDING_ROW")))
                .append(row("二、事业收入", "20.00", "二、社会保障和就业支出", "90.00"))
                .append(row("本年收入合计", v.get("INCOME_TOTAL"), "本年支出合计", "510.00"))
                .append(row("年初结转和结余", "10.00", "年末结转和结余", "20.00"))
                .append(row("总计", "530.00", "总计", v.get("TOTAL_RIGHT"))).append("</table>");
        b.append("<h3>二、").append(v.get("INCOME_TABLE")).append("</h3>").append(unitLine).append("<table>")
                .append(row("<td colspan=\"2\">项目</td>", "本年收入合计", "财政拨款收入", "事业收入"))
                .append(row("科目编码", "科目名称", "", "", ""))
                .append(row("", "合计", "520.00", "500.00", "20.00"))
                .append(row("207", "文化旅游体育与传媒支出", "430.00", "410.00", "20.00"))
                .append(row("208", "社会保障和就业支出", "90.00", "90.00", "")).append("</table>");
        b.append("<h3>三、支出决算表</h3>").append(unitLine).append("<table>")
                .append(row("<td colspan=\"2\">项目</td>", "本年支出合计", "基本支出", "项目支出"))
                .append(row("科目编码", "科目名称", "", "", ""))
                .append(row("", "合计", "510.00", "310.00", "200.00"))
                .append(row("207", "文化旅游体育与传媒支出", v.get("SPENDING_ROW"), "220.00", "200.00"))
                .append(row("208", "社会保障和就业支出", "90.00", "90.00", "")).append("</table>");
        b.append("<h3>四、财政拨款收入支出决算总表</h3>").append(unitLine).append("<table>")
                .append(row("<td colspan=\"2\">收入</td>", "<td colspan=\"3\">支出</td>"))
                .append(row("项目", "决算数", "项目", "合计", "一般公共预算财政拨款"))
                .append(row("一、一般公共预算财政拨款", "500.00", "一、文化旅游体育与传媒支出", "410.00", "410.00"))
                .append(row("", "", "二、社会保障和就业支出", "90.00", "90.00"))
                .append(row("总计", "500.00", "总计", "500.00", "500.00")).append("</table>");
        b.append("<h3>五、一般公共预算财政拨款支出决算表</h3>").append(unitLine).append("<table>")
                .append(row("科目编码", "科目名称", "合计", "基本支出", "项目支出"))
                .append(row("", "合计", "500.00", "300.00", "200.00"))
                .append(row("207", "文化旅游体育与传媒支出", "410.00", "210.00", "200.00"))
                .append(row("208", "社会保障和就业支出", "90.00", "90.00", "")).append("</table>");
        b.append("<h3>六、一般公共预算财政拨款基本支出决算表</h3>").append(unitLine).append("<table>")
                .append(row("<td colspan=\"3\">人员经费</td>", "<td colspan=\"3\">公用经费</td>"))
                .append(row("经济分类科目编码", "科目名称", "决算数", "经济分类科目编码", "科目名称", "决算数"))
                .append(row("301", "工资福利支出", v.get("PERSONNEL"), "302", "商品和服务支出", "50.00"))
                .append(row("<td colspan=\"2\">人员经费合计</td>", v.get("PERSONNEL"), "<td colspan=\"2\">公用经费合计</td>", "50.00"))
                .append("</table>");
        b.append("<h3>七、财政拨款“三公”经费支出决算表</h3>").append(unitLine).append("<table>")
                .append(row("项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", "公务接待费"))
                .append(row("决算数", "6.00", "0.00", "4.00", "2.00")).append("</table>");
        b.append("<h3>八、政府性基金预算财政拨款收入支出决算表").append(v.get("FUND_TITLE_NOTE")).append("</h3>").append(unitLine).append("<table>")
                .append(row("<td colspan=\"2\">项目</td>", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"))
                .append(row("科目编码", "科目名称", "", "", "", ""))
                .append(row("", "合计", "", "", "", "")).append("</table>").append("<p>").append(v.get("FUND_NOTE")).append("</p>");
        if (!v.get("STATE_TABLE").isEmpty()) {
            b.append("<h3>九、").append(v.get("STATE_TABLE")).append("</h3>").append(unitLine).append("<table>")
                    .append(row("<td colspan=\"2\">项目</td>", "年初结转和结余", "本年收入", "本年支出", "年末结转和结余"))
                    .append(row("科目编码", "科目名称", "", "", "", ""))
                    .append(row("", "合计", "", "", "", "")).append("</table>");
        }
        b.append("<p>").append(v.get("STATE_NOTE")).append("</p>");
        b.append("<h2>第三部分 ").append(v.get("PART_YEAR")).append("年度部门决算情况说明</h2>");
        b.append("<p>本局本年度共承办群众文化活动四十余场，接待游客咨询一万余人次。</p>");
        b.append("<h3>一、收入决算情况说明</h3><p>本年收入合计").append(v.get("TEXT_INCOME")).append("万元，其中：财政拨款收入500.00万元，占")
                .append(v.get("TEXT_SHARE")).append("%；事业收入20.00万元，占3.85%。</p>");
        b.append("<h3>二、支出决算情况说明</h3><p>本年支出合计510.00万元，其中：基本支出").append(v.get("TEXT_BASIC"))
                .append("万元，项目支出200.00万元。</p>");
        b.append("<h3>三、“三公”经费财政拨款支出决算情况说明</h3><p>“三公”经费财政拨款支出决算为").append(v.get("TEXT_THREE"))
                .append("万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费4.00万元，公务接待费2.00万元。</p>");
        return b.append("</body></html>").toString();
    }

    private static List<Finding> findings(Map<String, String> v) throws Exception {
        Document doc = Readers.standard().read(html(v).getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        Extraction ex = EXTRACTOR.extract(doc);
        assertEquals("final_accounts", ex.reportKind().value());
        return RECONCILER.reconcile(ex);
    }

    private static List<Finding> with(String key, String value) throws Exception {
        Map<String, String> v = clean();
        v.put(key, value);
        return findings(v);
    }

    private static List<String> rules(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.message()).toList();
    }

    /** Exactly one finding, under {@code rule}, with {@code severity}. */
    private static Finding only(List<Finding> findings, String rule, String severity) {
        assertEquals(1, findings.size(), rules(findings).toString());
        Finding f = findings.get(0);
        assertEquals(rule, f.rule(), rules(findings).toString());
        assertEquals(severity, f.severity());
        return f;
    }

    @Test
    void theCleanReportRaisesNothingAndEveryIdentityHolds() throws Exception {
        assertEquals(List.of(), rules(findings(clean())));
        Document doc = Readers.standard().read(html(clean()).getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        Extraction ex = EXTRACTOR.extract(doc);
        assertEquals(9, ex.disclosure().tables().size());
        assertEquals(9, ex.disclosure().contents().size());
        List<String> notHeld = DisclosureRule.checks(new Context(ex, new Tolerance(PipelineConfig.defaults().tolerance()), 2024))
                .stream().filter(c -> c.status() != DisclosureRule.Status.HELD).map(DisclosureRule.Check::id).toList();
        assertEquals(List.of(), notHeld);
    }

    @Test
    void aRequiredTableMissingWithoutANoteIsAnError() throws Exception {
        Finding f = only(with("INCOME_TABLE", "收入情况"), "R-STRUCT/missing-table", "error");
        assertTrue(f.message().contains("收入决算表"), f.message());
    }

    @Test
    void aFundTableLeftOutIsExcusedByItsNoteOnly() throws Exception {
        Map<String, String> noted = clean();
        noted.put("STATE_TABLE", "");
        assertEquals(List.of(), rules(findings(noted)).stream().filter(r -> !r.startsWith("R-STRUCT/contents")).toList());
        Map<String, String> silent = clean();
        silent.put("STATE_TABLE", "");
        silent.put("STATE_NOTE", "");
        List<Finding> found = findings(silent);
        assertTrue(rules(found).stream().anyMatch(r -> r.startsWith("R-STRUCT/missing-table error") && r.contains("国有资本经营")),
                rules(found).toString());
    }

    @Test
    void aDisclosureWithNoStandardTableAtAllSaysSoOnceAsInfo() throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><h1>江北区文化旅游局2024年度部门决算</h1>"
                + "<p>一、收入支出决算总体情况说明</p><p>本年收入合计520.00万元，本年支出合计510.00万元。</p>"
                + "<p>附件：部门决算公开表（另附）</p></body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        only(RECONCILER.reconcile(EXTRACTOR.extract(doc)), "R-STRUCT/no-tables", "info");
    }

    @Test
    void anEmptyFundTableWithoutItsNoteIsInfo() throws Exception {
        only(with("FUND_NOTE", ""), "R-STRUCT/empty-table", "info");
    }

    @Test
    void theContentsListingATableTheBodyLacksIsAWarning() throws Exception {
        Finding f = only(with("TOC_EXTRA", "<p>十、项目支出决算表</p>"), "R-STRUCT/contents", "warning");
        assertTrue(f.message().contains("项目支出决算表"));
    }

    @Test
    void aHeadingOfAnotherYearIsAnError() throws Exception {
        Finding f = only(with("PART_YEAR", "2023"), "R-STRUCT/heading-year", "error");
        assertTrue(f.message().contains("2023") && f.message().contains("2024"), f.message());
    }

    /** A 部门预算 of its own: the four tables every budget template has, a 支出预算表 whose 基本支出 has sub-columns. */
    private static List<Finding> budget(String basicSubtotal) throws Exception {
        String unit = "<p>编制单位：北湖区水务局　单位：万元</p>";
        String html = "<html><head><meta charset=\"utf-8\"></head><body><h1>北湖区水务局2025年部门预算公开</h1>"
                + "<h3>表1 部门收支总表</h3>" + unit + "<table>"
                + row("<td colspan=\"2\">收入</td>", "<td colspan=\"2\">支出</td>") + row("项目", "预算数", "项目", "预算数")
                + row("一、一般公共预算拨款收入", "800.00", "一、农林水支出", "800.00")
                + row("本年收入合计", "800.00", "本年支出合计", "800.00") + row("收入总计", "800.00", "支出总计", "800.00") + "</table>"
                + "<h3>表2 部门收入总表</h3>" + unit + "<table>" + row("科目编码", "科目名称", "合计", "一般公共预算拨款收入", "单位资金")
                + row("", "合计", "800.00", "800.00", "") + "</table>"
                + "<h3>表3 部门支出总表</h3>" + unit + "<table>"
                + row("<td rowspan=\"2\">科目编码</td>", "<td rowspan=\"2\">科目名称</td>", "<td rowspan=\"2\">合计</td>",
                        "<td colspan=\"3\">基本支出</td>", "<td rowspan=\"2\">项目支出</td>")
                + row("小计", "人员经费", "公用经费")
                + row("", "合计", "800.00", basicSubtotal, "450.00", "50.00", "300.00") + "</table>"
                + "<h3>表4 一般公共预算“三公”经费支出表</h3>" + unit + "<table>"
                + row("项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费") + row("2025年预算数", "3.00", "0.00", "2.00", "1.00")
                + "</table><p>本部门2025年无政府性基金预算拨款安排的支出。</p></body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        Extraction ex = EXTRACTOR.extract(doc);
        assertEquals("budget_disclosure", ex.reportKind().value());
        assertEquals(List.of("budget.total", "budget.income", "budget.expenditure", "budget.three_public"),
                ex.disclosure().tables().stream().map(t -> t.standard().id()).toList());
        return RECONCILER.reconcile(ex);
    }

    /** A 部门预算 whose 收入总表 counts 上年结转 in its 合计, as many provinces' budget templates do. */
    private static List<Finding> budgetCarryingOver(String carriedInIncomeTable, String generalInIncomeTable) throws Exception {
        String unit = "<p>编制单位：北湖区水务局　单位：万元</p>";
        String html = "<html><head><meta charset=\"utf-8\"></head><body><h1>北湖区水务局2025年部门预算公开</h1>"
                + "<h3>表1 部门收支总表</h3>" + unit + "<table>"
                + row("<td colspan=\"2\">收入</td>", "<td colspan=\"2\">支出</td>") + row("项目", "预算数", "项目", "预算数")
                + row("一、一般公共预算拨款收入", "800.00", "一、农林水支出", "850.00")
                + row("本年收入合计", "800.00", "本年支出合计", "850.00") + row("上年结转结余", "50.00", "结转下年", "")
                + row("收入总计", "850.00", "支出总计", "850.00") + "</table>"
                + "<h3>表2 部门收入总表</h3>" + unit + "<table>" + row("科目编码", "科目名称", "合计", "上年结转", "一般公共预算拨款收入", "单位资金")
                + row("", "合计", "850.00", carriedInIncomeTable, generalInIncomeTable, "")
                + row("213", "农林水支出", "850.00", carriedInIncomeTable, generalInIncomeTable, "") + "</table>"
                + "<h3>表3 部门支出总表</h3>" + unit + "<table>"
                + row("科目编码", "科目名称", "合计", "基本支出", "项目支出") + row("", "合计", "850.00", "500.00", "350.00") + "</table>"
                + "<h3>表4 一般公共预算“三公”经费支出表</h3>" + unit + "<table>"
                + row("项目", "合计", "因公出国（境）费", "公务用车购置及运行费", "公务接待费") + row("2025年预算数", "3.00", "0.00", "2.00", "1.00")
                + "</table><p>本部门2025年无政府性基金预算拨款安排的支出。</p></body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "x.html", dev.gouji.config.PipelineConfig.defaults().readLimits());
        return RECONCILER.reconcile(EXTRACTOR.extract(doc));
    }

    @Test
    void anIncomeTableCountingTheCarryOverInItsTotalAgreesWithTheTotalTable() throws Exception {
        assertEquals(List.of(), rules(budgetCarryingOver("50.00", "800.00")));
        only(budgetCarryingOver("60.00", "790.00"), "R-SUM/disclosure-income", "error");
    }

    @Test
    void aBudgetsBasicSubtotalIsItsPersonnelPlusPublicColumns() throws Exception {
        assertEquals(List.of(), rules(budget("500.00")));
        List<Finding> found = budget("510.00");
        assertTrue(rules(found).stream().anyMatch(r -> r.startsWith("R-SUM/disclosure-rows") && r.contains("基本支出小计")),
                rules(found).toString());
    }

    @Test
    void aHeadingOfAnotherYearThatDoesNotNameTheReportIsNoFault() throws Exception {
        assertEquals(List.of(), rules(with("TOC_EXTRA", "<p>附：2023年预算执行情况</p>")));
    }

    @Test
    void aSupervisingDepartmentNamedInTheTextIsNoTableHeader() throws Exception {
        assertEquals(List.of(), rules(with("TOC_EXTRA", "<p>主管部门：江北区人民政府</p>")));
    }

    @Test
    void aTableHeaderShorteningTheReportsUnitNameIsNoFault() throws Exception {
        // the title spells the name out, the header lines shorten it (or the other way round)
        assertEquals(List.of(), rules(with("UNIT", "江北区文旅局")));
        assertEquals(List.of(), rules(with("UNIT", "宁波市江北区文化旅游局（本级）")));
    }

    @Test
    void contentsLinesWithDotLeadersAndPageNumbersListTheirTables() throws Exception {
        assertEquals(List.of(), rules(with("TOC_PAGE", "……………………………………………………………………12")));
        assertEquals(List.of(), rules(with("TOC_PAGE", "\t7")));
        assertEquals(List.of(), rules(with("TOC_PAGE", " ·········· 15")));
        Map<String, String> v = clean();
        v.put("TOC_PAGE", "……………………………………………………………………12");
        Document doc = Readers.standard().read(html(v).getBytes(StandardCharsets.UTF_8), "x.html", dev.gouji.config.PipelineConfig.defaults().readLimits());
        assertEquals(9, EXTRACTOR.extract(doc).disclosure().contents().size(), "each line still lists its table");
    }

    @Test
    void aTitleWithANoteAfterItIsStillItsTable() throws Exception {
        assertEquals(List.of(), rules(with("FUND_TITLE_NOTE", "（续）")));
        // and the contents lacking a table the body has is still said
        Map<String, String> v = clean();
        v.put("STATE_TABLE", "国有资本经营预算财政拨款收入支出决算表（本单位无此项收支）");
        v.put("TOC_PAGE", "…………3");
        assertEquals(List.of(), rules(findings(v)));
    }

    @Test
    void aHeadingNamingAnotherKindOfReportOfAnotherYearIsNoFault() throws Exception {
        // a 决算 may point to the next year's 预算; only a 决算 heading of another year contradicts the report
        assertEquals(List.of(), rules(with("TOC_EXTRA", "<p>附件：2025年部门预算</p>")));
    }

    @Test
    void aTableHeaderNamingAnotherUnitIsAWarning() throws Exception {
        only(with("UNIT", "江北区教育局"), "R-STRUCT/unit-name", "warning");
    }

    @Test
    void theTotalTablesIncomeDiffersFromTheIncomeTable() throws Exception {
        // 本年收入合计 525 in the 总表, 520 in the 收入决算表 (and 525 + 10 ≠ 530)
        List<Finding> found = with("INCOME_TOTAL", "525.00");
        assertTrue(rules(found).stream().anyMatch(r -> r.startsWith("R-SUM/disclosure-income ")), rules(found).toString());
    }

    @Test
    void theTotalTableDoesNotBalance() throws Exception {
        List<Finding> found = with("TOTAL_RIGHT", "532.00");
        assertTrue(rules(found).stream().anyMatch(r -> r.startsWith("R-SUM/disclosure-balance")), rules(found).toString());
        assertTrue(found.stream().allMatch(f -> f.rule().startsWith("R-SUM")), rules(found).toString());
    }

    @Test
    void aSpendingRowWhoseTotalIsNotItsBasicPlusProject() throws Exception {
        List<Finding> found = with("SPENDING_ROW", "425.00");
        assertTrue(rules(found).stream().anyMatch(r -> r.startsWith("R-SUM/disclosure-rows") && r.contains("425")),
                rules(found).toString());
    }

    @Test
    void personnelPlusPublicIsNotTheBasicSpending() throws Exception {
        List<Finding> found = with("PERSONNEL", "255.00");
        assertTrue(rules(found).stream().anyMatch(r -> r.startsWith("R-SUM/disclosure-basic")), rules(found).toString());
    }

    @Test
    void anAmountTheTextQuotesDiffersFromItsTable() throws Exception {
        List<Finding> income = with("TEXT_INCOME", "530.00");
        assertTrue(rules(income).stream().anyMatch(r -> r.startsWith("R-CONFLICT") || r.startsWith("R-SUM")), rules(income).toString());
        List<Finding> basic = with("TEXT_BASIC", "301.00");
        assertTrue(rules(basic).stream().anyMatch(r -> r.startsWith("R-CONFLICT") || r.startsWith("R-SUM")), rules(basic).toString());
        List<Finding> three = with("TEXT_THREE", "7.00");
        assertTrue(rules(three).stream().anyMatch(r -> r.startsWith("R-CONFLICT") || r.startsWith("R-SUM")), rules(three).toString());
    }

    @Test
    void aShareTheTextStatesDiffersFromTheTables() throws Exception {
        List<Finding> found = with("TEXT_SHARE", "94.15");
        assertTrue(rules(found).stream().anyMatch(r -> r.startsWith("R-RATE")), rules(found).toString());
    }

    private static PipelineConfig config(Path dir, String hocon) throws Exception {
        Path file = dir.resolve("p" + hocon.hashCode() + ".conf");
        Files.writeString(file, hocon);
        return PipelineConfig.load(Optional.of(file));
    }

    @Test
    void eachCheckCanBeSwitchedOffOrRegraded(@TempDir Path dir) throws Exception {
        Map<String, String> v = clean();
        v.put("INCOME_TABLE", "收入情况");
        Document doc = Readers.standard().read(html(v).getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        Extraction ex = EXTRACTOR.extract(doc);
        PipelineConfig off = config(dir, "gouji.reconcile.rules { \"R-STRUCT/missing-table\" { enabled = false } }");
        assertEquals(List.of(), rules(new Reconciler(off).reconcile(ex)));
        PipelineConfig regraded = config(dir, "gouji.reconcile.rules { \"R-STRUCT/missing-table\" { severity = warning } }");
        assertEquals("warning", new Reconciler(regraded).reconcile(ex).get(0).severity());
    }
}
