package dev.gouji.extract;

import dev.gouji.extract.number.NumberReader;
import dev.gouji.model.Cell;
import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Finds the labels of a table cell: the row label (the nearest text cell to its left) and the column
 * header (the text cells above it up to the previous row holding figures), across merged cells.
 */
final class TableHeaders {
    private final Table table;
    private final NumberReader numbers;
    private final boolean[] dataRow;

    TableHeaders(Table table, NumberReader numbers) {
        this.table = table;
        this.numbers = numbers;
        this.dataRow = new boolean[table.rowCount()];
        for (int r = 0; r < table.rowCount(); r++) {
            for (Cell c : table.rows().get(r)) {
                if (isFigure(c.normalized())) {
                    dataRow[r] = true;
                    break;
                }
            }
        }
    }

    boolean isFigure(String text) {
        return !text.isBlank() && numbers.parseCell(text).isPresent();
    }


    /** The nearest cell left of (r, c) holding text that is not a figure. */
    Optional<Cell> rowLabelCell(int r, int c) {
        Cell self = table.cellAt(r, c).orElse(null);
        int col = self == null ? c - 1 : self.col() - 1;
        while (col >= 0) {
            Optional<Cell> left = table.cellAt(r, col);
            if (left.isPresent()) {
                String t = left.get().normalized();
                if (!t.isBlank() && !isFigure(t)) {
                    return left;
                }
                col = left.get().col() - 1;
            } else {
                col--;
            }
        }
        return Optional.empty();
    }

    /** Header texts above (r, c), top first, stopping at the previous row of figures. */
    List<String> columnHeaders(int r, int c) {
        List<String> headers = new ArrayList<>();
        Cell self = table.cellAt(r, c).orElse(null);
        int row = self == null ? r - 1 : self.row() - 1;
        boolean seenText = false;
        while (row >= 0) {
            Optional<Cell> above = table.cellAt(row, c);
            if (above.isPresent()) {
                String t = above.get().normalized();
                if (isFigure(t)) {
                    if (seenText) {
                        break;
                    }
                } else if (!t.isBlank()) {
                    if (headers.isEmpty() || !headers.get(0).equals(t)) {
                        headers.add(0, t);
                    }
                    seenText = true;
                }
                if (seenText && dataRow[row] && !isFigure(t)) {
                    break;
                }
                row = above.get().row() - 1;
            } else {
                row--;
            }
            if (headers.size() >= 3) {
                break;
            }
        }
        return headers;
    }
}
