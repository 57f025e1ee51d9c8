package dev.gouji.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs that share a baseline, left to right, and their text: a gap wider than a fraction of the font
 * size reads as a space (PDFs often position words instead of drawing spaces). {@code lead} is how wide,
 * as drawn, the line's first piece is that no line may break inside (see {@link #firstWordWidth}).
 */
record PdfTextLine(String text, float left, float right, float top, float bottom, float size, float widestGap,
        float lead, List<Chunk> chunks) {
    /** A run of the line's text between gaps wider than {@link #columnar} allows in prose: a cell's text. */
    record Chunk(String text, float left, float right) {
    }

    PdfTextLine {
        chunks = List.copyOf(chunks);
    }

    private static final float SPACE_GAP = 0.45f;
    private static final float LATIN_SPACE_GAP = 0.15f;

    /** Whether the line is laid out in columns (a row of an unruled table), not running prose. */
    boolean columnar() {
        return widestGap > 2 * size;
    }

    /** Groups glyphs into lines, top to bottom. */
    static List<PdfTextLine> group(List<PdfGlyph> glyphs) {
        List<PdfGlyph> byBaseline = new ArrayList<>(glyphs);
        byBaseline.sort(Comparator.comparingDouble(PdfGlyph::baseline).thenComparingDouble(PdfGlyph::x));
        List<PdfTextLine> out = new ArrayList<>();
        int i = 0;
        while (i < byBaseline.size()) {
            PdfGlyph first = byBaseline.get(i);
            int j = i + 1;
            while (j < byBaseline.size()
                    && byBaseline.get(j).baseline() - first.baseline() <= Math.max(1f, first.size() * 0.4f)) {
                j++;
            }
            PdfTextLine line = of(byBaseline.subList(i, j));
            if (line != null) {
                out.add(line);
            }
            i = j;
        }
        return out;
    }

    private static PdfTextLine of(List<PdfGlyph> glyphs) {
        List<PdfGlyph> byX = new ArrayList<>(glyphs);
        byX.sort(Comparator.comparingDouble(PdfGlyph::x));
        StringBuilder text = new StringBuilder();
        PdfGlyph previous = null;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float size = 0;
        float widestGap = 0;
        boolean spaced = false;
        List<PdfGlyph> kept = new ArrayList<>();
        List<Integer> starts = new ArrayList<>(); // where each kept glyph's text starts in the line's text
        for (PdfGlyph g : byX) {
            if (g.text().isBlank()) {
                spaced = previous != null; // a drawn space: the words either side are apart, however narrow it is
                continue;
            }
            if (previous != null && g.text().equals(previous.text()) && Math.abs(g.x() - previous.x()) < g.size() * 0.1f) {
                continue; // the same glyph drawn twice (fake bold, shadow)
            }
            boolean gap = previous != null && g.x() - previous.right() > spaceGap(previous, g);
            if (gap || spaced) {
                text.append(' ');
            }
            if (gap) {
                widestGap = Math.max(widestGap, g.x() - previous.right());
            }
            spaced = false;
            kept.add(g);
            starts.add(text.length());
            text.append(g.text());
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.bottom());
            size = Math.max(size, g.size());
            previous = g;
        }
        if (previous == null) {
            return null;
        }
        List<PdfGlyph> ink = byX.stream().filter(g -> !g.text().isBlank()).toList();
        return new PdfTextLine(text.toString(), ink.get(0).x(), ink.get(ink.size() - 1).right(), top, bottom, size,
                widestGap, lead(byX), chunks(kept, starts, text.toString(), size));
    }

    private static List<Chunk> chunks(List<PdfGlyph> kept, List<Integer> starts, String text, float size) {
        List<Chunk> out = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= kept.size(); i++) {
            if (i == kept.size() || kept.get(i).x() - kept.get(i - 1).right() > 2 * size) {
                int end = i == kept.size() ? text.length() : starts.get(i);
                out.add(new Chunk(text.substring(starts.get(first), end).strip(), kept.get(first).x(), kept.get(i - 1).right()));
                first = i;
            }
        }
        return out;
    }

    /** The drawn width of the first piece of the line: as {@link #firstWordWidth}, measured on the glyphs. */
    private static float lead(List<PdfGlyph> byX) {
        PdfGlyph first = null;
        PdfGlyph last = null;
        for (PdfGlyph g : byX) {
            if (first == null) {
                if (!g.text().isBlank()) {
                    first = g;
                    last = g;
                }
                continue;
            }
            boolean ideograph = Character.isIdeographic(g.text().codePointAt(0));
            boolean firstIdeograph = Character.isIdeographic(first.text().codePointAt(0));
            boolean attached = firstIdeograph ? "。，、；：！？）》”’%".contains(g.text())
                    : !ideograph && !g.text().isBlank() && g.x() - last.right() <= spaceGap(last, g);
            if (!attached) {
                break;
            }
            last = g;
        }
        return first == null ? 0 : last.right() - first.x();
    }

    /** Between Latin letters a space is narrow; between ideographs only a wide gap separates words. */
    private static float spaceGap(PdfGlyph a, PdfGlyph b) {
        float size = Math.max(a.size(), b.size());
        boolean latin = latin(a.text().charAt(a.text().length() - 1)) && latin(b.text().charAt(0));
        return (latin ? LATIN_SPACE_GAP : SPACE_GAP) * size;
    }

    /**
     * The lines of one cell as one text: a line wrapped inside the cell continues the previous one, with
     * a space only between two Latin words or numbers.
     */
    static String joinWrapped(List<PdfTextLine> lines) {
        StringBuilder out = new StringBuilder();
        for (PdfTextLine line : lines) {
            String t = line.text().strip();
            if (out.length() > 0 && latin(out.charAt(out.length() - 1)) && latin(t.charAt(0))) {
                out.append(' ');
            }
            out.append(t);
        }
        return out.toString();
    }

    /**
     * About how wide the first piece of a line is that a line cannot break inside (the room the line above
     * lacked): its leading run of figures, letters, signs and punctuation up to a space (〔2024〕21,
     * ×100%。≤100%), or else
     * its first ideograph with the punctuation that may not start a line.
     */
    static float firstWordWidth(String text, float size) {
        int run = 0;
        while (run < text.length() && !Character.isIdeographic(text.charAt(run)) && !Character.isWhitespace(text.charAt(run))) {
            run++;
        }
        if (run > 0) {
            float width = 0;
            for (int j = 0; j < run; j++) {
                width += text.charAt(j) < 0x2E80 ? size * 0.55f : size;
            }
            return width;
        }
        int i = 0;
        while (i < text.length() && latin(text.charAt(i)) || i < text.length() && i > 0 && ".,%‰".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == 0 && !text.isEmpty()) {
            i = 1;
        }
        float width = 0;
        for (int j = 0; j < text.length(); j++) {
            char c = text.charAt(j);
            if (j >= i && "。，、；：！？）》”’%".indexOf(c) < 0) {
                break;
            }
            width += c < 0x2E80 ? size * 0.55f : size;
        }
        return width;
    }

    /** Text {@code more} continuing {@code text} as a wrapped line does. */
    static String joinWrapped(String text, String more) {
        String t = more.strip();
        if (text.isEmpty() || t.isEmpty()) {
            return text + t;
        }
        return latin(text.charAt(text.length() - 1)) && latin(t.charAt(0)) ? text + " " + t : text + t;
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
