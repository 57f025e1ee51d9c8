package dev.gouji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.reconcile.Reconciler;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reports written here in templates the seeds do not use: a 卫健委 决算公开 page with tables in 元 and
 * actual-before-budget columns, a 教育局 自评表 whose indicator columns are named and ordered otherwise, and
 * money in 亿元. Nothing here may depend on the seeds' wording.
 */
class OtherTemplatesTest {
    private static final ReportExtractor EXTRACTOR = new ReportExtractor();

    private static Extraction extract(String name, String content) throws Exception {
        Document doc = Readers.standard().read(content.getBytes(StandardCharsets.UTF_8), name, PipelineConfig.defaults().readLimits());
        return EXTRACTOR.extract(doc);
    }

    private static void assertField(Extraction ex, String key, String expected) {
        FieldValue f = ex.fields().get(key);
        assertNotNull(f, key + " missing in " + ex.fields().keySet());
        assertEquals(0, new BigDecimal(expected).compareTo(f.number()), key + " = " + f.value() + " (" + f.label() + ")");
    }

    private static final String HEALTH_COMMISSION = """
            <html><head><meta charset="utf-8"><title>决算公开</title></head><body>
            <h1>贵阳市卫生健康委员会2022年度部门决算公开</h1>
            <p>一、部门基本情况</p>
            <p>贵阳市卫生健康委员会是市人民政府工作部门，核定行政编制86名，实有在职人员81人。</p>
            <p>二、收入支出决算总体情况说明</p>
            <p>2022年度收入总计1.26亿元，支出总计1.25亿元。</p>
            <p>金额单位：元</p>
            <table border="1">
              <tr><td>项目</td><td>2022年决算数</td><td>2022年预算数</td><td>2021年决算数</td></tr>
              <tr><td>支出合计</td><td>125,000,000.00</td><td>131,500,000.00</td><td>118,000,000.00</td></tr>
              <tr><td>（一）基本支出</td><td>45,600,000.00</td><td>47,000,000.00</td><td>44,100,000.00</td></tr>
              <tr><td>其中：人员经费</td><td>39,850,000.00</td><td>40,000,000.00</td><td>38,000,000.00</td></tr>
              <tr><td>日常公用经费</td><td>5,750,000.00</td><td>7,000,000.00</td><td>6,100,000.00</td></tr>
              <tr><td>（二）项目支出</td><td>79,400,000.00</td><td>84,500,000.00</td><td>73,900,000.00</td></tr>
            </table>
            <p>三、“三公”经费支出决算情况说明</p>
            <p>2022年度“三公”经费支出26.80万元，其中：因公出国（境）费0.00万元，公务用车购置及运行维护费21.30万元，公务接待费5.50万元。</p>
            </body></html>
            """;

    @Test
    void finalAccountsPageWithTablesInYuan() throws Exception {
        Extraction ex = extract("report.html", HEALTH_COMMISSION);
        assertEquals("贵阳市卫生健康委员会", ex.department().value());
        assertEquals(2022, ex.fiscalYear().value());
        assertEquals("final_accounts", ex.reportKind().value());
        assertField(ex, "spending.total", "12500");
        assertField(ex, "spending.basic", "4560");
        assertField(ex, "spending.personnel", "3985");
        assertField(ex, "spending.public", "575");
        assertField(ex, "spending.project", "7940");
        assertField(ex, "staff.authorized", "86");
        assertField(ex, "staff.actual", "81");
        assertField(ex, "three_public.total", "26.80");
        assertField(ex, "three_public.vehicle", "21.30");
        assertField(ex, "three_public.reception", "5.50");
        // 收入总计 adds the balances carried in to the year's income (收入合计): the page states no income.total
        assertNull(ex.fields().get("income.total"), String.valueOf(ex.fields().get("income.total")));
        // the table's identities hold, so the reconciler stays silent
        Document doc = Readers.standard().read(HEALTH_COMMISSION.getBytes(StandardCharsets.UTF_8), "report.html", PipelineConfig.defaults().readLimits());
        List<Finding> findings = new Reconciler(PipelineConfig.defaults()).reconcile(ex);
        assertTrue(findings.stream().noneMatch(f -> !f.severity().equals("info")), findings.toString());
    }

