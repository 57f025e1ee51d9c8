package dev.gouji.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.ReportExtractor;
import dev.gouji.read.Readers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a table's totals sum, read from its structure whatever its rows are called. */
class TableBreakdownsTest {
    private static List<Breakdown> breakdowns(String table) throws Exception {
        String html = "<html><body><h1>某县水务局2023年度部门决算公开</h1>" + table + "</body></html>";
        var doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "r.html", PipelineConfig.defaults().readLimits());
        return new ReportExtractor().extract(doc).breakdowns();
    }

    private static Breakdown of(List<Breakdown> all, String total) {
        return all.stream().filter(b -> b.total().value().compareTo(new BigDecimal(total)) == 0).findFirst()
                .orElseThrow(() -> new AssertionError(total + " not a total in " + all));
    }

    private static List<String> values(Breakdown b) {
        return b.parts().stream().map(f -> f.value().stripTrailingZeros().toPlainString()).toList();
    }

    @Test
    void numberedRowsSumTheRowsNumberedUnderThem() throws Exception {
        List<Breakdown> all = breakdowns("""
                <table border="1">
                <tr><td>项目</td><td>决算数</td></tr>
                <tr><td>一、本年支出合计</td><td>500.00</td></tr>
                <tr><td>（一）基本支出</td><td>320.00</td></tr>
                <tr><td>1.人员经费</td><td>280.00</td></tr>
                <tr><td>2.公用经费</td><td>40.00</td></tr>
                <tr><td>（二）项目支出</td><td>180.00</td></tr>
                <tr><td>1.河道整治</td><td>100.00</td></tr>
                <tr><td>2.水库维护</td><td>80.00</td></tr>
                </table>""");
        assertEquals(List.of("320", "180"), values(of(all, "500.00")));
        assertEquals(List.of("280", "40"), values(of(all, "320.00")));
        assertEquals(List.of("100", "80"), values(of(all, "180.00")));
    }

    @Test
    void aGrandTotalUnderASubtotalSumsItAndTheBalancesAfterIt() throws Exception {
        // 收入 and 支出 side by side: each amount column takes the labels of its own side
        List<Breakdown> all = breakdowns("""
                <table border="1">
                <tr><td>收入项目</td><td>金额</td><td>支出项目</td><td>金额</td></tr>
                <tr><td>一、财政拨款收入</td><td>400.00</td><td>一、农林水支出</td><td>380.00</td></tr>
                <tr><td>二、其他收入</td><td>20.00</td><td>二、住房保障支出</td><td>30.00</td></tr>
                <tr><td>本年收入合计</td><td>420.00</td><td>本年支出合计</td><td>410.00</td></tr>
                <tr><td>年初结转和结余</td><td>15.00</td><td>年末结转和结余</td><td>25.00</td></tr>
                <tr><td>总计</td><td>435.00</td><td>总计</td><td>435.00</td></tr>
                </table>""");
        Breakdown spent = all.stream().filter(b -> b.total().value().compareTo(new BigDecimal("410.00")) == 0).findFirst().orElseThrow();
        assertEquals(List.of("380", "30"), values(spent));
        assertTrue(all.stream().filter(b -> b.total().value().compareTo(new BigDecimal("435.00")) == 0)
                .allMatch(b -> b.parts().size() == 2), all.toString());
    }

    @Test
    void codesSumTheCodesUnderThemAcrossSideBySideBlocks() throws Exception {
        List<Breakdown> all = breakdowns("""
                <table border="1">
                <tr><td>科目编码</td><td>科目名称</td><td>决算数</td><td>科目编码</td><td>科目名称</td><td>决算数</td></tr>
                <tr><td>301</td><td>工资福利支出</td><td>90.00</td><td>302</td><td>商品和服务支出</td><td>30.00</td></tr>
                <tr><td>30101</td><td>基本工资</td><td>50.00</td><td>30201</td><td>办公费</td><td>10.00</td></tr>
                <tr><td>30102</td><td>津贴补贴</td><td>40.00</td><td>30205</td><td>水费</td><td></td></tr>
                <tr><td></td><td></td><td></td><td>30211</td><td>差旅费</td><td>12.00</td></tr>
                </table>""");
        assertEquals(List.of("50", "40"), values(of(all, "90.00")));
        // a blank line is a zero; the code's items continue in the next block
        assertEquals(List.of("10", "12"), values(of(all, "30.00")));
    }

    @Test
    void aQizhongRowIsAPartAndTheRowsAfterItAreNotSurelyParts() throws Exception {
        List<Breakdown> all = breakdowns("""
                <table border="1">
                <tr><td>项目</td><td>决算数</td></tr>
                <tr><td>公用经费</td><td>60.00</td></tr>
                <tr><td>其中：办公费</td><td>12.00</td></tr>
                <tr><td>差旅费</td><td>8.00</td></tr>
                <tr><td>政府采购金额</td><td>150.00</td></tr>
                </table>""");
        Breakdown b = of(all, "60.00");
        assertEquals(List.of("12"), values(b));
        assertTrue(!b.complete());
    }
}
