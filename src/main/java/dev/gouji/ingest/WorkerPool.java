package dev.gouji.ingest;

import dev.gouji.config.PipelineConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;

/**
 * The worker JVMs of a run. The jobs share one worker with a parse thread per job: one JVM loads the classes
 * and compiles the code once for all of them (on 2 cores, 1,000 files took two single-threaded workers 17.8 s
 * of CPU and one two-threaded worker 11 s). It is replaced when it dies and retired after
 * {@code gouji.ingest.worker_max_files} files. A file that was in flight with others when their worker died
 * cannot be blamed or cleared on that evidence, so it is read again alone, in a quarantine worker with the
 * heap of one job ({@code gouji.ingest.worker_heap}).
 */
final class WorkerPool implements AutoCloseable {
    private final Path workerConfig;
    private final Path state;
    private final int threads;
    private final long heapBytes;
    private final int maxFiles;
    private WorkerProcess current;

    /** A file sent to a worker, and where its answer will arrive. */
    record Sent(WorkerProcess worker, BlockingQueue<Object> answer) {
    }

    WorkerPool(PipelineConfig config, Path workerConfig, Path state, int threads) {
        this.workerConfig = workerConfig;
        this.state = state;
        this.threads = threads;
        this.heapBytes = config.ingest().workerHeapBytes();
        this.maxFiles = config.ingest().workerMaxFiles();
    }

    /** Sends a file to the shared worker, starting one if there is none or the last one died or is spent. */
    synchronized Sent send(InputFiles.Input input, boolean blocks) throws IOException, InterruptedException {
        if (current != null && (current.hasExited() || current.submitted() >= maxFiles)) {
            current.retire();
            current = null;
        }
        if (current == null) {
            current = WorkerProcess.start(command(threads, heapBytes * threads), heapBytes * threads, state.resolve("worker.log"));
        }
        return new Sent(current, current.submit(input, blocks));
    }

    /** A worker of one thread for one file, which the caller stops when it has its answer. */
    WorkerProcess quarantine() throws IOException, InterruptedException {
        return WorkerProcess.start(command(1, heapBytes), heapBytes, state.resolve("worker-quarantine.log"));
    }

    private List<String> command(int parseThreads, long heap) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // TieredStopAtLevel=1: a worker lives for a few thousand files at most, too short for C2's compile
        // time to pay off; C1 alone cut a 1,000-file run on 2 cores from 19.9 s to 14.2 s
        return List.of(java, "-Xmx" + (heap >> 20) + "m", "-Xss4m",
                "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30",
                "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "-Xshare:auto",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), Worker.class.getName(),
                "--config", workerConfig.toString(), "--parent", Long.toString(ProcessHandle.current().pid()),
                "--threads", Integer.toString(parseThreads));
    }

    @Override
    public synchronized void close() {
        if (current != null) {
            current.stop();
            current = null;
        }
    }
}
