package dev.gouji.record;

/** Where a figure stands: block id (p12, t3r4c2), offsets in that block's normalised text, and a snippet. */
public record Evidence(String block, int start, int end, String snippet) {
}
