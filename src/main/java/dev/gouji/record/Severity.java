package dev.gouji.record;

import java.util.Optional;

/** How grave a finding is. The {@link #code()} strings are part of the output contract and of pipeline.conf. */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String code;

    Severity(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Whether a record's severity string is this one. */
    public boolean is(String code) {
        return this.code.equals(code);
    }

    public static Optional<Severity> fromCode(String code) {
        for (Severity s : values()) {
            if (s.is(code)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
