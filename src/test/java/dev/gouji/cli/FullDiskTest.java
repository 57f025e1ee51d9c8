package dev.gouji.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose output folder fills up: the output folder is a small tmpfs with a filler file leaving only part
 * of the space a run needs, so the disk fills while the catalog, the records or the review outputs are being
 * written (three fill levels). The run must stop with exit 2 and a message that says the disk is full and what
 * to do, leave no half-written file and a catalog that opens and holds only whole records; once the filler is
 * deleted the same command must finish with exactly the output of an uninterrupted run.
 *
 * <p>Mounting needs root: we run as root here and in CI. Elsewhere the test is skipped, except under CI=true,
 * where it must run.
 */
class FullDiskTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Path> INPUTS = List.of(Path.of("fixtures/seeds-docx"), Path.of("fixtures/formats"));

    @TempDir
    Path dir;
    private Path mount;

    @BeforeEach
    void needsRoot() throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        if (!root && "true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true but not root: the full-disk test cannot mount its tmpfs");
        }
        assumeTrue(root, "mounting a tmpfs needs root; skipped outside CI");
    }

    /** A disk still busy after the run means gouji left a file open on it: unmounted lazily all the same, then failed. */
    @AfterEach
    void unmount() throws Exception {
        if (mount != null) {
            try {
                command("umount", mount.toString());
            } catch (IOException busy) {
                String open = openFilesUnder(mount);
                command("umount", "-l", mount.toString());
                fail("the output disk was still busy after the run (a file left open: " + open + "): " + busy.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "{0}% of the space a run needs")
    @ValueSource(ints = {10, 50, 90})
    void aFullDiskStopsTheRunWithAClearMessageAndTheSameCommandFinishesOnceSpaceIsFreed(int percent) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (Path folder : INPUTS) {
            try (Stream<Path> s = Files.list(folder)) {
                for (Path f : s.sorted().toList()) {
                    Files.copy(f, in.resolve(f.getFileName()));
                }
            }
        }
        Path conf = Files.writeString(dir.resolve("test.conf"), "gouji.ingest.isolation = thread\ngouji.ingest.jobs = 2\n");

        Path reference = dir.resolve("reference");
        String[] uninterrupted = ingest(in, reference, conf);
        assertEquals("0", uninterrupted[0], uninterrupted[1]);
        long needed = size(reference);

        mount = Files.createDirectories(dir.resolve("disk"));
        // room for the run's peak (SQLite's write-ahead log, the temporary files renamed into place) and the filler
        command("mount", "-t", "tmpfs", "-o", "size=" + (needed * 4 + (4 << 20)), "tmpfs", mount.toString());
        Path out = mount.resolve("out");
        Path filler = mount.resolve("filler");
        fill(filler, usable(mount) - needed * percent / 100);

        String[] full = ingest(in, out, conf);
        assertEquals("2", full[0], "exit status of a run out of space: " + full[1]);
        assertTrue(full[1].contains("no space left on device"), full[1]);
        assertTrue(full[1].contains("free some space"), "says what to do: " + full[1]);
        assertFalse(full[1].contains("Exception") || full[1].contains("\tat "), "no stack trace: " + full[1]);
        assertNoHalfWrittenFiles(out);
        assertCatalogConsistent(out.resolve("catalog.db"));

        Files.delete(filler);
        String[] again = ingest(in, out, conf);
        assertEquals("0", again[0], again[1]);
        assertEquals(outputs(reference), outputs(out), "the output of an uninterrupted run");
    }

    /** As root permission bits stop nothing (OutputFolderErrorTest skips that case): a read-only mount does. */
    @org.junit.jupiter.api.Test
    void aReadOnlyDiskIsRefusedBeforeAnythingIsReadWithWhatToDo() throws Exception {
        mount = Files.createDirectories(dir.resolve("disk"));
        command("mount", "-t", "tmpfs", "-o", "size=1m,ro", "tmpfs", mount.toString());
        Path conf = Files.writeString(dir.resolve("test.conf"), "gouji.ingest.isolation = thread\n");
        String[] r = ingest(Path.of("fixtures/formats"), mount.resolve("out"), conf);
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains("cannot create the output folder " + mount.resolve("out") + ": the file system is read-only"), r[1]);
        assertTrue(r[1].contains("give an --out on a writable disk"), r[1]);
        assertFalse(r[1].contains("Exception"), r[1]);
    }

    /** The files under {@code root} this JVM still holds open (Linux: /proc/self/fd). */
    private static String openFilesUnder(Path root) {
        List<String> open = new java.util.ArrayList<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : fds.toList()) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.startsWith(root)) {
                        open.add(target.toString());
                    }
                } catch (IOException gone) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            return "unknown: " + e.getMessage();
        }
        return open.toString();
    }

    private static String[] ingest(Path in, Path out, Path conf) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.execute("ingest", in.toString(), "--out", out.toString(), "--config", conf.toString());
            return new String[] {String.valueOf(status), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(saved);
        }
    }

    /** Every output file but the catalog and the run's own state, by path, with its bytes as text for a readable diff. */
    private static Map<String, String> outputs(Path out) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> s = Files.walk(out)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String rel = out.relativize(p).toString();
                if (!rel.startsWith("catalog.db") && !rel.startsWith(".gouji")) {
                    byte[] b = Files.readAllBytes(p);
                    files.put(rel, rel.endsWith(".xlsx") ? java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(b)) : new String(b, StandardCharsets.UTF_8));
                }
            }
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return files;
    }

    private static void assertNoHalfWrittenFiles(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        try (Stream<Path> s = Files.walk(out)) {
            List<String> tmp = s.map(Path::toString).filter(p -> p.endsWith(".tmp")).toList();
            assertEquals(List.of(), tmp, "temporary files left behind");
        }
    }

    /** The catalog opens, passes SQLite's integrity check, and each stored record is whole and agrees with its row. */
    private static void assertCatalogConsistent(Path catalog) throws Exception {
        if (!Files.exists(catalog)) {
            return;
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + catalog);
                Statement s = db.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
                r.next();
                assertEquals("ok", r.getString(1));
            }
            try (ResultSet r = s.executeQuery("SELECT path, status, record_json FROM files")) {
                while (r.next()) {
                    JsonNode record = JSON.readTree(r.getString(3));
                    assertEquals(r.getString(1), record.path("source").path("path").asText());
                    assertEquals(r.getString(2), record.path("status").asText());
                }
            }
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM run_files rf LEFT JOIN files f ON f.id = rf.file_id "
                    + "WHERE f.id IS NULL")) {
                r.next();
                assertEquals(0, r.getInt(1), "run_files rows without their file");
            }
        }
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            long total = 0;
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                total += Files.size(p);
            }
            return total;
        }
    }

    private static long usable(Path p) throws IOException {
        FileStore store = Files.getFileStore(p);
        return store.getUsableSpace();
    }

    private static void fill(Path filler, long bytes) throws IOException {
        byte[] block = new byte[1 << 16];
        try (var out = Files.newOutputStream(filler)) {
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
        }
    }

    private static void command(String... args) throws Exception {
        Process p = new ProcessBuilder(args).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", args) + " failed: " + output);
        }
    }
}
