package dev.gouji.reconcile;

import dev.gouji.record.Finding;
import dev.gouji.record.Project;
import dev.gouji.record.Statement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-CONFLICT/project: a project's money stated in the text and in a table, compared like with like. A
 * sentence's budget must be one of the table's budgets (an initial budget one of its initial budgets), its
 * actual one of the table's actuals. A figure the sentence states without saying which must be one of the
 * table's figures of the project; when it is none, it misstates the figure such sentences usually restate,
 * the project's actual (its budget when the table gives no actual). Only the project's own statements take
 * part: the department's totals are not among them.
 */
final class ProjectConflictRule implements Rule {
    @Override
    public String family() {
        return "R-CONFLICT";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Project project : ctx.extraction().projects()) {
            List<Statement> table = project.statements().stream().filter(Statement::inTable).toList();
            for (Statement stated : project.statements()) {
                if (!stated.inText()) {
                    continue;
                }
                List<Statement> peers = stated.basis() == null ? table
                        : table.stream().filter(t -> stated.basis().equals(t.basis())).toList();
                if (peers.isEmpty() || peers.stream().anyMatch(t -> ctx.tolerance().same(stated.value(), t.value()))) {
                    continue;
                }
                Statement other = stated.basis() != null ? peers.get(0) : restated(table);
                if (other == null) {
                    continue;
                }
                out.add(conflict(project, stated, other));
                break;
            }
        }
        return out;
    }

    /** The table figure a sentence that does not say which most likely restates: the actual, else the budget. */
    private static Statement restated(List<Statement> table) {
        for (String basis : List.of("actual", "budget", "budget_initial")) {
            for (Statement t : table) {
                if (basis.equals(t.basis())) {
                    return t;
                }
            }
        }
        return null;
    }

    private static Finding conflict(Project project, Statement stated, Statement other) {
        BigDecimal v = stated.value();
        BigDecimal w = other.value();
        return new Finding("R-CONFLICT/project", "error",
                "项目「" + project.name() + "」在正文中为" + Findings.show(v) + "万元，而表中为" + Findings.show(w) + "万元（"
                        + other.label() + "），相差" + Findings.show(v.subtract(w).abs()) + "万元",
                List.of(Findings.figure(project.name(), v, "万元", stated.evidence()),
                        Findings.figure(project.name(), w, "万元", other.evidence())),
                w, v, v.subtract(w));
    }
}
