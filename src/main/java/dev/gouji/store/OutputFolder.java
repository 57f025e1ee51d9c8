package dev.gouji.store;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes sure the output folder exists and can be written before a run reads anything, so that a wrong
 * {@code --out} fails at once with what is wrong with it, not after an hour of parsing.
 */
public final class OutputFolder {
    private OutputFolder() {
    }

    public static void prepare(Path dir) throws IOException {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IOException("cannot use " + dir + " as the output folder: it is a file, not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new IOException("cannot create the output folder " + dir + ": " + whyNotCreated(dir, e), e);
        }
        Path probe = dir.resolve(".gouji-write-test");
        try {
            Files.deleteIfExists(probe);
            Files.write(probe, new byte[] {1});
            Files.delete(probe);
        } catch (IOException e) {
            throw new IOException("cannot write in the output folder " + dir + ": " + IoErrors.reason(e), e);
        }
    }

    /** Names the ancestor that is a file when that is what stopped it; else the reason in words. */
    private static String whyNotCreated(Path dir, IOException e) {
        for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    return p + " is a file, not a folder";
                }
                break;
            }
        }
        String reason = IoErrors.reason(e);
        if (e instanceof FileSystemException fs && fs.getFile() != null && !Path.of(fs.getFile()).equals(dir)) {
            return reason + " (" + fs.getFile() + ")";
        }
        return reason;
    }
}
