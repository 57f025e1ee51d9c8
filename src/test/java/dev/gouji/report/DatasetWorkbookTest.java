package dev.gouji.report;

import static dev.gouji.report.FixtureRun.text;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gouji.record.ReportRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dataset.xlsx of the fixtures run, read back with POI and checked sheet by sheet against reports.jsonl. */
class DatasetWorkbookTest {
    private static XSSFWorkbook wb;

    @BeforeAll
    static void open() throws IOException {
        try (InputStream in = Files.newInputStream(FixtureRun.dir().resolve("dataset.xlsx"))) {
            wb = new XSSFWorkbook(in);
        }
    }

    @AfterAll
    static void close() throws IOException {
        wb.close();
    }

    @Test
    void sheetsHaveChineseHeadersFrozenAndFiltered() {
        assertEquals(List.of("报告", "字段", "项目", "指标", "问题"),
                List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3),
                        wb.getSheetName(4)));
        Map<String, List<String>> headers = Map.of("报告", DatasetWorkbook.REPORT_HEADER, "字段",
                DatasetWorkbook.FIELD_HEADER, "项目", DatasetWorkbook.PROJECT_HEADER, "指标",
                DatasetWorkbook.INDICATOR_HEADER, "问题", FindingRows.HEADER);
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            XSSFSheet s = wb.getSheet(e.getKey());
            Row h = s.getRow(0);
            for (int c = 0; c < e.getValue().size(); c++) {
                assertEquals(e.getValue().get(c), h.getCell(c).getStringCellValue());
            }
            assertTrue(s.getPaneInformation().isFreezePane(), e.getKey() + " header frozen");
            assertEquals(1, s.getPaneInformation().getHorizontalSplitPosition());
            String lastCol = org.apache.poi.ss.util.CellReference.convertNumToColString(e.getValue().size() - 1);
            assertEquals("A1:" + lastCol + (s.getLastRowNum() + 1), s.getCTWorksheet().getAutoFilter().getRef(),
                    e.getKey() + " autofilter");
        }
    }

    @Test
    void reportSheetHasOneRowPerRecord() {
        Sheet s = wb.getSheet("报告");
        List<JsonNode> records = FixtureRun.records();
        long files;
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("fixtures"))) {
            files = walk.filter(java.nio.file.Files::isRegularFile).count();
        } catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
        assertEquals(files, records.size(), "one record per fixture file");
        assertEquals(records.size(), s.getLastRowNum());
        for (int i = 0; i < records.size(); i++) {
            JsonNode r = records.get(i);
            Row row = s.getRow(i + 1);
            assertText(r.at("/source/path"), row, 0);
            assertText(r.at("/source/format"), row, 1);
            assertText(r.at("/department/value"), row, 2);
            assertNumber(r.at("/fiscal_year/value"), row, 3);
            assertEquals(Terms.of(Terms.KIND, text(r.at("/report_kind/value"))), string(row, 4));
            assertEquals(Terms.status(text(r.get("status"))), string(row, 5));
            assertText(r.at("/error/code"), row, 6);
            assertText(r.at("/error/message"), row, 7);
            assertEquals(r.get("fields").size(), (int) row.getCell(8).getNumericCellValue());
            assertEquals(r.get("projects").size(), (int) row.getCell(9).getNumericCellValue());
            assertEquals(r.get("indicators").size(), (int) row.getCell(10).getNumericCellValue());
            assertEquals(r.get("findings").size(), (int) row.getCell(11).getNumericCellValue());
            int errors = 0;
            int warnings = 0;
            for (JsonNode f : r.get("findings")) {
                errors += f.get("severity").asText().equals("error") ? 1 : 0;
                warnings += f.get("severity").asText().equals("warning") ? 1 : 0;
            }
            assertEquals(errors, (int) row.getCell(12).getNumericCellValue());
            assertEquals(warnings, (int) row.getCell(13).getNumericCellValue());
        }
        assertEquals(12, count(s, 5, "读取失败")); // fixtures/bad, and fixtures/pdf: a scan and a CID font without ToUnicode
    }

    @Test
    void fieldSheetHasEveryFieldOfEveryReport() {
        Sheet s = wb.getSheet("字段");
        int n = 1;
        for (JsonNode r : FixtureRun.records()) {
            Iterator<Map.Entry<String, JsonNode>> it = r.get("fields").fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                JsonNode f = e.getValue();
                Row row = s.getRow(n++);
                assertText(r.at("/source/path"), row, 0);
                assertEquals(e.getKey(), string(row, 1));
                assertNotNull(string(row, 2));
                assertText(f.get("label"), row, 3);
                if (f.get("value").isNumber()) {
                    assertNumber(f.get("value"), row, 4);
                } else {
                    assertText(f.get("value"), row, 4);
                }
                assertText(f.get("unit"), row, 5);
                assertText(f.get("raw"), row, 6);
                assertEquals(place(f.get("evidence")), string(row, 7));
                assertText(f.at("/evidence/snippet"), row, 8);
                for (JsonNode o : f.get("others")) {
                    assertTrue(string(row, 9).contains(o.get("raw").asText() + "（"), "others of " + e.getKey());
                }
            }
        }
        assertEquals(n - 1, s.getLastRowNum());
        Row budget = find(s, 0, "seeds/001_09338597f16afc81.txt", 1, "budget.full_year");
        assertEquals(2628.42, budget.getCell(4).getNumericCellValue());
        assertEquals("#,##0.00", budget.getCell(4).getCellStyle().getDataFormatString());
        assertEquals(CellType.NUMERIC, budget.getCell(4).getCellType());
    }

    @Test
    void projectSheetHasEveryProject() {
        Sheet s = wb.getSheet("项目");
        int n = 1;
        for (JsonNode r : FixtureRun.records()) {
            for (JsonNode p : r.get("projects")) {
                Row row = s.getRow(n++);
                assertText(r.at("/source/path"), row, 0);
                assertText(p.get("name"), row, 1);
                assertNumber(p.get("amount"), row, 2);
                assertNumber(p.get("actual"), row, 3);
                assertEquals(place(p.get("evidence")), string(row, 4));
                assertText(p.at("/evidence/snippet"), row, 5);
            }
        }
        assertEquals(n - 1, s.getLastRowNum());
        assertTrue(n > 10);
    }

    @Test
    void indicatorSheetHasEveryIndicatorRow() {
        Sheet s = wb.getSheet("指标");
        int n = 1;
        for (JsonNode r : FixtureRun.records()) {
            for (JsonNode i : r.get("indicators")) {
                Row row = s.getRow(n++);
                assertText(r.at("/source/path"), row, 0);
                assertText(i.get("project"), row, 1);
                assertNumber(i.get("project_amount"), row, 2);
                assertText(i.get("level1"), row, 3);
                assertText(i.get("level2"), row, 4);
                assertText(i.get("name"), row, 5);
                assertText(i.get("target"), row, 6);
                assertText(i.at("/target_parsed/comparator"), row, 7);
                assertNumber(i.at("/target_parsed/value"), row, 8);
                assertText(i.at("/target_parsed/unit"), row, 9);
                assertText(i.get("actual"), row, 10);
                assertNumber(i.get("weight"), row, 11);
                assertNumber(i.get("score"), row, 12);
                assertText(i.get("note"), row, 13);
                assertEquals(place(i.get("evidence")), string(row, 14));
                assertText(i.at("/evidence/snippet"), row, 15);
            }
        }
        assertEquals(n - 1, s.getLastRowNum());
        assertTrue(n > 200, "the seeds' indicator tables");
    }

    @Test
    void findingSheetHasEveryFindingWithFiguresAndEvidence() {
        Sheet s = wb.getSheet("问题");
        int n = 1;
        for (JsonNode r : FixtureRun.records()) {
            for (JsonNode f : r.get("findings")) {
                Row row = s.getRow(n++);
                assertText(r.at("/source/path"), row, 0);
                assertText(r.at("/department/value"), row, 1);
                assertNumber(r.at("/fiscal_year/value"), row, 2);
                assertText(f.get("rule"), row, 3);
                assertEquals(Terms.severity(f.get("severity").asText()), string(row, 4));
                assertText(f.get("message"), row, 5);
                for (JsonNode x : f.get("figures")) {
                    // a finding about the text (a doubled word, a placeholder, a missing table) cites its words, not a figure
                    String value = x.get("value").isNull() ? "" : " " + x.get("value").decimalValue().toPlainString();
                    assertTrue(string(row, 6).contains(x.get("label").asText() + value), "figure " + x);
                    assertTrue(string(row, 6).contains("@" + x.at("/evidence/block").asText()));
                    assertTrue(string(row, 7).contains(x.at("/evidence/snippet").asText()), "snippet " + x);
                }
                assertNumber(f.get("expected"), row, 8);
                assertNumber(f.get("actual"), row, 9);
                assertNumber(f.get("difference"), row, 10);
            }
        }
        // then one row per cross-report finding
        int cross = 0;
        for (int i = n; i <= s.getLastRowNum(); i++, cross++) {
            assertTrue(string(s.getRow(i), 3).startsWith("R-ACROSS/"), string(s.getRow(i), 3));
        }
        assertEquals(n - 1 + cross, s.getLastRowNum());
        assertTrue(n - 1 > 0, "the fixtures raise findings");
    }

    @Test
    void seedContradictionsAreInTheFindingSheet() {
        Sheet s = wb.getSheet("问题");
        for (String dir : List.of("seeds", "seeds-docx")) {
            String ext = dir.equals("seeds") ? ".txt" : ".docx";
            Row conflict = findFinding(s, dir + "/001_09338597f16afc81" + ext, "R-CONFLICT/project", "155.66");
            assertTrue(string(conflict, 6).contains("城市管理综合执法经费专项 155.66 万元 @p20"), string(conflict, 6));
            assertTrue(string(conflict, 6).contains("159.54 万元 @t1r12c4"), string(conflict, 6));
            assertTrue(string(conflict, 7).contains("[p20] 2.城市管理综合执法经费专项155.66万元"), string(conflict, 7));
            assertEquals(159.54, conflict.getCell(8).getNumericCellValue());
            assertEquals(155.66, conflict.getCell(9).getNumericCellValue());
            assertEquals(-3.88, conflict.getCell(10).getNumericCellValue());
            assertEquals("错误", string(conflict, 4));

            Row rate = findFinding(s, dir + "/004_a71ab30c2e7324d7" + ext, "R-RATE/staff-control", "79.31");
            assertTrue(string(rate, 6).contains("财政供养人员控制率 80 %"), string(rate, 6));
            assertTrue(string(rate, 7).contains("财政供养人员控制率为80%"), string(rate, 7));
            assertEquals(79.31, rate.getCell(8).getNumericCellValue());
            assertEquals(80.0, rate.getCell(9).getNumericCellValue());
        }
    }

    @Test
    void theSameRecordsWrittenLaterGiveTheSameBytes(@TempDir Path dir) throws IOException, InterruptedException {
        List<ReportRecord> records = Synthetic.many(6, 1);
        Path first = dir.resolve("first.xlsx");
        Path second = dir.resolve("second.xlsx");
        for (Path xlsx : List.of(first, second)) {
            try (DatasetWorkbook out = new DatasetWorkbook(xlsx, 100)) {
                records.forEach(out::add);
                out.commit();
            }
            Thread.sleep(1_100); // past the second a timestamp would be written with
        }
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
    }

    @Test
    void aFullSheetContinuesOnANewOne(@TempDir Path dir) throws IOException {
        Path xlsx = dir.resolve("dataset.xlsx");
        try (DatasetWorkbook out = new DatasetWorkbook(xlsx, 4)) {
            for (ReportRecord r : Synthetic.many(10, 1)) {
                out.add(r);
            }
            out.commit();
        }
        try (XSSFWorkbook back = new XSSFWorkbook(Files.newInputStream(xlsx))) {
            List<String> names = new java.util.ArrayList<>();
            back.forEach(sheet -> names.add(sheet.getSheetName()));
            // 10 reports, 18 fields, 9 projects, 9 indicators, 10 findings, no warnings; 3 rows a sheet after the header
            assertEquals(List.of("报告", "报告 (2)", "报告 (3)", "报告 (4)", "字段", "字段 (2)", "字段 (3)", "字段 (4)",
                    "字段 (5)", "字段 (6)", "项目", "项目 (2)", "项目 (3)", "指标", "指标 (2)", "指标 (3)", "问题", "问题 (2)",
                    "问题 (3)", "问题 (4)", "未完整读取", "跨年"), names);
            int rows = 0;
            for (String name : List.of("问题", "问题 (2)", "问题 (3)", "问题 (4)")) {
                XSSFSheet s = back.getSheet(name);
                assertEquals("文件", s.getRow(0).getCell(0).getStringCellValue());
                assertEquals("A1:K" + (s.getLastRowNum() + 1), s.getCTWorksheet().getAutoFilter().getRef());
                rows += s.getLastRowNum();
            }
            assertEquals(10, rows, "one report failed, the next has two findings");
        }
    }

    private static Row findFinding(Sheet s, String path, String rule, String text) {
        for (Row row : s) {
            if (row.getRowNum() > 0 && path.equals(string(row, 0)) && string(row, 3).startsWith(rule)
                    && (string(row, 5) + string(row, 6)).contains(text)) {
                return row;
            }
        }
        throw new AssertionError("no " + rule + " finding with " + text + " for " + path);
    }

    private static Row find(Sheet s, int col1, String v1, int col2, String v2) {
        for (Row row : s) {
            if (v1.equals(string(row, col1)) && v2.equals(string(row, col2))) {
                return row;
            }
        }
        throw new AssertionError("no row " + v1 + " " + v2);
    }

    private static int count(Sheet s, int col, String v) {
        int n = 0;
        for (Row row : s) {
            n += v.equals(string(row, col)) ? 1 : 0;
        }
        return n;
    }

    static String string(Row row, int col) {
        Cell c = row.getCell(col);
        return c == null || c.getCellType() == CellType.BLANK ? null : c.getStringCellValue();
    }

    /** The evidence's block, with the page of PDF evidence: 「p10」, 「p10（第1页）」. */
    private static String place(JsonNode evidence) {
        if (evidence == null || evidence.isNull()) {
            return null;
        }
        String block = evidence.get("block").asText();
        return evidence.has("page") ? block + "（第" + evidence.get("page").asInt() + "页）" : block;
    }

    /** The record's text, with the quote in front that text read as a formula gets (an indicator's 「=」). */
    private static void assertText(JsonNode expected, Row row, int col) {
        assertEquals(CellText.neutralise(text(expected)), string(row, col), "row " + row.getRowNum() + " column " + col);
    }

    private static void assertNumber(JsonNode expected, Row row, int col) {
        Cell c = row.getCell(col);
        if (text(expected) == null) {
            assertNull(c == null || c.getCellType() == CellType.BLANK ? null : c, "column " + col);
            return;
        }
        assertEquals(CellType.NUMERIC, c.getCellType(), "row " + row.getRowNum() + " column " + col);
        assertEquals(expected.decimalValue().doubleValue(), c.getNumericCellValue(),
                "row " + row.getRowNum() + " column " + col);
    }

    static Path dir() {
        return FixtureRun.dir();
    }
}
