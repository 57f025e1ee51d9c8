package dev.gouji.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a plain-text report into a string: UTF-8 (with or without BOM), UTF-16 with BOM, or
 * GB18030 (which covers GBK and GB2312), the encodings Chinese government text files come in. Bytes that
 * are not text at all are refused rather than decoded into noise.
 */
final class TextDecoder {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static String decode(byte[] b) throws ReadException {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return strict(StandardCharsets.UTF_8, b, 3);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            return strict(StandardCharsets.UTF_16LE, b, 2);
        }
        if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            return strict(StandardCharsets.UTF_16BE, b, 2);
        }
        if (looksBinary(b)) {
            throw new ReadException(ErrorCode.UNSUPPORTED,
                    "the file holds binary data, not text; it is not a report (check the file's real type)");
        }
        try {
            return strictOrThrow(StandardCharsets.UTF_8, b, 0);
        } catch (CharacterCodingException notUtf8) {
            try {
                return strictOrThrow(GB18030, b, 0);
            } catch (CharacterCodingException notGb) {
                throw new ReadException(ErrorCode.UNSUPPORTED,
                        "the text is neither UTF-8, UTF-16 nor GB18030/GBK; re-save it as UTF-8");
            }
        }
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
