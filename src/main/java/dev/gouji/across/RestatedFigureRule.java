package dev.gouji.across;

import dev.gouji.reconcile.Tolerance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-ACROSS/restated (error): a report restates another year's figure (上年决算数) and it agrees, within the
 * rounding of both, with none of the figures that year's own reports give for the same quantity and basis.
 * A restating report that gives the figure more than once is flagged only if no statement of it agrees.
 */
final class RestatedFigureRule implements AcrossRule {
    @Override
    public List<CrossFinding> check(DepartmentSeries series, Tolerance tolerance) {
        List<CrossFinding> out = new ArrayList<>();
        series.points().forEach((point, entries) -> {
            List<DepartmentSeries.Entry> own = series.own(point);
            if (own.isEmpty()) {
                return;
            }
            Map<String, List<DepartmentSeries.Entry>> byReport = new LinkedHashMap<>();
            entries.stream().filter(e -> !e.own()).forEach(e -> byReport.computeIfAbsent(e.report().path(), k -> new ArrayList<>()).add(e));
            byReport.forEach((path, restated) -> {
                boolean agrees = restated.stream().anyMatch(r -> own.stream().anyMatch(o -> same(tolerance, r, o)));
                if (agrees) {
                    return;
                }
                DepartmentSeries.Entry r = restated.get(0);
                DepartmentSeries.Entry o = own.get(0);
                var diff = Show.difference(r.level().value(), o.level().value());
                String message = r.report().fiscalYear() + "年报告（" + path + "）所列" + point.year() + "年"
                        + Show.quantity(point.quantity()) + "（" + Show.basis(point.basis()) + "）为"
                        + Show.amount(r.level().value()) + "万元，而" + point.year() + "年报告（" + o.report().path() + "）为"
                        + Show.amount(o.level().value()) + "万元，相差" + Show.amount(diff.abs()) + "万元";
                out.add(new CrossFinding("R-ACROSS/restated", "error", series.department().name(), point.year(), message,
                        List.of(Show.figure(r), Show.figure(o)), o.level().value(), r.level().value(), diff));
            });
        });
        return out;
    }

    static boolean same(Tolerance tolerance, DepartmentSeries.Entry a, DepartmentSeries.Entry b) {
        double x = a.level().value().doubleValue();
        double y = b.level().value().doubleValue();
        return tolerance.within(x - y, a.level().half() + b.level().half(), Math.max(Math.abs(x), Math.abs(y)));
    }
}
