package dev.gouji.record;

/** A record's {@code warnings} entry: a part of the file read only partially (see output.md). */
public record Warning(String code, String message, String block) {
}
