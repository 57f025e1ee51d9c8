package dev.gouji.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffered writer for one thread, without {@link java.io.BufferedWriter}'s lock and open check on every call:
 * POI's sheet writer sends the workbook's cell XML through its writer a character at a time, and with the
 * C1-only JIT the gouji process runs with, that lock was the largest cost of writing dataset.xlsx.
 */
final class UnlockedBufferedWriter extends Writer {
    private final Writer out;
    private final char[] buffer = new char[1 << 13];
    private int size;

    UnlockedBufferedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (size == buffer.length) {
            drain();
        }
        buffer[size++] = (char) c;
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            drain();
            out.write(chars, offset, length);
            return;
        }
        if (size + length > buffer.length) {
            drain();
        }
        System.arraycopy(chars, offset, buffer, size, length);
        size += length;
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
        if (length >= buffer.length) {
            drain();
            out.write(s, offset, length);
            return;
        }
        if (size + length > buffer.length) {
            drain();
        }
        s.getChars(offset, offset + length, buffer, size);
        size += length;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }

    private void drain() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
