package dev.gouji.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a {@link Table} from cells given row by row, left to right, the way readers meet them: a cell
 * with its spans (Word's gridSpan, HTML's colspan/rowspan), or a marker that the position continues the
 * cell above (Word's vMerge). Grid positions taken by an earlier row's rowspan are skipped.
 */
public final class TableBuilder {
    private static final class Draft {
        final String text;
        final int row;
        final int col;
        int rowSpan;
        final int colSpan;
        final List<TableBuilder> nested;
        final int page;

        Draft(String text, int row, int col, int rowSpan, int colSpan, List<TableBuilder> nested, int page) {
            this.text = text;
            this.row = row;
            this.col = col;
            this.rowSpan = rowSpan;
            this.colSpan = colSpan;
            this.nested = nested;
            this.page = page;
        }

        boolean covers(int r, int c) {
            return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
        }
    }

    private final List<List<Draft>> rows = new ArrayList<>();
    /** Which draft covers each grid position, row by row (rows may run ahead of {@link #rows} for rowspans). */
    private final List<Draft[]> grid = new ArrayList<>();
    private int cursor;
    private int width;
    private int page;

    /** The 1-based page the cells added from now on were read from (PDF); 0, the default, for no page. */
    public TableBuilder onPage(int page) {
        this.page = page;
        return this;
    }

    public TableBuilder startRow() {
        rows.add(new ArrayList<>());
        cursor = 0;
        return this;
    }

    public TableBuilder cell(String text) {
        return cell(text, 1, 1, List.of());
    }

    public TableBuilder cell(String text, int colSpan, int rowSpan) {
        return cell(text, colSpan, rowSpan, List.of());
    }

    public TableBuilder cell(String text, int colSpan, int rowSpan, List<TableBuilder> nestedTables) {
        requireRow();
        int r = rows.size() - 1;
        skipTaken(r);
        int span = Math.max(1, colSpan);
        Draft d = new Draft(text == null ? "" : text, r, cursor, Math.max(1, rowSpan), span, List.copyOf(nestedTables), page);
        rows.get(r).add(d);
        for (int i = r; i < r + d.rowSpan; i++) {
            occupy(i, d);
        }
        cursor += span;
        width = Math.max(width, cursor);
        return this;
    }

    /**
     * The next grid position continues the cell above it (vertical merge). Where no cell above starts at
     * this position, it becomes an empty cell.
     */
    public TableBuilder mergedFromAbove(int colSpan) {
        requireRow();
        int r = rows.size() - 1;
        skipTaken(r);
        Draft above = r == 0 ? null : covering(r - 1, cursor);
        if (above == null || above.col != cursor) {
            return cell("", colSpan, 1);
        }
        above.rowSpan = r - above.row + 1;
        occupy(r, above);
        cursor += above.colSpan;
        width = Math.max(width, cursor);
        return this;
    }

    /**
     * Leaves the next {@code positions} grid positions of the row empty (Word's gridBefore: a row that
     * starts further right than the grid).
     */
    public TableBuilder skip(int positions) {
        requireRow();
        if (positions > 0) {
            skipTaken(rows.size() - 1);
            cursor += positions;
        }
        return this;
    }

    /** Appends the rows of {@code other} after its first {@code skipRows} rows (a repeated header). */
    public TableBuilder appendRows(TableBuilder other, int skipRows) {
        for (int r = skipRows; r < other.rows.size(); r++) {
            startRow();
            for (Draft d : other.rows.get(r)) {
                int down = Math.min(d.rowSpan, other.rows.size() - d.row);
                onPage(d.page);
                cell(d.text, d.colSpan, down, d.nested);
            }
        }
        return this;
    }

    private Draft covering(int r, int c) {
        if (r < 0 || r >= grid.size()) {
            return null;
        }
        Draft[] row = grid.get(r);
        return c < row.length ? row[c] : null;
    }

    private void occupy(int r, Draft d) {
        while (grid.size() <= r) {
            grid.add(new Draft[0]);
        }
        Draft[] row = grid.get(r);
        if (row.length < d.col + d.colSpan) {
            row = java.util.Arrays.copyOf(row, Math.max(d.col + d.colSpan, row.length * 2));
            grid.set(r, row);
        }
        for (int j = d.col; j < d.col + d.colSpan; j++) {
            row[j] = d;
        }
    }

    private void skipTaken(int r) {
        while (r > 0) {
            Draft above = covering(r, cursor);
            if (above == null || above.row == r) {
                return;
            }
            cursor = above.col + above.colSpan;
        }
    }

    private void requireRow() {
        if (rows.isEmpty()) {
            startRow();
        }
    }

    public boolean isEmpty() {
        return rows.stream().allMatch(List::isEmpty);
    }

    public int rowCount() {
        return rows.size();
    }

    /** Normalised texts of the cells that start in row r, left to right. */
    public List<String> rowTexts(int r) {
        return rows.get(r).stream().map(d -> NormalizedText.normalize(d.text)).toList();
    }


    public Table build(String id) {
        List<List<Cell>> out = new ArrayList<>();
        for (List<Draft> row : rows) {
            List<Cell> cells = new ArrayList<>();
            for (Draft d : row) {
                String cellId = id + "r" + (d.row + 1) + "c" + (d.col + 1);
                List<Table> nested = new ArrayList<>();
                for (TableBuilder b : d.nested) {
                    nested.add(b.build(cellId + "t" + (nested.size() + 1)));
                }
                int rowSpan = Math.min(d.rowSpan, rows.size() - d.row);
                cells.add(new Cell(cellId, d.row, d.col, rowSpan, d.colSpan, NormalizedText.of(d.text, d.page), nested));
            }
            out.add(cells);
        }
        return new Table(id, out, width);
    }
}
