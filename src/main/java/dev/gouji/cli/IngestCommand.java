package dev.gouji.cli;

import dev.gouji.config.PipelineConfig;
import dev.gouji.ingest.IngestRun;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Read every report under PATH (files or folders, walked recursively) and write one record "
                + "per file to DIR/reports.jsonl and DIR/reports/, "
                + "then the review outputs DIR/dataset.xlsx, DIR/findings.csv and DIR/review.html.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file was read", "1:some files failed (their records say why)",
                "2:bad usage, unusable configuration, or a build whose code cannot be fingerprinted"})
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
        for (Path p : paths) {
            if (!p.toFile().exists()) {
                System.err.println("gouji: no such file or folder: " + p);
                return 2;
            }
        }
        IngestRun.Summary summary = new IngestRun(cfg, out, dumpBlocks, System.err).run(paths);
        System.err.println("gouji: " + summary.files() + " files, " + (summary.files() - summary.failed()) + " ok, "
                + summary.failed() + " failed; output in " + out);
        return summary.failed() == 0 ? 0 : 1;
    }
}
