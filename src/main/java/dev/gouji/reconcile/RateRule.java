package dev.gouji.reconcile;

import dev.gouji.extract.Candidate;
import dev.gouji.extract.Extraction.Assignment;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-RATE: a stated rate that does not match its own numerator and denominator. The execution rate is
 * checked against 全年执行数 ÷ 全年预算数 stated beside it, and when it fails the finding says which other
 * budget figure it does match; the staffing control rate against 实有 ÷ 编制; any other rate stated in a
 * sentence with its amounts must match some ratio, share or change of those amounts.
 */
final class RateRule implements Rule {
    @Override
    public String family() {
        return "R-RATE";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        executionRate(ctx, out);
        controlRate(ctx, out);
        sentenceRates(ctx, out);
        return out;
    }

    private void executionRate(Context ctx, List<Finding> out) {
        for (Assignment rate : ctx.actuals("execution_rate")) {
            String group = group(rate.candidate());
            Candidate spent = inGroup(ctx, "spending.total", group, false);
            Candidate budget = inGroup(ctx, "budget.full_year", group, true);
            // the operands must stand beside the rate (one sentence, one table row): figures of another scope
            // elsewhere in the report prove nothing about it
            if (spent == null || budget == null) {
                continue;
            }
            BigDecimal stated = rate.candidate().quantity().value();
            if (ctx.tolerance().rateHolds(stated, spent.quantity().normalized(), budget.quantity().normalized())) {
                continue;
            }
            double expected = 100 * spent.quantity().normalized().doubleValue() / budget.quantity().normalized().doubleValue();
            String matches = "";
            Candidate initial = inGroup(ctx, "budget.initial", group, true);
            String severity = "error";
            if (initial != null && ctx.tolerance().rateHolds(stated, spent.quantity().normalized(), initial.quantity().normalized())) {
                matches = "；所填执行率与" + initial.label() + Findings.show(initial.quantity().normalized()) + "万元之比相符，分母用错";
                severity = "warning";
            }
            out.add(new Finding("R-RATE/execution", severity,
                    "执行率填报" + Findings.show(stated) + "%，但" + spent.label() + Findings.show(spent.quantity().normalized()) + "万元÷"
                            + budget.label() + Findings.show(budget.quantity().normalized()) + "万元=" + Findings.show(Findings.round2(expected))
                            + "%" + matches,
                    List.of(Findings.figure(rate.candidate()), Findings.figure(spent), Findings.figure(budget)),
                    Findings.round2(expected), stated, stated.subtract(Findings.round2(expected))));
        }
    }

    private void controlRate(Context ctx, List<Finding> out) {
        Candidate authorized = first(ctx, "staff.authorized");
        Candidate actual = first(ctx, "staff.actual");
        if (authorized == null || actual == null) {
            return;
        }
        for (Candidate c : ctx.candidates()) {
            if (c.quantity().kind() != QuantityKind.PERCENT || !(c.label().endsWith("控制率") || c.column().endsWith("控制率"))
                    || c.label().contains("三公") || c.label().contains("经费")) {
                continue;
            }
            BigDecimal stated = c.quantity().value();
            if (!ctx.tolerance().rateHolds(stated, actual.quantity().normalized(), authorized.quantity().normalized(), true)) {
                double expected = 100 * actual.quantity().normalized().doubleValue() / authorized.quantity().normalized().doubleValue();
                out.add(new Finding("R-RATE/staff-control", "error",
                        "人员控制率填报" + Findings.show(stated) + "%，但实有人数" + Findings.show(actual.quantity().normalized()) + "人÷编制数"
                                + Findings.show(authorized.quantity().normalized()) + "人=" + Findings.show(Findings.round2(expected)) + "%",
                        List.of(Findings.figure(c), Findings.figure(actual), Findings.figure(authorized)),
                        Findings.round2(expected), stated, stated.subtract(Findings.round2(expected))));
            }
        }
    }

