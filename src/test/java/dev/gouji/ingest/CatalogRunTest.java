package dev.gouji.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.record.ReportRecord;
import dev.gouji.store.OutputWriter;
import dev.gouji.store.RecordJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog in-process (isolation = thread): output equal to records written directly, re-runs read nothing. */
class CatalogRunTest {
    @TempDir
    Path tmp;

    static PipelineConfig threadConfig(Path dir, String extra) throws IOException {
        Path conf = dir.resolve("test.conf");
        Files.writeString(conf, "gouji.ingest.isolation = thread\n" + extra);
        return PipelineConfig.load(Optional.of(conf)).withJobs(2);
    }

    private static IngestRun.Summary run(PipelineConfig cfg, Path out, Path... inputs) throws IOException {
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        return new IngestRun(cfg, out, false, new PrintStream(log, true, StandardCharsets.UTF_8)).run(List.of(inputs));
    }

    @Test
    void outputFromTheCatalogEqualsRecordsWrittenDirectlyAndRerunsReadNothing() throws IOException {
        PipelineConfig cfg = threadConfig(tmp, "");
        Path fixtures = Path.of("fixtures");
        Path out = tmp.resolve("out");
        IngestRun.Summary first = run(cfg, out, fixtures);
        long expected = InputFiles.count(List.of(fixtures));
        assertEquals(expected, first.files());
        assertEquals(expected, first.parsed());
        assertEquals(0, first.cached());
        assertEquals(12, first.failed()); // fixtures/bad, and fixtures/pdf: a scan and a CID font without ToUnicode

        // the same records made directly and written the old way
        FileProcessor processor = new FileProcessor(cfg);
        List<ReportRecord> records = new ArrayList<>();
        for (InputFiles.Input in : InputFiles.collect(List.of(fixtures))) {
            records.add(processor.process(in).record());
        }
        Path direct = tmp.resolve("direct");
        new OutputWriter(direct).writeAll(records);
        assertArrayEquals(Files.readAllBytes(direct.resolve("reports.jsonl")), Files.readAllBytes(out.resolve("reports.jsonl")));
        assertSameTree(direct.resolve("reports"), out.resolve("reports"));

        byte[] before = Files.readAllBytes(out.resolve("reports.jsonl"));
        IngestRun.Summary second = run(cfg, out, fixtures);
        assertEquals(expected, second.files());
        assertEquals(0, second.parsed(), "a re-run over an unchanged folder parses nothing");
        assertEquals(expected, second.cached());
        assertEquals(first.failuresByCode(), second.failuresByCode());
        assertArrayEquals(before, Files.readAllBytes(out.resolve("reports.jsonl")));

        // a changed configuration invalidates the catalog's records
        PipelineConfig other = threadConfig(tmp, "gouji.reconcile.tolerance.extra_absolute = 0.5\n");
        assertEquals(expected, run(other, out, fixtures).parsed());
    }

    @Test
    void aChangedOrAddedFileIsReadAgainAndOnlyIt() throws IOException {
        PipelineConfig cfg = threadConfig(tmp, "");
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        for (Path p : list(Path.of("fixtures/seeds"))) {
            Files.copy(p, in.resolve(p.getFileName()));
        }
        Path out = tmp.resolve("out");
        assertEquals(5, run(cfg, out, in).parsed());
        Path one = list(in).get(0);
        Files.writeString(one, Files.readString(one) + "\n补充说明。\n");
        Files.copy(Path.of("fixtures/formats/report.html"), in.resolve("new.html"));
        IngestRun.Summary s = run(cfg, out, in);
        assertEquals(6, s.files());
        assertEquals(2, s.parsed());
        assertEquals(4, s.cached());
        assertEquals(6, Files.readAllLines(out.resolve("reports.jsonl")).size());
    }

    @Test
    void prettyFromALineIsThePrettyRecord() throws IOException {
        FileProcessor processor = new FileProcessor(PipelineConfig.defaults());
        for (InputFiles.Input in : InputFiles.collect(List.of(Path.of("fixtures/seeds"), Path.of("fixtures/formats")))) {
            ReportRecord r = processor.process(in).record();
            assertEquals(RecordJson.pretty(r), new String(RecordJson.prettyFromLine(RecordJson.line(r).getBytes(StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8), in.relativePath());
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    static void assertSameTree(Path expected, Path actual) throws IOException {
        List<Path> a;
        List<Path> b;
        try (Stream<Path> s = Files.walk(expected)) {
            a = s.filter(Files::isRegularFile).map(expected::relativize).sorted().toList();
        }
        try (Stream<Path> s = Files.walk(actual)) {
            b = s.filter(Files::isRegularFile).map(actual::relativize).sorted().toList();
        }
        assertEquals(a, b);
        for (Path p : a) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(expected.resolve(p)), Files.readAllBytes(actual.resolve(p))),
                    "differs: " + p);
        }
    }
}
