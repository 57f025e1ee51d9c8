package dev.gouji.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A table as rows of cells on a grid. {@code rows.get(r)} holds the cells that start in row r, left to
 * right; a cell merged down from an earlier row is not repeated, but {@link #cellAt} finds it for every
 * grid position it covers.
 */
public final class Table implements Block {
    private final String id;
    private final List<List<Cell>> rows;
    private final int columnCount;
    private final Cell[][] grid;

    public Table(String id, List<List<Cell>> rows, int columnCount) {
        this.id = id;
        List<List<Cell>> copy = new ArrayList<>(rows.size());
        for (List<Cell> r : rows) {
            copy.add(List.copyOf(r));
        }
        this.rows = Collections.unmodifiableList(copy);
        this.columnCount = columnCount;
        this.grid = new Cell[rows.size()][columnCount];
        for (List<Cell> r : rows) {
            for (Cell cell : r) {
                for (int i = cell.row(); i < Math.min(rows.size(), cell.row() + cell.rowSpan()); i++) {
                    for (int j = cell.col(); j < Math.min(columnCount, cell.col() + cell.colSpan()); j++) {
                        grid[i][j] = cell;
                    }
                }
            }
        }
    }

    @Override
    public String id() {
        return id;
    }

    /** The page of its first cell: a table continued on later pages starts where its first row is. */
    @Override
    public int page() {
        return rows.stream().flatMap(List::stream).findFirst().map(c -> c.text().page()).orElse(0);
    }

    public List<List<Cell>> rows() {
        return rows;
    }

    public int rowCount() {
        return rows.size();
    }

    public int columnCount() {
        return columnCount;
    }

    /** The cell covering grid position (row, col), 0-based; empty where the row is short. */
    public Optional<Cell> cellAt(int row, int col) {
        if (row < 0 || row >= grid.length || col < 0 || col >= columnCount) {
            return Optional.empty();
        }
        return Optional.ofNullable(grid[row][col]);
    }

    /** The cell that starts at (row, col); empty where a cell merged from above or the left only covers it. */
    public Optional<Cell> cellStartingAt(int row, int col) {
        return cellAt(row, col).filter(cell -> cell.row() == row && cell.col() == col);
    }

    /** Normalised text at (row, col), "" where no cell covers it. */
    public String textAt(int row, int col) {
        return cellAt(row, col).map(Cell::normalized).orElse("");
    }

    /** Every cell, row by row. */
    public List<Cell> cells() {
        List<Cell> all = new ArrayList<>();
        rows.forEach(all::addAll);
        return all;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Table t && t.id.equals(id) && t.rows.equals(rows) && t.columnCount == columnCount;
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + rows.hashCode();
    }

    @Override
    public String toString() {
        return "Table[" + id + ", " + rows.size() + "x" + columnCount + "]";
    }
}
