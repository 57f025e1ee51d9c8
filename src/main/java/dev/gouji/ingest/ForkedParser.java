package dev.gouji.ingest;

import dev.gouji.config.PipelineConfig;
import dev.gouji.store.RecordJson;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Parses in a forked worker JVM ({@link Worker}), in the manner of Apache Tika Pipes: the parent keeps a
 * small pool of workers (one per job), sends each a file at a time over a line protocol, and waits at most
 * {@code gouji.ingest.file_timeout}. A worker that overruns is killed ({@code timeout}); one that dies on
 * the heap limit {@code gouji.ingest.worker_heap} ({@code too_large}) or otherwise ({@code internal_error})
 * is replaced before the next file; one that has served {@code gouji.ingest.worker_max_files} is retired.
 */
final class ForkedParser implements Parser {
    private static final long STARTUP_TIMEOUT_MILLIS = 120_000;
    private static final Object READY = new Object();

    private final List<String> command;
    private final Path log;
    private final long timeoutMillis;
    private final long heapBytes;
    private final int maxFiles;
    private Process process;
    private BufferedWriter toWorker;
    private BlockingQueue<Object> messages;
    private int served;
    private String name = "worker";

    /** The end of a worker's output: it exited with this status. */
    private record Exited(int status) {
    }

    ForkedParser(PipelineConfig config, Path workerConfig, Path log) {
        PipelineConfig.Ingest ingest = config.ingest();
        this.timeoutMillis = config.fileTimeout().toMillis();
        this.heapBytes = ingest.workerHeapBytes();
        this.maxFiles = ingest.workerMaxFiles();
        this.log = log;
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // TieredStopAtLevel=1: a worker lives for a few thousand files at most, too short for C2's compile
        // time to pay off; C1 alone cut a 1,000-file run on 2 cores from 19.9 s to 14.2 s
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + (heapBytes >> 20) + "m", "-Xss4m",
                "-XX:+ExitOnOutOfMemoryError", "-XX:+UseSerialGC", "-XX:MinHeapFreeRatio=10", "-XX:MaxHeapFreeRatio=30", "-XX:TieredStopAtLevel=1",
                "-XX:-UsePerfData", "-Xshare:auto",
                "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true"));
        String extra = System.getenv("GOUJI_WORKER_OPTS");
        if (extra != null) cmd.addAll(List.of(extra.split(" ")));
        cmd.addAll(List.of(
                "-cp", System.getProperty("java.class.path"), Worker.class.getName(),
                "--config", workerConfig.toString(), "--parent", Long.toString(ProcessHandle.current().pid())));
        this.command = List.copyOf(cmd);
    }

    @Override
    public Outcome parse(InputFiles.Input input, boolean blocks) throws IOException, InterruptedException {
        if (process == null) {
            start();
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("file", input.file().toAbsolutePath().toString());
        request.put("path", input.relativePath());
        request.put("blocks", blocks);
        long start = System.nanoTime();
        Object answer;
        try {
            toWorker.write(RecordJson.mapper().writeValueAsString(request));
            toWorker.write('\n');
            toWorker.flush();
            answer = messages.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (IOException e) {
            // the worker is gone (its stdin is closed): its exit status says why
            answer = messages.poll(10, TimeUnit.SECONDS);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        if (answer instanceof Done d) {
            if (++served >= maxFiles) {
                stop();
            }
            return d;
        }
        if (answer == null) {
            stop();
            return new Failed("timeout", null, millis);
        }
        int status = answer instanceof Exited x ? x.status() : -1;
        stop();
        if (status == Worker.OUT_OF_MEMORY_EXIT) {
            return new Failed("too_large", "reading the file exhausted the memory a worker has (" + (heapBytes >> 20)
                    + " MB, gouji.ingest.worker_heap); the file is unusually large or built to inflate (a zip bomb); "
                    + "raise gouji.ingest.worker_heap if the file is trusted", millis);
        }
        return new Failed("internal_error", "the worker reading this file died (exit status " + status
                + "); please report it with the file", millis);
    }

    private void start() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process p = pb.start();
        BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readAnswers(p, queue), "gouji-worker-reader-" + p.pid());
        reader.setDaemon(true);
        reader.start();
        Object first = queue.poll(STARTUP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        if (first != READY) {
            p.destroyForcibly();
            throw new IOException("a worker JVM did not start (" + (first == null ? "no answer in "
                    + STARTUP_TIMEOUT_MILLIS / 1000 + " s" : first) + "); see " + log);
        }
        process = p;
        messages = queue;
        toWorker = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8));
        served = 0;
        name = "pid " + p.pid();
    }

    /** Runs on the worker's reader thread: turns its output into {@link Done}s, then its {@link Exited}. */
    private static void readAnswers(Process p, BlockingQueue<Object> queue) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.equals("READY")) {
                    queue.add(READY);
                } else if (line.startsWith("DONE ")) {
                    String[] head = line.split(" ");
                    long millis = Long.parseLong(head[1]);
                    String record = in.readLine();
                    String blocks = head[2].equals("1") ? in.readLine() : null;
                    if (record == null || head[2].equals("1") && blocks == null) {
                        break;
                    }
                    queue.add(new Done(record, millis,
                            blocks == null ? null : RecordJson.mapper().readValue(blocks, String.class)));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the worker died mid-answer: treated as its exit below
        }
        int status;
        try {
            status = p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (InterruptedException e) {
            status = -1;
        }
        queue.add(new Exited(status));
    }

    private void stop() {
        if (process != null) {
            try {
                toWorker.close();
            } catch (IOException e) {
                // already gone
            }
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
            messages = null;
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void close() {
        stop();
    }
}
