package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.ReportRecord;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** findings.csv: BOM, Chinese header, one row per finding, RFC 4180 quoting. */
class FindingsCsvTest {
    private static List<CSVRecord> parse(Path csv) throws IOException {
        byte[] bytes = Files.readAllBytes(csv);
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3), "UTF-8 BOM");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
    }

    /** A number as the CSV writes it; empty where the finding has none (a finding about the text). */
    private static String plain(JsonNode n) {
        return n == null || n.isNull() ? "" : n.decimalValue().toPlainString();
    }

    @Test
    void fixturesRunHasOneRowPerFinding() throws IOException {
        List<CSVRecord> rows = parse(FixtureRun.dir().resolve("findings.csv"));
        assertEquals(FindingRows.HEADER, rows.get(0).toList());
        int n = 1;
        for (JsonNode r : FixtureRun.records()) {
            for (JsonNode f : r.get("findings")) {
                CSVRecord row = rows.get(n++);
                assertEquals(FindingRows.HEADER.size(), row.size());
                assertEquals(CellText.neutralise(r.at("/source/path").asText()), row.get(0));
                assertEquals(f.get("rule").asText(), row.get(3));
                assertEquals(CellText.neutralise(f.get("message").asText()), row.get(5));
                for (JsonNode x : f.get("figures")) {
                    assertTrue(row.get(7).contains(x.at("/evidence/snippet").asText()));
                }
                // a structure finding (a missing table) states no amounts: its cells are empty
                assertEquals(plain(f.get("expected")), row.get(8));
                assertEquals(plain(f.get("actual")), row.get(9));
                assertEquals(plain(f.get("difference")), row.get(10));
            }
        }
        // then the cross-report findings (the fixtures hold 长沙市开福区城管局's 2021 and 2023 reports, not 2022's)
        List<String> cross = Files.readAllLines(FixtureRun.dir().resolve("cross-findings.jsonl"), StandardCharsets.UTF_8);
        assertEquals(rows.size(), n + cross.size());
        for (int i = n; i < rows.size(); i++) {
            assertTrue(rows.get(i).get(3).startsWith("R-ACROSS/"), rows.get(i).toString());
        }
        assertTrue(rows.stream().anyMatch(r -> r.get(3).equals("R-ACROSS/missing-year")
                && r.get(0).contains("；") && r.get(2).equals("2022")), "both reports cited, the missing year given");
        assertTrue(n > 1, "the fixtures raise findings");
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("seeds/004_a71ab30c2e7324d7.txt")
                && r.get(3).equals("R-RATE/staff-control") && r.get(6).contains("财政供养人员控制率 80 %")
                && r.get(8).equals("79.31")));
    }

    @Test
    void quotesCommasQuotesAndLineBreaks(@TempDir Path dir) throws IOException {
        String message = "基本支出2,324.41万元与\"人员经费\"之和不符，\r\n相差67.49万元";
        Finding f = new Finding("R-SUM/basic-breakdown", "error", message,
                List.of(new Figure("基本支出", new BigDecimal("2324.41"), "万元",
                        Synthetic.evidence("p55", "2021年，基本支出2,324.41万元，主要用于", 10, 20))),
                new BigDecimal("2256.92"), new BigDecimal("2324.41"), new BigDecimal("67.49"));
        ReportRecord r = Synthetic.record("a,b/报告 \"一\".docx", "某某区教育局", 2021, List.of(f));
        Path csv = dir.resolve("findings.csv");
        try (FindingsCsv out = new FindingsCsv(csv)) {
            out.add(r);
            out.commit();
        }
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFF文件,部门,年度,规则,严重程度,说明,数字,证据摘录,应为,实为,差额\r\n"), text);
        assertTrue(text.contains("\r\n\"a,b/报告 \"\"一\"\".docx\",某某区教育局,2021,R-SUM/basic-breakdown,错误,"), text);
        assertTrue(text.contains(",\"基本支出2,324.41万元与\"\"人员经费\"\"之和不符，\r\n相差67.49万元\","), text);
        assertTrue(text.endsWith(",2256.92,2324.41,67.49\r\n"), text);
        List<CSVRecord> rows = parse(csv);
        assertEquals(2, rows.size());
        assertEquals("a,b/报告 \"一\".docx", rows.get(1).get(0));
        assertEquals(message, rows.get(1).get(5));
        assertEquals("基本支出 2324.41 万元 @p55", rows.get(1).get(6));
        assertEquals(List.of("findings.csv"), Files.list(dir).map(p -> p.getFileName().toString()).toList(),
                "no temporary file left");
    }

}
