package dev.gouji.extract;

import dev.gouji.extract.number.Quantity;
import dev.gouji.extract.number.NumberReader;
import dev.gouji.model.Block;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.NormalizedText;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds every figure of a document with its label: sentences clause by clause, tables cell by cell. */
public final class CandidateFinder {
    private static final Pattern COMPARISON_WORDS = Pattern.compile("[\\s≥≤<>=达到]");
    /** Where the words naming a figure stop, looking back from it. */
    private static final String CLAUSE_END = "，。；;,!?！？:\n";
    private static final Pattern INLINE_LABEL = Pattern.compile("^(.*[^\\d\\s.,])\\s*[:：]\\s*([^:：]+)$");

    private final NumberReader numbers;
    private final LabelSegmenter segmenter = new LabelSegmenter();

    public CandidateFinder(NumberReader numbers) {
        this.numbers = numbers;
    }

    public List<Candidate> find(Document doc) {
        List<Candidate> out = new ArrayList<>();
        String previousText = "";
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                fromText(p.id(), p.text(), out);
                previousText = p.text().normalized();
            } else if (b instanceof Table t) {
                fromTable(t, TableUnit.of(t, previousText), out);
                previousText = "";
            }
        }
        return out;
    }

    void fromText(String blockId, NormalizedText text, List<Candidate> out) {
        String s = text.normalized();
        int previousEnd = 0;
        for (Quantity q : numbers.find(s)) {
            int from = clauseStart(s, q.start(), previousEnd);
            String raw = s.substring(from, q.start()).trim();
            String label = Labels.clean(segmenter.trim(Labels.clean(raw)));
            out.add(new Candidate(q, label, raw, label, "", Evidences.of(blockId, text, q.start(), q.end()), null, -1, -1,
                    false, ""));
            // a figure in Chinese numerals is often part of a name (残疾人两项补贴): the next label may span it
            if (q.raw().chars().anyMatch(Character::isDigit)) {
                previousEnd = q.end();
            }
        }
    }

    /** Start of the clause that names the figure at {@code start}: after the last delimiter or figure. */
    static int clauseStart(String s, int start, int previousEnd) {
        int i = start - 1;
        while (i >= previousEnd) {
            char c = s.charAt(i);
            if (CLAUSE_END.indexOf(c) >= 0) {
                break;
            }
            if (c == '、' && i > 0 && !Character.isLetter(s.charAt(i - 1))) {
                break;
            }
            i--;
        }
        return Math.max(i + 1, previousEnd);
    }

    private void fromTable(Table t, TableUnit unit, List<Candidate> out) {
        TableHeaders headers = new TableHeaders(t, numbers);
        int indicatorHeader = IndicatorTables.headerRow(t);
        for (List<Cell> row : t.rows()) {
            for (Cell cell : row) {
                fromCell(t, headers, unit, indicatorHeader >= 0 && cell.row() > indicatorHeader, cell, out);
                for (Table nested : cell.nested()) {
                    fromTable(nested, TableUnit.of(nested, ""), out);
                }
            }
        }
    }

    private void fromCell(Table t, TableHeaders headers, TableUnit unit, boolean indicators, Cell cell, List<Candidate> out) {
        String text = cell.normalized();
        if (text.isBlank()) {
            return;
        }
        // a cell that names its own figure: 「其他资金：11.06」 or a sentence inside a cell
        Matcher m = INLINE_LABEL.matcher(text);
        if (m.matches() && numbers.parseCell(m.group(2)).isPresent()) {
            Quantity q = numbers.parseCell(m.group(2)).get();
            int offset = m.start(2);
            Quantity shifted = new Quantity(q.start() + offset, q.end() + offset, q.raw(), q.value(), q.scale(), q.unit(),
                    q.kind(), q.normalized(), q.normalizedUnit(), q.qualifier());
            String rowLabel = Labels.clean(m.group(1));
            // the block the cell sits in (「年度预算申请」 to its left) says whether it is a budget
            Optional<Cell> leftCell = headers.rowLabelCell(cell.row(), cell.col());
            String left = leftCell.map(Cell::normalized).orElse("");
            String column = column(headers, cell);
            out.add(new Candidate(shifted, rowLabel, m.group(1), rowLabel, (left + " " + column).trim(),
                    Evidences.of(cell.id(), cell.text(), shifted.start(), shifted.end()), t.id(), cell.row(), cell.col(),
                    indicators, leftCell.map(l -> nearestHeader(headers, l)).orElse("")));
            return;
        }
        Optional<Quantity> whole = numbers.parseCell(text);
        if (whole.isPresent() && headers.isIdentifier(cell.row(), cell.col())) {
            return; // a line number (行次), a column number (栏次) or a classification code, not a figure
        }
        // words before the figure that name it (「控制公用经费支出58万元」) make the cell a sentence, not a value
        if (whole.isPresent() && COMPARISON_WORDS.matcher(text.substring(0, whole.get().start())).replaceAll("").length() > 3) {
            whole = Optional.empty();
        }
        if (whole.isPresent()) {
            String column = column(headers, cell);
            Quantity q = unit.apply(whole.get(), column);
            Optional<Cell> left = headers.rowLabelCell(cell.row(), cell.col());
            String rawRow = left.map(Cell::normalized).orElse("");
            String rowLabel = Labels.clean(rawRow);
            String label = rowLabel.isEmpty() ? column : rowLabel;
            out.add(new Candidate(q, label, rawRow, rowLabel, column, Evidences.of(cell.id(), cell.text(), q.start(), q.end()),
                    t.id(), cell.row(), cell.col(), indicators, left.map(l -> nearestHeader(headers, l)).orElse("")));
            return;
        }
        List<Candidate> inCell = new ArrayList<>();
        fromText(cell.id(), cell.text(), inCell);
        String column = inCell.isEmpty() ? "" : column(headers, cell);
        String rowHeader = inCell.isEmpty() ? "" : headers.rowLabelCell(cell.row(), cell.col()).map(l -> nearestHeader(headers, l)).orElse("");
        for (Candidate c : inCell) {
            out.add(new Candidate(c.quantity(), c.label(), c.rawLabel(), c.rowLabel(), column, c.evidence(), t.id(),
                    cell.row(), cell.col(), indicators, rowHeader));
        }
    }

    /** The header right over a row label (项目名称 says the rows are projects; a title higher up does not). */
    private static String nearestHeader(TableHeaders headers, Cell cell) {
        StringBuilder out = new StringBuilder();
        for (int c = cell.col(); c < cell.col() + cell.colSpan(); c++) {
            List<String> above = headers.columnHeaders(cell.row(), c);
            if (!above.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(above.get(above.size() - 1));
            }
        }
        return out.toString();
    }

    /** The column headers over a cell, joined; asked for only once the cell holds a figure (most do not). */
    private static String column(TableHeaders headers, Cell cell) {
        return String.join(" ", headers.columnHeaders(cell.row(), cell.col()));
    }
}
