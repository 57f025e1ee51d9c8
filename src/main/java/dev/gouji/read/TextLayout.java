package dev.gouji.read;

import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.TableBuilder;
import java.util.ArrayList;
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
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
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
        long labels = first.stream().filter(t -> !t.isEmpty() && !HAS_DIGIT.matcher(t).matches()).count();
        if (labels < 2) {
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
     * A two-row header written without its merges: 「项目 | 2021年 | 2022年」 over 「(blank) | 预算数 | 决算数 |
     * 预算数 | 决算数」. The row below starts under the upper row's first cells (left blank, they continue
     * them) and has a whole multiple of the upper row's remaining cells: each of those spans that many
     * columns. Returns the span, or 0 when the rows do not have that shape.
     */
    private static int evenSpan(List<StringBuilder> upper, List<StringBuilder> lower) {
        int lead = 0;
        while (lead < lower.size() && lower.get(lead).toString().isBlank()) {
            lead++;
        }
        int spanned = upper.size() - lead;
        int below = lower.size() - lead;
        if (lead == 0 || spanned < 2 || below <= spanned || below % spanned != 0
                || !allLabels(upper.subList(lead, upper.size())) || !allLabels(lower.subList(lead, lower.size()))) {
            return 0;
        }
        return below / spanned;
    }

    /** The number of the upper row's cells that the row below spreads under (those after its blank lead). */
    private static int countAfterLead(List<StringBuilder> lower, int upperSize) {
        int lead = 0;
        while (lead < lower.size() && lower.get(lead).toString().isBlank()) {
            lead++;
        }
        return upperSize - lead;
    }

    private static final Pattern FIGURE = Pattern.compile("[-−—+]?[\\d,.，．]+%?");

    private static boolean allLabels(List<StringBuilder> cells) {
        return cells.stream().map(StringBuilder::toString).allMatch(t -> !t.isBlank() && !FIGURE.matcher(t.strip()).matches());
    }

    private static List<String> texts(List<StringBuilder> row) {
        return row.stream().map(b -> WHITESPACE.matcher(b).replaceAll(" ").trim()).toList();
    }

    private void closeTable(DocumentBuilder doc) {
        joinSplitRows();
        dropRepeatedHeaders();
        tableRows.removeIf(List::isEmpty);
        int width = tableRows.stream().mapToInt(List::size).max().orElse(0);
        TableBuilder table = new TableBuilder();
        for (int r = 0; r < tableRows.size(); r++) {
            List<StringBuilder> cells = tableRows.get(r);
            int even = r + 1 < tableRows.size() ? evenSpan(cells, tableRows.get(r + 1)) : 0;
            table.startRow();
            boolean leading = r > 0;
            for (int c = 0; c < cells.size(); c++) {
                String text = cells.get(c).toString();
                leading &= text.isBlank();
                if (leading) {
                    table.mergedFromAbove(1);
                } else if (even > 0 && c >= cells.size() - countAfterLead(tableRows.get(r + 1), cells.size())) {
                    table.cell(text, even, 1);
                } else {
                    int span = c == cells.size() - 1 ? Math.max(1, width - c) : 1;
                    table.cell(text, span, 1);
                }
            }
        }
        doc.table(table);
        tableRows = null;
        row = null;
    }
}
