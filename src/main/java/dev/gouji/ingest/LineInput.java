package dev.gouji.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads {@code \n}-terminated lines of a stream as bytes, undecoded: a worker's record lines go to the catalog
 * as the UTF-8 they are, instead of being decoded to a String here and encoded again there.
 */
final class LineInput {
    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;

    LineInput(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, or null at the end of the stream (a last unterminated line counts). */
    byte[] readLine() throws IOException {
        byte[] line = null;
        int length = 0;
        while (true) {
            if (position == limit) {
                limit = in.read(buffer, 0, buffer.length);
                position = 0;
                if (limit <= 0) {
                    limit = 0;
                    return line == null ? null : Arrays.copyOf(line, length);
                }
            }
            int end = position;
            while (end < limit && buffer[end] != '\n') {
                end++;
            }
            int chunk = end - position;
            if (line == null) {
                line = new byte[Math.max(chunk, 256)];
            } else if (length + chunk > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, length + chunk));
            }
            System.arraycopy(buffer, position, line, length, chunk);
            length += chunk;
            position = end;
            if (end < limit) {
                position++; // the terminator
                return length == line.length ? line : Arrays.copyOf(line, length);
            }
        }
    }
}
