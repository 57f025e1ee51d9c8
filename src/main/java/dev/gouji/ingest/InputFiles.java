package dev.gouji.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files a run reads: each PATH argument is a file or a folder walked recursively. Hidden files and
 * folders are skipped; in a folder, files with a report extension are taken, and files without an
 * extension too (their content decides). Each input keeps the path relative to the argument it came from.
 */
public final class InputFiles {
    private static final Set<String> REPORT_EXTENSIONS = Set.of("docx", "doc", "txt", "pdf", "html", "htm", "xlsx", "xls");

    /** A file to read and the path its record carries. */
    public record Input(Path file, String relativePath) {
    }

    private InputFiles() {
    }

    /** Receives the inputs of a walk one at a time. */
    public interface Visitor {
        void accept(Input input) throws IOException, InterruptedException;
    }

    /** All inputs, sorted by path. Holds them all in memory: for small runs and tests; runs use {@link #walk}. */
    public static List<Input> collect(List<Path> arguments) throws IOException {
        List<Input> inputs = new ArrayList<>();
        try {
            walk(arguments, inputs::add, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        inputs.sort(Comparator.comparing(Input::relativePath));
        return inputs;
    }

    /** How many inputs a walk finds (a second, cheap walk: for the progress bar's total). */
    public static long count(List<Path> arguments) throws IOException {
        long[] n = {0};
        try {
            walk(arguments, in -> n[0]++, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return n[0];
    }

    /**
     * Walks the arguments and hands each input to {@code visitor} as it is found (in walk order, not sorted),
     * holding nothing. A folder that cannot be listed is reported to {@code problems} (when given) and skipped;
     * a file whose attributes cannot be read is still an input, so that it gets its failed record.
     */
    public static void walk(List<Path> arguments, Visitor visitor, java.util.function.Consumer<String> problems)
            throws IOException, InterruptedException {
        for (Path arg : arguments) {
            if (Files.isRegularFile(arg)) {
                visitor.accept(new Input(arg, arg.getFileName().toString()));
            } else if (Files.isDirectory(arg)) {
                walk(arg, visitor, problems);
            } else {
                throw new IOException("no such file or folder: " + arg);
            }
        }
    }

    private static void walk(Path root, Visitor visitor, java.util.function.Consumer<String> problems)
            throws IOException, InterruptedException {
        InterruptedException[] interrupted = {null};
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile() && !hidden(file) && looksLikeReport(file)) {
                    return take(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) throws IOException {
                if (Files.isDirectory(file, java.nio.file.LinkOption.NOFOLLOW_LINKS) || hidden(file)
                        || !looksLikeReport(file)) {
                    if (problems != null) {
                        problems.accept("cannot list " + file + " (" + exc.getMessage() + "); its files are not read");
                    }
                    return FileVisitResult.CONTINUE;
                }
                return take(file);
            }

            private FileVisitResult take(Path file) throws IOException {
                try {
                    visitor.accept(new Input(file, root.relativize(file).toString().replace('\\', '/')));
                    return FileVisitResult.CONTINUE;
                } catch (InterruptedException e) {
                    interrupted[0] = e;
                    return FileVisitResult.TERMINATE;
                }
            }
        });
        if (interrupted[0] != null) {
            throw interrupted[0];
        }
    }

    private static boolean hidden(Path p) {
        return p.getFileName().toString().startsWith(".");
    }

    static boolean looksLikeReport(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return true;
        }
        return REPORT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
