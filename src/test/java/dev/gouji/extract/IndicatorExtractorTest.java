package dev.gouji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.number.NumberReader;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.record.Indicator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator tables and lists in shapes other than the plain one-weight-column 自评表. */
class IndicatorExtractorTest {
    private static final IndicatorExtractor EXTRACTOR = new IndicatorExtractor(new NumberReader());

    private static List<Indicator> indicators(String body) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "r.html", PipelineConfig.defaults().readLimits());
        return EXTRACTOR.extract(doc);
    }

    private static Indicator named(List<Indicator> all, String name) {
        return all.stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + all.stream().map(Indicator::name).toList()));
    }

    private static void assertNumber(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), "got " + actual);
    }

    @Test
    void aWeightPerLevelLeavesTheRowItsOwnWeight() throws Exception {
        // 分值 after every level: the indicator's weight is the one after its name, not its group's
        List<Indicator> ind = indicators("""
                <table>
                <tr><td>一级指标</td><td>分值</td><td>二级指标</td><td>分值</td><td>三级指标</td><td>分值</td><td>评分标准</td><td>得分</td></tr>
                <tr><td rowspan="2">甲类</td><td rowspan="2">30</td><td rowspan="2">甲一</td><td rowspan="2">30</td>
                    <td>指标A</td><td>20</td><td>达标得满分</td><td>18</td></tr>
                <tr><td>指标B</td><td>10</td><td>达标得满分</td><td>10</td></tr>
                <tr><td>乙类</td><td>70</td><td>乙一</td><td>70</td><td>指标C</td><td>70</td><td>按比例</td><td>65.5</td></tr>
                </table>""");
        assertEquals(3, ind.size());
        assertNumber("20", named(ind, "指标A").weight());
        assertNumber("18", named(ind, "指标A").score());
        assertNumber("10", named(ind, "指标B").weight());
        assertNumber("70", named(ind, "指标C").weight());
        assertEquals("达标得满分", named(ind, "指标B").note());
    }

    @Test
    void aGroupWeightLeftOfTheNameDoesNotHideTheRowWeight() throws Exception {
        List<Indicator> ind = indicators("""
                <table>
                <tr><td>一级指标</td><td>权重（分）</td><td>二级指标</td><td>三级指标</td><td>年度目标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
                <tr><td rowspan="2">产出指标</td><td rowspan="2">40</td><td rowspan="2">数量指标</td>
                    <td>培训场次</td><td>≥12场</td><td>14场</td><td>25</td><td>25</td></tr>
                <tr><td>覆盖人数</td><td>≥500人</td><td>480人</td><td>15</td><td>12</td></tr>
                </table>""");
        Indicator second = named(ind, "覆盖人数");
        assertNumber("15", second.weight());
        assertNumber("12", second.score());
        assertEquals("≥500人", second.target());
        assertEquals("480人", second.actual());
        assertEquals("产出指标", second.level1());
    }

    @Test
    void aSingleWeightColumnIsTheRowWeightWhereverItStands() throws Exception {
        List<Indicator> ind = indicators("""
                <table>
                <tr><td>一级指标</td><td>二级指标</td><td>权重</td><td>三级指标</td><td>指标值</td><td>完成值</td><td>得分</td></tr>
                <tr><td>效益指标</td><td>社会效益指标</td><td>10</td><td>服务覆盖率</td><td>90%</td><td>92%</td><td>10</td></tr>
                </table>""");
        assertNumber("10", named(ind, "服务覆盖率").weight());
    }

    @Test
    void namesAndValuesAreQuotedAsWritten() throws Exception {
        List<Indicator> ind = indicators("""
                <table>
                <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
                <tr><td>产出指标</td><td>数量指标</td><td>３～５岁幼儿入园率</td><td>≥９０％</td><td>９１％，较上年提高</td><td>１０</td><td>１０</td></tr>
                </table>""");
        Indicator i = ind.get(0);
        assertEquals("３～５岁幼儿入园率", i.name());
        assertEquals("≥９０％", i.target());
        assertEquals("９１％，较上年提高", i.actual());
        assertNumber("10", i.weight());
        assertEquals("≥", i.targetParsed().comparator());
        assertNumber("90", i.targetParsed().value());
    }

    @Test
    void indicatorsListedInProseTakeTheirLevelsFromTheHeadingsAbove() throws Exception {
        List<Indicator> ind = indicators("""
                <h2>三、指标完成情况</h2>
                <h3>（一）产出指标（40分）</h3>
                <p>1.数量指标（20分）</p>
                <p>（1）巡查河段长度：年度目标值≥30公里，实际完成值31.5公里，分值10分，得10分。全年按计划完成巡查。</p>
                <p>（2）维修泵站数量：年度目标值6座，实际完成值5座，分值10分，得8分。</p>
                <p>2.成本指标（20分）</p>
                <p>（1）单位维修成本：年度目标值≤20万元/座，实际完成值18.2万元/座，分值20分，得20分。</p>
                <h3>（二）满意度指标（10分）</h3>
                <p>1.服务对象满意度指标（10分）</p>
                <p>（1）沿线居民满意度：年度目标值≥85%，实际完成值88%，分值10分，得10分。</p>
                <h3>（三）预算执行率（10分）</h3>
                <p>（1）另一个事项：目标是年底前完成，实际上推迟到次年。</p>
                """);
        assertEquals(4, ind.size(), ind.toString());
        Indicator length = named(ind, "巡查河段长度");
        assertEquals("产出指标", length.level1());
        assertEquals("数量指标", length.level2());
        assertEquals("≥30公里", length.target());
        assertEquals("31.5公里", length.actual());
        assertNumber("10", length.weight());
        assertNumber("10", length.score());
        assertEquals("≥", length.targetParsed().comparator());
        Indicator cost = named(ind, "单位维修成本");
        // 成本指标 numbered like the 二级指标 under 产出指标 is a 二级指标 here
        assertEquals("产出指标", cost.level1());
        assertEquals("成本指标", cost.level2());
        assertEquals("18.2万元/座", cost.actual());
        Indicator satisfaction = named(ind, "沿线居民满意度");
        assertEquals("满意度指标", satisfaction.level1());
        assertEquals("服务对象满意度指标", satisfaction.level2());
        assertTrue(satisfaction.evidence().block().startsWith("p"));
    }

    @Test
    void aProseListWithANameLabelAndWordValues() throws Exception {
        List<Indicator> ind = indicators("""
                <p>指标名称：档案管理规范性，目标值：规范，完成值：基本规范，存在个别卷宗缺页，分值：5分，得分：4分。</p>
                <p>指标名称：信息公开及时率；目标值100%；完成值100%；权重5；得分5。</p>
                """);
        assertEquals(2, ind.size(), ind.toString());
        Indicator records = named(ind, "档案管理规范性");
        assertEquals("规范", records.target());
        assertEquals("基本规范，存在个别卷宗缺页", records.actual());
        assertNumber("5", records.weight());
        assertNumber("4", records.score());
        assertNull(records.level1());
        Indicator disclosure = named(ind, "信息公开及时率");
        assertNumber("5", disclosure.weight());
        assertEquals("100%", disclosure.actual());
    }

    @Test
    void proseRepeatingATableRowIsNotReadTwice() throws Exception {
        List<Indicator> ind = indicators("""
                <p>（1）服务覆盖率：年度目标值90%，实际完成值92%，分值10分，得10分。</p>
                <table>
                <tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>完成值</td><td>分值</td><td>得分</td></tr>
                <tr><td>效益指标</td><td>社会效益指标</td><td>服务覆盖率</td><td>90%</td><td>92%</td><td>10</td><td>10</td></tr>
                </table>""");
        assertEquals(1, ind.size());
        assertTrue(ind.get(0).evidence().block().startsWith("t"));
    }

    @Test
    void sentencesWithoutLabelledValuesAreNotIndicators() throws Exception {
        List<Indicator> ind = indicators("""
                <p>（1）组织保障：成立领导小组，分值由财政部门确定。</p>
                <p>一是资金管理：全年拨付资金1,200万元，完成情况良好。</p>
                <p>评价结论：自评得分95分。</p>
                """);
        assertEquals(List.of(), ind);
    }
}
