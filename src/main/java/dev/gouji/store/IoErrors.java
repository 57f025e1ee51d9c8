package dev.gouji.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Says in words why a file operation failed. Java's {@link FileSystemException}s often carry only the path as
 * their message ({@code AccessDeniedException: /tmp/ro/out}), which printed alone tells the user nothing.
 */
public final class IoErrors {
    private IoErrors() {
    }

    /** Why, without the path: "permission denied", "not a folder", "no space left on device", … */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file of that name is in the way";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        }
        String raw = e instanceof FileSystemException fs ? fs.getReason() : e.getMessage();
        if (raw == null || raw.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return reason(raw);
    }

    /** A system's or a library's (SQLite's) message of a failed write, in the same words. */
    public static String reason(String raw) {
        String lower = raw.toLowerCase(Locale.ROOT);
        if (lower.contains("not a directory")) {
            return "a part of the path is a file, not a folder";
        }
        if (lower.contains("permission denied") || lower.contains("operation not permitted")) {
            return "permission denied";
        }
        if (lower.contains("read-only file system")) {
            return "the file system is read-only";
        }
        if (lower.contains("no space left") || lower.contains("sqlite_full") || lower.contains("database or disk is full")) {
            return "no space left on device";
        }
        if (lower.contains("disk quota exceeded")) {
            return "disk quota exceeded";
        }
        if (lower.contains("is a directory")) {
            return "a folder of that name is in the way";
        }
        return raw;
    }

    /**
     * What the user can do about a failed write, given the message that says why ({@link #reason}'s words), or
     * null when there is nothing to add. A run that stops this way keeps every file it finished in the catalog.
     */
    public static String advice(String message) {
        String rerun = "run the same command again: the files already read are kept in the catalog and not read again";
        if (message.contains("no space left on device") || message.contains("disk quota exceeded")) {
            return "free some space on that disk (or give another --out) and " + rerun;
        }
        if (message.contains("the file system is read-only")) {
            return "give an --out on a writable disk and " + rerun.substring(0, rerun.indexOf(':'));
        }
        return null;
    }

    /** The path (when the exception names one) and why: {@code /tmp/ro/out: permission denied}. */
    public static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String other = fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "";
            return fs.getFile() + other + ": " + reason(e);
        }
        return reason(e);
    }
}
