package dev.gouji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.extract.number.NumberReader;
import dev.gouji.model.Document;
import dev.gouji.read.ReadLimits;
import dev.gouji.read.Readers;
import dev.gouji.record.Indicator;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Indicator tables in shapes other than the plain one-weight-column 自评表. */
class IndicatorExtractorTest {
    private static final IndicatorExtractor EXTRACTOR = new IndicatorExtractor(new NumberReader());

    private static List<Indicator> indicators(String body) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "r.html", ReadLimits.DEFAULT);
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
}
