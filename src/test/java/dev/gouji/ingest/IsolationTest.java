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
        Path in = Files.createDirectories(tmp.resolve("in"));
        String seed = seed();
        Files.writeString(in.resolve("a-ok.txt"), seed);
        Files.writeString(in.resolve("b-hang.txt"), seed + "\nGOUJI-TEST-HANG\n");
        Files.writeString(in.resolve("c-exhaust.txt"), seed + "\nGOUJI-TEST-EXHAUST\n");
        Files.writeString(in.resolve("d-ok.txt"), seed + "\n补充说明。\n");
        Files.copy(Path.of("fixtures/seeds-docx/001_09338597f16afc81.docx"), in.resolve("e-ok.docx"));
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        IngestRun.Summary s = run(in, "8s", log);

        assertEquals(5, s.files(), log.toString(StandardCharsets.UTF_8));
        assertEquals(2, s.failed());
        assertEquals(Map.of("timeout", 1, "too_large", 1), s.failuresByCode());
        Map<String, JsonNode> byPath = recordsByPath();
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
        Path in = Files.createDirectories(tmp.resolve("in"));
        String seed = seed();
        // two jobs, two files: both are in the shared worker when the second exhausts its heap
        Files.writeString(in.resolve("a-slow.txt"), seed + "\nGOUJI-TEST-SLOW\n");
        Files.writeString(in.resolve("b-exhaust.txt"), seed + "\nGOUJI-TEST-EXHAUST\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        IngestRun.Summary s = run(in, "30s", log);

        assertEquals(Map.of("too_large", 1), s.failuresByCode(), log.toString(StandardCharsets.UTF_8));
        Map<String, JsonNode> byPath = recordsByPath();
        assertEquals("ok", byPath.get("a-slow.txt").path("status").asText());
        assertEquals("too_large", byPath.get("b-exhaust.txt").path("error").path("code").asText());
        // both were read again in quarantine, one at a time
        assertTrue(Files.exists(tmp.resolve("out/.gouji/worker-quarantine.log")));
    }

    @Test
    void aWorkerAnswerThatDoesNotParseFailsItsFileWithTheCauseAndTheBatchFinishes() throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        String seed = seed();
        Files.writeString(in.resolve("a-ok.txt"), seed);
        Files.writeString(in.resolve("b-garble.txt"), seed + "\nGOUJI-TEST-GARBLE\n");
        Files.writeString(in.resolve("c-ok.txt"), seed + "\n补充说明。\n");
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        IngestRun.Summary s = run(in, "30s", log);

        assertEquals(Map.of("internal_error", 1), s.failuresByCode(), log.toString(StandardCharsets.UTF_8));
        Map<String, JsonNode> byPath = recordsByPath();
        String message = byPath.get("b-garble.txt").path("error").path("message").asText();
        assertTrue(message.startsWith("the worker reading this file was stopped: its answer could not be understood: "),
                message);
        assertTrue(message.contains("garbled"), "the cause is kept: " + message);
        assertEquals("ok", byPath.get("a-ok.txt").path("status").asText());
        assertEquals("ok", byPath.get("c-ok.txt").path("status").asText());
    }

    private static String seed() throws IOException {
        return Files.readString(Path.of("fixtures/seeds/001_09338597f16afc81.txt"));
    }

    /** Ingests {@code in} with forked workers of 96 MB, two jobs, the test reader for .txt, into tmp/out. */
    private IngestRun.Summary run(Path in, String fileTimeout, ByteArrayOutputStream log) throws IOException {
        Path conf = tmp.resolve("test.conf");
        Files.writeString(conf, "gouji.ingest { isolation = process, file_timeout = " + fileTimeout + ", worker_heap = 96m }\n"
                + "gouji.read.reader_overrides { txt = \"dev.gouji.ingest.TestHookReader\" }\n");
        PipelineConfig cfg = PipelineConfig.load(Optional.of(conf)).withJobs(2);
        return new IngestRun(cfg, tmp.resolve("out"), false, new PrintStream(log, true, StandardCharsets.UTF_8)).run(List.of(in));
    }

    private Map<String, JsonNode> recordsByPath() throws IOException {
        Map<String, JsonNode> byPath = new HashMap<>();
        for (String line : Files.readAllLines(tmp.resolve("out").resolve("reports.jsonl"))) {
            JsonNode r = RecordJson.mapper().readTree(line);
            byPath.put(r.path("source").path("path").asText(), r);
        }
        return byPath;
    }
}
