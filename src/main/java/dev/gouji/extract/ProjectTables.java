package dev.gouji.extract;

import dev.gouji.fact.Basis;
import dev.gouji.fact.BasisWords;
import dev.gouji.fact.Fact;
import dev.gouji.model.Cell;
import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Where tables name projects, in three shapes. A list of projects: a 项目名称 column, one project a row, its
 * money in the columns to the right (预算数 | 执行数, 下达资金 | 实际支出, 资金总额). A 项目支出绩效自评表: a
 * 项目名称 cell with the name beside it, the project's money in the first row of its 项目资金 block (年初预算数 |
 * 全年预算数 | 全年执行数). A data table: the detail rows listed under its 项目支出 row (「1.协管员经费」).
 * Which figure of a row is a budget, an actual or another year's is the facts' business.
 */
final class ProjectTables {
    /** A template's instruction left in a row (「市级专项资金（一个专项一行）」, 「（请按项目填列）」): no project. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u3000]");
    private static final java.util.regex.Pattern TEMPLATE_NOTE =
            java.util.regex.Pattern.compile("[(（][^)）]*(?:一行|填写|填列|填报|请)[^)）]*[)）]");

    /** A column or cell that holds projects' names. */
    private static final Pattern NAME_HEADER = Pattern.compile(
            "^(?:子|重点|专项)?项目(?:名称)?$|^单位\\(项目\\)名称$|^项目\\(单位\\)名称$|^(?:专项|资金|二级项目)名称$");
    /** A list marker that puts a row under the row above it: 1. 1、 (1) ①. */
    private static final Pattern ENUMERATED = Pattern.compile("^(?:\\d+[、.．](?!\\d)|[(（]\\d+[)）]|[①-⑳]|…).*");
    /** Words that head a column of a project list rather than name a project. */
    private static final Pattern COLUMN_WORDS = Pattern.compile("金额|总额|合计|万元|元\\)|资金来源|序号|备注|执行率|用途");
    private static final Pattern CLASSIFICATION = Pattern.compile("^(?:科目编码|科目名称|功能分类科目|经济分类科目|科目代码|栏次)$");
    /** Totals of a list, and the 其中 rows that break a row down. */
    private static final Pattern TOTAL_ROW = Pattern.compile("^(?:合计|小计|总计|共计|总额|合计数|其中.*)$");

    /**
     * One project's money as a table row states it.
     *
     * @param headers a project list's own column headers by column (empty for other shapes): in a long table
     *                whose header rows repeat or go missing, the list's header row still names its columns
     */
    record Row(String name, List<Fact> facts, Cell nameCell, Map<Integer, String> headers) {
        String header(Fact f) {
            String own = headers.get(f.candidate().col());
            return own == null || own.isBlank() ? f.candidate().column() : own;
        }
    }

    private ProjectTables() {
    }

    /**
     * The project rows of a table, each with the facts of its row that lie right of its name.
     *
     * @param byRow the table's facts by row
     */
    static List<Row> rows(Table t, Map<Integer, List<Fact>> byRow) {
        List<Row> out = new ArrayList<>();
        if (!keyValue(t, byRow, out) && !list(t, byRow, out)) {
            detail(t, byRow, out);
        }
        return out;
    }

    /** A list of projects under a header row with a name column. */
    private static boolean list(Table t, Map<Integer, List<Fact>> byRow, List<Row> out) {
        if (classification(t)) {
            return false;
        }
        for (int h = 0; h < Math.min(4, t.rowCount()); h++) {
            int nameCol = nameColumn(t, h);
            if (nameCol < 0) {
                continue;
            }
            // a bare 项目 column also heads data tables (项目 | 2023年决算数): those list the department's quantities
            boolean bare = normalize(t.textAt(h, nameCol)).equals("项目");
            Map<Integer, String> headers = headers(t, h, byRow);
            List<Row> rows = new ArrayList<>();
            for (int r = h + 1; r < t.rowCount(); r++) {
                Optional<Cell> cell = t.cellAt(r, nameCol);
                if (cell.isEmpty() || cell.get().row() != r) {
                    continue;
                }
                String label = cell.get().normalized();
                if (bare && FieldCatalog.match(Labels.clean(label)).isPresent()) {
                    return false;
                }
                int after = cell.get().col() + cell.get().colSpan();
                List<Fact> facts = factsFrom(byRow.get(r), f -> f.candidate().col() >= after);
                String name = ProjectNames.ofCell(cell.get().text().original());
                if (!facts.isEmpty() && !TOTAL_ROW.matcher(normalize(name)).matches() && ProjectNames.possible(name)) {
                    rows.add(new Row(name, facts, cell.get(), headers));
                }
            }
            out.addAll(rows);
            return !rows.isEmpty();
        }
        return false;
    }

