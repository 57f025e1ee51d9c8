package dev.gouji.record;

import java.util.Optional;

/** Whether a file was read ({@code ok}) or not ({@code failed}, with an error). The codes are part of the output contract. */
public enum RecordStatus {
    OK("ok"),
    FAILED("failed");

    private final String code;

    RecordStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a record's status string is this one. */
    public boolean is(String code) {
        return this.code.equals(code);
    }

    public static Optional<RecordStatus> fromCode(String code) {
        for (RecordStatus s : values()) {
            if (s.is(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
