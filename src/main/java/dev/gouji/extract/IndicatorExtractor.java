package dev.gouji.extract;

import static dev.gouji.extract.IndicatorColumns.Role.ACTUAL;
import static dev.gouji.extract.IndicatorColumns.Role.COMPARATOR;
import static dev.gouji.extract.IndicatorColumns.Role.LEVEL1;
import static dev.gouji.extract.IndicatorColumns.Role.LEVEL2;
import static dev.gouji.extract.IndicatorColumns.Role.NAME;
import static dev.gouji.extract.IndicatorColumns.Role.NOTE;
import static dev.gouji.extract.IndicatorColumns.Role.REMARK;
import static dev.gouji.extract.IndicatorColumns.Role.SCORE;
import static dev.gouji.extract.IndicatorColumns.Role.TARGET;
import static dev.gouji.extract.IndicatorColumns.Role.UNIT;
import static dev.gouji.extract.IndicatorColumns.Role.WEIGHT;

import dev.gouji.extract.number.NumberReader;
import dev.gouji.extract.number.Quantity;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.NormalizedText;
import dev.gouji.model.Table;
import dev.gouji.record.Indicator;
import dev.gouji.record.TargetParsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads every performance indicator table, whatever its columns are called: the header row is the one
 * naming 一级指标 and 三级指标, and each column is recognised by its header words. Merged level cells
 * carry down (the model resolves them), blank spacer rows and rows without an indicator name are skipped.
 * Indicators listed in prose ({@link IndicatorProse}) are read as well.
 */
