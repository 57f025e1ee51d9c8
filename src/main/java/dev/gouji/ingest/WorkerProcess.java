package dev.gouji.ingest;

import dev.gouji.store.RecordJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One forked {@link Worker} JVM and the files in flight in it. Several files may be in flight at once, more
 * than it has parse threads (the rest wait in its queue); each request gets an id and its own answer queue,
 * which receives {@link #STARTED} when a parse thread takes the file up, then the worker's
 * {@link Parser.Done} for it or, if the worker ends first, the worker's {@link Exited}.
 */
final class WorkerProcess {
    private static final long STARTUP_TIMEOUT_MILLIS = 120_000;
    /** On a file's answer queue before its answer: a parse thread has taken the file up. */
    static final Object STARTED = new Object();

    /**
     * The worker ended before answering: its exit status, whether this parent killed it (for another file's
     * time limit, so the files it held are not to blame), how many files its parse threads held when it
     * ended, and whether this file was one of them (a file still waiting in its queue is not to blame).
     */
    /**
     * How the worker ended, as each file it held learns it. {@code badAnswer} says what was wrong with an answer the
     * worker wrote (then killed for it), null when it simply died or was killed for another file's time limit.
     */
    record Exited(int status, boolean killedByParent, int inFlight, boolean started, String badAnswer) {
    }

    private final Process process;
    private final long heapBytes;
    private final BufferedWriter toWorker;
    private final Object lock = new Object();
    private final Map<Long, BlockingQueue<Object>> pending = new HashMap<>();
    private final Set<Long> started = new HashSet<>();
    private final CountDownLatch ready = new CountDownLatch(1);
    private long nextId;
    private int submitted;
    private Exited exited;
    private volatile boolean killedByParent;
    private volatile String badAnswer;

    private WorkerProcess(Process process, long heapBytes) {
        this.process = process;
        this.heapBytes = heapBytes;
        this.toWorker = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    }

    /** Starts a worker and waits for its READY. */
    static WorkerProcess start(List<String> command, long heapBytes, Path log) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()));
        WorkerProcess w = new WorkerProcess(pb.start(), heapBytes);
        Thread reader = new Thread(w::readAnswers, "gouji-worker-reader-" + w.process.pid());
        reader.setDaemon(true);
        reader.start();
        boolean started = w.ready.await(STARTUP_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        Exited early;
        synchronized (w.lock) {
            early = w.exited;
        }
        if (!started || early != null) {
            w.process.destroyForcibly();
            throw new IOException("a worker JVM did not start (" + (early != null ? "exit status " + early.status()
                    : "no answer in " + STARTUP_TIMEOUT_MILLIS / 1000 + " s") + "); see " + log);
        }
        return w;
    }

    /** Sends a file; its answer arrives on the returned queue. */
    BlockingQueue<Object> submit(InputFiles.Input input, boolean blocks) {
        BlockingQueue<Object> answer = new LinkedBlockingQueue<>();
        Map<String, Object> request = new LinkedHashMap<>();
        synchronized (lock) {
            submitted++;
            if (exited != null) {
                answer.add(exited);
                return answer;
            }
            long id = nextId++;
            pending.put(id, answer);
            request.put("id", id);
            request.put("file", input.file().toAbsolutePath().toString());
            request.put("path", input.relativePath());
            request.put("blocks", blocks);
            try {
                toWorker.write(RecordJson.mapper().writeValueAsString(request));
                toWorker.write('\n');
                toWorker.flush();
            } catch (IOException e) {
                // the worker is gone (its stdin is closed): its Exited reaches the queue when its output ends
            }
        }
        return answer;
    }

    /** Files sent to this worker so far. */
    int submitted() {
        synchronized (lock) {
            return submitted;
        }
    }

    boolean hasExited() {
        synchronized (lock) {
            return exited != null;
        }
    }

    long heapBytes() {
        return heapBytes;
    }

    String name() {
        return "pid " + process.pid();
    }

    /** Kills the worker; the other files in flight in it receive an {@link Exited} that says so. */
    void kill() {
        killedByParent = true;
        process.destroyForcibly();
    }

    /** No more files: the worker finishes those in flight and ends by itself. */
    void retire() {
        synchronized (lock) {
            try {
                toWorker.close();
            } catch (IOException e) {
                // already gone
            }
        }
    }

    /** Ends the worker now (every file it was given has been answered). */
    void stop() {
        retire();
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private int exitStatus() {
        try {
            return process.waitFor(10, TimeUnit.SECONDS) ? process.exitValue() : -1;
        } catch (InterruptedException e) {
            return -1;
        }
    }

    /** The exception's own words, cut to a line: what the worker wrote is not echoed whole. */
    private static String describe(RuntimeException e) {
        Throwable cause = e instanceof java.io.UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String m = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        m = m.lines().findFirst().orElse("");
        return m.length() > 160 ? m.substring(0, 160) + "…" : m;
    }

    /** Runs on the worker's reader thread: routes each answer to its file's queue, then the exit to the rest. */
    private void readAnswers() {
        try (InputStream stream = process.getInputStream()) {
            LineInput in = new LineInput(stream);
            byte[] bytes;
            while ((bytes = in.readLine()) != null) {
                String line = new String(bytes, StandardCharsets.UTF_8);
                if (line.equals("READY")) {
                    ready.countDown();
                } else if (line.startsWith("START ")) {
                    long id = Long.parseLong(line.substring(6));
                    BlockingQueue<Object> answer;
                    synchronized (lock) {
                        answer = pending.get(id);
                        started.add(id);
                    }
                    if (answer != null) {
                        answer.add(STARTED);
                    }
                } else if (line.startsWith("DONE ")) {
                    String[] head = line.split(" ");
                    long id = Long.parseLong(head[1]);
                    long millis = Long.parseLong(head[2]);
                    boolean withBlocks = head[3].equals("1");
                    byte[] record = in.readLine();
                    byte[] blocks = withBlocks ? in.readLine() : null;
                    if (record == null || withBlocks && blocks == null) {
                        break;
                    }
                    RecordJson.head(record); // a line the parent could not store must not get past here
                    BlockingQueue<Object> answer;
                    synchronized (lock) {
                        answer = pending.remove(id);
                        started.remove(id);
                    }
                    if (answer != null) {
                        answer.add(new Parser.Done(record, millis,
                                blocks == null ? null : RecordJson.mapper().readValue(blocks, String.class)));
                    }
                }
            }
        } catch (IOException e) {
            // the worker died mid-answer: treated as its exit below
        } catch (RuntimeException e) {
            // an answer that does not parse: the worker cannot be trusted with the files it holds
            badAnswer = "its answer could not be understood: " + describe(e);
            process.destroyForcibly();
        }
        int status = exitStatus();
        List<Runnable> notices = new ArrayList<>();
        synchronized (lock) {
            int inFlight = started.size();
            exited = new Exited(status, killedByParent, inFlight, false, badAnswer);
            pending.forEach((id, q) -> {
                Exited x = new Exited(status, killedByParent, inFlight, started.contains(id), badAnswer);
                notices.add(() -> q.add(x));
            });
            pending.clear();
            started.clear();
        }
        notices.forEach(Runnable::run);
        ready.countDown();
    }
}
