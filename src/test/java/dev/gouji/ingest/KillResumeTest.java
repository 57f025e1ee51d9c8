package dev.gouji.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gouji ingest} started as a process, killed with SIGKILL at a random point of the run, then started
 * again: the output is byte for byte that of an uninterrupted run, with no file twice and none read twice.
 */
class KillResumeTest {
    private static final int COPIES = 3;

    @TempDir
    Path tmp;

    @Test
    void aRunKilledAtARandomPointAndResumedGivesTheCleanRunsOutput() throws Exception {
        Path in = tmp.resolve("in");
        List<Path> sources = new ArrayList<>();
        for (String dir : List.of("fixtures/seeds", "fixtures/seeds-docx", "fixtures/formats")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.sorted().forEach(sources::add);
            }
        }
        sources.add(Path.of("fixtures/bad/encrypted.docx"));
        for (int i = 0; i < COPIES; i++) {
            for (Path src : sources) {
                Path dst = in.resolve("batch" + i).resolve(src.getFileName());
                Files.createDirectories(dst.getParent());
                Files.copy(src, dst);
            }
        }
        int total = COPIES * sources.size();

        long seed = System.nanoTime();
        int killAfter = 3 + new Random(seed).nextInt(total / 2);
        System.out.println("KillResumeTest: seed " + seed + ", kill after " + killAfter + " of " + total + " files");

        Path out = tmp.resolve("killed");
        Process first = gouji(in, out);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (catalogRows(out) < killAfter && first.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(first.isAlive(), "the run ended before it could be killed");
        first.destroyForcibly(); // SIGKILL
        first.waitFor();
        assertTrue(!Files.exists(out.resolve("reports.jsonl")), "killed before the output was written");
        int doneBeforeKill = catalogRows(out);

        Process second = gouji(in, out);
        assertTrue(second.waitFor(240, TimeUnit.SECONDS), "the resumed run did not finish");
        assertEquals(1, second.exitValue(), "exit 1: the encrypted copies fail");

        Path clean = tmp.resolve("clean");
        Path conf = tmp.resolve("thread.conf");
        Files.writeString(conf, "gouji.ingest.isolation = thread\n");
        PipelineConfig cfg = PipelineConfig.load(java.util.Optional.of(conf)).withJobs(2);
        new IngestRun(cfg, clean, false, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(List.of(in));

        assertArrayEquals(Files.readAllBytes(clean.resolve("reports.jsonl")), Files.readAllBytes(out.resolve("reports.jsonl")));
        CatalogRunTest.assertSameTree(clean.resolve("reports"), out.resolve("reports"));
        List<String> lines = Files.readAllLines(out.resolve("reports.jsonl"));
        assertEquals(total, lines.size());
        assertEquals(total, new HashSet<>(lines).size(), "no record twice");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("catalog.db"));
                Statement s = db.createStatement()) {
            assertEquals(total, count(s, "SELECT count(*) FROM files"), "one catalog row per file");
            // the resumed run read only what the killed one had not finished
            assertEquals(total - doneBeforeKill, count(s, "SELECT parsed FROM runs ORDER BY id DESC LIMIT 1"));
            assertEquals(doneBeforeKill, count(s, "SELECT cached FROM runs ORDER BY id DESC LIMIT 1"));
        }
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getInt(1);
        }
    }

    private static Process gouji(Path in, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"), "dev.gouji.cli.Main",
                "ingest", in.toString(), "--out", out.toString(), "--jobs", "2")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(in.resolveSibling("gouji.log").toFile()))
                .start();
    }

    private static int catalogRows(Path out) {
        Path db = out.resolve("catalog.db");
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db + "?open_mode=1");
                Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout=1000");
            return count(s, "SELECT count(*) FROM files");
        } catch (SQLException e) {
            return 0;
        }
    }
}
