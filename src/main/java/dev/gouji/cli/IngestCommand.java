package dev.gouji.cli;

import dev.gouji.config.PipelineConfig;
import dev.gouji.ingest.IngestRun;
import dev.gouji.ingest.RetryFailed;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Stack;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IParameterPreprocessor;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read every report under PATH (files or folders, walked recursively) and write one record "
                + "per file to DIR/reports.jsonl and DIR/reports/, "
                + "then the review outputs DIR/dataset.xlsx, DIR/findings.csv and DIR/review.html.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was read", "1:some files failed (their records say why)",
                "2:bad usage, unusable configuration, an output that cannot be written (a full disk, a read-only "
                        + "or forbidden folder: the same command finishes once that is fixed), or a build whose code cannot be "
                        + "fingerprinted"})
final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = "report files or folders")
    List<Path> paths;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
    Path out;

    @Option(names = "--config", paramLabel = "FILE", description = "HOCON file overriding the embedded pipeline.conf")
    Path config;

    @Option(names = "--jobs", paramLabel = "N", description = "parallel jobs, each a worker JVM (default: gouji.ingest.jobs, 0 = cores)")
    Integer jobs;

    @Option(names = "--dump-blocks", description = "also write each document's blocks to DIR/blocks/ (debugging)")
    boolean dumpBlocks;

    @Option(names = "--retry-failed", arity = "0..1", paramLabel = "CODE[,CODE...]", preprocessor = AttachedOnly.class,
            description = "read again the files whose last record in DIR/catalog.db failed (by default a failure "
                    + "stays the file's record); =CODE,... only those error codes, e.g. --retry-failed=timeout,too_large")
    String retryFailed;

    private static final String EVERY_FAILURE = "*";

    /**
     * {@code --retry-failed} takes its codes only when attached ({@code --retry-failed=timeout}): a bare
     * {@code --retry-failed fixtures} must leave {@code fixtures} to PATH, which picocli would otherwise take.
     */
    static final class AttachedOnly implements IParameterPreprocessor {
        @Override
        public boolean preprocess(Stack<String> args, CommandSpec spec, ArgSpec option, Map<String, Object> info) {
            if (" ".equals(info.get("separator"))) {
                args.push(EVERY_FAILURE);
            }
            return false;
        }
    }

    @Override
    public Integer call() throws Exception {
        PipelineConfig cfg;
        try {
            cfg = PipelineConfig.load(Optional.ofNullable(config));
        } catch (IllegalArgumentException e) {
            System.err.println("gouji: " + e.getMessage());
            return 2;
        }
        if (jobs != null) {
            if (jobs < 0) {
                System.err.println("gouji: --jobs must be 0 or more");
                return 2;
            }
            cfg = cfg.withJobs(jobs);
        }
        RetryFailed retry;
        try {
            retry = retryFailed == null ? RetryFailed.none()
                    : retryFailed.equals(EVERY_FAILURE) ? RetryFailed.all() : RetryFailed.codes(List.of(retryFailed.split(",", -1)));
        } catch (IllegalArgumentException e) {
            System.err.println("gouji: " + e.getMessage());
            return 2;
        }
        for (Path p : paths) {
            if (!p.toFile().exists()) {
                System.err.println("gouji: no such file or folder: " + p);
                return 2;
            }
        }
        IngestRun.Summary summary = new IngestRun(cfg, out, dumpBlocks, System.err, retry).run(paths);
        System.err.println("gouji: " + summary.files() + " files, " + (summary.files() - summary.failed()) + " ok, "
                + summary.failed() + " failed; output in " + out);
        return summary.failed() == 0 ? 0 : 1;
    }
}
