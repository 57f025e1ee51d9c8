package dev.gouji.cli;

import dev.gouji.config.PipelineConfig;
import dev.gouji.report.JsonlRecordSource;
import dev.gouji.report.ReportOutputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rewrite the review outputs of an ingest output folder (DIR/dataset.xlsx, DIR/findings.csv, "
                + "DIR/review.html) and the cross-report outputs (DIR/series.jsonl, DIR/cross-findings.jsonl) from "
                + "DIR/reports.jsonl, without reading any report file again.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the outputs were written", "2:bad usage, an unusable configuration, or DIR holds no readable reports.jsonl"})
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1", paramLabel = "DIR", description = "output folder of a gouji ingest run")
    Path dir;

    @Option(names = "--config", paramLabel = "FILE",
            description = "HOCON file overriding the embedded pipeline.conf (the cross step's tolerance and R-ACROSS settings)")
    Path config;

    @Override
    public Integer call() throws Exception {
        Path jsonl = dir.resolve("reports.jsonl");
        if (!Files.isRegularFile(jsonl)) {
            System.err.println("gouji: no reports.jsonl in " + dir + " (run gouji ingest PATH --out " + dir + " first)");
            return 2;
        }
        PipelineConfig cfg;
        try {
            cfg = PipelineConfig.load(Optional.ofNullable(config));
        } catch (IllegalArgumentException e) {
            System.err.println("gouji: " + e.getMessage());
            return 2;
        }
        ReportOutputs.Summary s = ReportOutputs.write(new JsonlRecordSource(jsonl), dir, cfg);
        System.err.println("gouji: " + s.records() + " records, " + s.findings() + " findings, " + s.crossFindings()
                + " cross-report findings over " + s.departments() + " departments; review outputs in " + dir);
        return 0;
    }
}
