package dev.gouji.reconcile;

import dev.gouji.fact.Basis;
import dev.gouji.fact.Fact;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * R-RATE: a stated rate that does not match its own numerator and denominator, each taken from the facts
 * stated with it, never from any pair of amounts that happens to be near:
 * <ul>
 * <li>an execution rate (执行率, 支出进度) against the actual and the budget of the same row or sentence and
 * scope; when it fails, the finding says which other budget of that scope it does match (a wrong denominator);
 * <li>a staffing control rate against 实有人数 ÷ 编制数;
 * <li>a share (「占本年支出合计的47.62%」) against the amount before it and the total its own words name;
 * <li>a change rate (「增加185.30万元，增长15.04%」) against the change and the prior year's amount stated
 * with it, or implied by this year's amount and the change; when it matches the change over this year's
 * amount instead, the denominator is the wrong one.
 * </ul>
 */
final class RateRule implements Rule {
    private static final Pattern EXECUTION = Pattern.compile(".*(?:执行率|支出进度|执行进度|预算完成率)$");
    private static final Pattern STAFF_CONTROL = Pattern.compile(".*(?:人员|编制|在职|供养).*控制率$");
    private static final Pattern SHARE = Pattern.compile("^占(.*?)(?:的)?(?:比重|比例)?$");
    private static final Pattern DECREASE = Pattern.compile("减少|下降|降低|节约|节支|压减|核减|减支|少支");
    private static final Pattern CHANGE_RATE = Pattern.compile(".*(?:增长|下降|增幅|降幅|上升|降低|减少|增加|变动率|增长率|下降率)$");

