package dev.gouji.read;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Regenerates the .docx fixtures from the seed text files: every {@code X.txt} in the input folder is read
 * with {@link TxtReader} and written with {@link DocxWriter} to {@code X.docx} in the output folder. From
 * the project root:
 *
 * <pre>
 * mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -cp target/test-classes:target/classes:$(cat cp.txt) dev.gouji.read.FixtureDocxGenerator fixtures/seeds fixtures/seeds-docx
 * rm cp.txt
 * </pre>
 */
public final class FixtureDocxGenerator {
    private FixtureDocxGenerator() {
    }

    public static void main(String[] args) throws IOException, ReadException {
        if (args.length != 2) {
            System.err.println("usage: FixtureDocxGenerator <folder of .txt> <output folder for .docx>");
            System.exit(2);
        }
        for (Path out : generate(Path.of(args[0]), Path.of(args[1]))) {
            System.out.println(out);
        }
    }

    public static List<Path> generate(Path txtFolder, Path docxFolder) throws IOException, ReadException {
        Files.createDirectories(docxFolder);
        List<Path> sources;
        try (Stream<Path> s = Files.list(txtFolder)) {
            sources = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        TxtReader txt = new TxtReader();
        DocxWriter writer = new DocxWriter();
        List<Path> written = new java.util.ArrayList<>();
        for (Path source : sources) {
            Document doc = txt.read(Files.readAllBytes(source), PipelineConfig.defaults().readLimits());
            String stem = source.getFileName().toString().replaceFirst("\\.txt$", "");
            Path out = docxFolder.resolve(stem + ".docx");
            Files.write(out, writer.write(doc));
            written.add(out);
        }
        return written;
    }
}
