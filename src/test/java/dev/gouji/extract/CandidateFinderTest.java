package dev.gouji.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.number.NumberReader;
import dev.gouji.model.Document;
import dev.gouji.read.Readers;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every figure with the words that name it: clause by clause in text, row label and headers in tables. */
class CandidateFinderTest {
    private static List<Candidate> find(String body) throws Exception {
        String html = "<html><head><meta charset=\"utf-8\"></head><body>" + body + "</body></html>";
        Document doc = Readers.standard().read(html.getBytes(StandardCharsets.UTF_8), "x.html", PipelineConfig.defaults().readLimits());
        return new CandidateFinder(new NumberReader()).find(doc);
    }

    private static Candidate valued(List<Candidate> all, String value) {
        BigDecimal v = new BigDecimal(value);
        List<Candidate> hits = all.stream().filter(c -> c.quantity().value().compareTo(v) == 0).toList();
        assertEquals(1, hits.size(), value + " among " + all.stream().map(c -> c.label() + "=" + c.quantity().raw()).toList());
        return hits.get(0);
    }

    @Test
    void eachFigureOfASentenceIsNamedByItsOwnClause() throws Exception {
        List<Candidate> all = find("<p>2023年度，支出总额612.40万元，其中：基本支出480.10万元、项目支出132.30万元。</p>");
        assertEquals(3, all.size());
        assertEquals("支出总额", valued(all, "612.40").label());
        assertEquals("基本支出", valued(all, "480.10").label());
        assertEquals("项目支出", valued(all, "132.30").label());
        Candidate basic = valued(all, "480.10");
        assertFalse(basic.inTable());
        assertNull(basic.tableId());
        assertEquals("480.10万元", basic.quantity().raw());
    }

    @Test
    void aTableCellIsNamedByItsRowAndItsColumnHeaders() throws Exception {
        List<Candidate> all = find("<p>单位：万元</p><table border=\"1\"><tr><td>项目</td><td>2022年决算数</td><td>2023年决算数</td></tr>"
                + "<tr><td>基本支出</td><td>455.00</td><td>480.10</td></tr></table>");
        Candidate c = valued(all, "480.10");
        assertTrue(c.inTable());
        assertEquals("基本支出", c.label());
        assertTrue(c.column().contains("2023年决算数"), c.column());
        assertEquals(1, c.row());
        assertEquals(2, c.col());
        assertTrue(valued(all, "455.00").column().contains("2022年"), "each column keeps its own year");
    }

    @Test
    void aCellThatNamesItsOwnFigure() throws Exception {
        List<Candidate> all = find("<table border=\"1\"><tr><td>资金来源</td><td>其他资金：11.06</td></tr></table>");
        assertEquals("其他资金", valued(all, "11.06").label());
    }

    @Test
    void lineNumbersAreNoFigures() throws Exception {
        List<Candidate> all = find("<table border=\"1\"><tr><td>项目</td><td>行次</td><td>金额</td></tr>"
                + "<tr><td>支出合计</td><td>1</td><td>612.40</td></tr><tr><td>基本支出</td><td>2</td><td>480.10</td></tr></table>");
        assertEquals(List.of(), all.stream().filter(c -> c.col() == 1).map(c -> c.quantity().raw()).toList());
        assertEquals("支出", valued(all, "612.40").label(), "a trailing 合计 is cleaned off (Labels)");
    }

    @Test
    void clauseStartStopsAtPunctuationAndAtThePreviousFigure() {
        String s = "支出合计612.40万元，基本支出480.10万元";
        assertEquals(s.indexOf("基本"), CandidateFinder.clauseStart(s, s.indexOf("480"), 0));
        String t = "人员经费300万元公用经费80万元";
        assertEquals(t.indexOf("公用"), CandidateFinder.clauseStart(t, t.indexOf("80万"), t.indexOf("公用")));
    }
}
