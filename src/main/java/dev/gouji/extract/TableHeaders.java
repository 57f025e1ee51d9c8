package dev.gouji.extract;

import dev.gouji.extract.number.NumberReader;
import dev.gouji.model.Cell;
import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the labels of a table cell: the row label (the nearest text cell to its left) and the column
 * headers (the header rows above it), across merged cells.
 *
 * <p>Rows are told apart by shape. A row holding a figure is data. A row without figures whose text sits in
 * one cell (「一、经费支出情况」 across the table) heads a group of rows: it is not a column header. A row
 * without figures with several short cells is a header row, before the first data row or further down (a
 * header that restarts the columns in the middle of a table). A cell's column headers are the header rows nearest above it, top first, so a
 * two-row header (「2022年」 over 「决算数」) gives both.
 */
final class TableHeaders {
    private enum Kind { DATA, GROUP, HEADER }

    /** A cell standing for no value (——, 无) or only a unit (计量单位 | 万元): not a row's label. */
    private static final Pattern PLACEHOLDER = Pattern.compile("^(?:[—－\\-/／]+|无|万元|元|亿元|千元|个|人|人次|次|%|％|件|项|家|辆|台|户|亩|公里|平方米)$");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,9}");
    private static final Pattern NUMBERING = Pattern.compile("^(?:栏次|行次|栏号|行号|序号|编号)$");
    private static final Pattern IDENTIFIER_HEADER = Pattern.compile("行次|栏次|栏号|行号|序号|编号|编码|代码");

    private final Table table;
    private final NumberReader numbers;
    private final Kind[] kinds;

    TableHeaders(Table table, NumberReader numbers) {
        this.table = table;
        this.numbers = numbers;
        this.kinds = new Kind[table.rowCount()];
        boolean seenData = false;
        for (int r = 0; r < table.rowCount(); r++) {
            kinds[r] = classify(r, seenData);
            seenData |= kinds[r] == Kind.DATA;
        }
    }

    private Kind classify(int r, boolean seenData) {
        List<Cell> texts = new ArrayList<>();
        for (Cell c : table.rows().get(r)) {
            String t = c.normalized();
            if (isFigure(t)) {
                return Kind.DATA;
            }
            if (!t.isBlank() && c.row() == r) {
                texts.add(c);
            }
        }
        if (texts.size() < 2) {
            return Kind.GROUP;
        }
        if (!seenData) {
            return Kind.HEADER;
        }
        return texts.stream().allMatch(c -> c.normalized().length() <= 24) ? Kind.HEADER : Kind.GROUP;
    }

    boolean isFigure(String text) {
        return !text.isBlank() && numbers.parseCell(text).isPresent();
    }

    /**
     * Whether a whole number at (r, c) numbers or codes something rather than measuring it: a column headed
     * 行次, 栏次, 序号 or 编码 (功能分类科目编码 over 类/款/项 too), or a row labelled 栏次/行次 (the column numbers
     * printed under the headers of a disclosure table).
     */
    boolean isIdentifier(int r, int c) {
        String text = table.cellAt(r, c).map(Cell::normalized).orElse("").trim();
        if (!WHOLE_NUMBER.matcher(text).matches()) {
            return false;
        }
        if (rowLabelCell(r, c).map(cell -> NUMBERING.matcher(cell.normalized().replace(" ", "")).matches()).orElse(false)) {
            return true;
        }
        for (String header : columnHeaders(r, c)) {
            if (IDENTIFIER_HEADER.matcher(header.replace(" ", "")).find()) {
                return true;
            }
        }
        return false;
    }

    /** The nearest cell left of (r, c) holding text that is not a figure, a placeholder or a unit. */
    Optional<Cell> rowLabelCell(int r, int c) {
        Cell self = table.cellAt(r, c).orElse(null);
        int col = self == null ? c - 1 : self.col() - 1;
        while (col >= 0) {
            Optional<Cell> left = table.cellAt(r, col);
            if (left.isPresent()) {
                String t = left.get().normalized();
                if (!t.isBlank() && !isFigure(t) && !PLACEHOLDER.matcher(t.trim()).matches()) {
                    return left;
                }
                col = left.get().col() - 1;
            } else {
                col--;
            }
        }
        return Optional.empty();
    }

    /**
     * Header texts above (r, c), top first: the cells of the nearest block of header rows above the cell's
     * row in its column. Without header rows (a key-value table), the text cell right above it, if any.
     */
    List<String> columnHeaders(int r, int c) {
        List<String> headers = new ArrayList<>();
        Cell self = table.cellAt(r, c).orElse(null);
        int row = self == null ? r - 1 : self.row() - 1;
        while (row >= 0 && kinds[row] != Kind.HEADER) {
            row--;
        }
        while (row >= 0 && kinds[row] == Kind.HEADER) {
            Optional<Cell> above = table.cellAt(row, c);
            if (above.isPresent()) {
                String t = above.get().normalized();
                if (!t.isBlank() && (headers.isEmpty() || !headers.get(0).equals(t))) {
                    headers.add(0, t);
                }
                row = Math.min(row, above.get().row()) - 1;
            } else {
                row--;
            }
        }
        return headers;
    }
}
