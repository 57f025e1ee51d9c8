package dev.gouji.ingest;

import dev.gouji.config.PipelineConfig;
import dev.gouji.reconcile.RuleId;
import dev.gouji.record.ErrorInfo;
import dev.gouji.record.Finding;
import dev.gouji.record.RecordStatus;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.SourceInfo;
import dev.gouji.report.HandedRecordSource;
import dev.gouji.report.ReportOutputs;
import dev.gouji.store.IoErrors;
import dev.gouji.store.OutputFolder;
import dev.gouji.store.OutputWriter;
import dev.gouji.store.RecordJson;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * One {@code gouji ingest}: every input file gets exactly one record, whatever happens to it.
 *
 * <p>Streaming and bounded: a walker thread feeds a bounded queue; one dispatcher per job takes a file,
 * hashes it, looks it up in the catalog ({@code DIR/catalog.db}) and, unless a record for the same path,
 * content, configuration and gouji version is there already, has its {@link Parser} (a forked worker JVM by
 * default) turn it into a record, which goes to the catalog at once. When every file is accounted for, the
 * output ({@code reports.jsonl}, {@code reports/}) is written from the catalog in path order, atomically,
 * then the review outputs from it ({@link ReportOutputs}).
 * A run that is killed loses only the files in hand: run it again and it picks up where it stopped.
 */
public final class IngestRun {
    private static final Object END = new Object();

    private final PipelineConfig config;
    private final Path outDir;
    private final boolean dumpBlocks;
    private final PrintStream log;
    private final RetryFailed retry;

    public IngestRun(PipelineConfig config, Path outDir, boolean dumpBlocks, PrintStream log) {
        this(config, outDir, dumpBlocks, log, RetryFailed.none());
    }

    /** A run that reads again the files whose stored record failed with a code {@code retry} names. */
    public IngestRun(PipelineConfig config, Path outDir, boolean dumpBlocks, PrintStream log, RetryFailed retry) {
        this.config = config;
        this.outDir = outDir;
        this.dumpBlocks = dumpBlocks;
        this.log = log;
        this.retry = retry;
    }

    /**
     * Summary of a run: how many records and how many of them failed; how many files were parsed in this run
     * and how many records were taken from the catalog instead; failures by error code.
     */
    public record Summary(int files, int failed, int parsed, int cached, Map<String, Integer> failuresByCode) {
    }

    /** A file of the walk and its place in it. */
    private record Item(long seq, InputFiles.Input input) {
    }

