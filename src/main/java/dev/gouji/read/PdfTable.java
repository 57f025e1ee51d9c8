package dev.gouji.read;

import dev.gouji.model.NormalizedText;
import dev.gouji.model.TableBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A ruled table read off a page: its column boundaries and its cells with their text. */
record PdfTable(float[] columns, int rowCount, List<Cell> cells) {
    /** A cell; {@code page} is the 1-based page it was read on (0 until {@link #onPage} says). */
    record Cell(int row, int col, int rowSpan, int colSpan, String text, int page) {
        Cell(int row, int col, int rowSpan, int colSpan, String text) {
            this(row, col, rowSpan, colSpan, text, 0);
        }
    }

    /** Column boundaries closer than this (points) are the same column on another page. */
    private static final float SAME_COLUMN = 3f;
    private static final int MAX_HEADER_ROWS = 3;

    PdfTable {
        cells = List.copyOf(cells);
    }

    /** This table read on 1-based {@code page}: its cells keep the page when the table is continued later. */
    PdfTable onPage(int page) {
        return new PdfTable(columns, rowCount, cells.stream()
                .map(c -> new Cell(c.row, c.col, c.rowSpan, c.colSpan, c.text, page)).toList());
    }

    /**
     * Whether {@code next} may continue this table on the next page: the same outer edges, and the column
     * boundaries of one among the other's (the rows on one page may not draw every boundary the other's do).
     */
    boolean continuedBy(PdfTable next) {
        int a = columns.length - 1;
        int b = next.columns.length - 1;
        return Math.abs(columns[0] - next.columns[0]) <= SAME_COLUMN && Math.abs(columns[a] - next.columns[b]) <= SAME_COLUMN
                && (within(columns, next.columns) || within(next.columns, columns));
    }

    private static boolean within(float[] some, float[] all) {
        for (float x : some) {
            if (Math.abs(all[nearest(all, x)] - x) > SAME_COLUMN) {
                return false;
            }
        }
        return true;
    }

    private static int nearest(float[] bounds, float x) {
        int best = 0;
        for (int i = 1; i < bounds.length; i++) {
            if (Math.abs(bounds[i] - x) < Math.abs(bounds[best] - x)) {
                best = i;
            }
        }
        return best;
    }

    /** This table on a grid with more column boundaries: each cell spans the columns it covers there. */
    private PdfTable onColumns(float[] grid) {
        List<Cell> out = new ArrayList<>();
        for (Cell c : cells) {
            int from = nearest(grid, columns[c.col]);
            int to = nearest(grid, columns[c.col + c.colSpan]);
            out.add(new Cell(c.row, from, c.rowSpan, Math.max(1, to - from), c.text, c.page));
        }
        return new PdfTable(grid, rowCount, out);
    }

    private static float[] union(float[] a, float[] b) {
        float[] all = new float[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        java.util.Arrays.sort(all);
        float[] out = new float[all.length];
        int n = 0;
        for (float x : all) {
            if (n == 0 || x - out[n - 1] > SAME_COLUMN) {
                out[n++] = x;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /**
     * This table followed by the rows of {@code next}, leaving out its leading rows that repeat this one's,
     * and an empty first row: the rest of a row the page break split after its text.
     */
    PdfTable append(PdfTable next) {
        float[] grid = union(columns, next.columns);
        if (grid.length != columns.length || grid.length != next.columns.length) {
            return onColumns(grid).append(next.onColumns(grid));
        }
        int skip = next.rowCount > 1 && next.row(0).stream().allMatch(c -> c.text.isBlank()) ? 1 : repeatedRows(next);
        List<Cell> joined = new ArrayList<>(cells);
        for (Cell c : next.cells) {
            if (c.row < skip) {
                continue;
            }
            int above = skip == 0 && c.row == 0 && c.text.isBlank() ? endingAbove(joined, c) : -1;
            if (above >= 0) {
                Cell a = joined.get(above);
                joined.set(above, new Cell(a.row, a.col, a.rowSpan + c.rowSpan, a.colSpan, a.text, a.page));
            } else {
                joined.add(new Cell(c.row - skip + rowCount, c.col, c.rowSpan, c.colSpan, c.text, c.page));
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
            b.onPage(c.page).cell(c.text, c.colSpan, c.rowSpan);
        }
        while (row < rowCount - 1) {
            b.startRow(); // a row whose every position is covered by cells from above
            row++;
        }
        return b;
    }
}
