package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gouji.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One in-process {@code gouji ingest fixtures} per test JVM, shared by the report tests, and its
 * reports.jsonl read as plain JSON trees (independently of the code under test).
 */
final class FixtureRun {
    private static Path dir;
    private static List<JsonNode> records;

    private FixtureRun() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                Path out = Files.createTempDirectory("gouji-report-test");
                // fixtures/bad holds files that fail on purpose: exit status 1
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(out)));
                assertEquals(1, Main.execute("ingest", "fixtures", "--out", out.toString()));
                dir = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static synchronized List<JsonNode> records() {
        if (records == null) {
            // numbers exactly as written: 1300.00 stays 1300.00
            ObjectMapper plain = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).build();
            List<JsonNode> list = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(dir().resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
                    list.add(plain.readTree(line));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            records = List.copyOf(list);
        }
        return records;
    }

    static JsonNode record(String path) {
        return records().stream().filter(r -> r.path("source").path("path").asText().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no record for " + path));
    }

    private static void delete(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a temporary folder
        }
    }

    /** Text of a JSON value, null for null or missing. */
    static String text(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode() ? null : n.asText();
    }
}
