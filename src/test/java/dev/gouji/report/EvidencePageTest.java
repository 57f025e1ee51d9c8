package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.record.Evidence;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.ReportRecord;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The review outputs tell the page of PDF evidence beside its block; other evidence shows the block alone. */
class EvidencePageTest {
    private static final Evidence ON_PAGE_2 = new Evidence("p55", 10, 20, "2021年，基本支出2,324.41万元，主要用于", 2);

    @Test
    void placeIsBlockAndPage() {
        assertEquals("p55（第2页）", Terms.place(ON_PAGE_2));
        assertEquals("t1r2c3", Terms.place(new Evidence("t1r2c3", 0, 3, "100")));
        assertEquals(null, Terms.place(null));
    }

    @Test
    void workbookAndReviewPageShowThePage(@TempDir Path dir) throws IOException {
        ReportRecord r = pdfRecord();
        Path xlsx = dir.resolve("dataset.xlsx");
        try (DatasetWorkbook out = new DatasetWorkbook(xlsx)) {
            out.add(r);
            out.commit();
        }
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet fields = wb.getSheet("字段");
            int place = DatasetWorkbook.FIELD_HEADER.indexOf("证据位置");
            Row basic = null;
            for (Row row : fields) {
                if ("spending.basic".equals(row.getCell(1).getStringCellValue())) {
                    basic = row;
                }
            }
            assertEquals("p55（第2页）", basic.getCell(place).getStringCellValue());
        }
        Path html = dir.resolve("review.html");
        try (ReviewPage out = new ReviewPage(html)) {
            out.add(r);
            out.commit();
        }
        assertTrue(Files.readString(html, StandardCharsets.UTF_8).contains("p55（第2页）"));
    }

    private static ReportRecord pdfRecord() {
        Finding f = new Finding("R-SUM/basic-breakdown", "error", "基本支出不符",
                List.of(new Figure("基本支出", new BigDecimal("2324.41"), "万元", ON_PAGE_2)),
                new BigDecimal("2256.92"), new BigDecimal("2324.41"), new BigDecimal("67.49"));
        ReportRecord r = Synthetic.record("a.pdf", "某某区教育局", 2021, List.of(f));
        Map<String, FieldValue> fields = new TreeMap<>(r.fields());
        FieldValue b = fields.get("spending.basic");
        fields.put("spending.basic", new FieldValue(b.value(), b.unit(), b.raw(), b.label(), ON_PAGE_2, b.others()));
        return new ReportRecord(r.schemaVersion(), r.source(), r.status(), r.error(), r.department(), r.fiscalYear(),
                r.reportKind(), fields, r.projects(), r.indicators(), r.mentions(), r.warnings(), r.findings());
    }
}
