package dev.gouji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.fact.Basis;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Statement;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Fields as a view over the facts, on small reports read and extracted for real: the fiscal year's
 * actual becomes the value, a table beats a sentence, a budget goes to budget.&lt;field&gt;, and another
 * year's figure never gives a field its value.
 */
class FieldExtractorTest {
    private static final String TITLE = "<h1>广东省韶关市浈江区统计局2023年度部门整体支出绩效自评报告</h1>";

    private static Map<String, FieldValue> fields(String body) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + TITLE + body + "</body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        return new ReportExtractor().extract(doc).fields();
    }

    private static void assertValue(String expected, Map<String, FieldValue> fields, String key) {
        FieldValue v = fields.get(key);
        assertNotNull(v, key + " missing among " + fields.keySet());
        assertEquals(0, new BigDecimal(expected).compareTo((BigDecimal) v.value()), key + " = " + v.value());
    }

    private static String table(String basic2023) {
        return "<p>单位：万元</p><table border=\"1\"><tr><td>项目</td><td>2022年决算数</td><td>2023年预算数</td><td>2023年决算数</td></tr>"
                + "<tr><td>基本支出</td><td>301.20</td><td>330.00</td><td>" + basic2023 + "</td></tr></table>";
    }

    @Test
    void theFiscalYearsActualFromASentence() throws Exception {
        Map<String, FieldValue> f = fields("<p>2023年度，本局基本支出318.75万元，项目支出96.40万元。</p>");
        assertValue("318.75", f, "spending.basic");
        assertValue("96.40", f, "spending.project");
        assertEquals("万元", f.get("spending.basic").unit());
    }

    @Test
    void aTableBeatsASentenceAndTheSentenceIsKeptAmongTheOthers() throws Exception {
        Map<String, FieldValue> f = fields("<p>2023年度，本局基本支出318.75万元。</p>" + table("318.57"));
        assertValue("318.57", f, "spending.basic");
        assertTrue(f.get("spending.basic").others().stream().map(Statement::value)
                .anyMatch(v -> v.compareTo(new BigDecimal("318.75")) == 0), "the sentence's figure among the others");
    }

    @Test
    void aBudgetColumnGoesToTheBudgetFieldAndAnotherYearToNone() throws Exception {
        Map<String, FieldValue> f = fields(table("318.57"));
        assertValue("318.57", f, "spending.basic");
        assertValue("330.00", f, "budget.spending.basic");
        // 301.20 is 2022's: neither the value nor one of the others
        assertFalse(f.get("spending.basic").others().stream().map(Statement::value)
                .anyMatch(v -> v.compareTo(new BigDecimal("301.20")) == 0), "another year's figure");
    }

    @Test
    void onlyAnotherYearsFigureGivesNoField() throws Exception {
        assertNull(fields("<p>2022年度，本局基本支出301.20万元。</p>").get("spending.basic"));
    }

    @Test
    void keyOnSendsEachBasisToItsField() {
        FieldCatalog.Field basic = FieldCatalog.byKey("spending.basic");
        assertEquals("spending.basic", FieldExtractor.keyOn(basic, Basis.ACTUAL, false));
        assertEquals("budget.spending.basic", FieldExtractor.keyOn(basic, Basis.BUDGET, false));
        assertEquals("spending.basic", FieldExtractor.keyOn(basic, Basis.BUDGET, true), "a budget disclosure's own basis");
        assertNull(FieldExtractor.keyOn(basic, Basis.TARGET, false));
        assertNull(FieldExtractor.keyOn(basic, Basis.OTHER, false));
        FieldCatalog.Field total = FieldCatalog.byKey("spending.total");
        assertEquals("budget.initial", FieldExtractor.keyOn(total, Basis.BUDGET_INITIAL, false));
        assertEquals("budget.full_year", FieldExtractor.keyOn(total, Basis.BUDGET, false));
        assertEquals("execution_rate", FieldExtractor.keyOn(FieldCatalog.byKey("execution_rate"), Basis.BUDGET, false));
    }
}