    @Override
    public String family() {
        return "R-RATE";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Fact rate : ctx.facts()) {
            if (!rate.isRate() || rate.basis() == Basis.TARGET || rate.candidate().quantity().qualifier()
                    != dev.gouji.extract.number.Qualifier.NONE) {
                continue;
            }
            String name = name(rate);
            if (EXECUTION.matcher(name).matches()) {
                executionRate(ctx, rate, out);
            } else if (STAFF_CONTROL.matcher(name).matches()) {
                controlRate(ctx, rate, out);
            } else if (!rate.inTable() && SHARE.matcher(rate.label()).matches()) {
                share(ctx, rate, out);
            } else if (!rate.inTable() && CHANGE_RATE.matcher(rate.label()).matches()) {
                change(ctx, rate, out);
            }
        }
        return out;
    }

    /** What a rate is called: its own label, or its column when the row names the thing it is a rate of. */
    private static String name(Fact rate) {
        String label = rate.label();
        if (rate.inTable() && !EXECUTION.matcher(label).matches() && !STAFF_CONTROL.matcher(label).matches()) {
            return rate.candidate().column().replace(" ", "");
        }
        return label;
    }

    private void executionRate(Context ctx, Fact rate, List<Finding> out) {
        Fact spent = null;
        Fact budget = null;
        for (Fact f : ctx.placeOf(rate)) {
            // in a sentence the operands of a rate of the department may be named for themselves (实际实现预算收入)
            if (f == rate || !f.money() || rate.scope() != null && !f.sameScope(rate) && !rate.inTable()) {
                continue;
            }
            if (f.basis() == Basis.ACTUAL && spent == null) {
                spent = f;
            } else if (f.basis() == Basis.BUDGET) {
                budget = f;
            } else if (f.basis() == Basis.BUDGET_INITIAL && (budget == null || budget.basis() != Basis.BUDGET)) {
                budget = f;
            }
        }
        if (spent == null || budget == null || budget.value().signum() == 0) {
            return; // the operands must stand beside the rate: figures of another scope prove nothing about it
        }
        BigDecimal stated = rate.candidate().quantity().value();
        if (ctx.tolerance().rateHolds(stated, spent.value(), budget.value())) {
            return;
        }
        BigDecimal expected = Findings.round2(100 * spent.value().doubleValue() / budget.value().doubleValue());
        List<Figure> figures = new ArrayList<>(List.of(Findings.figure(rate.candidate()), Findings.figure(spent.candidate()),
                Findings.figure(budget.candidate())));
        String matches = "";
        String severity = "error";
        Fact other = otherDenominator(ctx, rate, spent, budget, stated);
        if (other != null) {
            matches = "；所填执行率与" + other.label() + Findings.show(other.value()) + "万元之比相符，分母用错";
            severity = "warning";
            figures.add(Findings.figure(other.candidate()));
        }
        out.add(new Finding("R-RATE/execution", severity,
                rate.label() + "填报" + Findings.show(stated) + "%，但" + spent.label() + Findings.show(spent.value()) + "万元÷"
                        + budget.label() + Findings.show(budget.value()) + "万元=" + Findings.show(expected) + "%" + matches,
                figures, expected, stated, stated.subtract(expected)));
    }

    /** Another budget of the rate's scope (or any budget of the report) that the stated rate does match. */
    private static Fact otherDenominator(Context ctx, Fact rate, Fact spent, Fact budget, BigDecimal stated) {
        Fact anyScope = null;
        for (Fact f : ctx.facts()) {
            if (f == budget || !f.money() || !f.basis().isBudget() || f.value().signum() == 0
                    || !ctx.tolerance().rateHolds(stated, spent.value(), f.value())) {
                continue;
            }
            if (f.sameScope(spent) || f.sameScope(rate)) {
                return f;
            }
            if (anyScope == null) {
                anyScope = f;
            }
        }
        return anyScope;
    }

    private void controlRate(Context ctx, Fact rate, List<Finding> out) {
        var authorized = ctx.extraction().fields().get("staff.authorized");
        var actual = ctx.extraction().fields().get("staff.actual");
        if (authorized == null || actual == null || authorized.number() == null || actual.number() == null
                || authorized.number().signum() == 0) {
            return;
        }
        BigDecimal stated = rate.candidate().quantity().value();
        if (ctx.tolerance().rateHolds(stated, actual.number(), authorized.number(), true)) {
            return;
        }
        BigDecimal expected = Findings.round2(100 * actual.number().doubleValue() / authorized.number().doubleValue());
        out.add(new Finding("R-RATE/staff-control", "error",
                "人员控制率填报" + Findings.show(stated) + "%，但实有人数" + Findings.show(actual.number()) + "人÷编制数"
                        + Findings.show(authorized.number()) + "人=" + Findings.show(expected) + "%",
                List.of(Findings.figure(rate.candidate()), Findings.figure("实有人数", actual.number(), "人", actual.evidence()),
                        Findings.figure("编制数", authorized.number(), "人", authorized.evidence())),
                expected, stated, stated.subtract(expected)));
    }

    /** 「项目支出892.13万元，占本年支出合计的47.62%」: the amount before it over the total its words name. */
    private void share(Context ctx, Fact rate, List<Finding> out) {
        var m = SHARE.matcher(rate.label());
        if (!m.matches()) {
            return;
        }
        Fact part = previousMoney(ctx, rate);
        if (part == null) {
            return;
        }
        // 「本年收入合计520万元，其中：财政拨款收入500万元，占96.15%」: a 占 naming nothing is a share of the
        // whole its 「其中」 names; without one it says nothing checkable (「占0.29%」)
        Fact whole = m.group(1).isBlank() ? (part.whole() != null && part.whole().money() ? part.whole() : null)
                : namedWhole(ctx, rate, part, m.group(1));
        if (whole == null || whole.value().signum() == 0) {
            return;
        }
        BigDecimal stated = rate.candidate().quantity().value();
        if (ctx.tolerance().rateHolds(stated, part.value(), whole.value())) {
            return;
        }
        BigDecimal expected = Findings.round2(100 * part.value().doubleValue() / whole.value().doubleValue());
        out.add(new Finding("R-RATE/share", "warning",
                part.label() + Findings.show(part.value()) + "万元" + rate.label() + Findings.show(stated) + "%，但"
                        + Findings.show(part.value()) + "÷" + whole.label() + Findings.show(whole.value()) + "=" + Findings.show(expected) + "%",
                List.of(Findings.figure(rate.candidate()), Findings.figure(part.candidate()), Findings.figure(whole.candidate())),
                expected, stated, stated.subtract(expected)));
    }

    /** The total a share's words name (「占本年支出合计的」), on the part's basis and year; the one in the same paragraph first. */
    private static Fact namedWhole(Context ctx, Fact rate, Fact part, String named) {
        String wholeKey = dev.gouji.fact.FieldNames.fieldNamed(named).orElse(null);
        if (wholeKey == null) {
            return null;
        }
        Fact whole = null;
        for (Fact f : ctx.facts()) {
            if (f.field() && f.quantity().equals(wholeKey) && f.money() && f.scope() == null && !f.inferred()
                    && f.basis() == part.basis() && java.util.Objects.equals(f.period(), part.period())) {
                whole = f;
                if (f.evidence().block().equals(rate.evidence().block())) {
                    break; // the total stated in the same paragraph is the one meant
                }
            }
        }
        return whole;
    }

    /** 「较2021年的1,046.45万元增加185.30万元，增长15.04%」: the change over the prior year's amount. */
    private void change(Context ctx, Fact rate, List<Finding> out) {
        Fact changed = null;
        Fact prior = null;
        Fact current = null;
        Integer year = ctx.fiscalYear();
        for (Fact f : ctx.placeOf(rate)) {
            if (f.candidate().quantity().start() >= rate.candidate().quantity().start() || !f.money()) {
                continue;
            }
            if (f.basis() == Basis.OTHER) {
                changed = f;
            } else if (f.period() != null && year != null && f.period() < year) {
                prior = f;
            } else if (current == null) {
                current = f;
            }
        }
        BigDecimal priorValue;
        if (prior != null) {
            priorValue = prior.value();
        } else if (changed != null && current != null && current.periodStated()) {
            // 「2023年…12.60万元，比上年减少2.40万元」 says the prior year was 15.00 by its own figures (the year's own
            // figure must say it is the year's: a sentence cut at a line break may begin with last year's)
            priorValue = DECREASE.matcher(changed.candidate().rawLabel()).find() ? current.value().add(changed.value())
                    : current.value().subtract(changed.value());
        } else {
            return;
        }
        if (priorValue.signum() <= 0 || changed == null && current == null) {
            return;
        }
        BigDecimal difference = changed != null ? changed.value().abs() : current.value().subtract(priorValue).abs();
        BigDecimal stated = rate.candidate().quantity().value().abs();
        if (ctx.tolerance().rateHolds(stated, difference, priorValue)) {
            return;
        }
        BigDecimal expected = Findings.round2(100 * difference.doubleValue() / priorValue.doubleValue());
        List<Figure> figures = new ArrayList<>(List.of(Findings.figure(rate.candidate())));
        if (prior != null) {
            figures.add(Findings.figure(prior.candidate()));
        }
        if (changed != null) {
            figures.add(Findings.figure(changed.candidate()));
        }
        String severity = "error";
        String matches = "";
        if (current != null && current.value().signum() != 0 && ctx.tolerance().rateHolds(stated, difference, current.value())) {
            severity = "warning";
            matches = "；所填比率是以本年" + Findings.show(current.value()) + "万元作分母算得，分母用错";
            figures.add(Findings.figure(current.candidate()));
        }
        out.add(new Finding("R-RATE/change", severity,
                rate.label() + Findings.show(stated) + "%，但变动额" + Findings.show(difference) + "万元÷上年"
                        + Findings.show(priorValue) + "万元=" + Findings.show(expected) + "%" + matches,
                figures, expected, stated, stated.subtract(expected)));
    }

    /** The money figure right before a rate in its sentence. */
    private static Fact previousMoney(Context ctx, Fact rate) {
        Fact last = null;
        for (Fact f : ctx.placeOf(rate)) {
            if (f.candidate().quantity().start() >= rate.candidate().quantity().start()) {
                break;
            }
            if (f.money() && f.basis() != Basis.OTHER) {
                last = f;
            }
        }
        return last;
    }
}
