package dev.gouji.across;

import dev.gouji.reconcile.Tolerance;
import dev.gouji.record.Change;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * R-ACROSS/change (error): a report states a change between two years (「比上年增加356.2万元」, 「增长4.3%」) and
 * the figures the two years' own reports give for the quantity do not make it: no pair of them differs by the
 * stated amount (or rate) within the rounding of all three. Silent unless both years have an own figure.
 */
final class StatedChangeRule implements AcrossRule {
    @Override
    public List<CrossFinding> check(DepartmentSeries series, Tolerance tolerance) {
        List<CrossFinding> out = new ArrayList<>();
        for (ReportFacts r : series.reports()) {
            for (ReportFacts.StatedChange c : r.changes()) {
                Change ch = c.change();
                List<DepartmentSeries.Entry> to = series.own(new DepartmentSeries.Point(ch.of(), ch.to(), ch.basis()));
                List<DepartmentSeries.Entry> since = series.own(new DepartmentSeries.Point(ch.of(), ch.since(), ch.basis()));
                if (to.isEmpty() || since.isEmpty()) {
                    continue;
                }
                boolean holds = to.stream().anyMatch(a -> since.stream().anyMatch(b -> holds(tolerance, c, a, b)));
                if (holds) {
                    continue;
                }
                // the stating report's own figure first, when it gives one
                DepartmentSeries.Entry a = to.stream().filter(e -> e.report() == r).findFirst().orElse(to.get(0));
                DepartmentSeries.Entry b = since.get(0);
                out.add(finding(series, r, c, a, b));
            }
        }
        return out;
    }

    private static boolean holds(Tolerance tolerance, ReportFacts.StatedChange c, DepartmentSeries.Entry a, DepartmentSeries.Entry b) {
        double x = a.level().value().doubleValue();
        double y = b.level().value().doubleValue();
        double slack = a.level().half() + b.level().half();
        double change = c.change().sign() * (x - y);
        if (!c.percent()) {
            return tolerance.within(change - c.value().doubleValue(), slack + c.half(), Math.max(Math.abs(x), Math.abs(y)));
        }
        double dLo = y - b.level().half();
        double dHi = y + b.level().half();
        if (dLo <= 0) {
            return true; // no base to take a rate of
        }
        double nLo = change - slack;
        double nHi = change + slack;
        double lo = Math.min(nLo / dHi, nLo / dLo) * 100;
        double hi = Math.max(nHi / dLo, nHi / dHi) * 100;
        double stated = c.value().doubleValue();
        double unit = 2 * c.half();
        // rounded to the stated figure, or cut to it
        return hi >= stated - unit / 2 - 1e-9 && lo <= stated + unit + 1e-9;
    }

    private static CrossFinding finding(DepartmentSeries series, ReportFacts r, ReportFacts.StatedChange c,
            DepartmentSeries.Entry a, DepartmentSeries.Entry b) {
        Change ch = c.change();
        BigDecimal actualChange = a.level().value().subtract(b.level().value());
        String word = ch.sign() > 0 ? "增加" : "减少";
        String name = Show.quantity(ch.of()) + "（" + Show.basis(ch.basis()) + "）";
        BigDecimal expected;
        String computed;
        if (c.percent()) {
            expected = b.level().value().signum() == 0 ? null : actualChange.multiply(BigDecimal.valueOf(100 * ch.sign()))
                    .divide(b.level().value(), Math.max(2, c.value().scale()), RoundingMode.HALF_UP);
            computed = "按两年报告计算为" + (expected == null ? "—" : Show.amount(expected)) + "%";
            word = ch.sign() > 0 ? "增长" : "下降";
        } else {
            expected = actualChange.multiply(BigDecimal.valueOf(ch.sign()));
            computed = "两年报告相差" + Show.amount(actualChange.abs()) + "万元（" + (actualChange.signum() >= 0 ? "增加" : "减少") + "）";
        }
        String message = r.fiscalYear() + "年报告（" + r.path() + "）称" + ch.to() + "年" + name + "比" + ch.since() + "年" + word
                + Show.amount(c.value()) + (c.percent() ? "%" : "万元") + "，但" + ch.to() + "年报告（" + a.report().path() + "）为"
                + Show.amount(a.level().value()) + "万元，" + ch.since() + "年报告（" + b.report().path() + "）为"
                + Show.amount(b.level().value()) + "万元，" + computed;
        CrossFigure stated = new CrossFigure(r.path(), r.fiscalYear(), c.label(), c.value(), c.percent() ? "%" : "万元", c.evidence());
        return new CrossFinding("R-ACROSS/change", "error", series.department().name(), ch.to(), message,
                List.of(stated, Show.figure(a), Show.figure(b)), expected, c.value(),
                expected == null ? null : c.value().subtract(expected));
    }
}
