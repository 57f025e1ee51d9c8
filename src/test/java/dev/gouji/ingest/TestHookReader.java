package dev.gouji.ingest;

import dev.gouji.model.Document;
import dev.gouji.read.DocumentReader;
import dev.gouji.read.ReadException;
import dev.gouji.read.ReadLimits;
import dev.gouji.read.TxtReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test-only .txt reader, plugged in through {@code gouji.read.reader_overrides { txt = ... }}: a text whose
 * content holds {@code GOUJI-TEST-HANG} makes it hang for good (ignoring interrupts, as a stuck parser does),
 * one with {@code GOUJI-TEST-EXHAUST} makes it allocate until the heap is exhausted, one with
 * {@code GOUJI-TEST-SLOW} is read after two seconds, one with {@code GOUJI-TEST-GARBLE} writes an answer the
 * parent cannot parse straight to the worker's protocol output; one with a line {@code GOUJI-TEST-STALL-WHILE <file>} hangs
 * (also ignoring interrupts) for as long as that file exists, then is read (a file that times out on one run and
 * not on the next, with the same content); any other text is read by the real {@link TxtReader}.
 */
public final class TestHookReader implements DocumentReader {
    private final TxtReader txt = new TxtReader();

    @Override
    public String format() {
        return "txt";
    }

    static final String STALL_WHILE = "GOUJI-TEST-STALL-WHILE ";

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        String text = new String(content, StandardCharsets.UTF_8);
        int stallWhile = text.indexOf(STALL_WHILE);
        if (stallWhile >= 0) {
            int from = stallWhile + STALL_WHILE.length();
            int end = text.indexOf('\n', from);
            Path flag = Path.of(text.substring(from, end < 0 ? text.length() : end).trim());
            while (Files.exists(flag)) {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    // a stuck parser does not listen
                }
            }
        }
        if (text.contains("GOUJI-TEST-HANG")) {
            while (true) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    // a stuck parser does not listen
                }
            }
        }
        if (text.contains("GOUJI-TEST-SLOW")) {
            try {
                Thread.sleep(2_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (text.contains("GOUJI-TEST-GARBLE")) {
            // an answer line the parent cannot parse, on the protocol's own stdout, then silence
            try {
                java.io.FileOutputStream protocol = new java.io.FileOutputStream(java.io.FileDescriptor.out);
                protocol.write("DONE garbled 0 0\n{}\n".getBytes(StandardCharsets.UTF_8));
                protocol.flush();
                Thread.sleep(60_000);
            } catch (java.io.IOException | InterruptedException e) {
                // the parent kills this worker
            }
        }
        if (text.contains("GOUJI-TEST-EXHAUST")) {
            List<long[]> hog = new ArrayList<>();
            while (true) {
                hog.add(new long[1 << 20]);
            }
        }
        return txt.read(content, limits);
    }
}
