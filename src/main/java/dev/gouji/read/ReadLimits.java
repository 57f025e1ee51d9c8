package dev.gouji.read;

/**
 * Bounds that keep one hostile or oversized file from taking the batch down. Their defaults are in
 * {@code pipeline.conf} ({@code gouji.read}), read by {@code config.PipelineConfig}.
 *
 * @param maxFileBytes      larger files are refused before parsing
 * @param maxTextChars      a document whose text exceeds this is refused (a report is not a novel)
 * @param maxUnzippedBytes  total bytes an OOXML package may inflate to
 * @param maxCompressionRatio  inflated/compressed ratio above which a zip entry is taken for a bomb
 */
public record ReadLimits(long maxFileBytes, long maxTextChars, long maxUnzippedBytes, double maxCompressionRatio) {
}
