package dev.gouji.across;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gouji.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report pairs written for this (src/test/resources/across): consecutive years of three departments, in two
 * templates (a 部门决算 disclosure as HTML, a 绩效自评报告 as text). 教育局 agrees with itself; 人社局's 2023
 * report restates 2022's 项目支出 as 7,868.08 (the 2022 report: 7,688.08) and says it grew by 356.2 where the two
 * reports differ by 365.20; 城管局 is written 「夷陵区城市管理和综合执法局（本级）」 in 2022 and 「宜昌市夷陵区城管局」
 * in 2023, and the 2023 report restates 2022's 基本支出 as 9,481.30 (the 2022 report: 9,418.30). Exactly these
 * three differences are found, and nothing else.
 */
class AcrossPairsTest {
    static final Path PAIRS = Path.of("src/test/resources/across");
    /** Numbers exactly as written: 9418.30 stays 9418.30. */
    private static final ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    static Path ingest(Path in, Path out) {
        assertEquals(0, Main.execute("ingest", in.toString(), "--out", out.toString(), "--jobs", "1"));
        return out;
    }

    static void copy(Path dir, String... names) throws IOException {
        Files.createDirectories(dir);
        for (String n : names) {
            Files.copy(PAIRS.resolve(n), dir.resolve(n));
        }
    }

    /** 「rule department year paths values」 for each cross finding. */
    static List<String> summary(Path out) throws IOException {
        List<String> found = new ArrayList<>();
        for (JsonNode f : lines(out.resolve(CrossOutputs.FINDINGS))) {
            List<String> figures = new ArrayList<>();
            f.get("figures").forEach(x -> figures.add(x.get("path").asText() + "=" + x.get("value").asText()));
            found.add(f.get("rule").asText() + " " + f.get("department").asText() + " " + f.get("year").asInt() + " " + figures);
        }
        return found;
    }

    @Test
    void findsExactlyThePlantedDifferences(@TempDir Path tmp) throws IOException {
        Path out = ingest(PAIRS, tmp.resolve("out"));
        assertEquals(List.of(
                "R-ACROSS/restated 宜昌市夷陵区人力资源和社会保障局 2022 [renshe-2023.txt=7868.08, renshe-2022.txt=7688.08]",
                "R-ACROSS/change 宜昌市夷陵区人力资源和社会保障局 2023 [renshe-2023.txt=356.2, renshe-2023.txt=8053.28, renshe-2022.txt=7688.08]",
                "R-ACROSS/restated 宜昌市夷陵区城管局 2022 [chengguan-2023.html=9481.30, chengguan-2022.html=9418.30]"),
                summary(out));
        JsonNode change = lines(out.resolve(CrossOutputs.FINDINGS)).get(1);
        assertEquals("365.20", change.get("expected").asText());
        assertEquals("-9.00", change.get("difference").asText());
        assertTrue(change.get("message").asText().contains("比2022年增加356.2万元"), change.toString());
        // every figure carries its evidence
        for (JsonNode f : lines(out.resolve(CrossOutputs.FINDINGS))) {
            f.get("figures").forEach(x -> assertTrue(x.get("evidence").get("snippet").asText().length() > 0, x.toString()));
        }
    }

    @Test
    void seriesKeepEveryReportsFigureAndTheNamesADepartmentWasWrittenAs(@TempDir Path tmp) throws IOException {
        Path out = ingest(PAIRS, tmp.resolve("out"));
        List<JsonNode> series = lines(out.resolve(CrossOutputs.SERIES));
        JsonNode basic2022 = series.stream().filter(l -> l.get("department").asText().equals("宜昌市夷陵区城管局")
                && l.get("quantity").asText().equals("spending.basic") && l.get("year").asInt() == 2022).findFirst().orElseThrow();
        assertEquals("[\"夷陵区城市管理和综合执法局(本级)\",\"宜昌市夷陵区城管局\"]", basic2022.get("names").toString());
        assertEquals("actual", basic2022.get("basis").asText());
        List<String> sources = new ArrayList<>();
        basic2022.get("sources").forEach(s -> sources.add(s.get("path").asText() + " " + s.get("role").asText() + " "
                + s.get("value").asText() + " " + s.get("evidence").get("block").asText()));
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("chengguan-2022.html own 9418.30")), sources.toString());
        assertTrue(sources.stream().anyMatch(s -> s.startsWith("chengguan-2023.html restated 9481.30")), sources.toString());
        // one line per department × quantity × year × basis
        assertEquals(series.size(), series.stream().map(l -> l.get("department_key").asText() + l.get("quantity").asText()
                + l.get("year").asInt() + l.get("basis").asText()).distinct().count());
    }

    @Test
    void aRecordDoesNotDependOnTheOtherFilesInTheRun(@TempDir Path tmp) throws IOException {
        Path all = ingest(PAIRS, tmp.resolve("all"));
        copy(tmp.resolve("one"), "renshe-2023.txt");
        Path alone = ingest(tmp.resolve("one"), tmp.resolve("alone"));
        String line = Files.readAllLines(all.resolve("reports.jsonl"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.contains("\"path\":\"renshe-2023.txt\"")).findFirst().orElseThrow();
        assertEquals(line, Files.readAllLines(alone.resolve("reports.jsonl"), StandardCharsets.UTF_8).get(0));
        assertEquals(List.of(), summary(alone));
    }

    @Test
    void aMissingYearIsInfoAndTwoDifferingCopiesOfOneYearAWarning(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        copy(in, "jiaoyu-2022.html");
        // the 2023 report a year later: 2024, restating 2023, which has no report of its own here
        String y2023 = Files.readString(PAIRS.resolve("jiaoyu-2023.html"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("jiaoyu-2024.html"), y2023.replace("2023", "2024").replace("2022", "2023"));
        // and two copies of the 2022 report that disagree on its 基本支出 (text and table alike)
        String y2022 = Files.readString(PAIRS.resolve("jiaoyu-2022.html"), StandardCharsets.UTF_8);
        Files.writeString(in.resolve("jiaoyu-2022-v2.html"), y2022.replace("9,418.30", "9,428.30"));
        Path out = ingest(in, tmp.resolve("out"));
        assertEquals(List.of(
                "R-ACROSS/same-year 宜昌市夷陵区教育局 2022 [jiaoyu-2022-v2.html=9428.30, jiaoyu-2022.html=9418.30]",
                "R-ACROSS/missing-year 宜昌市夷陵区教育局 2023 [jiaoyu-2022-v2.html=2022, jiaoyu-2024.html=2024]"),
                summary(out));
    }

    @Test
    void addingAYearAndRerunningGivesTheCrossOutputsOfACleanRun(@TempDir Path tmp) throws IOException {
        Path in = tmp.resolve("in");
        copy(in, "jiaoyu-2022.html", "renshe-2022.txt", "chengguan-2022.html");
        Path out = ingest(in, tmp.resolve("out"));
        assertEquals(List.of(), summary(out));
        copy(in, "jiaoyu-2023.html", "renshe-2023.txt", "chengguan-2023.html");
        ingest(in, out); // the 2022 records come from the catalog
        Path clean = ingest(PAIRS, tmp.resolve("clean"));
        for (String name : List.of(CrossOutputs.SERIES, CrossOutputs.FINDINGS, "reports.jsonl")) {
            assertArrayEquals(Files.readAllBytes(clean.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
        }
        try (Stream<Path> s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }
}
