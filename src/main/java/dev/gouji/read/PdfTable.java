package dev.gouji.read;

import dev.gouji.model.NormalizedText;
import dev.gouji.model.TableBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A ruled table read off a page: its column boundaries and its cells with their text. */
record PdfTable(float[] columns, int rowCount, List<Cell> cells) {
    record Cell(int row, int col, int rowSpan, int colSpan, String text) {
    }

    /** Column boundaries closer than this (points) are the same column on another page. */
    private static final float SAME_COLUMN = 3f;
    private static final int MAX_HEADER_ROWS = 3;

    PdfTable {
        cells = List.copyOf(cells);
    }

    /** Whether {@code next} has the same columns, as a table continued on the next page has. */
    boolean sameLayout(PdfTable next) {
        if (next.columns.length != columns.length) {
            return false;
        }
        for (int i = 0; i < columns.length; i++) {
            if (Math.abs(next.columns[i] - columns[i]) > SAME_COLUMN) {
                return false;
            }
        }
        return true;
    }

    /**
     * This table followed by the rows of {@code next}, leaving out its leading rows that repeat this one's,
     * and an empty first row: the rest of a row the page break split after its text.
     */
    PdfTable append(PdfTable next) {
        int skip = next.rowCount > 1 && next.row(0).stream().allMatch(c -> c.text.isBlank()) ? 1 : repeatedRows(next);
        List<Cell> joined = new ArrayList<>(cells);
        for (Cell c : next.cells) {
            if (c.row < skip) {
                continue;
            }
            int above = skip == 0 && c.row == 0 && c.text.isBlank() ? endingAbove(joined, c) : -1;
            if (above >= 0) {
                Cell a = joined.get(above);
                joined.set(above, new Cell(a.row, a.col, a.rowSpan + c.rowSpan, a.colSpan, a.text));
            } else {
                joined.add(new Cell(c.row - skip + rowCount, c.col, c.rowSpan, c.colSpan, c.text));
            }
        }
        return new PdfTable(columns, rowCount + next.rowCount - skip, joined);
    }

    /**
     * The cell of this table's last row that an empty cell at the top of the next page continues: a merged
     * cell the page break cut, its text left above the break. Index into {@code joined}, or -1.
     */
    private int endingAbove(List<Cell> joined, Cell below) {
        for (int i = 0; i < joined.size(); i++) {
            Cell a = joined.get(i);
            if (a.row + a.rowSpan == rowCount && a.col == below.col && a.colSpan == below.colSpan
                    && !a.text.isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private int repeatedRows(PdfTable next) {
        int n = 0;
        while (n < MAX_HEADER_ROWS && n < rowCount && n + 1 < next.rowCount) {
            List<Cell> a = row(n);
            List<Cell> b = next.row(n);
            if (a.isEmpty() || !a.equals(b) || a.stream().allMatch(c -> c.text.isBlank())) {
                break;
            }
            n++;
        }
        return n;
    }

    private List<Cell> row(int r) {
        return cells.stream().filter(c -> c.row == r).map(c -> new Cell(0, c.col, c.rowSpan, c.colSpan,
                NormalizedText.normalize(c.text))).toList();
    }

    TableBuilder toBuilder() {
        TableBuilder b = new TableBuilder();
        List<Cell> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingInt(Cell::row).thenComparingInt(Cell::col));
        int row = -1;
        for (Cell c : ordered) {
            while (row < c.row) {
                b.startRow();
                row++;
            }
            b.cell(c.text, c.colSpan, c.rowSpan);
        }
        while (row < rowCount - 1) {
            b.startRow(); // a row whose every position is covered by cells from above
            row++;
        }
        return b;
    }
}
