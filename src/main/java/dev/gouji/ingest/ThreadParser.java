package dev.gouji.ingest;

import dev.gouji.config.PipelineConfig;
import dev.gouji.read.ErrorCode;
import dev.gouji.store.BlockDump;
import dev.gouji.store.RecordJson;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Parses in this JVM ({@code gouji.ingest.isolation = thread}), on a thread of its own so that a file that
 * overruns the time limit can be given up on. Java cannot stop that thread: it is interrupted and abandoned
 * and keeps its CPU and memory until it ends, which is why this mode is for tests and debugging only.
 */
final class ThreadParser implements Parser {
    private final FileProcessor processor;
    private final long timeoutMillis;
    private final int slot;
    private ExecutorService thread;

    ThreadParser(FileProcessor processor, PipelineConfig config, int slot) {
        this.processor = processor;
        this.timeoutMillis = config.fileTimeout().toMillis();
        this.slot = slot;
    }

    @Override
    public Outcome parse(InputFiles.Input input, boolean blocks) throws InterruptedException {
        if (thread == null) {
            thread = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "gouji-parse-" + slot);
                t.setDaemon(true);
                return t;
            });
        }
        long start = System.nanoTime();
        Future<Done> f = thread.submit(() -> {
            FileProcessor.Processed p = processor.process(input);
            String dump = blocks && p.document() != null ? BlockDump.json(p.document()) : null;
            return new Done(RecordJson.lineBytes(p.record()), 0, dump);
        });
        try {
            Done d = f.get(timeoutMillis, TimeUnit.MILLISECONDS);
            return new Done(d.recordJson(), (System.nanoTime() - start) / 1_000_000, d.blocksJson());
        } catch (TimeoutException e) {
            f.cancel(true);
            thread.shutdownNow();
            thread = null;
            return new Failed(ErrorCode.TIMEOUT, null, (System.nanoTime() - start) / 1_000_000);
        } catch (ExecutionException e) {
            return new Failed(ErrorCode.INTERNAL, "gouji failed on this file (" + e.getCause()
                    + "); please report it with the file", (System.nanoTime() - start) / 1_000_000);
        }
    }

    @Override
    public String name() {
        return "thread " + slot;
    }

    @Override
    public void close() {
        if (thread != null) {
            thread.shutdownNow();
        }
    }
}
