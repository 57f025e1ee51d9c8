package dev.gouji.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Turns the bytes of a plain-text report into a string: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030 (which covers GBK and GB2312), the encodings Chinese government text files come in. Bytes that
 * are not text at all are refused rather than decoded into noise. A UTF-8 file cut short in the middle of a
 * character (a truncated download or copy) is read up to that character, and says how many bytes it left.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    /** The text, and the bytes of an unfinished UTF-8 character at the end that were left out (0 when none). */
    record Decoded(String text, int cutBytes) {
    }

    static Decoded decode(byte[] b) throws ReadException {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            int cut = unfinishedUtf8(b);
            return new Decoded(strict(StandardCharsets.UTF_8, Arrays.copyOf(b, b.length - cut), 3), cut);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return new Decoded(strict(StandardCharsets.UTF_16LE, b, 2), 0);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return new Decoded(strict(StandardCharsets.UTF_16BE, b, 2), 0);
        }
        if (looksBinary(b)) {
            throw new ReadException(ErrorCode.UNSUPPORTED,
                    "the file holds binary data, not text; it is not a report (check the file's real type)");
        }
        try {
            return new Decoded(strictOrThrow(StandardCharsets.UTF_8, b, 0), 0);
        } catch (CharacterCodingException notUtf8) {
            int cut = unfinishedUtf8(b);
            if (cut > 0) {
                try {
                    return new Decoded(strictOrThrow(StandardCharsets.UTF_8, Arrays.copyOf(b, b.length - cut), 0), cut);
                } catch (CharacterCodingException notUtf8Either) {
                    // not UTF-8 before the cut either: try GB18030 on the whole
                }
            }
            try {
                return new Decoded(strictOrThrow(GB18030, b, 0), 0);
            } catch (CharacterCodingException notGb) {
                throw new ReadException(ErrorCode.UNSUPPORTED,
                        "the text is neither UTF-8, UTF-16 nor GB18030/GBK; re-save it as UTF-8");
            }
        }
    }

    /** How many bytes at the end begin a UTF-8 character that the file does not finish (0 to 3). */
    static int unfinishedUtf8(byte[] b) {
        for (int k = 1; k <= Math.min(3, b.length); k++) {
            int c = b[b.length - k] & 0xff;
            if ((c & 0xC0) == 0x80) {
                continue; // a continuation byte: its lead is further back
            }
            int needed = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
            return k < needed ? k : 0;
        }
        return 0;
    }

    /** NUL or other control bytes in the first 8 KiB mark a binary file (text never holds them). */
    private static boolean looksBinary(byte[] b) {
        int n = Math.min(b.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
            }
        }
        return control > n / 100 + 2;
    }

    private static String strict(Charset cs, byte[] b, int offset) throws ReadException {
        try {
            return strictOrThrow(cs, b, offset);
        } catch (CharacterCodingException e) {
            throw new ReadException(ErrorCode.CORRUPT, "the text file is not valid " + cs.name()
                    + " although its byte-order mark says so; re-save it", e);
        }
    }

    private static String strictOrThrow(Charset cs, byte[] b, int offset) throws CharacterCodingException {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return d.decode(ByteBuffer.wrap(b, offset, b.length - offset)).toString();
    }
}
