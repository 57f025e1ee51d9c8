package dev.gouji.extract;

import dev.gouji.extract.number.NumberReader;
import dev.gouji.extract.number.Quantity;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import dev.gouji.record.Evidence;
import dev.gouji.record.Project;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Projects and their money: from project tables (a 项目名称 column with an amount column), from the detail
 * rows under a 项目支出 row of a data table, and from sentences naming a 专项/经费 with its amount.
 */
public final class ProjectExtractor {
    private static final Pattern PROJECT_WORDS = Pattern.compile(".{2,40}(?:专项|专项资金|专项经费|经费|项目|工程|资金)$");
    private static final Pattern NOT_A_PROJECT = Pattern.compile(
            ".*(?:收入|支出|合计|总额|小计|总计|结余|结转|预算|决算|执行|调增|调减|公用经费|人员经费|机关运行经费|三公|会议费|培训费|办公经费).*");

    private final NumberReader numbers;

    public ProjectExtractor(NumberReader numbers) {
        this.numbers = numbers;
    }

    public List<Project> extract(Document doc, List<Candidate> candidates, Integer fiscalYear) {
        List<Project> out = new ArrayList<>();
        for (Table t : doc.tables()) {
            fromProjectTable(t, out);
            fromDetailRows(t, candidates, fiscalYear, out);
        }
        for (Candidate c : candidates) {
            if (c.inTable() || c.quantity().kind() != QuantityKind.AMOUNT) {
                continue;
            }
            String name = c.label().replaceFirst("^(?:年初预算项目|本年度|全年|主要用于|用于)", "");
            if (PROJECT_WORDS.matcher(name).matches() && !NOT_A_PROJECT.matcher(name).matches()
                    && FieldCatalog.match(name).isEmpty()) {
                add(out, new Project(name, c.quantity().normalized(), null, c.evidence()));
            }
        }
        return out;
    }

    /** Tables with a project-name column and an amount column (项目支出绩效目标表, 项目支出表). */
    private void fromProjectTable(Table t, List<Project> out) {
        for (int header = 0; header < Math.min(3, t.rowCount()); header++) {
            int nameCol = -1;
            int amountCol = -1;
            for (int c = 0; c < t.columnCount(); c++) {
                String h = t.textAt(header, c).replace(" ", "");
                if (nameCol < 0 && (h.equals("项目名称") || h.equals("单位(项目)名称") || h.equals("单位（项目）名称") || h.equals("项目"))) {
                    nameCol = c;
                } else if (amountCol < 0 && nameCol >= 0 && (h.equals("资金总额") || h.equals("金额") || h.equals("项目金额")
                        || h.equals("预算数") || h.equals("合计") || h.contains("资金总额") || h.equals("预算金额"))) {
                    amountCol = c;
                }
            }
            if (nameCol < 0 || amountCol < 0) {
                continue;
            }
            for (int r = header + 1; r < t.rowCount(); r++) {
                Optional<Cell> name = t.cellAt(r, nameCol).filter(cell -> cell.normalized().length() > 1);
                Optional<Cell> amount = t.cellAt(r, amountCol);
                if (name.isEmpty() || amount.isEmpty() || name.get().row() != r) {
                    continue;
                }
                Optional<Quantity> q = numbers.parseCell(amount.get().normalized());
                if (q.isPresent() && q.get().kind() != QuantityKind.PERCENT) {
                    add(out, new Project(name.get().normalized(), q.get().normalized(), null,
                            Evidences.ofCell(name.get().id(), name.get().text())));
                }
            }
            return;
        }
    }

    /** Rows under a 项目支出 row of a data table: 「1、协管员经费 | 1083.53 | 933.30 | 965.12」. */
    private void fromDetailRows(Table t, List<Candidate> candidates, Integer fiscalYear, List<Project> out) {
        boolean under = false;
        for (int r = 0; r < t.rowCount(); r++) {
            List<Candidate> row = new ArrayList<>();
            for (Candidate c : candidates) {
                if (t.id().equals(c.tableId()) && c.row() == r && !c.indicatorTable()) {
                    row.add(c);
                }
            }
            String label = t.textAt(r, 0).trim();
            String cleaned = Labels.clean(label);
            if (FieldCatalog.match(cleaned).map(f -> f.key().equals("spending.project")).orElse(false)) {
                under = true;
                continue;
            }
            boolean enumerated = label.matches("^\\d+[、.．].*") || label.startsWith("…");
            if (!under || !enumerated) {
                under &= label.isEmpty();
                continue;
            }
            if (row.isEmpty() || cleaned.isEmpty() || cleaned.startsWith("…") || cleaned.contains("一个专项一行")) {
                continue;
            }
            BigDecimal amount = null;
            BigDecimal actual = null;
            Evidence ev = null;
            for (Candidate c : row) {
                Integer year = FieldExtractor.yearOf(c.column());
                if (fiscalYear != null && year != null && !year.equals(fiscalYear)) {
                    continue;
                }
                if (FieldExtractor.isBudgetContext(c.column())) {
                    amount = c.quantity().value();
                } else {
                    actual = c.quantity().value();
                    ev = c.evidence();
                }
            }
            if (amount != null || actual != null) {
                add(out, new Project(cleaned, amount, actual, ev != null ? ev : row.get(0).evidence()));
            }
        }
    }

    /** Adds a project, merging it into one already listed under the same or a containing name. */
    private static void add(List<Project> out, Project p) {
        String key = core(p.name());
        for (int i = 0; i < out.size(); i++) {
            Project q = out.get(i);
            String other = core(q.name());
            if (other.equals(key) || (key.length() >= 4 && other.length() >= 4 && (other.contains(key) || key.contains(other)))) {
                BigDecimal amount = q.amount() != null ? q.amount() : p.amount();
                BigDecimal actual = q.actual() != null ? q.actual() : p.actual();
                if (q.amount() != null && p.actual() == null && p.amount() != null && p.amount().compareTo(q.amount()) != 0
                        && actual == null) {
                    actual = p.amount();
                }
                out.set(i, new Project(q.name(), amount, actual, q.evidence()));
                return;
            }
        }
        out.add(p);
    }

    static String core(String name) {
        return name.replaceAll("(?:专项资金|专项经费|专项)$", "").replace(" ", "");
    }
}
