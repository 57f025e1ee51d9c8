package dev.gouji.read;

import dev.gouji.model.NormalizedText;
import dev.gouji.model.TableBuilder;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A ruled table read off a page: its column boundaries and its cells with their text. */
record PdfTable(float[] columns, int rowCount, List<Cell> cells) {
    /**
     * A cell; {@code room} is the width (points) its last line of text left free before the cell's right
     * edge and {@code size} that line's font size (text that wrapped there left less room than its next
     * piece needs), {@code lead} the drawn width of the first unbreakable piece of its first line;
     * {@code page} the 1-based page it was read on (0 until {@link #onPage} says).
     */
    record Cell(int row, int col, int rowSpan, int colSpan, String text, float room, float size, float lead, int page) {
        Cell(int row, int col, int rowSpan, int colSpan, String text, float room, float size, float lead) {
            this(row, col, rowSpan, colSpan, text, room, size, lead, 0);
        }

        Cell moved(int row, int col, int rowSpan, int colSpan) {
            return new Cell(row, col, rowSpan, colSpan, text, room, size, lead, page);
        }

        /**
         * Whether the text of {@code below} did not fit on this cell's last line, so the line wrapped before
         * it: the room left is narrower than its first piece (with a quarter of a character for where the
         * cell's padding really ends). A number never wraps into another number.
         */
        boolean wrapsBefore(Cell below) {
            String t = below.text.strip();
            if (text.isBlank() || t.isEmpty() || Character.isDigit(text.charAt(text.length() - 1)) && Character.isDigit(t.charAt(0))) {
                return false;
            }
            return room < below.lead + size * 0.25f;
        }
    }

    /** Column boundaries closer than this (points) are the same column on another page. */
    private static final float SAME_COLUMN = 3f;
    private static final int MAX_HEADER_ROWS = 3;
    /** Text that names something rather than being a figure: it holds an ideograph. */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile("\\p{IsHan}");

    PdfTable {
        cells = List.copyOf(cells);
    }

