package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gouji.record.ReportRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Formula injection: report text that begins like a formula reaches dataset.xlsx and findings.csv as text,
 * with a single quote in front, and figures stay numbers, negative ones included.
 */
class CellTextTest {
    /** Each character that starts a formula, in a text as a report could hold it. */
    private static final List<String> LEADS = List.of("=1+2基本支出", "+SUM(A1)", "-2+3", "@cmd", "\t=1", "\r=1");
    private static final Set<Character> FORMULA_START = Set.of('=', '+', '-', '@', '\t', '\r');

    @TempDir
    static Path dir;
    private static List<ReportRecord> records;

    @BeforeAll
    static void write() throws IOException {
        records = LEADS.stream().map(Synthetic::startingWith).toList();
        try (DatasetWorkbook xlsx = new DatasetWorkbook(dir.resolve("dataset.xlsx"));
                FindingsCsv csv = new FindingsCsv(dir.resolve("findings.csv"))) {
            for (ReportRecord r : records) {
                xlsx.add(r);
                csv.add(r);
            }
            xlsx.commit();
            csv.commit();
        }
    }

    @Test
    void formulaLookingTextGetsAQuoteAndOtherTextStaysAsItIs() {
        for (String lead : LEADS) {
            assertEquals("'" + lead, CellText.neutralise(lead));
        }
        assertEquals("某某区教育局", CellText.neutralise("某某区教育局"));
        assertEquals(" =1+2", CellText.neutralise(" =1+2"), "not a formula with a space in front");
        assertEquals("1-2", CellText.neutralise("1-2"));
        assertEquals("", CellText.neutralise(""));
        assertNull(CellText.neutralise(null));
    }

    @Test
    void csvFieldsNeverStartAFormulaAndFiguresStayPlainNumbers() throws IOException {
        byte[] bytes = Files.readAllBytes(dir.resolve("findings.csv"));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        assertEquals(FindingRows.HEADER, rows.get(0).toList());
        assertEquals(LEADS.size() + 1, rows.size());
        for (int n = 1; n < rows.size(); n++) {
            CSVRecord row = rows.get(n);
            String lead = LEADS.get(n - 1);
            for (int c : new int[] {0, 1, 3, 4, 5, 6, 7}) {
                assertFalse(formulaStart(row.get(c)), "row " + n + " column " + c + ": " + row.get(c));
            }
            assertEquals("'" + lead + "报告.docx", row.get(0));
            assertEquals("'" + lead + "部门", row.get(1));
            assertEquals("2021", row.get(2));
            assertEquals("'" + lead + "说明", row.get(5));
            assertEquals("'" + lead + "数字 -2324.41 万元 @p55", row.get(6));
            assertEquals("[p55] " + lead + "证据摘录", row.get(7));
            assertEquals("-2256.92", row.get(8));
            assertEquals("-2324.41", row.get(9));
            assertEquals("-67.49", row.get(10));
        }
    }

    @Test
    void noWorkbookCellIsAFormulaAndFiguresStayNumericCells() throws IOException {
        try (InputStream in = Files.newInputStream(dir.resolve("dataset.xlsx"));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            int texts = 0;
            for (Sheet s : wb) {
                for (Row row : s) {
                    for (Cell cell : row) {
                        String where = s.getSheetName() + "!" + cell.getAddress();
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), where);
                        if (cell.getCellType() == CellType.STRING) {
                            assertFalse(formulaStart(cell.getStringCellValue()), where + ": " + cell.getStringCellValue());
                            texts++;
                        }
                    }
                }
            }
            // per record 5 text cells in 报告, 9 in 字段, 4 in 项目, 12 in 指标, 7 in 问题; 76 header cells (未完整读取's 4, 跨年's 14)
            assertEquals(LEADS.size() * 37 + 76, texts, "every text cell was looked at");

            for (int n = 1; n <= LEADS.size(); n++) {
                String lead = LEADS.get(n - 1);
                Row report = wb.getSheet(DatasetWorkbook.REPORTS).getRow(n);
                assertEquals("'" + lead + "部门", report.getCell(2).getStringCellValue());
                assertNumber(2021, report, 3);

                Row field = wb.getSheet(DatasetWorkbook.FIELDS).getRow(n);
                assertEquals("'" + lead + "标签", field.getCell(3).getStringCellValue());
                assertNumber(-12.5, field, 4);
                assertEquals("'" + lead + "原文", field.getCell(6).getStringCellValue());
                assertEquals("'" + lead + "字段摘录", field.getCell(8).getStringCellValue());
                assertEquals("'" + lead + "其他表述（" + lead + "其他标签）@p4", field.getCell(9).getStringCellValue());

                Row project = wb.getSheet(DatasetWorkbook.PROJECTS).getRow(n);
                assertEquals("'" + lead + "项目", project.getCell(1).getStringCellValue());
                assertNumber(-933.30, project, 2);
                assertNumber(965.12, project, 3);

                Row indicator = wb.getSheet(DatasetWorkbook.INDICATORS).getRow(n);
                assertEquals("'" + lead + "指标", indicator.getCell(5).getStringCellValue());
                assertNumber(-1.5, indicator, 2);
                assertNumber(-200, indicator, 8);
                assertNumber(-8, indicator, 11);
                assertNumber(7.5, indicator, 12);

                Row finding = wb.getSheet(DatasetWorkbook.FINDINGS).getRow(n);
                assertEquals("'" + lead + "部门", finding.getCell(1).getStringCellValue());
                assertEquals("'" + lead + "说明", finding.getCell(5).getStringCellValue());
                assertNumber(2021, finding, 2);
                assertNumber(-2256.92, finding, 8);
                assertNumber(-2324.41, finding, 9);
                assertNumber(-67.49, finding, 10);
            }
        }
    }

    private static boolean formulaStart(String s) {
        return !s.isEmpty() && FORMULA_START.contains(s.charAt(0));
    }

    private static void assertNumber(double expected, Row row, int col) {
        Cell c = row.getCell(col);
        assertEquals(CellType.NUMERIC, c.getCellType(), row.getSheet().getSheetName() + " column " + col);
        assertEquals(expected, c.getNumericCellValue(), row.getSheet().getSheetName() + " column " + col);
    }
}
