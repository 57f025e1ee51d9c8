package dev.gouji.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The disclosure-review checks (R-STRUCT/placeholder, R-CODE, R-WORDING) on small disclosures written here: each
 * with the fault, and its twin without it, which raises nothing of the family.
 */
class DisclosureReviewTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();
    private static final Reconciler RECONCILER = new Reconciler(PipelineConfig.defaults());
    private static final String TITLE = "宁波市江北区司法局2024年度部门决算";

    private static List<Finding> findings(String title, String... body) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><h1>" + title + "</h1>" + String.join("", body)
                + "</body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        return RECONCILER.reconcile(EXTRACTOR.extract(doc));
    }

    private static List<Finding> of(List<Finding> findings, String rule) {
        return findings.stream().filter(f -> f.rule().startsWith(rule)).toList();
    }

    private static String p(String text) {
        return "<p>" + text + "</p>";
    }

    private static String table(String... rows) {
        StringBuilder b = new StringBuilder("<table border=\"1\">");
        for (String row : rows) {
            b.append("<tr>");
            Arrays.stream(row.split("\\|", -1)).forEach(c -> b.append("<td>").append(c.trim()).append("</td>"));
            b.append("</tr>");
        }
        return b.append("</table>").toString();
    }

    private static String describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.severity() + " " + f.message()).toList().toString();
    }

    // ---- placeholders ----

    @Test
    void placeholdersLeftFromTheTemplateAreWarnings() throws Exception {
        List<Finding> all = findings("XX市XX局2024年度部门决算", p("（单位名称）2024年度收入总计XXX万元，比上年增加（减少）XXX万元。"));
        List<Finding> placeholders = of(all, "R-STRUCT/placeholder");
        assertEquals(List.of("XX", "(单位名称)", "XXX", "增加(减少)"),
                placeholders.stream().map(f -> f.figures().get(0).label().replaceAll("^模板占位符「|」$", "")).toList());
        assertTrue(placeholders.stream().allMatch(f -> f.severity().equals("warning")));
        assertEquals(new BigDecimal(2), placeholders.get(0).actual(), "「XX」 stands twice in the title");
    }

    @Test
    void aFilledTemplateHasNoPlaceholder() throws Exception {
        assertEquals(List.of(), of(findings(TITLE, p("本部门2024年度收入总计512.30万元，比上年增加12.30万元，主要原因是人员增加。")),
                "R-STRUCT/placeholder"));
    }

    // ---- codes ----

    private static String codes(String... rows) {
        String[] all = new String[rows.length + 1];
        all[0] = "科目编码|科目名称|本年支出";
        System.arraycopy(rows, 0, all, 1, rows.length);
        return p("一般公共预算财政拨款支出决算表") + p("单位：万元") + table(all);
    }

    @Test
    void aCodeWhoseNameDisagreesWithTheListIsAnError() throws Exception {
        List<Finding> all = findings(TITLE, codes("205|教育支出|90.00", "20502|普通教育|90.00", "2050205|职业教育|90.00"));
        List<Finding> wrong = of(all, "R-CODE/name");
        assertEquals(1, wrong.size(), describe(all));
        assertEquals("error", wrong.get(0).severity());
        assertTrue(wrong.get(0).message().contains("高等教育") && wrong.get(0).message().contains("职业教育"));
        assertEquals(List.of(), of(all, "R-CODE/unlisted"));
    }

    @Test
    void aCodeAndItsNameInOneCellAreReadToo() throws Exception {
        String table = p("支出决算表") + p("单位：万元") + table("功能分类科目|本年支出", "205 教育支出|90.00", "20502 普通教育|90.00",
                "2050205 职业教育|90.00");
        List<Finding> all = findings(TITLE, table);
        assertEquals(List.of("R-CODE/name"), of(all, "R-CODE").stream().map(Finding::rule).toList(), describe(all));
    }

    @Test
    void aColumnOfCountsIsNotACodeColumn() throws Exception {
        String table = p("绩效指标表") + table("指标|指标值", "培训人次|100 人次", "服务户数|100 户", "检查次数|300 次",
                "覆盖村数|120 个");
        List<Finding> all = findings(TITLE, table);
        assertEquals(List.of(), of(all, "R-CODE"), describe(all));
    }

    @Test
    void aNameWrittenAnotherWayIsNoFinding() throws Exception {
        List<Finding> all = findings(TITLE, codes("205|教育支出（类）|90.00", "20502|普通教育（款）|90.00", "2050205|高等教育|90.00"));
        assertEquals(List.of(), of(all, "R-CODE"), describe(all));
    }

    @Test
    void codesOutsideTheListAreInfoOnlyUnlessTheReportContradictsItself() throws Exception {
        List<Finding> all = findings(TITLE, codes("213|农林水支出|40.00", "21301|农业农村|40.00", "2130101|行政运行|40.00"));
        assertEquals(List.of("R-CODE/unlisted info"), of(all, "R-CODE").stream().map(f -> f.rule() + " " + f.severity()).toList());
        List<Finding> twice = findings(TITLE, codes("213|农林水支出|40.00", "21301|农业农村|40.00", "2130101|行政运行|40.00"),
                codes("213|农林水支出|40.00", "21301|农业农村|40.00", "2130101|病虫害控制|40.00"));
        assertEquals(1, of(twice, "R-CODE/inconsistent").size(), describe(twice));
        assertEquals("warning", of(twice, "R-CODE/inconsistent").get(0).severity());
    }

    // ---- comparative wording ----

    @Test
    void aChangeInTheWrongDirectionIsAnError() throws Exception {
        List<Finding> all = findings(TITLE, p("2024年公务接待费支出3.20万元，比2023年的4.10万元增加0.90万元，主要原因是接待批次减少。"));
        List<Finding> wrong = of(all, "R-WORDING/direction");
        assertEquals(1, wrong.size(), describe(all));
        assertEquals("error", wrong.get(0).severity());
    }

    @Test
    void theRightDirectionAndAmountRaiseNothing() throws Exception {
        List<Finding> all = findings(TITLE, p("2024年公务接待费支出3.20万元，比2023年的4.10万元减少0.90万元，主要原因是接待批次减少。"));
        assertEquals(List.of(), of(all, "R-WORDING"), describe(all));
    }

    @Test
    void aWrongAmountOfChangeIsAnError() throws Exception {
        List<Finding> all = findings(TITLE, p("2024年公务接待费支出3.20万元，比2023年的4.10万元减少1.20万元，主要原因是接待批次减少。"));
        List<Finding> wrong = of(all, "R-WORDING/amount");
        assertEquals(1, wrong.size(), describe(all));
        assertEquals(new BigDecimal("0.90"), wrong.get(0).expected());
    }

    @Test
    void theEarlierYearMayComeFromATable() throws Exception {
        String tableOf = p("表3 支出决算对比表") + p("单位：万元");
        List<Finding> wrong = findings(TITLE, tableOf + table("项目|2023年决算数|2024年决算数", "基本支出|620.00|580.00"),
                p("2024年基本支出580.00万元，比上年增加40.00万元，主要原因是人员增加。"));
        assertEquals(1, of(wrong, "R-WORDING/direction").size(), describe(wrong));
        List<Finding> right = findings(TITLE, tableOf + table("项目|2023年决算数|2024年决算数", "基本支出|620.00|580.00"),
                p("2024年基本支出580.00万元，比上年减少40.00万元，主要原因是人员减少。"));
        assertEquals(List.of(), of(right, "R-WORDING"), describe(right));
    }

    @Test
    void aChangeIsCheckedAgainstTheYearItNames() throws Exception {
        String tableOf = p("表3 支出决算对比表") + p("单位：万元")
                + table("项目|2022年决算数|2023年决算数|2024年决算数", "基本支出|560.00|620.00|580.00");
        // 580 − 560 = 20: an increase over 2022, though 2024 fell from 2023
        List<Finding> over2022 = findings(TITLE, tableOf, p("2024年基本支出580.00万元，较2022年增加20.00万元，主要原因是人员增加。"));
        assertEquals(List.of(), of(over2022, "R-WORDING"), describe(over2022));
        List<Finding> wrong = findings(TITLE, tableOf, p("2024年基本支出580.00万元，较2022年减少20.00万元，主要原因是人员减少。"));
        assertEquals(List.of("R-WORDING/direction"), of(wrong, "R-WORDING").stream().map(Finding::rule).toList(), describe(wrong));
    }

    @Test
    void flatWhereTheFiguresMovedIsAnError() throws Exception {
        String tableOf = p("表3 支出决算对比表") + p("单位：万元") + table("项目|2023年决算数|2024年决算数", "基本支出|620.00|580.00");
        List<Finding> wrong = findings(TITLE, tableOf, p("2024年基本支出580.00万元，与上年持平。"));
        assertEquals(List.of("R-WORDING/direction error"),
                of(wrong, "R-WORDING").stream().map(f -> f.rule() + " " + f.severity()).toList());
        String sameTable = p("表3 支出决算对比表") + p("单位：万元") + table("项目|2023年决算数|2024年决算数", "基本支出|580.00|580.00");
        List<Finding> right = findings(TITLE, sameTable, p("2024年基本支出580.00万元，与上年持平。"));
        assertEquals(List.of(), of(right, "R-WORDING"), describe(right));
    }

    @Test
    void aChangeWithoutItsReasonIsNotedInADisclosure() throws Exception {
        List<Finding> bare = findings(TITLE, p("2024年机关运行经费支出45.60万元，比上年减少2.10万元。"));
        assertEquals(List.of("R-WORDING/reason info"),
                of(bare, "R-WORDING").stream().map(f -> f.rule() + " " + f.severity()).toList());
        List<Finding> reasoned = findings(TITLE, p("2024年机关运行经费支出45.60万元，比上年减少2.10万元。"),
                p("主要原因是压减了办公费和印刷费。"));
        assertEquals(List.of(), of(reasoned, "R-WORDING"), describe(reasoned));
        List<Finding> selfEvaluation = findings("宁波市江北区司法局2024年度部门整体支出绩效自评报告",
                p("2024年机关运行经费支出45.60万元，比上年减少2.10万元。"));
        assertEquals(List.of(), of(selfEvaluation, "R-WORDING"), describe(selfEvaluation));
    }

    // ---- text ----

    @Test
    void doubledWordsAndUnbalancedBracketsAreWarnings() throws Exception {
        List<Finding> all = findings(TITLE, p("本年度财政拨款财政拨款收入512.30万元。"), p("公务接待费（含外宾接待费2.00万元。"));
        assertEquals(List.of("R-WORDING/doubled warning", "R-WORDING/unbalanced warning"),
                of(all, "R-WORDING").stream().map(f -> f.rule() + " " + f.severity()).toList());
        List<Finding> clean = findings(TITLE, p("本年度财政拨款收入512.30万元。"), p("公务接待费（含外宾接待费2.00万元）。"));
        assertEquals(List.of(), of(clean, "R-WORDING"), describe(clean));
    }

    @Test
    void eachCheckCanBeSwitchedOff() throws Exception {
        var config = com.typesafe.config.ConfigFactory.parseString("gouji.reconcile.rules { \"R-WORDING/doubled\" { enabled = false }, "
                + "\"R-STRUCT/placeholder\" { severity = info } }");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("gouji", ".conf");
        java.nio.file.Files.writeString(file, config.root().render());
        Reconciler reconciler = new Reconciler(PipelineConfig.load(java.util.Optional.of(file)));
        String html = "<html><head><meta charset=\"utf-8\"></head><body><h1>XX局2024年度部门决算</h1>"
                + p("本年度财政拨款财政拨款收入512.30万元。") + "</body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        List<Finding> all = reconciler.reconcile(EXTRACTOR.extract(doc));
        java.nio.file.Files.delete(file);
        assertEquals(List.of(), of(all, "R-WORDING/doubled"));
        assertEquals(List.of("info"), of(all, "R-STRUCT/placeholder").stream().map(Finding::severity).toList());
    }

    @Test
    void aBudgetThatSpeaksOfItsOwnYearsFinalAccountsIsAWarning() throws Exception {
        String budget = "宁波市江北区司法局2024年部门预算公开";
        List<Finding> wrong = findings(budget, p("一、2024年部门决算情况说明"), p("2024年收入预算总计512.30万元。"));
        assertEquals(List.of("R-WORDING/kind warning"), of(wrong, "R-WORDING").stream().map(f -> f.rule() + " " + f.severity()).toList());
        List<Finding> quotingTheEarlierYear = findings(budget, p("2024年收入预算总计512.30万元，2022年决算数为498.10万元。"));
        assertEquals(List.of(), of(quotingTheEarlierYear, "R-WORDING"), describe(quotingTheEarlierYear));
        List<Finding> finalAccounts = findings(TITLE, p("一、2024年部门决算情况说明"), p("2024年收入总计512.30万元。"));
        assertEquals(List.of(), of(finalAccounts, "R-WORDING"), describe(finalAccounts));
    }

    // ---- clean reports in other provinces' wording: nothing above info ----

    private static List<String> alarms(List<Finding> findings) {
        return findings.stream().filter(f -> !f.severity().equals("info")).map(f -> f.rule() + " " + f.severity()).toList();
    }

    @Test
    void legitimateBracketsNotesAndRulesAreNoPlaceholder() throws Exception {
        String title = "成都市武侯区住房和城乡建设局2023年度部门决算";
        // a rule line drawn with underscores, a note that the unit has no such funds, an item kept out of the
        // accounts, a signature line, a header glossing its column, a column whose sign says increase or decrease
        assertEquals(List.of(), alarms(findings(title, p("本局2023年度收入总计812.30万元。"), p("________________________________________"),
                table("项目（名称）|2023年|2022年|比上年增加（减少）", "公务接待费|2.00|3.00|-1.00"),
                p("本年度代管资金（不列入本单位收支）共计12.00万元。"), p("单位负责人（签字）：________"),
                p("政府性基金预算财政拨款收入支出决算表（本单位不涉及此项收支，本表为空表）"))));
        // the template's own wording still is one
        assertEquals(List.of("R-STRUCT/placeholder warning", "R-STRUCT/placeholder warning", "R-STRUCT/placeholder warning"),
                alarms(findings(title, p("本局2023年度收入总计812.30万元，比上年增加（减少）12.00万元（不涉及的不列）。"),
                        p("其中项目支出____万元。"))));
    }

    @Test
    void intervalsListMarkersAndCellsThatRunOnAreBalanced() throws Exception {
        String title = "成都市武侯区住房和城乡建设局2023年度部门整体支出绩效自评报告";
        assertEquals(List.of(), alarms(findings(title, p("评分标准：综合得分[90,100]为优，[80,90)为良，[60,80)为中，60分以下为差。"),
                p("主要做法：a）加强管理；Ⅰ）完善制度；甲）其他。"),
                table("科目名称|金额", "一般公共服务支出（人大|1.00", "事务）|"))));
        assertEquals(List.of("R-WORDING/unbalanced warning"),
                alarms(findings(title, table("科目名称|金额", "一般公共服务支出（人大事务|1.00", "政府办公厅|2.00"))));
    }

    @Test
    void aBudgetMayNameAnEarlierYearsFinalAccountsOrItsOwnStillToCome() throws Exception {
        String budget = "成都市武侯区住房和城乡建设局2024年部门预算";
        assertEquals(List.of(), alarms(findings(budget, p("2024年收入预算总计512.30万元。"), p("2023年部门决算"),
                p("2023年部门决算表已于2024年8月公开。"), p("年度执行中追加的预算，将在2024年度部门决算中一并公开。"))));
        assertEquals(List.of("R-WORDING/kind warning"),
                alarms(findings(budget, p("2024年收入预算总计512.30万元。"), p("2024年部门决算表见附件。"))));
    }

    @Test
    void aChangeOfAPartOrInTheReasonIsNotTheComparedFiguresChange() throws Exception {
        String title = "成都市武侯区住房和城乡建设局2023年度部门决算";
        String earlier = p("2022年度机关运行经费支出110.00万元，支出总计500.00万元。");
        assertEquals(List.of(), alarms(findings(title, p("2023年度机关运行经费支出120.00万元，比上年增加10.00万元，主要是办公费增加5.00万元。"),
                p("2023年度支出总计530.00万元，比上年增加30.00万元，其中：基本支出增加20.00万元，项目支出增加10.00万元。"), earlier)));
        assertEquals(List.of("R-WORDING/amount error"),
                alarms(findings(title, p("2023年度机关运行经费支出120.00万元，比上年增加15.00万元，主要是办公费增加5.00万元。"), earlier)));
    }
}