    private static final String EDUCATION = String.join("\n",
            "2023年度广西壮族自治区南宁市青秀区教育局整体支出绩效自评表",
            "",
            "\t单位名称",
            "\t南宁市青秀区教育局",
            "",
            "\t一级指标",
            "\t二级指标",
            "\t指标名称",
            "\t权重",
            "\t目标值",
            "\t完成值",
            "\t自评得分",
            "",
            "\t产出指标",
            "\t数量指标",
            "\t资助困难学生人数",
            "\t15",
            "\t≥1200人",
            "\t1320人",
            "\t15",
            "",
            "\t",
            "\t时效指标",
            "\t资金拨付及时率",
            "\t10",
            "\t100%",
            "\t96%",
            "\t8.5",
            "",
            "\t满意度指标",
            "\t服务对象满意度",
            "\t家长满意度",
            "\t10",
            "\t≥90%",
            "\t93.5%",
            "\t10",
            "",
            "\t综合得分",
            "\t33.5",
            "",
            "",
            "部门整体支出绩效自评综合得分33.5分，评价等级为差。",
            "");

    @Test
    void indicatorTableWithOtherColumnNamesAndOrder() throws Exception {
        Extraction ex = extract("report.txt", EDUCATION);
        assertEquals("南宁市青秀区教育局", ex.department().value());
        assertEquals(2023, ex.fiscalYear().value());
        List<Indicator> ind = ex.indicators();
        assertEquals(3, ind.size(), ind.toString());
        Indicator first = ind.get(0);
        assertEquals("资助困难学生人数", first.name());
        assertEquals("产出指标", first.level1());
        assertEquals("≥1200人", first.target());
        assertEquals("1320人", first.actual());
        assertEquals(0, new BigDecimal("15").compareTo(first.weight()));
        assertEquals(0, new BigDecimal("15").compareTo(first.score()));
        assertEquals("≥", first.targetParsed().comparator());
        assertEquals(0, new BigDecimal("1200").compareTo(first.targetParsed().value()));
        Indicator second = ind.get(1);
        assertEquals("产出指标", second.level1(), "the merged 一级指标 is carried down");
        assertEquals(0, new BigDecimal("8.5").compareTo(second.score()));
        assertField(ex, "self_score", "33.5");
        assertEquals("差", ex.fields().get("grade").value());
        assertNull(ex.fields().get("spending.total"));
    }

    private static final String AGRICULTURE = String.join("\n",
            "2022年度四川省绵阳市游仙区农业农村局部门整体支出绩效自评报告",
            "",
            "\t一级指标",
            "\t二级指标",
            "\t三级指标",
            "\t权重（分）",
            "\t年度目标值",
            "\t全年实际值",
            "\t实际得分",
            "\t未完成原因分析",
            "",
            "\t产出指标",
            "\t数量指标",
            "\t高标准农田建设面积",
            "\t20",
            "\t≥1.2万亩",
            "\t1.25万亩",
            "\t20",
            "\t",
            "",
            "\t效益指标",
            "\t社会效益指标",
            "\t农户满意度",
            "\t10",
            "\t≥90%",
            "\t88%",
            "\t8",
            "\t宣传不到位",
            "",
            "");

    @Test
    void indicatorColumnsNamedAnotherWay() throws Exception {
        List<Indicator> ind = extract("report.txt", AGRICULTURE).indicators();
        assertEquals(2, ind.size(), ind.toString());
        Indicator land = ind.get(0);
        assertEquals("高标准农田建设面积", land.name());
        assertEquals("≥1.2万亩", land.target());
        assertEquals("1.25万亩", land.actual());
        assertEquals(0, new BigDecimal("20").compareTo(land.weight()));
        assertEquals(0, new BigDecimal("20").compareTo(land.score()));
        Indicator satisfaction = ind.get(1);
        assertEquals(0, new BigDecimal("8").compareTo(satisfaction.score()));
        assertEquals("宣传不到位", satisfaction.note());
    }

    @Test
    void projectNamedAtTheHeadOfItsSentence() throws Exception {
        String text = String.join("\n",
                "2022年度某县交通运输局部门整体支出绩效自评报告",
                "（二）项目支出情况",
                "1.农村公路养护专项，年初预算120.00万元，实际支出118.50万元，执行率98.75%。",
                "2.公交运营补贴经费，年初预算80.00万元，实际支出80.00万元。",
                "");
        var projects = extract("report.txt", text).projects();
        var road = projects.stream().filter(p -> p.name().equals("农村公路养护专项")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("120.00").compareTo(road.amount()));
        assertEquals(0, new BigDecimal("118.50").compareTo(road.actual()));
        var bus = projects.stream().filter(p -> p.name().equals("公交运营补贴经费")).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("80.00").compareTo(bus.actual()));
    }
}
