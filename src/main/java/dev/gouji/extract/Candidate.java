package dev.gouji.extract;

import dev.gouji.extract.number.Quantity;
import dev.gouji.record.Evidence;

/**
 * A figure located in the document with the words around it: for text, the clause before it; for a table
 * cell, the label in the cell itself or to its left (row) and the headers above it (column).
 *
 * @param label     the cleaned label that names the figure (row label, or the column header when the row says nothing)
 * @param rowLabel  table only: the cleaned label to the left or inside the cell; text: same as label
 * @param column    table only: the header texts above the cell as written, top first (a year column keeps its year)
 * @param tableId   the table's id, or null for text
 * @param indicatorTable whether the cell sits in a performance indicator table (its figures are targets)
 * @param rowHeader table only: the column header over the row label (项目名称 says the rows are projects)
 */
public record Candidate(Quantity quantity, String label, String rawLabel, String rowLabel, String column,
        Evidence evidence, String tableId, int row, int col, boolean indicatorTable, String rowHeader) {

    public boolean inTable() {
        return tableId != null;
    }
}
