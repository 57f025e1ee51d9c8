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

    public static List<Input> collect(List<Path> arguments) throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path arg : arguments) {
            if (Files.isRegularFile(arg)) {
                inputs.add(new Input(arg, arg.getFileName().toString()));
            } else if (Files.isDirectory(arg)) {
                walk(arg, inputs);
            } else {
                throw new IOException("no such file or folder: " + arg);
            }
        }
        inputs.sort(Comparator.comparing(Input::relativePath));
        return inputs;
    }

    private static void walk(Path root, List<Input> inputs) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && !hidden(file) && looksLikeReport(file)) {
                    inputs.add(new Input(file, root.relativize(file).toString().replace('\\', '/')));
                }
                return FileVisitResult.CONTINUE;
            }
        });
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
