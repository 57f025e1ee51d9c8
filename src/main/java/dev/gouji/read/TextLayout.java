package dev.gouji.read;

import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.HeaderRow;
import dev.gouji.model.TableBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Rebuilds paragraphs and tables from the plain-text layout that Word-to-text conversion leaves: a table
 * cell is a line starting with a TAB (one cell per line), a blank line ends a table row, a cell holding
 * several paragraphs goes on in lines without a TAB, and a line starting with spaces then a TAB starts a
 * new table. The hard part is telling a cell's continuation from the text after the table; see
 * {@link #continuesCell}.
 *
 * <p>Merges are inferred the way Word lays out hierarchical forms: the empty cells at the start of a row
 * continue the cells above them (an 一级指标 cell spanning its rows), and the last cell of a row that is
 * shorter than the table spans the rest of the grid.
 */
final class TextLayout {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    /** The start of a table or attachment caption: 附表2, 附件：, 表3, 表三, 公开02表. */
    private static final Pattern CAPTION = Pattern.compile("^(?:(?:附表|附件)\\s*(?:[0-9０-９一二三四五六七八九十]|[:：]|$)"
            + "|表\\s*[0-9０-９一二三四五六七八九十]+|公开\\s*[0-9０-９]+\\s*表)");
    /** A table's unit note, on its own line or closing its caption line: 单位：万元, 金额单位：元. */
    private static final Pattern UNIT_NOTE = Pattern.compile("单位\\s*[:：]\\s*(?:人民币)?\\s*[亿万千]?元[)）]?$");
    private final String[] lines;

    private List<List<StringBuilder>> tableRows;
    /** Blank lines seen before each row of {@link #tableRows}. */
    private List<Integer> blanksBeforeRow;
    private List<StringBuilder> row;
    private int blanks;
    /** The columns of each side of a side-by-side table being closed (see {@link #headerSpans}), or 0. */
    private int sideGroup;

    TextLayout(String text) {
        String t = text.startsWith("\ufeff") ? text.substring(1) : text;
        this.lines = t.split("\r\n|\r|\n", -1);
    }

    void emitTo(DocumentBuilder doc) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isCellLine(line)) {
                int tab = line.indexOf('\t');
                boolean newTable = tab > 0;
                if (tableRows == null) {
                    startTable();
                } else if (newTable) {
                    closeTable(doc);
                    startTable();
                } else if (blanks > 0) {
                    newRow();
                }
                row.add(new StringBuilder(line.substring(tab + 1)));
                blanks = 0;
                continue;
            }
            if (line.isBlank()) {
                blanks++;
                continue;
            }
            if (tableRows != null) {
                if (continuesCell(i)) {
                    row.get(row.size() - 1).append('\n').append(line);
                    blanks = 0;
                    continue;
                }
                closeTable(doc);
            }
            doc.paragraph(line);
            blanks = 0;
        }
        if (tableRows != null) {
            closeTable(doc);
        }
    }

    private static boolean isCellLine(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i < line.length() && line.charAt(i) == '\t';
    }

    /**
     * A text line inside a table continues the last cell when it follows the cell closely (at most one
     * blank line, as between a cell's paragraphs) and the text it starts leads on, with no wider gap, to
     * more cells. A paragraph after a table is set off by two blank lines, or runs to the end of the file
     * without meeting another cell.
     *
     * <p>Some conversions set a table off by no more than the one blank line that ends its last row, and
     * start the next table right after the text between them. Text after a row's end that reaches a
     * caption (附表2…, 表3…, 附件：) or a unit note (单位：万元) before the next cell is therefore paragraphs:
     * both introduce a table and stand outside one. (Row widths cannot tell: Word rows of one table differ in cell count.)
     */
    private boolean continuesCell(int i) {
        if (blanks >= 2 || row.isEmpty()) {
            return false;
        }
        boolean afterRowEnd = blanks > 0;
        int gap = 0;
        for (int k = i; k < lines.length; k++) {
            String line = lines[k];
            if (isCellLine(line)) {
                return true;
            }
            if (line.isBlank()) {
                gap++;
                continue;
            }
            if (gap >= 2 || afterRowEnd && isCaption(line.strip())) {
                return false;
            }
            gap = 0;
        }
        return false;
    }

    private static boolean isCaption(String line) {
        return CAPTION.matcher(line).lookingAt() || UNIT_NOTE.matcher(line).find();
    }

    private void startTable() {
        tableRows = new ArrayList<>();
        blanksBeforeRow = new ArrayList<>();
        newRow();
    }

    private void newRow() {
        row = new ArrayList<>();
        tableRows.add(row);
        blanksBeforeRow.add(blanks);
    }

    /**
     * A cell whose last paragraph is empty leaves an even number of blank lines before the next cell of
     * the same row, which reads like a row break. Such a row is joined to the next when together they
     * have exactly the cells of the row after them, and that row starts under a vertical merge (empty):
     * the shape of a tall label cell (「绩效指标」) standing left of a header row.
     */
    private void joinSplitRows() {
        for (int i = 0; i + 2 < tableRows.size(); i++) {
            int blanksBefore = blanksBeforeRow.get(i + 1);
            List<StringBuilder> next = tableRows.get(i + 1);
            List<StringBuilder> after = tableRows.get(i + 2);
            if (blanksBefore >= 2 && blanksBefore % 2 == 0 && !after.isEmpty() && after.get(0).toString().isBlank()
                    && tableRows.get(i).size() + next.size() == after.size()) {
                tableRows.get(i).addAll(next);
                tableRows.remove(i + 1);
                blanksBeforeRow.remove(i + 1);
            }
        }
    }

    /**
     * A header repeated inside a table (a page break whose continuation was not set off as a new table)
     * is layout, not content: rows that repeat the table's header rows are dropped.
     */
    private void dropRepeatedHeaders() {
        if (tableRows.size() < 3) {
            return;
        }
        List<String> first = texts(tableRows.get(0));
        if (!HeaderRow.readsAsHeader(first)) {
            return;
        }
        List<String> second = texts(tableRows.get(1));
        for (int r = 2; r < tableRows.size(); r++) {
            if (texts(tableRows.get(r)).equals(first)) {
                boolean both = r + 1 < tableRows.size() && texts(tableRows.get(r + 1)).equals(second);
                tableRows.remove(r);
                blanksBeforeRow.remove(r);
                if (both) {
                    tableRows.remove(r);
                    blanksBeforeRow.remove(r);
                }
                r--;
            }
        }
    }

    /**
     * The spans of a row whose cells head the row below it, or null when the row does not have that shape.
     * The row below is laid out ({@code lowerSpans}) or, when it is itself short, null.
     *
     * <p>Under a header cell that spans several columns stand the labels of those columns; under a header
     * cell that spans rows stands an empty line (the continuation of its vertical merge). So when the row
     * below splits into exactly as many runs of labels and empty cells as this row has cells, each cell
     * spans its run, and the empty cells below continue it: 「项目 | 合计 | 基本支出」 over 「科目编码 | 科目名称 |
     * (empty) | (empty)」. Failing that, a row of labels spreads evenly over a row below that repeats the same
     * labels once under each of its cells: 「收入 | 支出」 over 「项目 | 金额 | 项目 | 金额」, or 「项目 | 2021年 |
     * 2022年」 over 「(empty) | 预算数 | 决算数 | 预算数 | 决算数」, whose leading empty cells continue the first
     * cells of the row above. (A row that merely divides the one below, 「部门名称 | 某局」, gives no such sign.)
     */
    private int[] headerSpans(List<String> upper, List<String> lower, int[] lowerSpans, boolean[] lowerMerged) {
        int upperLead = leadingBlanks(upper);
        if (!allLabels(upper.subList(upperLead, upper.size()))) {
            return null;
        }
        int lead = leadingBlanks(lower);
        int spanned = upper.size() - lead;
        int below = lower.size() - lead;
        if (lowerSpans == null) {
            // the row below is not laid out yet: only the even spread over its cells applies
            if (lead == 0 || spanned < 2 || below <= spanned || below % spanned != 0
                    || !allLabels(upper.subList(lead, upper.size())) || !allLabels(lower.subList(lead, lower.size()))) {
                return null;
            }
            int[] spans = new int[upper.size()];
            Arrays.fill(spans, 1);
            Arrays.fill(spans, lead, spans.length, below / spanned);
            return spans;
        }
        if (lower.stream().anyMatch(t -> !t.isBlank() && isFigure(t))) {
            return null;
        }
        List<int[]> runs = new ArrayList<>();
        for (int j = 0; j < lower.size(); ) {
            int k = j + 1;
            while (!lower.get(j).isBlank() && k < lower.size() && !lower.get(k).isBlank()) {
                k++;
            }
            runs.add(new int[] {j, k});
            j = k;
        }
        int[] spans = new int[upper.size()];
        if (runs.size() == upper.size()) {
            for (int i = 0; i < spans.length; i++) {
                spans[i] = sum(lowerSpans, runs.get(i)[0], runs.get(i)[1]);
            }
            for (int j = 0; j < lower.size(); j++) {
                lowerMerged[j] |= lower.get(j).isBlank();
            }
            return spans;
        }
        if (spanned < 2 || below <= spanned || below % spanned != 0
                || lower.subList(lead, lower.size()).stream().anyMatch(String::isBlank)) {
            return null;
        }
        int per = below / spanned;
        List<String> group = texts(lower.subList(lead, lead + per));
        for (int i = 0; i < upper.size(); i++) {
            int from = lead + (i - lead) * per;
            spans[i] = i < lead ? lowerSpans[i] : sum(lowerSpans, from, from + per);
            if (i > lead && !texts(lower.subList(from, from + per)).equals(group)) {
                return null;
            }
        }
        for (int j = 0; j < lead; j++) {
            lowerMerged[j] = true;
        }
        if (lead == 0) {
            sideGroup = spans[0];
        }
        return spans;
    }

    /**
     * Lays out the short rows that no header shape explains, band by band (consecutive rows with the same
     * number of cells share a layout). A band holding figures places its cells where the full rows next to
     * it (a form's other sections say nothing of this one) hold cells of the same kind — figures under figure columns, labels under label columns, empty
     * cells under mostly empty ones — so that a total row 「合计 | 1.00 | 2.00」 puts its label over the
     * label columns and its figures under theirs. Without such evidence (or for a band of labels only)
     * the last cell spans the rest of the grid.
     */
    private static void layOutBands(List<List<String>> rows, int[][] spans, boolean[][] merged, int width) {
        for (int r = 0; r < rows.size(); ) {
            if (spans[r] != null) {
                r++;
                continue;
            }
            int n = rows.get(r).size();
            int end = r;
            while (end < rows.size() && spans[end] == null && rows.get(end).size() == n) {
                end++;
            }
            boolean figures = rows.subList(r, end).stream().flatMap(List::stream).anyMatch(t -> kind(t) == FIGURE_KIND);
            int[][] profile = new int[3][width];
            for (int k = r - 1; k >= 0 && rows.get(k).size() == width; k--) {
                count(rows.get(k), profile);
            }
            for (int k = end; k < rows.size() && rows.get(k).size() == width; k++) {
                count(rows.get(k), profile);
            }
            int[] layout = figures ? bestSpans(rows, merged, r, end, width, profile) : lastSpansRest(n, width);
            for (int k = r; k < end; k++) {
                spans[k] = layout;
            }
            r = end;
        }
    }

    private static void count(List<String> cells, int[][] profile) {
        for (int c = 0; c < cells.size(); c++) {
            profile[kind(cells.get(c))][c]++;
        }
    }

    /** The layout of rows [from, to) scoring best against the profile; on a tie, the cells furthest left. */
    private static int[] bestSpans(List<List<String>> rows, boolean[][] merged, int from, int to, int width, int[][] profile) {
        int n = rows.get(from).size();
        int[][] best = new int[n][width];
        int[][] next = new int[n][width];
        for (int i = n - 1; i >= 0; i--) {
            for (int s = i; s <= width - (n - i); s++) {
                int score = 0;
                for (int r = from; r < to; r++) {
                    if (!merged[r][i]) {
                        score += profile[kind(rows.get(r).get(i))][s];
                    }
                }
                if (i < n - 1) {
                    int arg = s + 1;
                    for (int t = s + 2; t <= width - (n - i - 1); t++) {
                        if (best[i + 1][t] > best[i + 1][arg]) {
                            arg = t;
                        }
                    }
                    next[i][s] = arg;
                    score += best[i + 1][arg];
                }
                best[i][s] = score;
            }
        }
        int[] spans = new int[n];
        int s = 0;
        for (int i = 0; i < n; i++) {
            int t = i < n - 1 ? next[i][s] : width;
            spans[i] = t - s;
            s = t;
        }
        return spans;
    }

    /**
     * In a side-by-side table (「收入 | 支出」 spread evenly over repeated groups of columns) the shorter side
     * runs out of rows first: empty cells at the start of a row that fill whole groups are that side's
     * empty cells, not the continuation of the cells above them.
     */
    private static void unmergeEmptySides(List<List<String>> rows, int[][] spans, boolean[][] merged,
            boolean[] subHeader, int group, int width) {
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (subHeader[r] || cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            int cols = 0;
            for (int c = 0; c < cells.size() && merged[r][c]; c++) {
                cols += spans[r][c];
            }
            if (cols > 0 && cols % group == 0 && cols < width) {
                Arrays.fill(merged[r], false);
            }
        }
    }

    private static int[] lastSpansRest(int n, int width) {
        int[] spans = new int[n];
        Arrays.fill(spans, 1);
        spans[n - 1] = Math.max(1, width - (n - 1));
        return spans;
    }

    private static final int BLANK_KIND = 0;
    private static final int FIGURE_KIND = 1;
    private static final int LABEL_KIND = 2;
    /** A placeholder standing for a figure: ——, -, /. */
    private static final Pattern PLACEHOLDER = Pattern.compile("[-—–/／\\\\]+");

    private static int kind(String text) {
        if (text.isBlank()) {
            return BLANK_KIND;
        }
        String t = text.strip();
        return isFigure(t) || PLACEHOLDER.matcher(t).matches() ? FIGURE_KIND : LABEL_KIND;
    }

    private static boolean isFigure(String text) {
        return FIGURE.matcher(text.strip()).matches();
    }

    private static int leadingBlanks(List<String> cells) {
        int lead = 0;
        while (lead < cells.size() && cells.get(lead).isBlank()) {
            lead++;
        }
        return lead;
    }

    private static boolean anyTrue(boolean[] flags) {
        for (boolean f : flags) {
            if (f) {
                return true;
            }
        }
        return false;
    }

    private static int sum(int[] values, int from, int to) {
        int total = 0;
        for (int i = from; i < to; i++) {
            total += values[i];
        }
        return total;
    }

    private static final Pattern FIGURE = Pattern.compile("[-−—+]?[\\d,.，．]+%?");

    private static boolean allLabels(List<? extends CharSequence> cells) {
        return cells.stream().map(CharSequence::toString).allMatch(t -> !t.isBlank() && !FIGURE.matcher(t.strip()).matches());
    }

    private static List<String> texts(List<? extends CharSequence> row) {
        return row.stream().map(b -> WHITESPACE.matcher(b).replaceAll(" ").trim()).toList();
    }

    /**
     * The layout writes one line per Word cell: a cell spanning columns is one line, a cell continuing a
     * vertical merge an empty line. A row with fewer cells than the widest row therefore holds cells that
     * span columns; which ones is inferred from the rows around it ({@link #headerSpans},
     * {@link #layOutBands}). Empty cells at the start of a row continue the cells above them.
     */
    private void closeTable(DocumentBuilder doc) {
        sideGroup = 0;
        joinSplitRows();
        dropRepeatedHeaders();
        tableRows.removeIf(List::isEmpty);
        List<List<String>> rows = tableRows.stream().map(r -> r.stream().map(StringBuilder::toString).toList()).toList();
        int width = rows.stream().mapToInt(List::size).max().orElse(0);
        int[][] spans = new int[rows.size()][];
        boolean[][] merged = new boolean[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            merged[r] = new boolean[cells.size()];
            for (int c = 0; r > 0 && c < cells.size() && cells.get(c).isBlank(); c++) {
                merged[r][c] = true;
            }
            if (cells.size() == width) {
                spans[r] = new int[width];
                Arrays.fill(spans[r], 1);
            }
        }
        boolean[] subHeader = new boolean[rows.size()];
        for (int r = rows.size() - 2; r >= 0; r--) {
            if (spans[r] == null) {
                spans[r] = headerSpans(rows.get(r), rows.get(r + 1), spans[r + 1], merged[r + 1]);
                subHeader[r + 1] = spans[r] != null && anyTrue(merged[r + 1]);
            }
        }
        // the vertical merges of a header end at its last row: an empty first cell below is empty
        for (int r = 1; r < rows.size(); r++) {
            if (subHeader[r - 1] && !subHeader[r]) {
                Arrays.fill(merged[r], false);
            }
        }
        layOutBands(rows, spans, merged, width);
        if (sideGroup > 0) {
            unmergeEmptySides(rows, spans, merged, subHeader, sideGroup, width);
        }
        TableBuilder table = new TableBuilder();
        for (int r = 0; r < rows.size(); r++) {
            table.startRow();
            List<String> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                if (merged[r][c]) {
                    table.mergedFromAbove(spans[r][c]);
                } else {
                    table.cell(cells.get(c), spans[r][c], 1);
                }
            }
        }
        doc.table(table);
        tableRows = null;
        row = null;
    }
}
