package dev.gouji.model;

import java.util.Arrays;

/**
 * A piece of document text in two forms: the original as the file holds it, and a normalised form that
 * extractors match against (full-width digits, letters and punctuation folded to half width, ideographic
 * space to space, every run of whitespace including line breaks folded to one space, trimmed). A map from
 * each normalised character back to its original offset lets evidence quote the original. Text read from a
 * paged format (PDF) also knows the 1-based page it starts on, so that evidence built from it can cite the page.
 */
public final class NormalizedText {
    private final String original;
    private final String normalized;
    private final int[] toOriginal; // length normalized.length() + 1; last entry is the end of the original span
    private final int page; // 0: the format has no pages

    private NormalizedText(String original, String normalized, int[] toOriginal, int page) {
        this.original = original;
        this.normalized = normalized;
        this.toOriginal = toOriginal;
        this.page = page;
    }

    public static final NormalizedText EMPTY = of("");

    public static NormalizedText of(String original) {
        return of(original, 0);
    }

    /** The text as {@link #of(String)} gives it, read on 1-based {@code page} (0: no page). */
    public static NormalizedText of(String original, int page) {
        String src = original == null ? "" : original;
        StringBuilder out = new StringBuilder(src.length());
        int[] map = new int[src.length() + 1];
        boolean pendingSpace = false;
        int pendingSpaceAt = 0;
        for (int i = 0; i < src.length(); i++) {
            char c = fold(src.charAt(i));
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff') {
                if (!pendingSpace) {
                    pendingSpace = true;
                    pendingSpaceAt = i;
                }
                continue;
            }
            if (pendingSpace && out.length() > 0) {
                map[out.length()] = pendingSpaceAt;
                out.append(' ');
            }
            pendingSpace = false;
            map[out.length()] = i;
            out.append(c);
        }
        int n = out.length();
        int[] trimmed = Arrays.copyOf(map, n + 1);
        trimmed[n] = n == 0 ? 0 : map[n - 1] + 1;
        return new NormalizedText(src, out.toString(), trimmed, Math.max(0, page));
    }

    /** Full-width ASCII variants (U+FF01..U+FF5E) to ASCII, ideographic space to space. */
    public static char fold(char c) {
        if (c >= '\uff01' && c <= '\uff5e') {
            return (char) (c - 0xfee0);
        }
        if (c == '\u3000' || c == '\u00a0') {
            return ' ';
        }
        return c;
    }

    /** Folds a whole string the way {@link #of} does, without keeping the offset map. */
    public static String normalize(String s) {
        return of(s).normalized();
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /** The 1-based page this text starts on, 0 when the format has no pages. */
    public int page() {
        return page;
    }

    public boolean isBlank() {
        return normalized.isEmpty();
    }

    /** Offset in the original text of normalised offset {@code i} (0..length inclusive). */
    public int originalOffset(int i) {
        if (i <= 0) {
            return toOriginal.length > 1 ? toOriginal[0] : 0;
        }
        if (i >= normalized.length()) {
            return toOriginal[normalized.length()];
        }
        return toOriginal[i];
    }

    /** The original text behind normalised span [start, end). */
    public String originalSpan(int start, int end) {
        int s = originalOffset(start);
        int e = end >= normalized.length() ? toOriginal[normalized.length()] : originalOffset(end);
        if (e < s) {
            e = s;
        }
        return original.substring(Math.min(s, original.length()), Math.min(e, original.length()));
    }

    @Override
    public String toString() {
        return normalized;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NormalizedText t && t.original.equals(original);
    }

    @Override
    public int hashCode() {
        return original.hashCode();
    }
}
