package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.record.ReportRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * 10,000 synthetic reports with 20,000 findings: the workbook streams (SXSSF) within the test heap and the
 * review page shows its first page quickly in Chromium. Timings are printed, not asserted tightly.
 */
class ScaleTest {
    private static final int REPORTS = 10_000;
    private static final int FINDINGS = 20_000;
    private static Path dir;
    /** The cross-report findings the synthetic departments raise (years missing between their reports). */
    private static int cross;

    @BeforeAll
    static void writeOutputs() throws IOException {
        dir = Files.createTempDirectory("gouji-scale");
        List<ReportRecord> records = Synthetic.many(REPORTS, 2);
        assertEquals(FINDINGS, records.stream().mapToInt(r -> r.findings().size()).sum());
        long t0 = System.nanoTime();
        ReportOutputs.Summary s = ReportOutputs.write(RecordSource.of(records), dir);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        cross = Files.readAllLines(dir.resolve("cross-findings.jsonl"), StandardCharsets.UTF_8).size();
        assertEquals(new ReportOutputs.Summary(REPORTS, FINDINGS, s.departments(), cross), s);
        Runtime rt = Runtime.getRuntime();
        System.out.printf("scale: %d reports, %d findings written in %d ms (heap max %d MiB, used %d MiB); "
                + "dataset.xlsx %d KiB, findings.csv %d KiB, review.html %d KiB%n", REPORTS, FINDINGS, ms,
                rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20,
                Files.size(dir.resolve(ReportOutputs.WORKBOOK)) >> 10, Files.size(dir.resolve(ReportOutputs.CSV)) >> 10,
                Files.size(dir.resolve(ReportOutputs.PAGE)) >> 10);
    }

    @AfterAll
    static void cleanUp() throws IOException {
        for (String f : List.of(ReportOutputs.WORKBOOK, ReportOutputs.CSV, ReportOutputs.PAGE, "series.jsonl",
                "cross-findings.jsonl")) {
            Files.deleteIfExists(dir.resolve(f));
        }
        Files.deleteIfExists(dir);
    }

    @Test
    void workbookIsStreamedWithinTheTestHeap() throws IOException {
        // surefire runs the tests with -Xmx2g: all outputs were written within it
        assertTrue(Runtime.getRuntime().maxMemory() <= (2L << 30) + (64L << 20),
                "test heap is capped at 2 GiB, not " + (Runtime.getRuntime().maxMemory() >> 20) + " MiB");
        try (ZipFile zip = new ZipFile(dir.resolve(ReportOutputs.WORKBOOK).toFile())) {
            // SXSSF writes strings inline, row by row; XSSF would collect them all in a shared string table
            ZipEntry shared = zip.getEntry("xl/sharedStrings.xml");
            assertTrue(shared == null || !entry(zip, shared).contains("<si>"), "no shared string table");
            String reports = entry(zip, zip.getEntry("xl/worksheets/sheet1.xml"));
            String findings = entry(zip, zip.getEntry("xl/worksheets/sheet5.xml"));
            assertTrue(findings.contains("t=\"inlineStr\""), "inline strings: written by SXSSF");
            assertEquals(REPORTS + 1, count(reports, "<row "));
            assertEquals(FINDINGS + cross + 1, count(findings, "<row "));
            assertTrue(findings.contains("<autoFilter ref=\"A1:K" + (FINDINGS + cross + 1) + "\""));
        }
    }

    @Test
    void csvHasEveryFinding() throws IOException {
        long rows;
        try (var in = Files.newBufferedReader(dir.resolve(ReportOutputs.CSV), StandardCharsets.UTF_8);
                var parser = CSVFormat.RFC4180.parse(in)) {
            rows = parser.stream().count();
        }
        assertEquals(FINDINGS + cross + 1, rows);
    }

    @Test
    void reviewPageRendersItsFirstPageQuickly() throws IOException {
        try (Browser b = Browser.start()) {
            long t0 = System.nanoTime();
            b.driver.get(dir.resolve(ReportOutputs.PAGE).toUri().toString());
            // get() returns after the load event: the inline script has parsed the blob and rendered page one
            long loadMs = (System.nanoTime() - t0) / 1_000_000;
            Object rendered = b.driver.executeScript("return window.goujiRendered;");
            assertEquals(200, b.driver.findElements(By.cssSelector("#findings tbody tr.finding")).size());
            assertEquals(200, b.driver.findElements(By.cssSelector("#docs tbody tr.doc")).size());
            assertTrue(b.driver.findElement(By.id("findings-pager")).getText().contains("第 1 / 100 页"));
            assertTrue(b.driver.findElement(By.id("summary")).getText()
                    .contains("显示 10000 / 10000 份文档，20000 / 20000 条问题"));
            Object filterMs = b.driver.executeScript("var t = performance.now();"
                    + "var s = document.getElementById('f-severity'); s.value = 'warning';"
                    + "s.dispatchEvent(new Event('change')); return performance.now() - t;");
            String summary = b.driver.findElement(By.id("summary")).getText();
            assertFalse(summary.contains("20000 / 20000"), summary);
            b.driver.findElement(By.id("f-reset")).click();
            long t1 = System.nanoTime();
            b.driver.findElement(By.id("f-search")).sendKeys("第4242号");
            new WebDriverWait(b.driver, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("summary")).getText()
                    .contains("显示 1 / 10000 份文档，2 / 20000 条问题"));
            long searchMs = (System.nanoTime() - t1) / 1_000_000;
            b.screenshot("review-scale.png");
            System.out.printf("scale: review.html load + first page %d ms (script done at %.0f ms after navigation "
                    + "start); severity filter %.1f ms; search incl. 150 ms debounce %d ms%n", loadMs,
                    ((Number) rendered).doubleValue(), ((Number) filterMs).doubleValue(), searchMs);
            assertTrue(loadMs < 30_000, "first page within 30 s (measured " + loadMs + " ms)");
        }
    }

    private static String entry(ZipFile zip, ZipEntry e) throws IOException {
        try (InputStream in = zip.getInputStream(e)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static int count(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
