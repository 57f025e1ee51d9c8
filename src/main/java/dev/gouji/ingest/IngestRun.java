package dev.gouji.ingest;

import dev.gouji.config.PipelineConfig;
import dev.gouji.record.ErrorInfo;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.SourceInfo;
import dev.gouji.report.RecordSource;
import dev.gouji.report.ReportOutputs;
import dev.gouji.store.BlockDump;
import dev.gouji.store.OutputWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One {@code gouji ingest}: every input file gets exactly one record, whatever happens to it, and the
 * output is written only once all are known: reports.jsonl and reports/, then the review outputs
 * ({@link ReportOutputs}).
 */
public final class IngestRun {
    private final PipelineConfig config;
    private final Path outDir;
    private final boolean dumpBlocks;
    private final PrintStream log;

    public IngestRun(PipelineConfig config, Path outDir, boolean dumpBlocks, PrintStream log) {
        this.config = config;
        this.outDir = outDir;
        this.dumpBlocks = dumpBlocks;
        this.log = log;
    }

    /** Summary of a run: how many records and how many of them failed. */
    public record Summary(int files, int failed) {
    }

    public Summary run(List<Path> paths) throws IOException {
        List<InputFiles.Input> inputs = InputFiles.collect(paths);
        FileProcessor processor = new FileProcessor(config);
        ExecutorService pool = Executors.newFixedThreadPool(config.effectiveJobs(), r -> {
            Thread t = new Thread(r, "gouji-worker");
            t.setDaemon(true);
            return t;
        });
        List<Future<FileProcessor.Processed>> futures = new ArrayList<>();
        for (InputFiles.Input input : inputs) {
            futures.add(pool.submit(() -> processor.process(input)));
        }
        List<ReportRecord> records = new ArrayList<>();
        int failed = 0;
        long timeoutMillis = config.fileTimeout().toMillis();
        for (int i = 0; i < inputs.size(); i++) {
            InputFiles.Input input = inputs.get(i);
            FileProcessor.Processed processed;
            try {
                processed = futures.get(i).get(timeoutMillis, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                futures.get(i).cancel(true);
                processed = new FileProcessor.Processed(ReportRecord.failed(sourceOf(input), new ErrorInfo("timeout",
                        "reading took longer than " + config.fileTimeout().toSeconds()
                                + " s (gouji.ingest.file_timeout); the file may be damaged or unusually large")), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                processed = new FileProcessor.Processed(ReportRecord.failed(sourceOf(input), new ErrorInfo("internal_error",
                        "gouji failed on this file (" + e.getCause() + "); please report it with the file")), null);
            }
            ReportRecord r = processed.record();
            if (!"ok".equals(r.status())) {
                failed++;
                log.println("failed: " + r.source().path() + " [" + r.error().code() + "] " + r.error().message());
            }
            records.add(r);
            if (dumpBlocks && processed.document() != null) {
                OutputWriter.writeAtomically(outDir.resolve("blocks").resolve(r.source().path() + ".json"),
                        BlockDump.json(processed.document()));
            }
        }
        pool.shutdownNow();
        new OutputWriter(outDir).writeAll(records);
        ReportOutputs.write(RecordSource.of(records), outDir);
        return new Summary(records.size(), failed);
    }

    private static SourceInfo sourceOf(InputFiles.Input input) {
        long size;
        try {
            size = Files.size(input.file());
        } catch (IOException e) {
            size = 0;
        }
        return new SourceInfo(input.relativePath(), null, null, size);
    }
}
