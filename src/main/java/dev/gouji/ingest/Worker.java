package dev.gouji.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gouji.config.PipelineConfig;
import dev.gouji.store.BlockDump;
import dev.gouji.store.RecordJson;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * A forked worker JVM ({@code java -cp <gouji's classpath> dev.gouji.ingest.Worker --config FILE --parent PID}):
 * reads, extracts and reconciles the files its parent sends, on {@code --threads} parse threads, so that a file
 * that hangs or exhausts memory takes down only this process, which the parent kills or sees die and replaces.
 *
 * <p>Line protocol over stdin/stdout, UTF-8. The worker first writes {@code READY}. Each request is one JSON
 * line {@code {"id": 7, "file": "/absolute/path", "path": "relative/path", "blocks": false}}. When a parse
 * thread takes a file up the worker writes {@code START <id>}; its answer, in the order the files finish, is
 * the line {@code DONE <id> <milliseconds> <0|1>}, then the record as one JSON line, then, when blocks were
 * asked for and the document was read, the block dump as one JSON string line. End of input ends the worker
 * once the files in flight are answered. Anything the libraries print goes to stderr, never into the protocol. The JVM runs with
 * {@code -XX:+ExitOnOutOfMemoryError}, so a file that exhausts the heap ends it with status 3; a watchdog ends
 * it when the parent process is gone (killed with SIGKILL, say), so that no worker outlives its run.
 */
public final class Worker {
    /** Exit status of a JVM that ran out of memory under -XX:+ExitOnOutOfMemoryError. */
    public static final int OUT_OF_MEMORY_EXIT = 3;

    private Worker() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        OutputStream out = new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16);
        System.setOut(System.err);
        Optional<Path> config = Optional.empty();
        long parent = -1;
        int threads = 1;
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--config" -> config = Optional.of(Path.of(args[i + 1]));
                case "--parent" -> parent = Long.parseLong(args[i + 1]);
                case "--threads" -> threads = Integer.parseInt(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        watchParent(parent);
        PipelineConfig cfg = PipelineConfig.load(config);
        ThreadLocal<FileProcessor> processors = ThreadLocal.withInitial(() -> new FileProcessor(cfg));
        ExecutorService parsing = Executors.newFixedThreadPool(threads, new ParseThreads());
        BufferedReader in = new BufferedReader(new InputStreamReader(new FileInputStream(FileDescriptor.in),
                StandardCharsets.UTF_8));
        out.write(ascii("READY\n"));
        out.flush();
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode request = RecordJson.mapper().readTree(line);
            long id = request.get("id").asLong();
            InputFiles.Input input = new InputFiles.Input(Path.of(request.get("file").asText()),
                    request.get("path").asText());
            boolean blocks = request.path("blocks").asBoolean(false);
            parsing.execute(() -> answer(id, input, blocks, processors.get(), out));
        }
        parsing.shutdown();
        parsing.awaitTermination(Long.MAX_VALUE, TimeUnit.DAYS);
    }

    /** Processes one file and writes its answer; anything the pipeline did not catch ends the worker. */
    private static void answer(long id, InputFiles.Input input, boolean blocks, FileProcessor processor, OutputStream out) {
        try {
            synchronized (out) {
                out.write(ascii("START " + id + "\n"));
                out.flush();
            }
            long start = System.nanoTime();
            FileProcessor.Processed processed = processor.process(input);
            byte[] record = RecordJson.lineBytes(processed.record());
            String dump = blocks && processed.document() != null
                    ? RecordJson.mapper().writeValueAsString(BlockDump.json(processed.document())) : null;
            long millis = (System.nanoTime() - start) / 1_000_000;
            synchronized (out) {
                out.write(ascii("DONE " + id + " " + millis + " " + (dump != null ? 1 : 0) + "\n"));
                out.write(record);
                out.write('\n');
                if (dump != null) {
                    out.write(dump.getBytes(StandardCharsets.UTF_8));
                    out.write('\n');
                }
                out.flush();
            }
        } catch (Throwable t) {
            // the parent sees the exit and records the file as internal_error (or reads it again alone)
            t.printStackTrace();
            Runtime.getRuntime().halt(1);
        }
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Parse threads with the deep stacks some documents' nesting needs, like the main thread's -Xss. */
    private static final class ParseThreads implements ThreadFactory {
        private int count;

        @Override
        public synchronized Thread newThread(Runnable r) {
            return new Thread(null, r, "gouji-parse-" + count++, 4L << 20);
        }
    }

    private static void watchParent(long pid) {
        if (pid <= 0) {
            return;
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(pid);
        Thread t = new Thread(() -> {
            while (true) {
                if (parent.isEmpty() || !parent.get().isAlive()) {
                    Runtime.getRuntime().halt(0);
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "gouji-parent-watchdog");
        t.setDaemon(true);
        t.start();
    }
}
