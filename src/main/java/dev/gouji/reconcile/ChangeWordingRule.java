package dev.gouji.reconcile;

import dev.gouji.extract.review.ChangeStatement;
import dev.gouji.extract.review.ChangeStatement.Direction;
import dev.gouji.fact.Basis;
import dev.gouji.fact.Fact;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * R-WORDING: a stated change from an earlier year that the figures it compares contradict.
 * <ul>
 * <li>{@code R-WORDING/direction} (error): 「比上年增加」 where this year's figure is below the earlier year's, or
 * 「减少」 where it is above, or 「与上年持平」 where the two differ;
 * <li>{@code R-WORDING/amount} (error): the stated change is not the difference of the two figures;
 * <li>{@code R-WORDING/reason} (info, disclosures only): a change stated with no reason in its paragraph or
 * the next one, where the 情况说明 template asks for 「主要原因是…」.
 * </ul>
 * The two figures are this year's and the earlier year's of the same sentence (「项目支出1,231.75万元，较2021年的
 * 1,046.45万元增加185.30万元」); when the sentence gives only this year's, the earlier year's is taken from a fact
 * elsewhere of the same field, basis and scope for that year, and only when every such fact agrees. Without
 * both figures the rule stays silent: a change rate is R-RATE's.
 */
final class ChangeWordingRule implements Rule {
    private static final Set<String> DISCLOSURES = Set.of("final_accounts", "budget_disclosure");

    @Override
    public String family() {
        return "R-WORDING";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        String kind = ctx.extraction().reportKind() == null ? null : ctx.extraction().reportKind().value();
        for (ChangeStatement s : ctx.extraction().review().changes()) {
            Fact change = s.change();
            if (change != null && !s.reasonGiven() && DISCLOSURES.contains(kind) && change.value().signum() != 0) {
                out.add(new Finding("R-WORDING/reason", "info",
                        "说明了" + s.words() + Findings.show(change.value()) + "万元，但未说明变动原因（模板要求写明「主要原因」）",
                        List.of(Findings.figure(change.candidate())), null, change.value(), null));
            }
            List<Fact> current = new ArrayList<>();
            Fact prior = null;
            for (Fact f : ctx.at(s.place())) {
                if (f.evidence().start() >= s.evidence().start()) {
                    break;
                }
                if (!f.money() || f.basis() == Basis.OTHER || f.basis() == Basis.RATE) {
                    continue;
                }
                if (earlier(ctx, s, f)) {
                    prior = f;
                } else if (f.about(ctx.fiscalYear())) {
                    current.add(f);
                }
            }
            // the change is said of the nearest figure before it on the earlier one's basis (「支出2.86万元，为年度预算
            // 4.00万元的71.50%，比上年3.15万元减少0.29万元」 compares 2.86, not the budget); with no earlier figure in
            // the sentence, of the nearest figure, whose earlier year must then be stated elsewhere
            Fact now = null;
            for (int i = current.size() - 1; i >= 0; i--) {
                Fact c = current.get(i);
                Fact before = prior != null ? prior : priorElsewhere(ctx, c, compared(ctx, s));
                if (before != null && before.basis() == c.basis()) {
                    now = c;
                    prior = before;
                    break;
                }
                if (prior == null) {
                    break;
                }
            }
            if (now == null) {
                continue;
            }
            check(ctx, s, now, prior, out);
        }
        return out;
    }

    /** A figure of the year the statement compares with (an earlier year than the report's when it names none). */
    private static boolean earlier(Context ctx, ChangeStatement s, Fact f) {
        if (!f.periodStated() || f.period() == null || ctx.fiscalYear() == null) {
            return false;
        }
        return s.year() != null ? f.period().equals(s.year()) : f.period() < ctx.fiscalYear();
    }

    /** The year compared with: the one the words name, else the year before the report's. */
    private static Integer compared(Context ctx, ChangeStatement s) {
        return s.year() != null ? s.year() : ctx.fiscalYear() == null ? null : ctx.fiscalYear() - 1;
    }

    /** The compared year's figure of the same field, basis and scope, when every fact of it agrees. */
    private static Fact priorElsewhere(Context ctx, Fact current, Integer year) {
        if (!current.field() || year == null) {
            return null;
        }
        Fact found = null;
        for (Fact f : ctx.facts()) {
            if (f.field() && f.quantity().equals(current.quantity()) && f.basis() == current.basis() && f.sameScope(current)
                    && f.periodStated() && year.equals(f.period()) && f.money()) {
                if (found != null && !ctx.tolerance().same(found.value(), f.value())) {
                    return null;
                }
                found = found == null ? f : found;
            }
        }
        return found;
    }

    private static void check(Context ctx, ChangeStatement s, Fact current, Fact prior, List<Finding> out) {
        BigDecimal difference = current.value().subtract(prior.value());
        Fact change = s.change();
        String compared = current.label() + Findings.show(current.value()) + "万元，" + prior.period() + "年为"
                + Findings.show(prior.value()) + "万元";
        if (s.direction() == Direction.FLAT) {
            if (!ctx.tolerance().same(current.value(), prior.value())) {
                out.add(new Finding("R-WORDING/direction", "error",
                        "文字说「与上年持平」，但" + compared + "，" + (difference.signum() < 0 ? "减少" : "增加")
                                + Findings.show(difference.abs()) + "万元",
                        List.of(Findings.figure(current.candidate()), Findings.figure(prior.candidate())), BigDecimal.ZERO,
                        difference, difference));
            }
            return;
        }
        boolean up = s.direction() == Direction.UP;
        var figures = List.of(Findings.figure(change.candidate()), Findings.figure(current.candidate()),
                Findings.figure(prior.candidate()));
        boolean fell = !ctx.tolerance().notLarger(prior.value(), current.value());
        boolean rose = !ctx.tolerance().notLarger(current.value(), prior.value());
        if (up && fell || !up && rose) {
            out.add(new Finding("R-WORDING/direction", "error",
                    "文字说「" + s.words() + Findings.show(change.value()) + "万元」，但" + compared + "，实际"
                            + (fell ? "减少" : "增加") + Findings.show(difference.abs()) + "万元",
                    figures, difference, up ? change.value() : change.value().negate(), null));
            return;
        }
        boolean holds = up ? ctx.tolerance().sumHolds(current.value(), prior.value(), change.value())
                : ctx.tolerance().sumHolds(prior.value(), current.value(), change.value());
        if (!holds) {
            out.add(new Finding("R-WORDING/amount", "error",
                    "文字说「" + s.words() + Findings.show(change.value()) + "万元」，但" + compared + "，相差"
                            + Findings.show(difference.abs()) + "万元",
                    figures, difference.abs(), change.value(), change.value().subtract(difference.abs())));
        }
    }
}