    public Summary run(List<Path> paths) throws IOException {
        // first: a build that cannot be fingerprinted stops the run before it touches the output folder
        String version = BuildInfo.version();
        OutputFolder.prepare(outDir);
        Path state = outDir.resolve(".gouji");
        Files.createDirectories(state);
        try (FileChannel lockFile = FileChannel.open(state.resolve("lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = lockFile.tryLock()) {
            if (lock == null) {
                throw new IOException("another gouji run is writing to " + outDir + "; wait for it or use another --out");
            }
            return runLocked(paths, state, version);
        }
    }

    private Summary runLocked(List<Path> paths, Path state, String version) throws IOException {
        int jobs = config.effectiveJobs();
        boolean forked = config.ingest().forked();
        // two files in flight per parse thread, so that a worker thread has the next file while this side
        // stores the last one (its threads sat idle for that otherwise)
        int dispatchers = forked ? 2 * jobs : jobs;
        Path workerConfig = state.resolve("worker.conf");
        OutputWriter.writeAtomically(workerConfig, config.render());
        FileProcessor processor = forked ? null : new FileProcessor(config);
        String arguments = paths.stream().map(Path::toString).collect(Collectors.joining(" "))
                + (retry == RetryFailed.none() ? "" : " --retry-failed=" + retry);
        try (Catalog catalog = new Catalog(outDir.resolve("catalog.db"), config.contentHash(), version, arguments);
                Progress progress = new Progress(log, System.console() != null);
                WorkerPool workers = new WorkerPool(config, workerConfig, state, jobs)) {
            // the total, for the progress bar, from a second walk that runs alongside the work
            Thread counter = new Thread(() -> {
                try {
                    progress.total(InputFiles.count(paths));
                } catch (IOException e) {
                    // the main walk reports it
                }
            }, "gouji-count");
            counter.setDaemon(true);
            counter.start();

            BlockingQueue<Object> queue = new ArrayBlockingQueue<>(jobs * 4);
            AtomicReference<Throwable> error = new AtomicReference<>();
            List<Thread> threads = new ArrayList<>();
            Thread walker = new Thread(() -> {
                long[] seq = {0};
                try {
                    InputFiles.walk(paths, in -> queue.put(new Item(seq[0]++, in)), progress::log);
                } catch (IOException | RuntimeException e) {
                    error.compareAndSet(null, e);
                } catch (InterruptedException e) {
                    return;
                }
                try {
                    for (int i = 0; i < dispatchers; i++) {
                        queue.put(END);
                    }
                } catch (InterruptedException e) {
                    // stopping
                }
            }, "gouji-walk");
            threads.add(walker);
            for (int i = 0; i < dispatchers; i++) {
                int slot = i;
                threads.add(new Thread(() -> {
                    try (Parser parser = forked ? new ForkedParser(workers, config) : new ThreadParser(processor, config, slot)) {
                        while (true) {
                            Object next = queue.take();
                            if (next == END) {
                                return;
                            }
                            handle((Item) next, parser, catalog, progress);
                        }
                    } catch (InterruptedException e) {
                        // stopping
                    } catch (IOException | RuntimeException e) {
                        error.compareAndSet(null, e);
                        threads.forEach(Thread::interrupt);
                    }
                }, "gouji-job-" + slot));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    threads.forEach(Thread::interrupt);
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            workers.close(); // every file is parsed: the worker's memory is not needed for the output
            if (error.get() != null) {
                throw error.get() instanceof IOException io ? io : new IOException(error.get().toString(), error.get());
            }

            // every file is in the catalog: write the output from it, in path order
            // and, on a second thread fed record by record, the review outputs
            FindingTally tally = new FindingTally();
            HandedRecordSource review = new HandedRecordSource();
            java.util.concurrent.FutureTask<ReportOutputs.Summary> reviewTask =
                    new java.util.concurrent.FutureTask<>(() -> ReportOutputs.write(review, outDir, config));
            Thread reviewThread = new Thread(reviewTask, "gouji-review");
            reviewThread.start();
            try (OutputWriter.Streaming out = new OutputWriter(outDir).stream()) {
                catalog.forEachRecord((path, json) -> {
                    out.add(path, json);
                    // parsed here, not on the review thread, which has the workbook to write: the two
                    // threads then take about as long as each other
                    // whole, mentions too, for the cross-report series; without them for a failed file
                    ReportRecord record = RecordStatus.OK.is(RecordJson.head(json).status())
                            ? RecordJson.read(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                            : RecordJson.readWithoutMentions(json);
                    tally.add(record);
                    handOver(review, reviewTask, record);
                });
                out.commit();
            } catch (IOException | RuntimeException e) {
                // the review outputs must not be committed from part of the records, nor go on writing after the run
                review.abort();
                awaitQuietly(reviewTask);
                if (e instanceof IOException io) {
                    throw new IOException("writing " + outDir.resolve("reports.jsonl") + " failed: " + IoErrors.describe(io), io);
                }
                throw e;
            }
            handOver(review, reviewTask, null);
            ReportOutputs.Summary reviewed;
            try {
                reviewed = reviewTask.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof IOException io
                        ? new IOException("writing the review outputs to " + outDir + " failed: " + IoErrors.describe(io), io)
                        : new IOException("writing the review outputs failed", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while writing the review outputs", e);
            }
            Catalog.Counts counts = catalog.counts();
            int parsed = counts.files() - counts.cached();
            catalog.finish(counts.files(), parsed, counts.cached(), counts.failed());
            progress.close();
            double seconds = progress.seconds();
            log.println(String.format(Locale.ROOT, "gouji: %d files in %.1f s (%.1f files/s): %d ok, %d failed; "
                    + "%d read now, %d taken from the catalog", counts.files(), seconds, counts.files() / Math.max(seconds, 1e-3),
                    counts.files() - counts.failed(), counts.failed(), parsed, counts.cached()));
            if (!counts.failuresByCode().isEmpty()) {
                log.println("  failed by error: " + counts.failuresByCode().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
            }
            if (!tally.byRule.isEmpty()) {
                log.println("  findings by rule: " + tally.byRule.entrySet().stream()
                        .map(e -> e.getKey() + " (" + e.getValue().entrySet().stream()
                                .map(s -> s.getKey() + " " + s.getValue()).collect(Collectors.joining(", ")) + ")")
                        .collect(Collectors.joining("; ")));
            }
            if (reviewed.crossFindings() > 0) {
                log.println("  across reports: " + reviewed.departments() + " departments, " + reviewed.crossFindings()
                        + " R-ACROSS findings (cross-findings.jsonl)");
            }
            List<Catalog.Timing> slowest = catalog.slowest(5);
            if (!slowest.isEmpty()) {
                log.println("  slowest: " + slowest.stream()
                        .map(t -> String.format(Locale.ROOT, "%s %.2f s", t.path(), t.wallMillis() / 1000.0))
                        .collect(Collectors.joining(", ")));
            }
            return new Summary(counts.files(), counts.failed(), parsed, counts.cached(), counts.failuresByCode());
        }
    }

    /** One file: from the catalog if it is there (and not a failure to retry), else parsed, then stored. */
    private void handle(Item item, Parser parser, Catalog catalog, Progress progress)
            throws IOException, InterruptedException {
        InputFiles.Input input = item.input();
        String path = input.relativePath();
        long start = System.nanoTime();
        long size;
        String sha;
        try {
            size = Files.size(input.file());
            if (size > config.readLimits().maxFileBytes()) {
                store(item, "", FileProcessor.tooLarge(input, size, config), 0, start, "gouji", catalog, progress);
                return;
            }
            sha = FileProcessor.sha256(input.file());
        } catch (IOException e) {
            store(item, "", FileProcessor.ioError(input, e), 0, start, "gouji", catalog, progress);
            return;
        }
        Catalog.Known known = catalog.lookup(path, sha);
        // a retried failure is parsed below and its catalog row replaced (same path, content, configuration)
        if (known != null && !retry.rereads(known.status(), known.errorCode())) {
            catalog.reuse(item.seq(), path, known.id());
            boolean ok = RecordStatus.OK.is(known.status());
            progress.done(ok, true);
            if (!ok) {
                progress.log("failed: " + path + " [" + known.errorCode() + "] " + known.errorMessage());
            }
            return;
        }
        String name = parser.name();
        Parser.Outcome outcome = parser.parse(input, dumpBlocks);
        if (outcome instanceof Parser.Done done) {
            if (done.blocksJson() != null) {
                OutputWriter.writeAtomically(outDir.resolve("blocks").resolve(path + ".json"), done.blocksJson());
            }
            storeLine(item, sha, size, done.recordJson(), done.processMillis(), start, parser.name(), catalog, progress);
        } else if (outcome instanceof Parser.Failed failed) {
            String message = failed.message() != null ? failed.message()
                    : "reading took longer than " + config.fileTimeout().toSeconds()
                            + " s (gouji.ingest.file_timeout); the file may be damaged or unusually large";
            ReportRecord r = ReportRecord.failed(new SourceInfo(path, sha, null, size), new ErrorInfo(failed.code().code(), message));
            store(item, sha, r, failed.processMillis(), start, name, catalog, progress);
        }
    }

    private void store(Item item, String sha, ReportRecord r, long processMillis, long start, String worker,
            Catalog catalog, Progress progress) throws IOException {
        storeLine(item, sha, r.source().bytes(), RecordJson.lineBytes(r), processMillis, start, worker, catalog, progress);
    }

    private void storeLine(Item item, String sha, long size, byte[] json, long processMillis, long start, String worker,
            Catalog catalog, Progress progress) throws IOException {
        RecordJson.Head head = RecordJson.head(json);
        long wall = (System.nanoTime() - start) / 1_000_000;
        catalog.put(item.seq(), new Catalog.Entry(item.input().relativePath(), sha, head.format(), size, head.status(),
                head.errorCode(), json, processMillis, wall, worker));
        boolean ok = RecordStatus.OK.is(head.status());
        progress.done(ok, false);
        if (!ok) {
            progress.log("failed: " + item.input().relativePath() + " [" + head.errorCode() + "] " + head.errorMessage());
        }
    }

    /** Findings of the run's records by rule family and severity, counted as the output is written. */
    private static final class FindingTally {
        final Map<String, Map<String, Integer>> byRule = new TreeMap<>();

        void add(ReportRecord record) {
            for (Finding f : record.findings()) {
                byRule.computeIfAbsent(RuleId.familyOf(f.rule()), k -> new TreeMap<>()).merge(f.severity(), 1, Integer::sum);
            }
        }
    }

    /** Waits for an aborted review writer to remove its temporary files; its own error is the consequence, not the cause. */
    private static void awaitQuietly(java.util.concurrent.Future<?> task) {
        try {
            task.get();
        } catch (java.util.concurrent.ExecutionException expected) {
            // aborted
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Hands one record (or, with null, the end) to the review writer, unless it has already failed. */
    private static void handOver(HandedRecordSource review, java.util.concurrent.Future<?> task, ReportRecord record) {
        if (task.isDone()) {
            return; // it failed; its error is reported once the pass ends
        }
        try {
            // a writer that failed takes nothing more: stop waiting for room then
            while (!review.offer(record, 100)) {
                if (task.isDone()) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing the review outputs", e);
        }
    }
}
