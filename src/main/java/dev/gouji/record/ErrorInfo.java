package dev.gouji.record;

/** Why a file failed: a stable code (encrypted, corrupt, unsupported, timeout, too_large, …) and advice. */
public record ErrorInfo(String code, String message) {
}
