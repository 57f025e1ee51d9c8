package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetReaderTest {
    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readsSheetAsNamedTableWithMergesAndDisplayedFigures(String ext) throws ReadException {
        Document d = Fixtures.read("formats/report." + ext);
        assertEquals(ext, d.format());
        assertEquals(List.of("部门预算执行"), d.paragraphs().stream().map(p -> p.text().original()).toList(),
                "the empty Sheet2 is skipped");
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        // rows 1-7 and columns A-D; the styled empty cell at G10 is trimmed away
        Cell title = t.cellAt(0, 0).orElseThrow();
        assertEquals(FormatFixtures.TITLE, title.normalized());
        assertEquals(4, title.colSpan());
        assertEquals(title, t.cellAt(0, 3).orElseThrow());
        assertEquals("", t.textAt(1, 2));
        Fixtures.assertBudgetTable(t, 2);
    }

    @Test
    void formulasShowTheirCachedValueNotARecalculation() throws Exception {
        for (Workbook wb : List.of(new XSSFWorkbook(), new HSSFWorkbook())) {
            byte[] bytes;
            try (wb) {
                Row row = wb.createSheet("表").createRow(0);
                row.createCell(0).setCellValue(100);
                var formula = row.createCell(1);
                formula.setCellFormula("A1*2");
                formula.setCellValue(999.5); // the cached result as the department's Excel last saved it
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                wb.write(out);
                bytes = out.toByteArray();
            }
            try (Workbook back = WorkbookFactory.create(new java.io.ByteArrayInputStream(bytes))) {
                assertEquals(CellType.FORMULA, back.getSheetAt(0).getRow(0).getCell(1).getCellType(),
                        "the cell must still be a formula for this test to mean anything");
            }
            String name = wb instanceof XSSFWorkbook ? "f.xlsx" : "f.xls";
            Table t = Readers.standard().read(bytes, name, PipelineConfig.defaults().readLimits()).tables().get(0);
            assertEquals("999.5", t.textAt(0, 1), name);
            assertEquals(2, t.columnCount());
        }
    }

    @Test
    void encryptedWorkbooksAreEncrypted() {
        assertEquals(ErrorCode.ENCRYPTED, Fixtures.failure("bad/encrypted.xlsx"));
        assertEquals(ErrorCode.ENCRYPTED, Fixtures.failure("bad/encrypted.xls"));
    }

    @Test
    void emptyWorkbookIsEmpty() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Workbook wb = new XSSFWorkbook()) {
            wb.createSheet("Sheet1");
            wb.write(out);
        }
        assertEquals(ErrorCode.EMPTY, Fixtures.failure(out.toByteArray(), "e.xlsx", PipelineConfig.defaults().readLimits()));
    }

    @Test
    void textOverTheLimitIsTooLarge() {
        assertEquals(ErrorCode.TOO_LARGE,
                Fixtures.failure(Fixtures.bytes("formats/report.xls"), "report.xls", Fixtures.TINY_TEXT));
    }

    @Test
    void truncatedXlsxIsCorrupt() {
        byte[] xlsx = Fixtures.bytes("formats/report.xlsx");
        assertEquals(ErrorCode.CORRUPT,
                Fixtures.failure(java.util.Arrays.copyOf(xlsx, xlsx.length - 200), "cut.xlsx", PipelineConfig.defaults().readLimits()));
    }

    @Test
    void onlySpreadsheetFormatsAreAccepted() {
        assertThrows(IllegalArgumentException.class, () -> new SpreadsheetReader("csv"));
    }
}
