package dev.gouji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gouji.config.PipelineConfig;
import dev.gouji.store.RecordJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Forked workers: a parser that hangs and one that exhausts its heap each cost one failed record (timeout,
 * too_large) and their worker, and the batch goes on to the files after them.
 */
class IsolationTest {
    @TempDir
    Path tmp;

    @Test
    void aHungAndAMemoryExhaustingFileFailAndTheBatchFinishes() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String seed = Files.readString(Path.of("fixtures/seeds/001_09338597f16afc81.txt"));
        Files.writeString(in.resolve("a-ok.txt"), seed);
        Files.writeString(in.resolve("b-hang.txt"), seed + "\nGOUJI-TEST-HANG\n");
        Files.writeString(in.resolve("c-exhaust.txt"), seed + "\nGOUJI-TEST-EXHAUST\n");
        Files.writeString(in.resolve("d-ok.txt"), seed + "\n补充说明。\n");
        Files.copy(Path.of("fixtures/seeds-docx/001_09338597f16afc81.docx"), in.resolve("e-ok.docx"));
        Path conf = tmp.resolve("test.conf");
        Files.writeString(conf, """
                gouji.ingest { isolation = process, file_timeout = 8s, worker_heap = 96m }
                gouji.read.reader_overrides { txt = "dev.gouji.ingest.TestHookReader" }
                """);
        PipelineConfig cfg = PipelineConfig.load(Optional.of(conf)).withJobs(2);
        Path out = tmp.resolve("out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        IngestRun.Summary s = new IngestRun(cfg, out, false, new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(List.of(in));

        assertEquals(5, s.files(), log.toString(StandardCharsets.UTF_8));
        assertEquals(2, s.failed());
        assertEquals(Map.of("timeout", 1, "too_large", 1), s.failuresByCode());
        Map<String, JsonNode> byPath = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("reports.jsonl"))) {
            JsonNode r = RecordJson.mapper().readTree(line);
            byPath.put(r.path("source").path("path").asText(), r);
        }
        assertEquals("timeout", byPath.get("b-hang.txt").path("error").path("code").asText());
        assertEquals("too_large", byPath.get("c-exhaust.txt").path("error").path("code").asText());
        assertTrue(byPath.get("c-exhaust.txt").path("error").path("message").asText().contains("worker_heap"));
        for (String ok : List.of("a-ok.txt", "d-ok.txt", "e-ok.docx")) {
            assertEquals("ok", byPath.get(ok).path("status").asText(), ok);
            assertTrue(byPath.get(ok).path("fields").size() > 5, ok);
        }
        // the failed records hold the hash, so a re-run does not try them again
        assertEquals(64, byPath.get("b-hang.txt").path("source").path("sha256").asText().length());
    }

    @Test
    void aFileInFlightWhenAnotherExhaustsTheSharedWorkerIsReadAgainAlone() throws IOException {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        String seed = Files.readString(Path.of("fixtures/seeds/001_09338597f16afc81.txt"));
        // two jobs, two files: both are in the shared worker when the second exhausts its heap
        Files.writeString(in.resolve("a-slow.txt"), seed + "\nGOUJI-TEST-SLOW\n");
        Files.writeString(in.resolve("b-exhaust.txt"), seed + "\nGOUJI-TEST-EXHAUST\n");
        Path conf = tmp.resolve("test.conf");
        Files.writeString(conf, """
                gouji.ingest { isolation = process, file_timeout = 30s, worker_heap = 96m }
                gouji.read.reader_overrides { txt = "dev.gouji.ingest.TestHookReader" }
                """);
        PipelineConfig cfg = PipelineConfig.load(Optional.of(conf)).withJobs(2);
        Path out = tmp.resolve("out");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        IngestRun.Summary s = new IngestRun(cfg, out, false, new PrintStream(log, true, StandardCharsets.UTF_8))
                .run(List.of(in));

        assertEquals(Map.of("too_large", 1), s.failuresByCode(), log.toString(StandardCharsets.UTF_8));
        Map<String, JsonNode> byPath = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("reports.jsonl"))) {
            JsonNode r = RecordJson.mapper().readTree(line);
            byPath.put(r.path("source").path("path").asText(), r);
        }
        assertEquals("ok", byPath.get("a-slow.txt").path("status").asText());
        assertEquals("too_large", byPath.get("b-exhaust.txt").path("error").path("code").asText());
        // both were read again in quarantine, one at a time
        assertTrue(Files.exists(out.resolve(".gouji/worker-quarantine.log")));
    }
}