    /** This table read on 1-based {@code page}: its cells keep the page when the table is continued later. */
    PdfTable onPage(int page) {
        return new PdfTable(columns, rowCount, cells.stream()
                .map(c -> new Cell(c.row, c.col, c.rowSpan, c.colSpan, c.text, c.room, c.size, c.lead, page)).toList());
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
            out.add(c.moved(c.row, from, c.rowSpan, Math.max(1, to - from)));
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
     * This table followed by the rows of {@code next}, leaving out its leading rows that repeat this one's
     * header. When the page break split a row ({@link #splitRowAbove}), the rest of that row at the top of
     * {@code next} is joined to this table's last row instead of starting a row of its own.
     */
    PdfTable append(PdfTable next) {
        float[] grid = union(columns, next.columns);
        if (grid.length != columns.length || grid.length != next.columns.length) {
            return onColumns(grid).append(next.onColumns(grid));
        }
        PdfTable rest = next.withoutRows(repeatedRows(next));
        if (rest.rowCount == 0) {
            return this;
        }
        if (splitRowAbove(rest)) {
            return joinSplitRow(rest);
        }
        List<Cell> joined = new ArrayList<>(cells);
        int labels = cutLabels(rest);
        for (Cell c : rest.cells) {
            int above = c.row == 0 && c.text.isBlank() ? endingAbove(joined, c) : -1;
            Cell a = above >= 0 ? joined.get(above) : null;
            // a merged cell the break cut, its text left above: merged it is on at least one side, or it
            // is one of the row labels the new row leaves empty
            if (a != null && !a.text.isBlank() && (a.rowSpan > 1 || c.rowSpan > 1 || c.col < labels)) {
                joined.set(above, a.moved(a.row, a.col, a.rowSpan + c.rowSpan, a.colSpan));
            } else {
                joined.add(c.moved(c.row + rowCount, c.col, c.rowSpan, c.colSpan));
            }
        }
        return new PdfTable(columns, rowCount + rest.rowCount, joined);
    }

    /**
     * How many leading columns of the first row of {@code next} continue the row labels of this table's last
     * row: a new row at the top of a page that leaves its first cells empty, each under a label (words, not
     * a figure) of the same columns, belongs to the group those labels name (a merged cell the break cut).
     * When one of them stands under an empty cell or a figure, the empty cells are the row's own: 0.
     */
    private int cutLabels(PdfTable next) {
        int col = 0;
        for (Cell c : next.row(0).stream().sorted(Comparator.comparingInt(Cell::col)).toList()) {
            if (!c.text.isBlank()) {
                break;
            }
            int above = endingAbove(cells, c);
            if (above < 0 || !LABEL.matcher(cells.get(above).text).find()) {
                return 0;
            }
            col = c.col + c.colSpan;
        }
        return col;
    }

    /**
     * Whether the first row of {@code next} is the rest of this table's last row, split by the page break:
     * each of its cells lies under a cell of the last row with the same columns, each that holds text lies
     * under one whose last line left too little room for its first piece (it wrapped, and the page ended
     * before the text did), and the
     * row is partial: some cell is empty under one with text (a short cell had said all above the break).
     * A new row fills the cells its predecessor filled; its figures do not continue wrapped text.
     */
    private boolean splitRowAbove(PdfTable next) {
        boolean partial = false;
        for (Cell c : next.row(0)) {
            int above = endingAbove(cells, c);
            if (above < 0) {
                return false;
            }
            Cell a = cells.get(above);
            if (!c.text.isBlank() && !a.wrapsBefore(c)) {
                return false;
            }
            partial |= c.text.isBlank() && !a.text.isBlank();
        }
        return partial || next.row(0).stream().allMatch(c -> c.text.isBlank());
    }

    /** This table with {@code next} below it, the first row of {@code next} joined to this table's last row. */
    private PdfTable joinSplitRow(PdfTable next) {
        List<Cell> joined = new ArrayList<>(cells);
        for (Cell c : next.cells) {
            if (c.row > 0) {
                joined.add(c.moved(c.row + rowCount - 1, c.col, c.rowSpan, c.colSpan));
                continue;
            }
            int above = endingAbove(joined, c);
            Cell a = joined.get(above);
            boolean more = !c.text.isBlank();
            joined.set(above, more ? new Cell(a.row, a.col, a.rowSpan + c.rowSpan - 1, a.colSpan,
                    PdfTextLine.joinWrapped(a.text, c.text), c.room, c.size, a.lead, a.page)
                    : a.moved(a.row, a.col, a.rowSpan + c.rowSpan - 1, a.colSpan));
        }
        return new PdfTable(columns, rowCount + next.rowCount - 1, joined);
    }

    /** This table without its first {@code n} rows (and the cells that start in them). */
    private PdfTable withoutRows(int n) {
        if (n == 0) {
            return this;
        }
        List<Cell> kept = new ArrayList<>();
        for (Cell c : cells) {
            if (c.row >= n) {
                kept.add(c.moved(c.row - n, c.col, c.rowSpan, c.colSpan));
            }
        }
        return new PdfTable(columns, rowCount - n, kept);
    }

    /**
     * The cell of this table's last row that a cell at the top of the next page continues, the same
     * columns wide: index into {@code joined}, or -1.
     */
    private int endingAbove(List<Cell> joined, Cell below) {
        for (int i = 0; i < joined.size(); i++) {
            Cell a = joined.get(i);
            if (a.row + a.rowSpan == rowCount && a.col == below.col && a.colSpan == below.colSpan) {
                return i;
            }
        }
        return -1;
    }

    private int repeatedRows(PdfTable next) {
        int n = 0;
        while (n < MAX_HEADER_ROWS && n < rowCount && n + 1 < next.rowCount) {
            List<Cell> a = row(n);
            if (a.isEmpty() || !shown(n).equals(next.shown(n)) || a.stream().allMatch(c -> c.text.isBlank())) {
                break;
            }
            n++;
        }
        return n;
    }

    /** The cells that start in row {@code r}. */
    private List<Cell> row(int r) {
        return cells.stream().filter(c -> c.row == r).toList();
    }

    /** Row {@code r} as what it shows, to compare with another table's: its cells' places and texts. */
    private List<List<Object>> shown(int r) {
        return row(r).stream().map(c -> List.<Object>of(c.col, c.rowSpan, c.colSpan, NormalizedText.normalize(c.text)))
                .toList();
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
