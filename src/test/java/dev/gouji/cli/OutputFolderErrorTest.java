package dev.gouji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.gouji.store.IoErrors;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output folder that cannot be written is refused at once (exit 2) with what failed and why. */
class OutputFolderErrorTest {
    @TempDir
    Path dir;

    /** Runs {@code gouji ingest fixtures/formats --out out} and returns exit status and stderr. */
    private static String[] ingest(Path out) {
        PrintStream saved = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.execute("ingest", "fixtures/formats", "--out", out.toString());
            return new String[] {String.valueOf(status), err.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(saved);
        }
    }

    @Test
    void aPathUnderAFileSaysThatFileIsNoFolder() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        String[] r = ingest(file.resolve("out"));
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains("cannot create the output folder " + file.resolve("out") + ": " + file + " is a file, not a folder"), r[1]);
    }

    @Test
    void anOutputPathThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("out"), "x");
        String[] r = ingest(file);
        assertEquals("2", r[0], r[1]);
        assertTrue(r[1].contains("cannot use " + file + " as the output folder: it is a file, not a folder"), r[1]);
    }

    @Test
    void aReadOnlyFolderSaysPermissionDenied() throws IOException {
        Path ro = Files.createDirectories(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // root writes through permission bits: nothing to refuse then
            boolean writable;
            try {
                Files.delete(Files.createFile(ro.resolve("probe")));
                writable = true;
            } catch (AccessDeniedException e) {
                writable = false;
            }
            assumeFalse(writable, "running as root: permission bits do not stop writes, case skipped");
            String[] r = ingest(ro.resolve("out"));
            assertEquals("2", r[0], r[1]);
            assertTrue(r[1].contains("cannot create the output folder " + ro.resolve("out") + ": permission denied"), r[1]);
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void filesystemErrorsAreWorded() {
        assertEquals("/tmp/ro/out: permission denied", IoErrors.describe(new AccessDeniedException("/tmp/ro/out")));
        assertEquals("/o/reports.jsonl.tmp: no space left on device",
                IoErrors.describe(new FileSystemException("/o/reports.jsonl.tmp", null, "No space left on device")));
        assertEquals("no space left on device", IoErrors.describe(new IOException("No space left on device")));
        assertEquals("/a/b: a part of the path is a file, not a folder",
                IoErrors.describe(new FileSystemException("/a/b", null, "Not a directory")));
    }
}
