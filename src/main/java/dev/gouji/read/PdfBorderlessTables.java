package dev.gouji.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Tables drawn without rulings (as a spreadsheet prints them): text in columns, read by alignment over
 * consecutive lines (the stream idea). Conservative, so that prose never becomes a table: at least three
 * consecutive lines, close together, each split by wide gaps into pieces; the pieces of all of them fall in
 * at least two columns separated by clear space (a piece reaching across two columns makes them one, and
 * a line with two pieces in one column is no row of them); every column is used by two lines or more, and
 * some line fills every column. Each line is a row; cells are not merged.
 */
final class PdfBorderlessTables {
    private static final int MIN_ROWS = 3;

    private PdfBorderlessTables() {
    }

    /** The lines (top to bottom) with the runs of them that form a table replaced by the table. */
    static List<PdfPageLayout.Positioned> lay(List<PdfTextLine> lines) {
        List<PdfPageLayout.Positioned> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && lines.get(j).chunks().size() >= 2
                    && (j == i || lines.get(j).top() - lines.get(j - 1).bottom() <= 1.5f * lines.get(j).size())) {
                j++;
            }
            PdfTable table = j - i >= MIN_ROWS ? table(lines.subList(i, j)) : null;
            if (table != null) {
                out.add(new PdfPageLayout.Positioned(lines.get(i).top(), table));
                i = j;
            } else {
                out.add(new PdfPageLayout.Positioned(lines.get(i).top(), lines.get(i)));
                i++;
            }
        }
        return out;
    }

    /** The table the lines form, or null when their pieces do not stand in columns. */
    static PdfTable table(List<PdfTextLine> rows) {
        List<float[]> bands = bands(rows);
        if (bands.size() < 2) {
            return null;
        }
        int[] used = new int[bands.size()];
        boolean full = false;
        List<PdfTable.Cell> cells = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            String[] texts = new String[bands.size()];
            for (PdfTextLine.Chunk chunk : rows.get(r).chunks()) {
                int band = band(bands, chunk);
                if (texts[band] != null) {
                    return null;
                }
                texts[band] = chunk.text();
                used[band]++;
            }
            int filled = 0;
            for (int c = 0; c < texts.length; c++) {
                filled += texts[c] == null ? 0 : 1;
                cells.add(new PdfTable.Cell(r, c, 1, 1, texts[c] == null ? "" : texts[c], Float.MAX_VALUE,
                        rows.get(r).size(), 0));
            }
            full |= filled == bands.size();
        }
        for (int n : used) {
            if (n < 2) {
                return null;
            }
        }
        if (!full) {
            return null;
        }
        float[] columns = new float[bands.size() + 1];
        columns[0] = bands.get(0)[0];
        for (int c = 1; c < bands.size(); c++) {
            columns[c] = (bands.get(c - 1)[1] + bands.get(c)[0]) / 2;
        }
        columns[bands.size()] = bands.get(bands.size() - 1)[1];
        return new PdfTable(columns, rows.size(), cells);
    }

    /** The columns: the pieces' extents, left to right, those that overlap or nearly touch made one. */
    private static List<float[]> bands(List<PdfTextLine> rows) {
        List<float[]> spans = new ArrayList<>();
        float size = 0;
        for (PdfTextLine row : rows) {
            size = Math.max(size, row.size());
            for (PdfTextLine.Chunk c : row.chunks()) {
                spans.add(new float[] {c.left(), c.right()});
            }
        }
        spans.sort(Comparator.comparingDouble(s -> s[0]));
        List<float[]> bands = new ArrayList<>();
        for (float[] s : spans) {
            float[] last = bands.isEmpty() ? null : bands.get(bands.size() - 1);
            if (last != null && s[0] <= last[1] + size) {
                last[1] = Math.max(last[1], s[1]);
            } else {
                bands.add(s.clone());
            }
        }
        return bands;
    }

    private static int band(List<float[]> bands, PdfTextLine.Chunk chunk) {
        for (int b = 0; b < bands.size(); b++) {
            if (chunk.left() >= bands.get(b)[0] && chunk.left() <= bands.get(b)[1]) {
                return b;
            }
        }
        throw new IllegalStateException("a piece outside the columns made of the pieces");
    }
}