public final class IndicatorExtractor {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000\\u00a0]+");
    private static final Pattern POINTS_NOTE = Pattern.compile("\\s*[(（]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[)）]\\s*");

    private final NumberReader numbers;

    public IndicatorExtractor(NumberReader numbers) {
        this.numbers = numbers;
    }

    public List<Indicator> extract(Document doc) {
        List<Indicator> out = new ArrayList<>();
        for (Table t : doc.tables()) {
            int header = IndicatorTables.headerRow(t);
            if (header < 0) {
                continue;
            }
            IndicatorColumns cols = IndicatorColumns.read(t, header);
            if (cols.of(NAME) < 0) {
                continue;
            }
            int[] project = projectColumns(t, header);
            for (int r = header + 1; r < t.rowCount(); r++) {
                indicator(t, r, cols, project).ifPresent(out::add);
            }
        }
        // a list in prose stands for a missing table; an indicator a table already gave is not read twice
        Set<String> tabled = new HashSet<>();
        out.forEach(i -> tabled.add(NormalizedText.normalize(i.name()).replace(" ", "")));
        for (IndicatorProse.Row row : IndicatorProse.rows(doc)) {
            if (tabled.add(NormalizedText.normalize(row.name()).replace(" ", ""))) {
                out.add(fromProse(row));
            }
        }
        return out;
    }

    private Indicator fromProse(IndicatorProse.Row row) {
        return new Indicator(null, null, row.level1(), row.level2(), row.name(), row.target(),
                parseTarget(row.target(), "", ""), row.actual(), number(row.weight()), number(row.score()), null,
                row.evidence(), null);
    }

    /** The project-name and amount columns of a 项目支出绩效目标表, in or above the header row; -1 if none. */
    private static int[] projectColumns(Table t, int header) {
        int name = -1;
        int amount = -1;
        for (int r = Math.max(0, header - 1); r <= header; r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                String h = t.textAt(r, c).replace(" ", "");
                if (name < 0 && (h.equals("项目名称") || h.equals("单位(项目)名称"))) {
                    name = c;
                } else if (name >= 0 && amount < 0 && h.contains("资金总额")) {
                    amount = c;
                }
            }
        }
        return new int[] {name, amount};
    }


    private Optional<Indicator> indicator(Table t, int r, IndicatorColumns cols, int[] project) {
        int nameCol = cols.of(NAME);
        Optional<Cell> nameCell = t.cellAt(r, nameCol);
        if (nameCell.isEmpty() || nameCell.get().normalized().isBlank() || nameCell.get().col() != nameCol) {
            return Optional.empty();
        }
        // a row under a merged name is an indicator of its own when it has cells of its own (its own 分值);
        // a row made only of merged or empty cells is a spacer
        boolean ownCells = t.rows().get(r).stream().anyMatch(c -> c.col() > nameCol && !c.normalized().isBlank());
        if (nameCell.get().row() != r && !ownCells) {
            return Optional.empty();
        }
        String normalizedName = nameCell.get().normalized();
        String first = t.textAt(r, 0).replace(" ", "");
        // header repeats, the 总分 line and figures standing where a name belongs are not indicators
        if (normalizedName.equals("三级指标") || normalizedName.equals("指标名称") || numbers.parseCell(normalizedName).isPresent()
                || first.equals("总分") || first.equals("合计") || first.equals("总计")) {
            return Optional.empty();
        }
        String target = cols.of(TARGET) < 0 ? "" : asWritten(t.cellAt(r, cols.of(TARGET)));
        String actual = own(t, r, cols.of(ACTUAL));
        BigDecimal weight = number(own(t, r, cols.of(WEIGHT)));
        if (weight == null && cols.of(WEIGHT) < 0) {
            weight = number(own(t, r, cols.of(REMARK)));
        }
        BigDecimal score = number(own(t, r, cols.of(SCORE)));
        String note = own(t, r, cols.of(NOTE));
        if (note.isEmpty() && cols.of(NOTE) < 0 && number(own(t, r, cols.of(REMARK))) == null) {
            note = own(t, r, cols.of(REMARK)); // a 备注 column where the table has no 说明 column holds the notes
        }
        String projectName = project[0] < 0 ? null : emptyToNull(t.textAt(r, project[0]));
        BigDecimal projectAmount = project[1] < 0 ? null : number(t.textAt(r, project[1]));
        return Optional.of(new Indicator(projectName, projectAmount, level(t, r, cols.of(LEVEL1)), level(t, r, cols.of(LEVEL2)),
                asWritten(nameCell), target, parseTarget(target, own(t, r, cols.of(COMPARATOR)), own(t, r, cols.of(UNIT))),
                actual, weight, score, note.isEmpty() ? null : note,
                Evidences.ofCell(nameCell.get().id(), nameCell.get().text()), dev.gouji.fact.Fact.rowPlace(t.id(), r)));
    }

    /** Text of the cell at (r, col) when it belongs to this row; a value merged from above is not repeated. */
    private static String own(Table t, int r, int col) {
        if (col < 0) {
            return "";
        }
        return asWritten(t.cellAt(r, col).filter(c -> c.row() == r));
    }

    /**
     * A cell's text as the report writes it (「0～6岁」, 「，」 stay full width), whitespace runs folded to one
     * space: names, targets and actuals are quoted, not normalised.
     */
    static String asWritten(Optional<Cell> cell) {
        return cell.map(c -> WHITESPACE.matcher(c.text().original()).replaceAll(" ").strip()).orElse("");
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String level(Table t, int r, int col) {
        if (col < 0) {
            return null;
        }
        String s = POINTS_NOTE.matcher(t.textAt(r, col)).replaceAll("").replace(" ", "").trim();
        return s.isEmpty() ? null : s;
    }

    private BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return numbers.parseCell(text).map(Quantity::value).orElse(null);
    }

    TargetParsed parseTarget(String target, String comparatorColumn, String unitColumn) {
        if (target == null || target.isBlank()) {
            return null;
        }
        Optional<Quantity> q = numbers.parseCell(target);
        if (q.isEmpty()) {
            return null;
        }
        String comparator = switch (q.get().qualifier()) {
            case AT_LEAST -> "≥";
            case AT_MOST -> "≤";
            case MORE_THAN -> ">";
            case LESS_THAN -> "<";
            default -> "=";
        };
        String col = comparatorColumn.replace("＝", "=").trim();
        if (comparator.equals("=") && (col.equals("≥") || col.equals("≤") || col.equals(">") || col.equals("<"))) {
            comparator = col;
        }
        String unit = q.get().unit();
        if (unit.isEmpty() && !unitColumn.isBlank()) {
            unit = unitColumn.trim();
        }
        return new TargetParsed(comparator, q.get().value(), unit);
    }
}
