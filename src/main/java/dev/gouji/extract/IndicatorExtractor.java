package dev.gouji.extract;

import dev.gouji.extract.number.NumberReader;
import dev.gouji.extract.number.Quantity;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import dev.gouji.record.Indicator;
import dev.gouji.record.TargetParsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads every performance indicator table, whatever its columns are called: the header row is the one
 * naming 一级指标 and 三级指标, and each column is recognised by its header words. Merged level cells
 * carry down (the model resolves them), blank spacer rows and rows without an indicator name are skipped.
 */
public final class IndicatorExtractor {
    private static final Pattern POINTS_NOTE = Pattern.compile("\\s*[(（]\\s*\\d+(?:\\.\\d+)?\\s*分\\s*[)）]\\s*");
    /** Column positions of one indicator table; -1 where the table has no such column. */
    record Columns(int level1, int level2, int name, int target, int actual, int weight, int score, int note,
            int comparator, int unit, int remark) {
    }

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
            Columns cols = columns(t, header);
            if (cols.name() < 0) {
                continue;
            }
            int[] project = projectColumns(t, header);
            for (int r = header + 1; r < t.rowCount(); r++) {
                indicator(t, r, cols, project).ifPresent(out::add);
            }
        }
        return out;
    }

    static Columns columns(Table t, int header) {
        int[] c = new int[11];
        java.util.Arrays.fill(c, -1);
        for (int col = 0; col < t.columnCount(); col++) {
            // only headers of this row: a cell merged down from above (绩效目标 over 一级指标…) names a group
            final int column = col;
            String h = t.cellAt(header, col).filter(cell -> cell.row() == header && cell.col() == column)
                    .map(cell -> cell.normalized()).orElse("").replace(" ", "");
            if (h.isEmpty()) {
                continue;
            }
            int slot = slot(h);
            if (slot >= 0 && c[slot] < 0) {
                c[slot] = col;
            }
        }
        return new Columns(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10]);
    }

    /** The role of a header cell; -1 for a column gouji does not read. The order of the tests matters. */
    private static int slot(String h) {
        if (h.equals("一级指标")) {
            return 0;
        }
        if (h.equals("二级指标")) {
            return 1;
        }
        if (h.contains("三级指标") || h.equals("指标名称") || h.equals("指标内容") || h.equals("绩效指标名称")) {
            return 2;
        }
        if (h.contains("指标值类型") || h.equals("指标类型")) {
            return 8;
        }
        if (h.equals("度量单位") || h.equals("计量单位") || h.equals("单位")) {
            return 9;
        }
        if (h.contains("原因") || h.contains("扣)分标准") || h.contains("扣分标准") || h.contains("评分标准")
                || h.contains("改进措施")) {
            return 7;
        }
        if (h.contains("完成值") || h.contains("完成情况") || h.contains("实际值") || h.contains("实际完成") || h.equals("实际")) {
            return 4;
        }
        if (h.contains("得分") || h.equals("评分")) {
            return 6;
        }
        if (h.contains("分值") || h.contains("权重") || h.equals("标准分") || h.equals("满分")) {
            return 5;
        }
        if (h.equals("指标值") || h.contains("指标值") && !h.contains("内容") || h.contains("目标值") || h.equals("绩效目标")
                || h.equals("预期目标") || h.equals("年度目标") || h.equals("计划值") || h.contains("预期值")) {
            return 3;
        }
        if (h.equals("备注")) {
            return 10;
        }
        return -1;
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


    private Optional<Indicator> indicator(Table t, int r, Columns cols, int[] project) {
        Optional<Cell> nameCell = t.cellAt(r, cols.name());
        if (nameCell.isEmpty() || nameCell.get().normalized().isBlank() || nameCell.get().col() != cols.name()) {
            return Optional.empty();
        }
        // a row under a merged name is an indicator of its own when it has cells of its own (its own 分值);
        // a row made only of merged or empty cells is a spacer
        boolean ownCells = t.rows().get(r).stream().anyMatch(c -> c.col() > cols.name() && !c.normalized().isBlank());
        if (nameCell.get().row() != r && !ownCells) {
            return Optional.empty();
        }
        String name = nameCell.get().normalized();
        String first = t.textAt(r, 0).replace(" ", "");
        // header repeats, the 总分 line and figures standing where a name belongs are not indicators
        if (name.equals("三级指标") || name.equals("指标名称") || numbers.parseCell(name).isPresent()
                || first.equals("总分") || first.equals("合计") || first.equals("总计")) {
            return Optional.empty();
        }
        String target = cols.target() < 0 ? "" : t.textAt(r, cols.target());
        String actual = own(t, r, cols.actual());
        BigDecimal weight = number(own(t, r, cols.weight()));
        if (weight == null && cols.weight() < 0) {
            weight = number(own(t, r, cols.remark()));
        }
        BigDecimal score = number(own(t, r, cols.score()));
        String note = own(t, r, cols.note());
        String projectName = project[0] < 0 ? null : emptyToNull(t.textAt(r, project[0]));
        BigDecimal projectAmount = project[1] < 0 ? null : number(t.textAt(r, project[1]));
        return Optional.of(new Indicator(projectName, projectAmount, level(t, r, cols.level1()), level(t, r, cols.level2()), name, target,
                parseTarget(target, own(t, r, cols.comparator()), own(t, r, cols.unit())), actual, weight, score,
                note.isEmpty() ? null : note, Evidences.ofCell(nameCell.get().id(), nameCell.get().text())));
    }

    /** Text of the cell at (r, col) when it belongs to this row; a value merged from above is not repeated. */
    private static String own(Table t, int r, int col) {
        if (col < 0) {
            return "";
        }
        return t.cellAt(r, col).filter(c -> c.row() == r)
                .map(Cell::normalized).orElse("");
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
