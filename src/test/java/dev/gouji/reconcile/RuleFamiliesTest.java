package dev.gouji.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One small report per rule family, written here in other provinces' wording (none is a seed's or a
 * devset report's sentence): the contradiction is found under its family and rests on the figures it
 * names; the same report corrected raises nothing; and a near miss that compares unlike things — another
 * year, another basis, another scope, a rate over other operands — raises nothing either.
 */
class RuleFamiliesTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();
    private static final Reconciler RECONCILER = new Reconciler(PipelineConfig.defaults());

    private static List<Finding> alarms(String title, String body) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body><h1>" + title + "</h1>" + body + "</body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        Extraction ex = EXTRACTOR.extract(doc);
        return RECONCILER.reconcile(ex).stream().filter(f -> !f.severity().equals("info")).toList();
    }

    /** The one alarm of {@code family}, which must rest on every figure listed. */
    private static Finding assertFound(List<Finding> alarms, String family, String... figures) {
        List<Finding> ofFamily = alarms.stream().filter(f -> f.rule().startsWith(family)).toList();
        assertEquals(1, ofFamily.size(), family + " expected once among " + describe(alarms));
        Finding f = ofFamily.get(0);
        for (String value : figures) {
            BigDecimal v = new BigDecimal(value);
            assertTrue(f.figures().stream().map(Figure::value).anyMatch(x -> x != null && x.compareTo(v) == 0),
                    family + " does not rest on " + value + ": " + describe(List.of(f)));
        }
        return f;
    }

    private static void assertSilent(List<Finding> alarms, String what) {
        assertEquals(List.of(), describe(alarms), what);
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.rule() + " " + f.message() + " " + f.figures().stream().map(x -> x.label() + "=" + x.value()).toList())
                .toList();
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

    private static String p(String text) {
        return "<p>" + text + "</p>";
    }

    // ---- R-SUM ----

    private static final String AGRICULTURE = "黑龙江省齐齐哈尔市龙沙区农业农村局2023年度部门整体支出绩效自评报告";

    private static String spendingTable(String total) {
        return p("表1 支出决算情况表") + p("单位：万元") + table("项目|2022年决算数|2023年决算数", "支出合计|1400.00|" + total,
                "基本支出|760.00|820.40", "项目支出|640.00|700.20");
    }

    @Test
    void sumTotalRowAgainstItsParts() throws Exception {
        assertFound(alarms(AGRICULTURE, spendingTable("1530.60")), "R-SUM", "1530.60", "820.40", "700.20");
        assertSilent(alarms(AGRICULTURE, spendingTable("1520.60")), "corrected");
    }

    @Test
    void sumNearMissesAnotherYearAndAPartialList() throws Exception {
        // the 2022 column adds up on its own; a 「其中」 that names one item of 三公 need not reach the total
        assertSilent(alarms(AGRICULTURE, spendingTable("1520.60")
                + p("2023年支出合计1520.60万元，其中基本支出820.40万元。“三公”经费支出6.85万元，其中：公务接待费1.35万元。")), "near miss");
    }

    // ---- R-PART ----

    private static final String CIVIL_AFFAIRS = "广西壮族自治区柳州市鱼峰区民政局2023年度部门整体支出绩效自评报告";

    @Test
    void partLargerThanTheWholeBeforeItsQizhong() throws Exception {
        assertFound(alarms(CIVIL_AFFAIRS, p("2023年度，本局全年实际支出386.52万元，其中：基本支出2945.18万元，项目支出91.34万元。")),
                "R-PART", "386.52", "2945.18");
        assertSilent(alarms(CIVIL_AFFAIRS, p("2023年度，本局全年实际支出386.52万元，其中：基本支出295.18万元，项目支出91.34万元。")),
                "corrected");
    }

    @Test
    void partNearMissLargerThanAFigureItIsNotPartOf() throws Exception {
        // 基本支出 exceeds the initial budget, but it is a part of the spending its 「其中」 follows
        assertSilent(alarms(CIVIL_AFFAIRS, p("2023年年初预算数280.00万元。全年实际支出386.52万元，其中：基本支出295.18万元，项目支出91.34万元。")),
                "near miss");
    }

    // ---- R-CONFLICT ----

    private static final String WATER = "贵州省遵义市汇川区水务局2023年度部门整体支出绩效自评报告";
    private static final String WATER_TEXT = p("2023年度本局基本支出295.18万元，项目支出91.34万元。");

    private static String waterTable(String basic2023) {
        return p("单位：万元") + table("项目|2022年决算数|2023年预算数|2023年决算数", "基本支出|259.18|300.00|" + basic2023,
                "项目支出|88.10|95.00|91.34");
    }

    @Test
    void conflictTextAgainstTheTableOfTheSameYearAndBasis() throws Exception {
        assertFound(alarms(WATER, WATER_TEXT + waterTable("259.18")), "R-CONFLICT", "295.18", "259.18");
        assertSilent(alarms(WATER, WATER_TEXT + waterTable("295.18")), "corrected");
    }

    @Test
    void conflictNearMissesAnotherYearAnotherBasisAnotherScope() throws Exception {
        // 259.18 is 2022's actual, 300.00 the 2023 budget; the project's own spending is not the department's
        assertSilent(alarms(WATER, WATER_TEXT + waterTable("295.18")
                + p("基本支出全年预算数300.00万元，执行数295.18万元。")
                + p("其中农村饮水安全巩固提升项目全年预算数45.00万元，实际支出43.20万元。")), "near miss");
    }

    // ---- R-RATE ----

    private static final String EDUCATION = "吉林省长春市南关区教育局2023年度部门整体支出绩效自评报告";

    @Test
    void rateAgainstItsOwnActualAndBudget() throws Exception {
        assertFound(alarms(EDUCATION, p("2023年全年预算数420.00万元，全年实际支出386.52万元，预算执行率96.03%。")), "R-RATE", "96.03",
                "386.52", "420.00");
        assertSilent(alarms(EDUCATION, p("2023年全年预算数420.00万元，全年实际支出386.52万元，预算执行率92.03%。")), "corrected");
    }

    @Test
    void rateNearMissOverTheOperandsItsSentenceNames() throws Exception {
        // 96.63% is 386.52 ÷ 400.00, the initial budget its own sentence names, not ÷ the 420.00 said before
        assertSilent(alarms(EDUCATION, p("2023年全年预算数420.00万元。年初预算数400.00万元，执行数386.52万元，执行率96.63%。")),
                "near miss");
    }

    @Test
    void changeRateAgainstThePriorYear() throws Exception {
        // 2.40 ÷ 15.00 = 16.00%; 19.05% is 2.40 ÷ 12.60, this year's figure: the finding names the wrong denominator
        assertFound(alarms(EDUCATION, p("2023年“三公”经费支出12.60万元，较上年的15.00万元减少2.40万元，下降19.05%。")), "R-RATE",
                "19.05", "15.00", "2.40");
        assertSilent(alarms(EDUCATION, p("2023年“三公”经费支出12.60万元，较上年的15.00万元减少2.40万元，下降16.00%。")), "corrected");
    }

    @Test
    void changeRateWithThePriorYearInItsOwnClause() throws Exception {
        assertFound(alarms(EDUCATION, p("2023年“三公”经费支出12.60万元，上年为15.00万元，比上年减少2.40万元，下降19.05%。")), "R-RATE",
                "19.05", "15.00");
    }

    @Test
    void changeRateWithThePriorYearImpliedByTheChange() throws Exception {
        assertFound(alarms(EDUCATION, p("2023年“三公”经费支出12.60万元，比上年减少2.40万元，下降19.05%。")), "R-RATE", "19.05");
        assertSilent(alarms(EDUCATION, p("2023年“三公”经费支出12.60万元，比上年减少2.40万元，下降16.00%。")), "corrected");
    }

    // ---- R-SCORE ----

    private static final String HEALTH = "内蒙古自治区包头市昆都仑区卫生健康委员会2023年度部门整体支出绩效自评报告";

    private static String scoreTable(String total, String note) {
        return p("2023年度部门整体支出绩效自评表") + table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|扣分说明",
                "产出指标|数量指标|家庭医生签约人数|≥12000人|12650人|20|20|",
                "产出指标|质量指标|随访规范率|≥90%|88%|20|18|" + note,
                "产出指标|时效指标|资金拨付及时率|100%|100%|20|19|个别批次滞后",
                "效益指标|社会效益指标|重点人群健康管理率|≥70%|72%|30|27|",
                "满意度指标|服务对象满意度指标|签约居民满意度|≥85%|91%|10|10|",
                "总分| | | | |100|" + total + "|");
    }

    @Test
    void scoreTotalAgainstItsItems() throws Exception {
        assertFound(alarms(HEALTH, scoreTable("96", "")), "R-SCORE", "96", "20", "18", "19", "27", "10");
        assertSilent(alarms(HEALTH, scoreTable("94", "")), "corrected");
    }

    @Test
    void scoreNearMissScoringRulesAreNotDeductions() throws Exception {
        // 「每低1个百分点扣1分」 is how the row was scored, not a deduction; 94 is 优秀
        assertSilent(alarms(HEALTH, scoreTable("94", "每低1个百分点扣1分") + p("经自评，本单位2023年度部门整体支出绩效自评得分94分，评价等次为优秀。")),
                "near miss");
    }

    // ---- R-PRICE ----

    private static final String ANIMAL = "新疆维吾尔自治区昌吉市畜牧兽医局2023年度部门整体支出绩效自评报告";

    @Test
    void priceHeadsTimesPricePerHead() throws Exception {
        assertFound(alarms(ANIMAL, p("为全市1250名村级动物防疫员购买意外伤害保险，按120元/人标准，保费合计18.00万元。")), "R-PRICE",
                "18.00");
        assertSilent(alarms(ANIMAL, p("为全市1250名村级动物防疫员购买意外伤害保险，按120元/人标准，保费合计15.00万元。")), "corrected");
    }

    @Test
    void priceNearMissAMonthlyPrice() throws Exception {
        // 86 × 1800 元 × 12 个月 = 185.76万元: a monthly price is paid twelve times
        assertSilent(alarms(ANIMAL, p("向86名公益性岗位人员按1800元/人/月标准发放岗位补贴，全年共计185.76万元。")), "near miss");
    }

    // ---- R-YEAR ----

    private static final String ROADS = "江西省赣州市章贡区交通运输局2023年度部门整体支出绩效自评报告";

    private static String timelinessTable(String rule) {
        return p("2023年度项目支出绩效自评表") + table("一级指标|二级指标|三级指标|指标值|完成值|分值|得分|评分标准",
                "产出指标|数量指标|农村公路养护里程|≥320公里|326公里|50|50|完成得满分",
                "产出指标|时效指标|危桥改造完工时间|2023年11月|2023年10月|50|50|" + rule);
    }

    @Test
    void yearDeadlineOfAnotherYearScoresAFiscalYearTarget() throws Exception {
        assertFound(alarms(ROADS, timelinessTable("在2022年11月底前完工得满分，每延迟一个月扣5分")), "R-YEAR", "2023", "2022");
        assertSilent(alarms(ROADS, timelinessTable("在2023年11月底前完工得满分，每延迟一个月扣5分")), "corrected");
    }

    @Test
    void yearNearMissAComparisonWithThePriorYearIsNoDeadline() throws Exception {
        assertSilent(alarms(ROADS, timelinessTable("较2022年同期提前1个月完工，得满分")), "near miss");
    }

    @Test
    void yearTheEvaluationCoversAnotherWholeYear() throws Exception {
        assertFound(alarms(ROADS, p("本次自评范围为本局及所属单位2022年1月1日至2022年12月31日纳入部门预算管理的全部资金。")), "R-YEAR",
                "2022", "2023");
        assertSilent(alarms(ROADS, p("本次自评范围为本局及所属单位2023年1月1日至2023年12月31日纳入部门预算管理的全部资金。")),
                "corrected");
        // a year-end date of the prior year is no evaluation period (「截至2022年12月31日」 staff counts)
        assertSilent(alarms(ROADS, p("截至2022年12月31日，本局核定编制60人。")), "near miss");
    }

    // ---- R-ROLL ----

    private static final String NATURAL_RESOURCES = "福建省泉州市丰泽区自然资源局2023年度部门整体支出绩效自评报告";

    private static String assets(String closing) {
        return p("截至2023年末，本单位固定资产期初原值1285.40万元，本年增加96.30万元，本年处置报废12.80万元，期末原值" + closing + "万元。");
    }

    @Test
    void rollOpeningPlusMovesAgainstClosing() throws Exception {
        assertFound(alarms(NATURAL_RESOURCES, assets("1378.90")), "R-ROLL", "1285.40", "96.30", "12.80", "1378.90");
        assertSilent(alarms(NATURAL_RESOURCES, assets("1368.90")), "corrected");
    }

    private static String assetTable(String closing2023) {
        return p("单位：万元") + table("项目|2022年末数|2023年末数", "固定资产合计|1285.40|" + closing2023);
    }

    @Test
    void rollClosingBalanceAgainstTheTableOfTheSameYearEnd() throws Exception {
        assertFound(alarms(NATURAL_RESOURCES, assets("1368.90") + assetTable("1378.90")), "R-CONFLICT", "1368.90", "1378.90");
    }

    @Test
    void rollNearMissThePriorYearEndColumnIsNotTheClosingBalance() throws Exception {
        // 1285.40 is the 2022 year-end, the opening balance, not the 2023 closing balance
        assertSilent(alarms(NATURAL_RESOURCES, assets("1368.90") + assetTable("1368.90")), "near miss");
    }

    @Test
    void rollCarryOverOfFunds() throws Exception {
        String wrong = p("2023年度年初结转和结余35.20万元，本年收入380.00万元，本年支出386.52万元，年末结转和结余38.68万元。");
        assertFound(alarms(NATURAL_RESOURCES, wrong), "R-ROLL", "35.20", "380.00", "386.52", "38.68");
        assertSilent(alarms(NATURAL_RESOURCES,
                p("2023年度年初结转和结余35.20万元，本年收入380.00万元，本年支出386.52万元，年末结转和结余28.68万元。")), "corrected");
    }

    @Test
    void rollNearMissTheMovesOfAnotherSentence() throws Exception {
        // the roll closes; the year's purchases budget in the next sentence is not one of its moves
        assertSilent(alarms(NATURAL_RESOURCES, assets("1368.90") + p("2024年计划新增办公设备预算30.00万元。")), "near miss");
    }

    // ---- R-TARGET ----

    private static final String MARKET = "山西省太原市小店区市场监督管理局2023年度部门整体支出绩效自评报告";

    private static String satisfaction(String actual, String score) {
        return p("2023年度部门整体支出绩效自评表") + table("一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分",
                "产出指标|质量指标|食品抽检问题处置率|≥98%|99.2%|40|40",
                "产出指标|质量指标|设施故障率|≤5%|3.2%|30|30",
                "满意度指标|服务对象满意度指标|商户满意度|≥90%|" + actual + "|30|" + score);
    }

    @Test
    void targetMissedButFullMarks() throws Exception {
        assertFound(alarms(MARKET, satisfaction("82%", "30")), "R-TARGET", "90", "82");
        assertSilent(alarms(MARKET, satisfaction("82%", "26")), "corrected");
    }

    @Test
    void targetNearMissesMetAtMostAndAtLeast() throws Exception {
        // ≤5% met by 3.2%, ≥90% met by 93.5%: full marks are earned
        assertSilent(alarms(MARKET, satisfaction("93.5%", "30")), "near miss");
    }
}
