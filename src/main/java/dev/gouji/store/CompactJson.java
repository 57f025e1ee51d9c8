package dev.gouji.store;

import java.nio.charset.StandardCharsets;

/**
 * Byte-level steps over compact JSON in UTF-8 (no whitespace outside strings, as {@link RecordJson#line} writes
 * it). UTF-8 never uses bytes below 0x80 inside a multi-byte character, so structural characters and quotes
 * can be found without decoding.
 */
final class CompactJson {
    private CompactJson() {
    }

    /** The index of the quote that closes the string whose opening quote is at {@code open}. */
    static int endOfString(byte[] json, int open) {
        int i = open + 1;
        while (json[i] != '"') {
            i += json[i] == '\\' ? 2 : 1;
        }
        return i;
    }

    /** The index just after the value that starts at {@code start}. */
    static int endOfValue(byte[] json, int start) {
        byte first = json[start];
        if (first == '"') {
            return endOfString(json, start) + 1;
        }
        if (first != '{' && first != '[') {
            int i = start;
            while (i < json.length && json[i] != ',' && json[i] != '}' && json[i] != ']') {
                i++;
            }
            return i;
        }
        int depth = 0;
        for (int i = start; ; i++) {
            byte c = json[i];
            if (c == '"') {
                i = endOfString(json, i);
            } else if (c == '{' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
    }

    /** The object without its top-level field {@code name} (the same bytes if it has none). */
    static byte[] withoutTopLevelField(byte[] object, String name) {
        byte[] key = ("\"" + name + "\":").getBytes(StandardCharsets.UTF_8);
        int depth = 0;
        for (int i = 0; i < object.length; i++) {
            byte c = object[i];
            if (c == '"') {
                // directly inside the root object, a string after '{' or ',' is a key
                if (depth == 1 && (object[i - 1] == '{' || object[i - 1] == ',') && startsWith(object, i, key)) {
                    int end = endOfValue(object, i + key.length);
                    int from = object[i - 1] == ',' ? i - 1 : i;
                    int to = object[i - 1] == ',' || object[end] != ',' ? end : end + 1;
                    byte[] cut = new byte[object.length - (to - from)];
                    System.arraycopy(object, 0, cut, 0, from);
                    System.arraycopy(object, to, cut, from, object.length - to);
                    return cut;
                }
                i = endOfString(object, i);
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return object;
    }

    private static boolean startsWith(byte[] bytes, int at, byte[] prefix) {
        if (at + prefix.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }
}