    /** A rate in a sentence with at least two amounts: it must be some ratio, share or change of them. */
    private void sentenceRates(Context ctx, List<Finding> out) {
        for (Candidate c : ctx.candidates()) {
            if (c.inTable() || c.quantity().kind() != QuantityKind.PERCENT) {
                continue;
            }
            String label = c.label();
            if (!(label.endsWith("率") || label.endsWith("幅") || label.startsWith("占") || label.endsWith("比例")
                    || label.endsWith("比重") || label.endsWith("增长") || label.endsWith("下降") || label.endsWith("上升")) || label.endsWith("控制率") && !label.contains("经费") || label.endsWith("执行率")) {
                continue;
            }
            List<Candidate> amounts = sentenceAmounts(ctx, c);
            if (amounts.size() < 2) {
                continue;
            }
            BigDecimal stated = c.quantity().value();
            boolean holds = false;
            for (Candidate a : amounts) {
                for (Candidate b : amounts) {
                    if (a == b) {
                        continue;
                    }
                    BigDecimal x = a.quantity().normalized();
                    BigDecimal y = b.quantity().normalized();
                    // a share, a change over the base, a decrease over the former total, an increase over the former one
                    if (ctx.tolerance().rateHolds(stated, x, y) || ctx.tolerance().rateHolds(stated, x.subtract(y).abs(), y)
                            || ctx.tolerance().rateHolds(stated, x, x.add(y))
                            || y.compareTo(x) > 0 && ctx.tolerance().rateHolds(stated, x, y.subtract(x))) {
                        holds = true;
                    }
                }
            }
            if (!holds) {
                Candidate num = amounts.get(amounts.size() - 1);
                Candidate den = amounts.get(0);
                double expected = 100 * num.quantity().normalized().doubleValue() / den.quantity().normalized().doubleValue();
                // the sentence's amounts may not be the rate's operands: very likely wrong, not certainly
                out.add(new Finding("R-RATE/stated", "warning",
                        label + "填报" + Findings.show(stated) + "%，但同句" + num.label() + Findings.show(num.quantity().normalized())
                                + "万元÷" + den.label() + Findings.show(den.quantity().normalized()) + "万元="
                                + Findings.show(Findings.round2(expected)) + "%，所列金额的任何比值均不等于所填比率",
                        List.of(Findings.figure(c), Findings.figure(num), Findings.figure(den)),
                        Findings.round2(expected), stated, stated.subtract(Findings.round2(expected))));
            }
        }
    }

    private static List<Candidate> sentenceAmounts(Context ctx, Candidate rate) {
        String snippetBlock = rate.evidence().block();
        List<Candidate> out = new ArrayList<>();
        String text = ctx.document().paragraphText(snippetBlock);
        int start = Math.max(text.lastIndexOf('。', rate.quantity().start()) + 1, 0);
        for (Candidate c : ctx.candidates()) {
            if (c.evidence().block().equals(snippetBlock) && c.quantity().kind() == QuantityKind.AMOUNT
                    && c.quantity().start() >= start && c.quantity().end() <= rate.quantity().start()) {
                out.add(c);
            }
        }
        return out;
    }

    private static String group(Candidate c) {
        return c.inTable() ? c.tableId() + "#" + c.row() : c.evidence().block();
    }

    /** The figure of {@code field} stated in {@code group}; budgets too when {@code anyBasis}. */
    private static Candidate inGroup(Context ctx, String field, String group, boolean anyBasis) {
        for (Assignment a : ctx.extraction().assignments()) {
            if (a.field().equals(field) && (anyBasis || !a.budget()) && group(a.candidate()).equals(group)) {
                return a.candidate();
            }
        }
        return null;
    }

    private static Candidate first(Context ctx, String field) {
        List<Assignment> a = ctx.actuals(field);
        return a.isEmpty() ? null : a.get(0).candidate();
    }
}
