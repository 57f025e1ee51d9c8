package dev.gouji.fact;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** The facts read from table cells, found by table, row and column (the first fact of a cell). */
public final class CellFacts {
    private final Map<String, Fact> byCell = new HashMap<>();
    private final Set<String> tables = new HashSet<>();

    private CellFacts() {
    }

    public static CellFacts of(List<Fact> facts, Predicate<Fact> keep) {
        CellFacts out = new CellFacts();
        for (Fact f : facts) {
            if (f.inTable() && keep.test(f)) {
                out.byCell.putIfAbsent(key(f.candidate().tableId(), f.candidate().row(), f.candidate().col()), f);
                out.tables.add(f.candidate().tableId());
            }
        }
        return out;
    }

    /** The fact of the cell starting at (row, col), or null. */
    public Fact at(String tableId, int row, int col) {
        return byCell.get(key(tableId, row, col));
    }

    public boolean inTable(String tableId) {
        return tables.contains(tableId);
    }

    private static String key(String tableId, int row, int col) {
        return tableId + "#" + row + "#" + col;
    }
}
