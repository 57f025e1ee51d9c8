package dev.gouji.record;

/** The input file: path relative to the argument it was found under, content hash, detected format, size. */
public record SourceInfo(String path, String sha256, String format, long bytes) {
}
