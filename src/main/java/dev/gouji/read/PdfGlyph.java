package dev.gouji.read;

/**
 * One glyph of a PDF page in top-down page coordinates (origin at the crop box's upper left, y growing
 * downwards, the way text is read): {@code baseline} is the y of the glyph's baseline, {@code size} its font
 * size in points.
 */
record PdfGlyph(String text, float x, float baseline, float width, float size) {
    float right() {
        return x + width;
    }

    float top() {
        return baseline - size * 0.8f;
    }

    float bottom() {
        return baseline + size * 0.2f;
    }

    /** The point that decides which table cell the glyph belongs to: the middle of its body. */
    float centerX() {
        return x + width / 2;
    }

    float centerY() {
        return baseline - size * 0.35f;
    }
}
