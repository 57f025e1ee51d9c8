package dev.gouji.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page as a reader sees it: its ruled tables, each glyph inside a table's grid going to the cell whose
 * box holds it, and the lines of text outside the tables, all in reading order (top to bottom).
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
        List<Positioned> positioned = new ArrayList<>();
        for (PdfTextLine line : PdfTextLine.group(outside)) {
            positioned.add(new Positioned(line.top(), line));
        }
        for (int t = 0; t < grids.size(); t++) {
            PdfTableGrid g = grids.get(t);
            List<PdfTable.Cell> cells = new ArrayList<>();
            for (int i = 0; i < g.cells().size(); i++) {
                PdfTableGrid.Span s = g.cells().get(i);
                String text = PdfTextLine.joinWrapped(PdfTextLine.group(inCells.get(t).get(i)));
                cells.add(new PdfTable.Cell(s.row(), s.col(), s.rowSpan(), s.colSpan(), text));
            }
            if (cells.stream().anyMatch(c -> !c.text().isBlank())) {
                positioned.add(new Positioned(g.top(), new PdfTable(g.columns(), g.rowCount(), cells)));
            }
        }
        positioned.sort(Comparator.comparingDouble(Positioned::top));
        return new PdfPageLayout(height, positioned.stream().map(Positioned::item).toList());
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

    private record Positioned(float top, Object item) {
    }
}
