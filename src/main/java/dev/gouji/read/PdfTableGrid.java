package dev.gouji.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * The grid of one ruled table (lattice): the x of every column boundary and the y of every row boundary
 * where some ruling of the table runs, and the cells of that grid. A cell whose inner boundary is not drawn
 * spans the grid columns or rows on both sides of it (a merged cell).
 */
final class PdfTableGrid {
    /** One cell on the grid, in grid positions (0-based, top to bottom, left to right). */
    record Span(int row, int col, int rowSpan, int colSpan) {
    }

    private final float[] xs;
    private final float[] ys;
    private final List<Span> cells;
    private final int[][] owner; // owner[r][c] = index into cells

    private PdfTableGrid(float[] xs, float[] ys, List<Span> cells, int[][] owner) {
        this.xs = xs;
        this.ys = ys;
        this.cells = List.copyOf(cells);
        this.owner = owner;
    }

    /**
     * The tables the rulings draw: each group of crossing rulings with at least two horizontal and two
     * vertical lines. A grid of a single cell is a frame around text, not a table, and is left out.
     */
    static List<PdfTableGrid> find(List<PdfRuling> rulings) {
        int n = rulings.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                PdfRuling a = rulings.get(i);
                PdfRuling b = rulings.get(j);
                if (a.horizontal() != b.horizontal()
                        && PdfRuling.meet(a.horizontal() ? a : b, a.horizontal() ? b : a, PdfRulings.SNAP)) {
                    parent[root(parent, i)] = root(parent, j);
                }
            }
        }
        TreeMap<Integer, List<PdfRuling>> groups = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            groups.computeIfAbsent(root(parent, i), k -> new ArrayList<>()).add(rulings.get(i));
        }
        List<PdfTableGrid> out = new ArrayList<>();
        for (List<PdfRuling> group : groups.values()) {
            PdfTableGrid grid = of(group);
            if (grid != null) {
                out.add(grid);
            }
        }
        out.sort((a, b) -> Float.compare(a.top(), b.top()));
        return out;
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The grid of one group of crossing rulings, or null if it is no table. */
    static PdfTableGrid of(List<PdfRuling> group) {
        List<PdfRuling> hs = group.stream().filter(PdfRuling::horizontal).toList();
        List<PdfRuling> vs = group.stream().filter(r -> !r.horizontal()).toList();
        float[] ys = positions(hs);
        float[] xs = positions(vs);
        if (ys.length < 2 || xs.length < 2 || (ys.length == 2 && xs.length == 2)) {
            return null;
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[][] owner = new int[rows][cols];
        for (int[] row : owner) {
            Arrays.fill(row, -1);
        }
        List<Span> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (owner[r][c] >= 0) {
                    continue;
                }
                int colSpan = 1;
                while (c + colSpan < cols && owner[r][c + colSpan] < 0
                        && !drawn(vs, xs[c + colSpan], ys[r], ys[r + 1])) {
                    colSpan++;
                }
                int rowSpan = 1;
                while (r + rowSpan < rows && free(owner, r + rowSpan, c, colSpan)
                        && !drawn(hs, ys[r + rowSpan], xs[c], xs[c + colSpan])) {
                    rowSpan++;
                }
                for (int i = r; i < r + rowSpan; i++) {
                    Arrays.fill(owner[i], c, c + colSpan, cells.size());
                }
                cells.add(new Span(r, c, rowSpan, colSpan));
            }
        }
        return new PdfTableGrid(xs, ys, cells, owner);
    }

    private static boolean free(int[][] owner, int r, int c, int colSpan) {
        for (int j = c; j < c + colSpan; j++) {
            if (owner[r][j] >= 0) {
                return false;
            }
        }
        return true;
    }

    /** Whether a ruling at {@code position} runs along most of [from, to]: a boundary is drawn there. */
    private static boolean drawn(List<PdfRuling> rulings, float position, float from, float to) {
        float covered = 0;
        for (PdfRuling r : rulings) {
            if (Math.abs(r.position() - position) <= PdfRulings.SNAP) {
                covered += Math.max(0, Math.min(to, r.end()) - Math.max(from, r.start()));
            }
        }
        return covered >= (to - from) * 0.5f;
    }

    /** Distinct positions of the rulings, sorted; positions closer than the snap distance are one. */
    private static float[] positions(List<PdfRuling> rulings) {
        float[] sorted = new float[rulings.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = rulings.get(i).position();
        }
        Arrays.sort(sorted);
        float[] out = new float[sorted.length];
        int n = 0;
        for (float p : sorted) {
            if (n == 0 || p - out[n - 1] > PdfRulings.SNAP) {
                out[n++] = p;
            }
        }
        return Arrays.copyOf(out, n);
    }

    float left() {
        return xs[0];
    }

    float right() {
        return xs[xs.length - 1];
    }

    float top() {
        return ys[0];
    }

    float bottom() {
        return ys[ys.length - 1];
    }

    boolean contains(float x, float y) {
        return x >= left() && x <= right() && y >= top() && y <= bottom();
    }

    int rowCount() {
        return ys.length - 1;
    }

    /** The column boundaries, left to right. */
    float[] columns() {
        return xs.clone();
    }

    List<Span> cells() {
        return cells;
    }

    /** The index in {@link #cells()} of the cell holding the point, or -1 outside the table. */
    int cellAt(float x, float y) {
        if (!contains(x, y)) {
            return -1;
        }
        return owner[slot(ys, y)][slot(xs, x)];
    }

    private static int slot(float[] bounds, float v) {
        int i = Arrays.binarySearch(bounds, v);
        int slot = i >= 0 ? i : -i - 2;
        return Math.max(0, Math.min(bounds.length - 2, slot));
    }
}
