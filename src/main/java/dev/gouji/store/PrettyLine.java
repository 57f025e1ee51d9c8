package dev.gouji.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Lays out a compact JSON line (as {@link RecordJson#line} writes it: no whitespace outside strings) the way
 * Jackson's {@code DefaultPrettyPrinter} does: object entries one per line, indented two spaces per object
 * level, {@code "key" : value}; arrays inline, {@code [ a, b ]}; empty containers {@code { }} and {@code [ ]}.
 * It works on the UTF-8 bytes without parsing: strings and numbers are copied exactly, which is what
 * re-parsing and re-writing them gives, at a fraction of the cost (the output pass lays out every record of a
 * run this way).
 */
final class PrettyLine {
    private static final byte[] EMPTY_OBJECT = bytes("{ }");
    private static final byte[] OPEN_OBJECT = bytes("{");
    private static final byte[] CLOSE_OBJECT = bytes("}");
    private static final byte[] EMPTY_ARRAY = bytes("[ ]");
    private static final byte[] OPEN_ARRAY = bytes("[ ");
    private static final byte[] CLOSE_ARRAY = bytes(" ]");
    private static final byte[] COMMA = bytes(",");
    private static final byte[] ARRAY_COMMA = bytes(", ");
    private static final byte[] COLON = bytes(" : ");
    private static final byte[] END = bytes("\n");

    private byte[] out;
    private int size;

    private PrettyLine(int capacity) {
        out = new byte[capacity];
    }

    static byte[] of(byte[] line) {
        PrettyLine p = new PrettyLine(line.length * 3 / 2 + 64);
        p.layOut(line);
        return Arrays.copyOf(p.out, p.size);
    }

    private void layOut(byte[] line) {
        boolean[] inObject = new boolean[64];
        int depth = 0;
        int objects = 0;
        int n = line.length;
        for (int i = 0; i < n; i++) {
            byte c = line[i];
            switch (c) {
                case '"' -> {
                    int end = CompactJson.endOfString(line, i);
                    append(line, i, end + 1 - i);
                    i = end;
                }
                case '{' -> {
                    if (i + 1 < n && line[i + 1] == '}') {
                        append(EMPTY_OBJECT);
                        i++;
                    } else {
                        inObject = push(inObject, depth++, true);
                        append(OPEN_OBJECT);
                        newline(++objects);
                    }
                }
                case '}' -> {
                    depth--;
                    newline(--objects);
                    append(CLOSE_OBJECT);
                }
                case '[' -> {
                    if (i + 1 < n && line[i + 1] == ']') {
                        append(EMPTY_ARRAY);
                        i++;
                    } else {
                        inObject = push(inObject, depth++, false);
                        append(OPEN_ARRAY);
                    }
                }
                case ']' -> {
                    depth--;
                    append(CLOSE_ARRAY);
                }
                case ',' -> {
                    if (inObject[depth - 1]) {
                        append(COMMA);
                        newline(objects);
                    } else {
                        append(ARRAY_COMMA);
                    }
                }
                case ':' -> append(COLON);
                default -> append(line, i, 1);
            }
        }
        append(END);
    }

    private static byte[] bytes(String ascii) {
        return ascii.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean[] push(boolean[] stack, int depth, boolean object) {
        boolean[] s = depth < stack.length ? stack : Arrays.copyOf(stack, stack.length * 2);
        s[depth] = object;
        return s;
    }

    private void append(byte[] from, int start, int length) {
        room(length);
        System.arraycopy(from, start, out, size, length);
        size += length;
    }

    private void append(byte[] token) {
        append(token, 0, token.length);
    }

    private void newline(int level) {
        room(1 + 2 * level);
        out[size++] = '\n';
        Arrays.fill(out, size, size + 2 * level, (byte) ' ');
        size += 2 * level;
    }

    private void room(int more) {
        if (size + more > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, size + more));
        }
    }
}
