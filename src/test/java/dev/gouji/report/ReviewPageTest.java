package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** review.html of the fixtures run: self-contained, the seeds' contradictions with marked figures, and in Chromium. */
class ReviewPageTest {
    private static Path page() {
        return FixtureRun.dir().resolve("review.html");
    }

    private static JsonNode data(Document doc) throws IOException {
        return new ObjectMapper().readTree(doc.getElementById(ReviewPage.DATA_ID).data());
    }

    /** Each figure of the findings of {@code path} with {@code rule} as 「snippet with [marked] text」. */
    private static List<String> marked(JsonNode data, String path, String rule) {
        List<String> out = new ArrayList<>();
        JsonNode docs = data.get("docs");
        for (JsonNode f : data.get("findings")) {
            if (docs.get(f.get(0).asInt()).get(0).asText().equals(path) && f.get(1).asText().equals(rule)) {
                for (JsonNode x : f.get(7)) {
                    String s = x.get(4).asText();
                    int a = x.get(5).asInt();
                    int b = x.get(6).asInt();
                    out.add(a < 0 ? s : s.substring(0, a) + "[" + s.substring(a, b) + "]" + s.substring(b));
                }
            }
        }
        return out;
    }

    @Test
    void pageIsSelfContainedWithOneDataBlob() throws IOException {
        String html = Files.readString(page(), StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!doctype html>"), html.substring(0, 40));
        Document doc = Jsoup.parse(html);
        assertEquals("zh-CN", doc.selectFirst("html").attr("lang"));
        assertTrue(doc.select("link, img, iframe, script[src], [href^=http], [src^=http]").isEmpty(),
                "nothing fetched from elsewhere");
        assertEquals(1, doc.select("script[type=application/json]").size());
        assertEquals(1, doc.select("style").size());
        JsonNode data = data(doc);
        assertEquals(FixtureRun.records().size(), data.get("docs").size());
        int findings = FixtureRun.records().stream().mapToInt(r -> r.get("findings").size()).sum();
        assertEquals(findings, data.get("findings").size());
        assertTrue(doc.title().contains(FixtureRun.records().size() + " 份报告"), doc.title());
        List<String> families = doc.select("#f-family option").eachAttr("value");
        assertTrue(families.containsAll(List.of("", "R-CONFLICT", "R-RATE", "R-SUM", "R-SCORE")), families.toString());
        assertTrue(doc.select("#f-dept option").eachText().contains("株洲市芦淞区城市管理综合行政执法大队"));
    }

    @Test
    void seedContradictionsCarryTheirFiguresWithTheNumberMarked() throws IOException {
        JsonNode data = data(Jsoup.parse(page().toFile(), "UTF-8"));
        for (String ext : List.of(".txt", ".docx")) {
            String dir = ext.equals(".txt") ? "seeds/" : "seeds-docx/";
            List<String> conflict = marked(data, dir + "001_09338597f16afc81" + ext, "R-CONFLICT/project");
            assertTrue(conflict.contains("2.城市管理综合执法经费专项[155.66万元]。主要用于“牛皮癣”清理经费、违法建"),
                    conflict.toString());
            assertTrue(conflict.contains("[159.54]"), conflict.toString());
            List<String> rate = marked(data, dir + "004_a71ab30c2e7324d7" + ext, "R-RATE/staff-control");
            assertEquals(List.of("全额事业10人。财政供养人员控制率为[80%]。", "[138]", "[174]"), rate);
            List<String> sum = marked(data, dir + "004_a71ab30c2e7324d7" + ext, "R-SUM/basic-breakdown");
            assertTrue(sum.contains("2021年，基本支出[2,324.41万元]，主要用于人员经费支出1,767.4"), sum.toString());
        }
    }

    @Test
    void everyFixtureFigureIsMarked() throws IOException {
        JsonNode data = data(Jsoup.parse(page().toFile(), "UTF-8"));
        for (JsonNode f : data.get("findings")) {
            for (JsonNode x : f.get(7)) {
                assertTrue(x.get(5).asInt() >= 0, "figure marked: " + x);
            }
        }
    }

    /** Counts the page must show, taken from reports.jsonl so they follow the reconciler, not a snapshot. */
    private record Expected(int docs, int findings, int warnings, int docsWithWarnings, int findings004, int findings2021) {
        static Expected fromRun() throws IOException {
            ObjectMapper mapper = new ObjectMapper();
            int docs = 0;
            int findings = 0;
            int warnings = 0;
            int docsWithWarnings = 0;
            int findings004 = 0;
            int findings2021 = 0;
            for (String line : Files.readAllLines(FixtureRun.dir().resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
                JsonNode r = mapper.readTree(line);
                docs++;
                int n = r.get("findings").size();
                findings += n;
                int w = 0;
                for (JsonNode f : r.get("findings")) {
                    w += f.get("severity").asText().equals("warning") ? 1 : 0;
                }
                warnings += w;
                docsWithWarnings += w > 0 ? 1 : 0;
                if (r.at("/source/path").asText().equals("seeds/004_a71ab30c2e7324d7.txt")) {
                    findings004 = n;
                }
                if (r.at("/fiscal_year/value").asInt() == 2021) {
                    findings2021 += n;
                }
            }
            return new Expected(docs, findings, warnings, docsWithWarnings, findings004, findings2021);
        }
    }

    @Test
    void filtersAndSearchInChromium() throws IOException {
        Expected e = Expected.fromRun();
        try (Browser b = Browser.start()) {
            b.driver.get(page().toUri().toString());
            WebDriverWait wait = new WebDriverWait(b.driver, Duration.ofSeconds(20));
            wait.until(d -> d.findElements(By.cssSelector("#findings tbody tr.finding")).size() == e.findings());
            assertEquals(e.docs(), b.driver.findElements(By.cssSelector("#docs tbody tr.doc")).size());
            assertTrue(text(b, "summary").contains("显示 " + e.docs() + " / " + e.docs() + " 份文档，" + e.findings() + " / "
                    + e.findings() + " 条问题"), text(b, "summary"));
            b.screenshot("review-fixtures.png");

            new Select(b.driver.findElement(By.id("f-severity"))).selectByValue("warning");
            List<WebElement> rows = findingRows(b);
            assertTrue(e.warnings() > 0, "the fixtures raise warnings (001's execution rate)");
            assertEquals(e.warnings(), rows.size());
            for (WebElement r : rows) {
                assertEquals("warning", r.getAttribute("data-severity"));
                assertTrue(r.getText().contains("警告"));
            }
            assertTrue(text(b, "summary").contains(e.warnings() + " / " + e.findings() + " 条问题"), text(b, "summary"));
            // only documents with a warning stay listed
            assertEquals(e.docsWithWarnings(), b.driver.findElements(By.cssSelector("#docs tbody tr.doc")).size());

            new Select(b.driver.findElement(By.id("f-severity"))).selectByValue("error");
            b.driver.findElement(By.id("f-search")).sendKeys("155.66");
            List<String> with155 = pathsWithError("155.66");
            wait.until(d -> text(b, "summary").contains(with155.size() + " / " + e.findings() + " 条问题"));
            rows = findingRows(b);
            assertEquals(with155.size(), rows.size());
            assertTrue(with155.size() >= 2, "seed 001 in every format: " + with155);
            for (WebElement r : rows) {
                assertEquals("R-CONFLICT/project", r.getAttribute("data-rule"));
                List<String> marks = r.findElements(By.cssSelector(".snip mark")).stream().map(WebElement::getText)
                        .toList();
                assertEquals(2, marks.size(), marks.toString());
                assertTrue(marks.get(0).startsWith("155.66") && marks.get(1).startsWith("159.54"), marks.toString());
                assertTrue(r.getText().contains("城市管理综合执法经费专项"), r.getText());
            }
            assertEquals(with155, b.driver.findElements(By.cssSelector("#docs tbody tr.doc td.path")).stream()
                    .map(WebElement::getText).toList());
            b.screenshot("review-fixtures-filtered.png");

            b.driver.findElement(By.id("f-reset")).click();
            b.driver.findElement(By.id("f-search")).sendKeys("79.31");
            int with7931 = pathsWithError("79.31").size();
            wait.until(d -> text(b, "summary").contains(with7931 + " / " + e.findings() + " 条问题"));
            for (WebElement r : findingRows(b)) {
                assertEquals("R-RATE/staff-control", r.getAttribute("data-rule"));
                assertEquals("80%", r.findElement(By.cssSelector(".snip mark")).getText());
            }

            // a document's link narrows the findings to it
            b.driver.findElement(By.id("f-reset")).click();
            new Select(b.driver.findElement(By.id("f-year"))).selectByValue("2021");
            assertTrue(b.driver.findElements(By.cssSelector("#docs tbody tr.doc td.num:nth-child(3)")).stream()
                    .allMatch(td -> td.getText().equals("2021")));
            b.driver.findElement(By.linkText("seeds/004_a71ab30c2e7324d7.txt")).click();
            assertTrue(b.driver.findElement(By.id("only-doc")).getText().contains("seeds/004_a71ab30c2e7324d7.txt"));
            assertEquals(e.findings004(), findingRows(b).size());
            assertTrue(findingRows(b).stream().allMatch(r -> r.getText().startsWith("seeds/004_a71ab30c2e7324d7.txt")));
            b.driver.findElement(By.id("only-doc-clear")).click();
            assertFalse(b.driver.findElement(By.id("only-doc")).isDisplayed());
            assertEquals(e.findings2021(), findingRows(b).size(), "every 2021 report's findings");
        }
    }

    /** Paths (sorted, as the page lists them) of the reports with an error whose message holds {@code text}. */
    private static List<String> pathsWithError(String text) {
        return FixtureRun.records().stream()
                .filter(r -> java.util.stream.StreamSupport.stream(r.get("findings").spliterator(), false)
                        .anyMatch(f -> f.get("severity").asText().equals("error") && f.get("message").asText().contains(text)))
                .map(r -> r.at("/source/path").asText()).sorted().toList();
    }

    private static List<WebElement> findingRows(Browser b) {
        return b.driver.findElements(By.cssSelector("#findings tbody tr.finding"));
    }

    private static String text(Browser b, String id) {
        return b.driver.findElement(By.id(id)).getText();
    }
}
