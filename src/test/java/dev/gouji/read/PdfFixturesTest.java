package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed PDF fixtures of {@code fixtures/pdf} ({@link FixturePdfGenerator} wrote them). */
class PdfFixturesTest {
    private static final Path DIR = Path.of("fixtures/pdf");

    private static Document read(String name) throws Exception {
        return new PdfReader().read(Files.readAllBytes(DIR.resolve(name)), PipelineConfig.defaults().readLimits());
    }

    @Test
    void tableOverTwoPagesWithItsHeaderRepeatedIsOneTable() throws Exception {
        Document doc = read("table-repeated-header.pdf");
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(41, t.rowCount(), "the header once and the 40 rows of both pages");
        assertEquals(2, t.columnCount());
        assertEquals("Item", t.textAt(0, 0));
        assertEquals("Item 30", t.textAt(30, 0));
        assertEquals("Item 31", t.textAt(31, 0), "the repeated header is left out");
        assertEquals("420.00", t.textAt(40, 1));
        assertEquals(1, t.cellAt(30, 0).orElseThrow().text().page());
        assertEquals(2, t.cellAt(31, 0).orElseThrow().text().page());
        assertEquals(java.util.List.of("Table 3 Spending by item", "Notes after the table."),
                doc.paragraphs().stream().map(p -> p.text().normalized()).toList(), "page numbers dropped");
    }

    @Test
    void borderlessTableIsReadByColumnAlignmentAndProseStaysParagraphs() throws Exception {
        Document doc = read("borderless-table.pdf");
        assertEquals(1, doc.tables().size());
        Table t = doc.tables().get(0);
        assertEquals(4, t.rowCount());
        assertEquals(3, t.columnCount());
        assertEquals("Project spending", t.textAt(2, 0));
        assertEquals("2023", t.textAt(0, 2));
        assertEquals("851.93", t.textAt(3, 1));
        assertEquals(java.util.List.of("Table 2 Spending in two years (10k yuan)",
                "Spending rose in 2023 because more projects were audited and the salaries of the staff were raised in the middle of the year.",
                "The department will keep its spending within the budget and report on its projects every quarter, as the finance bureau asks it to do.",
                "It will also publish the results of its audits on its website.",
                "Head of unit: Li Ming Date: 2024-04-10"),
                doc.paragraphs().stream().map(p -> p.text().normalized()).toList());
    }

    @Test
    void pageInAFontWithoutUnicodeMapIsLeftOutWithAWarning() throws Exception {
        Document doc = read("cid-no-tounicode-page-2.pdf");
        assertEquals(java.util.List.of("Budget execution report 2023", "Total spending 1,234.56 (10k yuan)."),
                doc.paragraphs().stream().map(p -> p.text().normalized()).toList());
        assertEquals(1, doc.warnings().size());
        assertEquals("page_text_unmapped", doc.warnings().get(0).code());
        assertTrue(doc.warnings().get(0).message().startsWith("page 2 "), doc.warnings().get(0).message());
    }

    @Test
    void pageOfImageOnlyIsScanned() {
        ReadException e = assertThrows(ReadException.class, () -> read("scanned-page.pdf"));
        assertEquals(ErrorCode.SCANNED, e.code());
    }

    @Test
    void cidFontWithoutToUnicodeFailsClearlyInsteadOfGivingGarbage() {
        ReadException e = assertThrows(ReadException.class, () -> read("cid-no-tounicode.pdf"));
        assertEquals(ErrorCode.UNMAPPED_TEXT, e.code());
        assertTrue(e.getMessage().contains("ToUnicode"), e.getMessage());
    }
}
