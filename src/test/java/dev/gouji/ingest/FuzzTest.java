package dev.gouji.ingest;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.gouji.config.PipelineConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short fuzz run inside {@code mvn test}: fixtures damaged in every way {@link Mutation} knows, drawn from a
 * fixed seed (so a failure names a mutation that reproduces), each read by the in-process parser with the
 * per-file time limit ({@link ThreadParser}: a worker JVM per input would spend the run starting JVMs; the long
 * run, {@code bench/fuzz}, goes through the forked workers of a real ingest). Each input must give one record,
 * ok or failed with a cause in the input, in time. Then every input the long runs kept (fixtures/fuzz) too.
 */
class FuzzTest {
    private static final long SEED = 20261203L;
    private static final int MUTANTS = 150;
    private static final int TIME_LIMIT_SECONDS = 30;
    private static ThreadParser parser;

    @TempDir
    static Path scratch;

    @BeforeAll
    static void startParser() throws IOException {
        Path conf = scratch.resolve("fuzz.conf");
        Files.writeString(conf, "gouji.ingest.file_timeout = " + TIME_LIMIT_SECONDS + "s\n");
        PipelineConfig cfg = PipelineConfig.load(Optional.of(conf));
        parser = new ThreadParser(new FileProcessor(cfg), cfg, 0);
    }

    @AfterAll
    static void stopParser() {
        parser.close();
    }

    @TestFactory
    Stream<DynamicTest> everyDamagedFixtureGivesOneRecordOkOrFailedForACauseWithinTheTimeLimit() throws IOException {
        List<Path> fixtures = FuzzProperty.fixtures();
        Random random = new Random(SEED);
        Mutation.Kind[] kinds = Mutation.Kind.values();
        return Stream.generate(() -> new Mutation(fixtures.get(random.nextInt(fixtures.size())),
                        kinds[random.nextInt(kinds.length)], random.nextLong()))
                .limit(MUTANTS)
                .map(m -> DynamicTest.dynamicTest(m.fileName(), () -> check(m.fileName(), m.apply())));
    }

    @TestFactory
    Stream<DynamicTest> everyInputTheLongRunsKeptNowGivesARecordOkOrFailedForACause() throws IOException {
        Path kept = Path.of("fixtures/fuzz");
        if (!Files.isDirectory(kept)) {
            return Stream.empty();
        }
        try (Stream<Path> s = Files.list(kept)) {
            return s.sorted().toList().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(),
                    () -> check(f.getFileName().toString(), Files.readAllBytes(f))));
        }
    }

    private static void check(String name, byte[] content) throws Exception {
        Path file = scratch.resolve(name);
        Files.write(file, content);
        try {
            Parser.Outcome outcome = parser.parse(new InputFiles.Input(file, name), false);
            if (outcome instanceof Parser.Done done) {
                assertNull(FuzzProperty.violation(done.recordJson()), name);
            } else if (outcome instanceof Parser.Failed failed) {
                fail(name + " gave no record: " + failed.code() + " " + failed.message());
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