    /** A table by budget classification (科目编码 | 科目名称): its 项目 are classes of spending, not projects. */
    private static boolean classification(Table t) {
        for (int r = 0; r < Math.min(4, t.rowCount()); r++) {
            for (Cell c : t.rows().get(r)) {
                if (CLASSIFICATION.matcher(normalize(c.normalized())).matches()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The texts of the header rows from {@code h} down to the first row with figures, by column, top first. */
    private static Map<Integer, String> headers(Table t, int h, Map<Integer, List<Fact>> byRow) {
        Map<Integer, String> out = new java.util.HashMap<>();
        for (int r = h; r < t.rowCount() && !byRow.containsKey(r); r++) {
            for (int c = 0; c < t.columnCount(); c++) {
                Optional<Cell> cell = t.cellAt(r, c);
                if (cell.isPresent() && cell.get().row() == r && !cell.get().normalized().isBlank()) {
                    out.merge(c, cell.get().normalized(), (a, b) -> a + " " + b);
                }
            }
        }
        return out;
    }

    /** The column of row {@code h} headed 项目名称 when the row is a header (other cells name columns too). */
    private static int nameColumn(Table t, int h) {
        for (Cell c : t.rows().get(h)) {
            if (NAME_HEADER.matcher(normalize(c.normalized())).matches() && valueOf(t, c).isEmpty()) {
                return c.col();
            }
        }
        return -1;
    }

    /**
     * The cell beside a 项目名称 cell when the two are a key and its value: the row says nothing else, and
     * what it says is a name, not the header of a money column (「项目名称 | 开化县生态环境监测运维项目」).
     */
    private static Optional<Cell> valueOf(Table t, Cell key) {
        List<Cell> others = t.rows().get(key.row()).stream()
                .filter(c -> c != key && !c.normalized().isBlank()).toList();
        if (others.size() != 1) {
            return Optional.empty();
        }
        Cell value = others.get(0);
        String v = normalize(value.normalized());
        boolean name = value.col() > key.col() && ProjectNames.possible(v) && BasisWords.of(v) == null
                && !COLUMN_WORDS.matcher(v).find();
        return name ? Optional.of(value) : Optional.empty();
    }

    /**
     * 项目支出绩效自评表: 「项目名称 | name」, then the first row below it that states a budget or an actual is the
     * project's own money (年度资金总额); the rows after it break that down by source of funds.
     */
    private static boolean keyValue(Table t, Map<Integer, List<Fact>> byRow, List<Row> out) {
        boolean found = false;
        for (int r = 0; r < t.rowCount(); r++) {
            for (Cell key : t.rows().get(r)) {
                if (!NAME_HEADER.matcher(normalize(key.normalized())).matches()) {
                    continue;
                }
                Optional<Cell> value = valueOf(t, key);
                if (value.isEmpty()) {
                    continue;
                }
                found = true;
                String name = value.get().text().original().strip();
                for (int m = r + 1; m < t.rowCount() && !startsProject(t, m); m++) {
                    List<Fact> facts = factsFrom(byRow.get(m), f -> f.basisStated() && (f.basis().isBudget()
                            || f.basis() == Basis.ACTUAL));
                    if (!facts.isEmpty()) {
                        out.add(new Row(name, facts, value.get(), Map.of()));
                        break;
                    }
                }
            }
        }
        return found;
    }

    private static boolean startsProject(Table t, int r) {
        return t.rows().get(r).stream().anyMatch(c -> NAME_HEADER.matcher(normalize(c.normalized())).matches());
    }

    /** Detail rows under a 项目支出 row of a data table: 「（二）项目支出 | …」 then 「1.执法办案经费 | …」. */
    private static void detail(Table t, Map<Integer, List<Fact>> byRow, List<Row> out) {
        boolean under = false;
        for (int r = 0; r < t.rowCount(); r++) {
            Optional<Cell> first = t.cellAt(r, 0);
            String label = first.map(Cell::normalized).orElse("").replace('\u3000', ' ').strip();
            String cleaned = Labels.clean(label);
            if (FieldCatalog.match(cleaned).map(f -> f.key().equals("spending.project")).orElse(false)) {
                under = true;
                continue;
            }
            if (!under || !ENUMERATED.matcher(label).matches()) {
                under &= label.isEmpty();
                continue;
            }
            String name = ProjectNames.ofCell(first.map(c -> c.text().original()).orElse(""));
            if (first.isEmpty() || first.get().row() != r || !ProjectNames.possible(name) || TEMPLATE_NOTE.matcher(name).find()) {
                continue;
            }
            List<Fact> facts = factsFrom(byRow.get(r), f -> f.candidate().col() > 0);
            if (!facts.isEmpty()) {
                out.add(new Row(name, facts, first.get(), Map.of()));
            }
        }
    }

    private static List<Fact> factsFrom(List<Fact> row, Predicate<Fact> keep) {
        return row == null ? List.of() : row.stream().filter(keep).toList();
    }

    static String normalize(String text) {
        return SPACES.matcher(text).replaceAll("").replace('（', '(').replace('）', ')');
    }
}
