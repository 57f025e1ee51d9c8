package dev.gouji.ingest;

import dev.gouji.config.PipelineConfig;
import dev.gouji.read.ErrorCode;
import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses in a forked worker JVM ({@link Worker}) of the run's {@link WorkerPool}, in the manner of Apache Tika
 * Pipes: one job's file at a time, waiting at most {@code gouji.ingest.file_timeout}. A file that overruns has
 * its worker killed ({@code timeout}); one whose worker dies on the heap limit is {@code too_large}, of
 * any other death {@code internal_error}. A file in flight when its worker was killed for another file's time
 * limit, or still queued when it died, is sent again; one being read alongside others when their worker died
 * by itself is read again in quarantine.
 */
final class ForkedParser implements Parser {
    /** Times a file is sent again after its worker was killed for other files, before it goes to quarantine. */
    private static final int MAX_RESENDS = 3;

    private final WorkerPool pool;
    private final long timeoutMillis;
    private String name = "worker";

    ForkedParser(WorkerPool pool, PipelineConfig config) {
        this.pool = pool;
        this.timeoutMillis = config.fileTimeout().toMillis();
    }

    @Override
    public Outcome parse(InputFiles.Input input, boolean blocks) throws IOException, InterruptedException {
        long start = System.nanoTime();
        for (int resends = 0; ; resends++) {
            WorkerPool.Sent sent = pool.send(input, blocks);
            name = sent.worker().name();
            Object answer = answerWithin(sent.answer());
            if (answer instanceof WorkerProcess.Exited x && notToBlame(x) && resends < MAX_RESENDS) {
                continue;
            }
            if (answer instanceof WorkerProcess.Exited x && (notToBlame(x) || x.inFlight() > 1)) {
                return inQuarantine(input, blocks, start);
            }
            return outcome(answer, sent.worker(), start);
        }
    }

    /** The worker was killed for another file, or ended while this one was still waiting in its queue. */
    private static boolean notToBlame(WorkerProcess.Exited x) {
        return x.killedByParent() || !x.started();
    }

    /** Reads the file alone in a worker of its own, whose answer is final. */
    private Outcome inQuarantine(InputFiles.Input input, boolean blocks, long start) throws IOException, InterruptedException {
        WorkerProcess alone = pool.quarantine();
        try {
            name = alone.name();
            return outcome(answerWithin(alone.submit(input, blocks)), alone, start);
        } finally {
            alone.stop();
        }
    }

    /**
     * The file's answer, or null if it took longer than the time limit. The limit counts from when a parse
     * thread took the file up: a file may wait in the worker's queue behind others, and that wait is theirs.
     * A file that never starts gets its answer all the same: the worker is killed for the file that holds
     * its thread, or dies, and says so.
     */
    private Object answerWithin(BlockingQueue<Object> answers) throws InterruptedException {
        Object first = answers.take();
        if (first != WorkerProcess.STARTED) {
            return first;
        }
        return answers.poll(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    private Outcome outcome(Object answer, WorkerProcess worker, long start) {
        if (answer instanceof Done d) {
            return d;
        }
        if (answer instanceof WorkerProcess.Exited x) {
            return failure(x, worker, start);
        }
        worker.kill();
        return new Failed(ErrorCode.TIMEOUT, null, millisSince(start));
    }

    private static Failed failure(WorkerProcess.Exited exited, WorkerProcess worker, long start) {
        if (exited.status() == Worker.OUT_OF_MEMORY_EXIT) {
            return new Failed(ErrorCode.TOO_LARGE, "reading the file exhausted the memory of its worker (" + (worker.heapBytes() >> 20)
                    + " MB: gouji.ingest.worker_heap per job); the file is unusually large or built to inflate (a zip bomb); "
                    + "raise gouji.ingest.worker_heap if the file is trusted", millisSince(start));
        }
        if (exited.badAnswer() != null) {
            return new Failed(ErrorCode.INTERNAL, "the worker reading this file was stopped: " + exited.badAnswer()
                    + "; please report it with the file", millisSince(start));
        }
        return new Failed(ErrorCode.INTERNAL, "the worker reading this file died (exit status " + exited.status()
                + "); please report it with the file", millisSince(start));
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        // the pool's workers are the run's, closed with it
    }
}
