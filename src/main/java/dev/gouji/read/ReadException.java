package dev.gouji.read;

/** A file could not be turned into a document; {@link #getMessage()} says what an auditor can do. */
public final class ReadException extends Exception {
    private final ErrorCode code;

    public ReadException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ReadException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
