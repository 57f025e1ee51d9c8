package dev.gouji.read;

/** Why a file could not be read. The {@link #code()} strings are part of the output contract. */
public enum ErrorCode {
    EMPTY("empty"),
    /** A PDF of page images without a text layer: it needs OCR, which gouji does not do. */
    SCANNED("scanned"),
    /**
     * A PDF whose text is drawn in fonts that map their glyphs to no characters (a CID font without a
     * ToUnicode map) or to private-use code points: the figures cannot be read from it (OCR could).
     */
    UNMAPPED_TEXT("unmapped_text"),
    CORRUPT("corrupt"),
    ENCRYPTED("encrypted"),
    UNSUPPORTED("unsupported"),
    TOO_LARGE("too_large"),
    TIMEOUT("timeout"),
    IO_ERROR("io_error"),
    INTERNAL("internal_error");

    private final String code;

    ErrorCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
