package dev.gouji.read;

/**
 * A horizontal or vertical line drawn on a page, in top-down page coordinates: {@code position} is its y
 * (horizontal) or x (vertical), and it runs from {@code start} to {@code end} along the other axis.
 */
record PdfRuling(boolean horizontal, float position, float start, float end) {
    float length() {
        return end - start;
    }

    /** Whether this ruling runs along [{@code from}, {@code to}], allowing {@code slack} at both ends. */
    boolean spans(float from, float to, float slack) {
        return start <= from + slack && end >= to - slack;
    }

    /** Whether a horizontal and a vertical ruling cross or touch, within {@code tolerance}. */
    static boolean meet(PdfRuling h, PdfRuling v, float tolerance) {
        return v.position >= h.start - tolerance && v.position <= h.end + tolerance
                && h.position >= v.start - tolerance && h.position <= v.end + tolerance;
    }
}
