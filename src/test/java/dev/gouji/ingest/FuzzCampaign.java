package dev.gouji.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gouji.config.PipelineConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The long fuzz run ({@code bench/fuzz}): until the time is up, writes a batch of damaged fixtures to a folder and
 * ingests it the way a user would (forked worker JVMs, the per-file time limit, the catalog, the review
 * outputs), then checks that the run ended normally, that reports.jsonl holds exactly one record per input and
 * that each is ok or failed for a cause in the input. Every input that breaks this is copied to the findings
 * folder with a note of what it gave; the batch is deleted otherwise.
 *
 * <pre>
 * FuzzCampaign --minutes 60 --work DIR --findings DIR [--seed N] [--batch N] [--jobs N] [--timeout-seconds N]
 * </pre>
 */
public final class FuzzCampaign {
    private static final ObjectMapper JSON = new ObjectMapper();

    private FuzzCampaign() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> opt = options(args);
        long minutes = Long.parseLong(opt.getOrDefault("minutes", "60"));
        Path work = Path.of(opt.getOrDefault("work", "target/fuzz/work"));
        Path findings = Path.of(opt.getOrDefault("findings", "target/fuzz/findings"));
        long seed = Long.parseLong(opt.getOrDefault("seed", "1"));
        int batch = Integer.parseInt(opt.getOrDefault("batch", "200"));
        int jobs = Integer.parseInt(opt.getOrDefault("jobs", "1"));
        int timeout = Integer.parseInt(opt.getOrDefault("timeout-seconds", "30"));
        Files.createDirectories(work);
        Files.createDirectories(findings);
        Path conf = work.resolve("fuzz.conf");
        Files.writeString(conf, "gouji.ingest.file_timeout = " + timeout + "s\n");
        PipelineConfig cfg = PipelineConfig.load(Optional.of(conf)).withJobs(jobs);

        List<Path> fixtures = FuzzProperty.fixtures();
        Random random = new Random(seed);
        Mutation.Kind[] kinds = Mutation.Kind.values();
        long deadline = System.nanoTime() + minutes * 60_000_000_000L;
        long inputs = 0;
        long broken = 0;
        long notReproduced = 0;
        Map<String, Integer> outcomes = new TreeMap<>();
        for (int round = 0; System.nanoTime() < deadline; round++) {
            Path dir = work.resolve("batch-" + round);
            Path in = Files.createDirectories(dir.resolve("in"));
            Map<String, Mutation> mutants = new LinkedHashMap<>();
            for (int i = 0; i < batch; i++) {
                Mutation m = new Mutation(fixtures.get(random.nextInt(fixtures.size())),
                        kinds[random.nextInt(kinds.length)], random.nextLong());
                if (mutants.putIfAbsent(m.fileName(), m) == null) {
                    Files.write(in.resolve(m.fileName()), m.apply());
                }
            }
            Path out = dir.resolve("out");
            List<String> problems = new ArrayList<>();
            Map<String, String> byFile = new HashMap<>();
            try (PrintStream log = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
                new IngestRun(cfg, out, false, log).run(List.of(in));
                Map<String, Integer> records = new HashMap<>();
                for (String line : Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
                    JsonNode r = JSON.readTree(line);
                    String name = Path.of(r.path("source").path("path").asText()).getFileName().toString();
                    records.merge(name, 1, Integer::sum);
                    String status = r.path("status").asText();
                    outcomes.merge(status.equals("ok") ? "ok" : r.path("error").path("code").asText(), 1, Integer::sum);
                    String v = FuzzProperty.violation(line.getBytes(StandardCharsets.UTF_8));
                    if (v != null) {
                        byFile.put(name, v);
                    }
                }
                for (String name : mutants.keySet()) {
                    int n = records.getOrDefault(name, 0);
                    if (n != 1) {
                        byFile.merge(name, n + " records", (a, b) -> a + "; " + b);
                    }
                }
            } catch (Throwable t) {
                problems.add("the run died: " + t);
            }
            inputs += mutants.size();
            if (!problems.isEmpty()) {
                mutants.keySet().forEach(name -> byFile.putIfAbsent(name, String.join("; ", problems)));
            }
            // the machine is shared: a timeout counts only if the file, read again on its own, overruns again
            for (String name : new ArrayList<>(byFile.keySet())) {
                if (byFile.get(name).startsWith("timeout") && !timesOutAlone(cfg, in.resolve(name), dir.resolve("alone"))) {
                    byFile.remove(name);
                    notReproduced++;
                    Files.writeString(findings.resolve("timeouts-not-reproduced.txt"), mutants.get(name) + "\n",
                            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                }
            }
            for (Map.Entry<String, String> e : new TreeMap<>(byFile).entrySet()) {
                broken++;
                Path kept = findings.resolve(e.getKey());
                Files.copy(in.resolve(e.getKey()), kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                Mutation m = mutants.get(e.getKey());
                Files.writeString(findings.resolve(e.getKey() + ".why.txt"), m + "\n" + e.getValue() + "\n");
            }
            System.out.printf("round %d: %d inputs so far, %d broke the property (%d timeouts not reproduced alone); "
                    + "outcomes %s%s%n", round, inputs, broken, notReproduced, outcomes, problems.isEmpty() ? "" : " " + problems);
            if (problems.isEmpty()) {
                delete(dir);
            }
        }
        System.out.printf("done: %d inputs, %d broke the property (%d timeouts not reproduced alone); outcomes %s%n",
                inputs, broken, notReproduced, outcomes);
        System.exit(broken == 0 ? 0 : 1);
    }

    /** Whether {@code file}, ingested alone into a fresh folder, times out again. */
    private static boolean timesOutAlone(PipelineConfig cfg, Path file, Path dir) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(file, in.resolve(file.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PrintStream log = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8)) {
            return new IngestRun(cfg, dir.resolve("out"), false, log).run(List.of(in)).failuresByCode().containsKey("timeout");
        } finally {
            delete(dir);
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> opt = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            opt.put(args[i].substring(2), args[i + 1]);
        }
        return opt;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
