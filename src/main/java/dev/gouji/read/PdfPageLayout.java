package dev.gouji.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page as a reader sees it: its ruled tables, each glyph inside a table's grid going to the cell whose
 * box holds it, and the lines of text outside the tables, among which tables without rulings
 * ({@link PdfBorderlessTables}), all in reading order (top to bottom).
 *
 * @param items {@link PdfTextLine}s and {@link PdfTable}s, top to bottom
 */
record PdfPageLayout(float height, List<Object> items) {
    private static final float BEYOND = 0.01f;

    PdfPageLayout {
        items = List.copyOf(items);
    }

    static PdfPageLayout of(float width, float height, List<PdfGlyph> glyphs, List<PdfRuling> rulings) {
        List<PdfTableGrid> grids = PdfTableGrid.find(rulings);
        List<List<List<PdfGlyph>>> inCells = new ArrayList<>();
        for (PdfTableGrid g : grids) {
            List<List<PdfGlyph>> perCell = new ArrayList<>();
            for (int i = 0; i < g.cells().size(); i++) {
                perCell.add(new ArrayList<>());
            }
            inCells.add(perCell);
        }
        List<PdfGlyph> outside = new ArrayList<>();
        for (PdfGlyph glyph : glyphs) {
            boolean placed = false;
            for (int t = 0; t < grids.size() && !placed; t++) {
                int cell = grids.get(t).cellAt(clamp(glyph, grids.get(t), width), glyph.centerY());
                if (cell >= 0) {
                    inCells.get(t).get(cell).add(glyph);
                    placed = true;
                }
            }
            if (!placed) {
                outside.add(glyph);
            }
        }
        List<Positioned> positioned = new ArrayList<>(PdfBorderlessTables.lay(PdfTextLine.group(outside)));
        for (int t = 0; t < grids.size(); t++) {
            PdfTableGrid g = grids.get(t);
            List<List<PdfTextLine>> lines = new ArrayList<>();
            for (List<PdfGlyph> cellGlyphs : inCells.get(t)) {
                lines.add(PdfTextLine.group(cellGlyphs));
            }
            float[] xs = g.columns();
            float padding = padding(g, xs, lines);
            List<PdfTable.Cell> cells = new ArrayList<>();
            for (int i = 0; i < g.cells().size(); i++) {
                PdfTableGrid.Span s = g.cells().get(i);
                List<PdfTextLine> cellLines = lines.get(i);
                PdfTextLine last = cellLines.isEmpty() ? null : cellLines.get(cellLines.size() - 1);
                float room = last == null ? Float.MAX_VALUE : xs[s.col() + s.colSpan()] - padding - last.right();
                cells.add(new PdfTable.Cell(s.row(), s.col(), s.rowSpan(), s.colSpan(),
                        PdfTextLine.joinWrapped(cellLines), room, last == null ? 0 : last.size(),
                        cellLines.isEmpty() ? 0 : cellLines.get(0).lead()));
            }
            if (cells.stream().anyMatch(c -> !c.text().isBlank())) {
                positioned.add(new Positioned(g.top(), new PdfTable(g.columns(), g.rowCount(), cells)));
            }
        }
        positioned.sort(Comparator.comparingDouble(Positioned::top));
        return new PdfPageLayout(height, positioned.stream().map(Positioned::item).toList());
    }

    /**
     * The room a table leaves between a cell's edge and its text: the least a line starts after its cell's
     * left edge (left-aligned cells show it; centred ones start further in).
     */
    private static float padding(PdfTableGrid grid, float[] xs, List<List<PdfTextLine>> lines) {
        float least = Float.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            float left = xs[grid.cells().get(i).col()];
            for (PdfTextLine line : lines.get(i)) {
                least = Math.min(least, line.left() - left);
            }
        }
        return least == Float.MAX_VALUE ? 0 : Math.max(0, least);
    }

    /**
     * Where a glyph counts horizontally: a table laid out wider than the page runs its text off the page's
     * edge, and a glyph past the edge beside a table belongs to the table's outermost cell in its row.
     */
    private static float clamp(PdfGlyph glyph, PdfTableGrid grid, float width) {
        float x = glyph.centerX();
        if (x > width && x > grid.right()) {
            return grid.right() - BEYOND;
        }
        if (x < 0 && x < grid.left()) {
            return grid.left() + BEYOND;
        }
        return x;
    }

    record Positioned(float top, Object item) {
    }
}
