package dev.gouji.model;

import java.util.List;

/**
 * A table cell placed on the table's grid: it starts at ({@code row}, {@code col}) (0-based) and covers
 * {@code rowSpan} rows and {@code colSpan} grid columns. {@code id} is 1-based: {@code t3r4c2}.
 * Tables nested inside the cell are kept in {@code nested}.
 */
public record Cell(String id, int row, int col, int rowSpan, int colSpan, NormalizedText text, List<Table> nested) {
    public Cell {
        nested = List.copyOf(nested);
    }

    public String normalized() {
        return text.normalized();
    }

    public boolean covers(int r, int c) {
        return r >= row && r < row + rowSpan && c >= col && c < col + colSpan;
    }
}
