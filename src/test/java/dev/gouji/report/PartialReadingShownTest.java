package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.Warning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a reader could not read fully (the record's warnings) is shown where auditors look: a sheet of its own
 * and a count per report in dataset.xlsx, and a column of the document table in review.html.
 */
class PartialReadingShownTest {
    private static final Warning IMAGE = new Warning("image_skipped",
            "an image was not read (no OCR): text or figures that stand only in it are missing", "p4");
    private static final Warning TABLE = new Warning("table_flattened",
            "a table could not be rebuilt: its cells were read as paragraphs", "p9");
    private static final Warning PARTS = new Warning("parts_unchecked", "could not check the file for images", null);

    @TempDir
    static Path out;

    @BeforeAll
    static void write() throws IOException {
        List<ReportRecord> records = List.of(
                withWarnings(Synthetic.record("a-partial.docx", "某某区教育局", 2023, List.of()), IMAGE, TABLE),
                withWarnings(Synthetic.record("b-whole.docx", "某某区财政局", 2023, List.of())),
                withWarnings(Synthetic.record("c-unchecked.doc", "某某区民政局", 2023, List.of()), PARTS));
        ReportOutputs.write(RecordSource.of(records), out);
    }

    private static ReportRecord withWarnings(ReportRecord r, Warning... warnings) {
        return new ReportRecord(r.schemaVersion(), r.source(), r.status(), r.error(), r.department(), r.fiscalYear(),
                r.reportKind(), r.fields(), r.projects(), r.indicators(), r.mentions(), List.of(warnings), r.findings());
    }

    @Test
    void theWorkbookListsEveryWarningOnItsOwnSheetAndCountsThemPerReport() throws IOException {
        try (InputStream in = Files.newInputStream(out.resolve(ReportOutputs.WORKBOOK));
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter text = new DataFormatter();
            Sheet partial = wb.getSheet(DatasetWorkbook.PARTIAL);
            List<List<String>> rows = new ArrayList<>();
            for (Row row : partial) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < DatasetWorkbook.PARTIAL_HEADER.size(); c++) {
                    cells.add(text.formatCellValue(row.getCell(c)));
                }
                rows.add(cells);
            }
            assertEquals(List.of(DatasetWorkbook.PARTIAL_HEADER,
                    List.of("a-partial.docx", IMAGE.code(), IMAGE.message(), "p4"),
                    List.of("a-partial.docx", TABLE.code(), TABLE.message(), "p9"),
                    List.of("c-unchecked.doc", PARTS.code(), PARTS.message(), "")), rows);

            Sheet reports = wb.getSheet(DatasetWorkbook.REPORTS);
            int column = DatasetWorkbook.REPORT_HEADER.indexOf("未完整读取数");
            assertEquals("未完整读取数", reports.getRow(0).getCell(column).getStringCellValue());
            List<Double> counts = new ArrayList<>();
            for (int r = 1; r <= 3; r++) {
                counts.add(reports.getRow(r).getCell(column).getNumericCellValue());
            }
            assertEquals(List.of(2.0, 0.0, 1.0), counts);
        }
    }

    @Test
    void thePageCarriesEachDocumentsWarnings() throws IOException {
        JsonNode docs = new ObjectMapper().readTree(Jsoup.parse(out.resolve(ReportOutputs.PAGE).toFile(), "UTF-8")
                .getElementById(ReviewPage.DATA_ID).data()).get("docs");
        assertEquals("[[\"image_skipped\",\"" + IMAGE.message() + "\",\"p4\"],[\"table_flattened\",\"" + TABLE.message()
                + "\",\"p9\"]]", docs.get(0).get(11).toString());
        assertEquals("[]", docs.get(1).get(11).toString());
        assertEquals("[[\"parts_unchecked\",\"" + PARTS.message() + "\",null]]", docs.get(2).get(11).toString());
    }

    @Test
    void theDocumentTableShowsTheWarningsInChromiumAndSearchFindsThem() throws IOException {
        try (Browser b = Browser.start()) {
            b.driver.get(out.resolve(ReportOutputs.PAGE).toUri().toString());
            WebDriverWait wait = new WebDriverWait(b.driver, Duration.ofSeconds(20));
            wait.until(d -> d.findElements(By.cssSelector("#docs tbody tr.doc")).size() == 3);
            List<WebElement> rows = b.driver.findElements(By.cssSelector("#docs tbody tr.doc"));
            List<String> first = rows.get(0).findElements(By.cssSelector("td.partial li.readwarn")).stream()
                    .map(WebElement::getText).toList();
            assertEquals(List.of("image_skipped " + IMAGE.message() + " p4", "table_flattened " + TABLE.message() + " p9"),
                    first);
            assertTrue(rows.get(1).findElements(By.cssSelector("td.partial li")).isEmpty());
            assertEquals(List.of("parts_unchecked " + PARTS.message()), rows.get(2)
                    .findElements(By.cssSelector("td.partial li.readwarn")).stream().map(WebElement::getText).toList());
            b.screenshot("review-partial-reading.png");

            b.driver.findElement(By.id("f-search")).sendKeys("table_flattened");
            wait.until(d -> d.findElements(By.cssSelector("#docs tbody tr.doc")).size() == 1);
            assertEquals("a-partial.docx", b.driver.findElement(By.cssSelector("#docs tbody tr.doc td.path")).getText());
        }
    }
}
