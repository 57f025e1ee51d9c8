package dev.gouji.model;

/**
 * A part of the file that was read only partially or not at all (a table flattened into paragraphs, an image
 * or embedded object skipped).
 *
 * @param code    stable, snake_case (e.g. {@code image_skipped})
 * @param message what was lost and where, for a person checking the record against the file
 * @param block   the block it concerns ({@code p12}, {@code t3}); null when it concerns none
 */
public record ReadWarning(String code, String message, String block) {
}
