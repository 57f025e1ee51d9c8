package dev.gouji.read;

/**
 * Bounds that keep one hostile or oversized file from taking the batch down.
 *
 * @param maxFileBytes      larger files are refused before parsing
 * @param maxTextChars      a document whose text exceeds this is refused (a report is not a novel)
 * @param maxUnzippedBytes  total bytes an OOXML package may inflate to
 * @param maxCompressionRatio  inflated/compressed ratio above which a zip entry is taken for a bomb
 */
public record ReadLimits(long maxFileBytes, long maxTextChars, long maxUnzippedBytes, double maxCompressionRatio) {
    public static final ReadLimits DEFAULT = new ReadLimits(200L << 20, 5_000_000L, 500L << 20, 200.0);
}
