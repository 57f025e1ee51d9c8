package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlReaderTest {
    private static List<String> texts(Document d) {
        return d.paragraphs().stream().map(Paragraph::text).map(t -> t.original()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"formats/report.html", "formats/report-gbk.html"})
    void readsParagraphsAndBudgetTableInOrder(String fixture) throws ReadException {
        Document d = Fixtures.read(fixture);
        assertEquals("html", d.format());
        assertEquals(List.of(FormatFixtures.TITLE, "一、部门基本情况", FormatFixtures.SENTENCE, FormatFixtures.CAPTION,
                FormatFixtures.CLOSING), texts(d));
        assertEquals("p4", d.blocks().get(3).id());
        assertEquals("t1", d.blocks().get(4).id(), "the table sits between the caption and the closing line");
        Fixtures.assertBudgetTable(d.tables().get(0), 0);
    }

    @Test
    void keepsNestedTablesAndLineBreaksInCellsAndSkipsScriptAndStyle() throws ReadException {
        Document d = Fixtures.read("formats/report.html");
        Table indicators = d.tables().get(1);
        assertEquals(2, indicators.rowCount());
        assertEquals(3, indicators.columnCount());
        assertEquals("数量指标\n质量指标", indicators.cellAt(1, 1).orElseThrow().text().original());
        Cell withNested = indicators.cellAt(1, 2).orElseThrow();
        assertEquals("完成情况", withNested.normalized(), "the nested table's text stays out of the cell");
        assertEquals(1, withNested.nested().size());
        Table nested = withNested.nested().get(0);
        assertEquals("98%", nested.textAt(1, 1));
        assertEquals(2, d.tables().size(), "the nested table is not a top-level table");
        String all = d.paragraphs().toString() + d.tables().stream().flatMap(t -> t.cells().stream())
                .map(Cell::normalized).toList();
        assertFalse(all.contains("脚本不应出现"));
        assertFalse(all.contains("样式不应出现"));
    }

    @Test
    void undeclaredGbkPageIsDecodedAsGbk() throws ReadException {
        byte[] gbk = ("<html><body><p>" + FormatFixtures.SENTENCE + "</p></body></html>").getBytes(Charset.forName("GBK"));
        Document d = Readers.standard().read(gbk, "page.htm", PipelineConfig.defaults().readLimits());
        assertEquals(List.of(FormatFixtures.SENTENCE), texts(d));
    }

    @Test
    void gb2312DeclarationStillDecodesGbkOnlyCharacters() throws ReadException {
        // 喆 and 镕 are in GBK but not in GB2312; pages labelled gb2312 use them anyway
        String text = "项目负责人：王喆、朱镕";
        byte[] page = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head>"
                + "<body><p>" + text + "</p></body></html>").getBytes(Charset.forName("GBK"));
        assertEquals(List.of(text), texts(Readers.standard().read(page, "page.html", PipelineConfig.defaults().readLimits())));
    }

    @Test
    void utf8WithBomAndDivTextAroundBlocks() throws ReadException {
        byte[] body = "<html><body><div>第一段<p>第二段</p>第三段<br>第四段</div></body></html>"
                .getBytes(StandardCharsets.UTF_8);
        byte[] page = new byte[body.length + 3];
        page[0] = (byte) 0xEF;
        page[1] = (byte) 0xBB;
        page[2] = (byte) 0xBF;
        System.arraycopy(body, 0, page, 3, body.length);
        assertEquals(List.of("第一段", "第二段", "第三段", "第四段"),
                texts(Readers.standard().read(page, "x.html", PipelineConfig.defaults().readLimits())));
    }

    @Test
    void failures() {
        byte[] empty = "<html><head><title>空</title></head><body> <script>x()</script> </body></html>"
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(ErrorCode.EMPTY, Fixtures.failure(empty, "empty.html", PipelineConfig.defaults().readLimits()));
        assertEquals(ErrorCode.TOO_LARGE,
                Fixtures.failure(Fixtures.bytes("formats/report.html"), "report.html", Fixtures.TINY_TEXT));
    }

    @Test
    void rowspanPastTheLastRowIsClipped() throws ReadException {
        byte[] page = "<table><tr><td rowspan=\"9\">甲</td><td>1</td></tr><tr><td>2</td></tr></table>"
                .getBytes(StandardCharsets.UTF_8);
        Table t = Readers.standard().read(page, "t.html", PipelineConfig.defaults().readLimits()).tables().get(0);
        assertEquals(2, t.rowCount());
        assertEquals(2, t.cellAt(0, 0).orElseThrow().rowSpan());
        assertEquals("2", t.textAt(1, 1));
        assertTrue(t.cellAt(1, 0).isPresent());
    }
}
