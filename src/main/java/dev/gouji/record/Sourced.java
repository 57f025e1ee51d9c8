package dev.gouji.record;

/** An identity value (department, fiscal year, report kind) with its evidence. */
public record Sourced<T>(T value, Evidence evidence) {
}
