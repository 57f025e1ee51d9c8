package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.cli.Main;
import dev.gouji.config.PipelineConfig;
import dev.gouji.read.DocxWriter;
import dev.gouji.read.TxtReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A run over a mixed folder — three departments, two years each, as HTML, text and Word, beside the other
 * format fixtures — writes series.jsonl, the 跨年 sheet and the review page's 跨年 section, whose charts are
 * checked in a real Chromium.
 */
class AcrossReviewTest {
    private static final Path PAIRS = Path.of("src/test/resources/across");
    @TempDir
    static Path tmp;
    private static Path out;

    @BeforeAll
    static void run() throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in.resolve("formats"));
        for (String n : List.of("jiaoyu-2022.html", "jiaoyu-2023.html", "chengguan-2022.html", "chengguan-2023.html",
                "renshe-2022.txt")) {
            Files.copy(PAIRS.resolve(n), in.resolve(n));
        }
        // the 2023 人社局 report as a Word file
        byte[] text = Files.readAllBytes(PAIRS.resolve("renshe-2023.txt"));
        Files.write(in.resolve("renshe-2023.docx"), new DocxWriter().write(new TxtReader().read(text, PipelineConfig.defaults().readLimits())));
        for (String n : List.of("report.html", "report.xlsx", "report.pdf")) {
            Files.copy(Path.of("fixtures/formats", n), in.resolve("formats").resolve(n));
        }
        out = tmp.resolve("out");
        assertEquals(0, Main.execute("ingest", in.toString(), "--out", out.toString(), "--jobs", "1"));
    }

    @Test
    void theCrossOutputsAreWritten() throws IOException {
        List<String> series = Files.readAllLines(out.resolve("series.jsonl"));
        assertTrue(series.size() > 10, series.toString());
        List<String> findings = Files.readAllLines(out.resolve("cross-findings.jsonl"));
        assertEquals(3, findings.size(), findings.toString());
        assertTrue(findings.get(1).contains("\"path\":\"renshe-2023.docx\""), findings.get(1));
        try (InputStream in = Files.newInputStream(out.resolve("dataset.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet across = wb.getSheet("跨年");
            assertEquals(DatasetWorkbook.ACROSS_HEADER, cells(across.getRow(0)));
            Set<String> roles = new TreeSet<>();
            Set<String> departments = new TreeSet<>();
            for (int i = 1; i <= across.getLastRowNum(); i++) {
                departments.add(across.getRow(i).getCell(0).getStringCellValue());
                roles.add(across.getRow(i).getCell(9).getStringCellValue());
            }
            assertEquals(Set.of("本年报告", "其他年度报告重述"), roles);
            assertTrue(departments.containsAll(Set.of("宜昌市夷陵区教育局", "宜昌市夷陵区城管局", "宜昌市夷陵区人力资源和社会保障局")),
                    departments.toString());
            Sheet problems = wb.getSheet("问题");
            int cross = 0;
            for (Row r : problems) {
                if (r.getCell(3).getStringCellValue().startsWith("R-ACROSS/")) {
                    cross++;
                    assertTrue(r.getCell(0).getStringCellValue().contains("；"), "both files: " + cells(r));
                }
            }
            assertEquals(3, cross);
        }
        Document page = Jsoup.parse(out.resolve("review.html").toFile(), "UTF-8");
        Element section = page.getElementById(AcrossSection.ID);
        assertEquals(3, section.select("article.dept").size(), section.select("h3").eachText().toString());
        for (Element chart : section.select("svg.chart")) {
            assertEquals(2, chart.select("polyline.series").size(), "budget and actual: " + chart);
            assertEquals(2, chart.select("circle.actual").size());
        }
        assertEquals(3, section.select(".cross-findings > li").size());
        assertTrue(page.select("[href^=http], [src^=http], script[src], link, img").isEmpty(), "nothing fetched");
    }

    @Test
    void chartsDrawInABrowser() throws IOException {
        try (Browser b = Browser.start()) {
            b.driver.get(out.resolve("review.html").toUri().toString());
            WebElement section = b.driver.findElement(By.id(AcrossSection.ID));
            ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript("arguments[0].scrollIntoView()", section);
            List<WebElement> charts = section.findElements(By.cssSelector("svg.chart"));
            assertEquals(3, charts.size());
            for (WebElement chart : charts) {
                assertTrue(chart.isDisplayed());
                assertEquals(360, chart.getSize().getWidth());
                assertEquals(170, chart.getSize().getHeight());
                for (WebElement line : chart.findElements(By.cssSelector("polyline.series"))) {
                    // drawn: a stroke of some width between its years, not collapsed to a point
                    assertTrue(line.getSize().getWidth() > 100, "line spans the years: " + line.getSize());
                    String stroke = line.getCssValue("stroke");
                    assertTrue(!stroke.equals("none") && !stroke.isEmpty(), stroke);
                }
                List<String> titles = new ArrayList<>();
                for (WebElement dot : chart.findElements(By.cssSelector("circle.dot title"))) {
                    titles.add(dot.getAttribute("textContent"));
                }
                assertTrue(titles.stream().anyMatch(t -> t.matches("2023年决算 [0-9.]+万元")), titles.toString());
            }
            b.screenshot("review-across.png");
        }
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        row.forEach(c -> out.add(c.toString()));
        return out;
    }
}
