package dev.gouji.across;

import dev.gouji.reconcile.Tolerance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * R-ACROSS/same-year (warning): two reports of the same kind for the same year (the same report as .docx and
 * .pdf, or two versions of it) give that year's own figure differently, and no statement of one agrees with
 * a statement of the other. One of the files is not the report the other is, or was read wrongly: the auditor
 * should know which version the series rests on; copies giving the same values count as one version, so two
 * versions give one warning however many copies each has. Restatements are checked against every own figure, so a
 * restatement that matches either version raises nothing more. Reports of different kinds (a 决算 and a
 * 自评报告) are not compared here: their bare figures need not mean the same thing.
 */
final class SameYearRule implements AcrossRule {
    @Override
    public List<CrossFinding> check(DepartmentSeries series, Tolerance tolerance) {
        List<CrossFinding> out = new ArrayList<>();
        series.points().forEach((point, entries) -> {
            Map<String, List<DepartmentSeries.Entry>> byReport = new LinkedHashMap<>();
            series.own(point).forEach(e -> byReport.computeIfAbsent(e.report().path(), k -> new ArrayList<>()).add(e));
            // copies that give the same values (the report as .docx and as .pdf) count once, by the first path
            Map<String, List<DepartmentSeries.Entry>> versions = new LinkedHashMap<>();
            byReport.values().forEach(list -> versions.putIfAbsent(list.get(0).report().reportKind() + "|" + list.stream()
                    .map(e -> e.level().value().stripTrailingZeros().toPlainString()).sorted().toList(), list));
            List<List<DepartmentSeries.Entry>> reports = new ArrayList<>(versions.values());
            for (int i = 0; i < reports.size(); i++) {
                for (int j = i + 1; j < reports.size(); j++) {
                    List<DepartmentSeries.Entry> a = reports.get(i);
                    List<DepartmentSeries.Entry> b = reports.get(j);
                    if (!Objects.equals(a.get(0).report().reportKind(), b.get(0).report().reportKind())
                            || a.stream().anyMatch(x -> b.stream().anyMatch(y -> RestatedFigureRule.same(tolerance, x, y)))) {
                        continue;
                    }
                    DepartmentSeries.Entry x = a.get(0);
                    DepartmentSeries.Entry y = b.get(0);
                    var diff = Show.difference(y.level().value(), x.level().value());
                    String message = "同为" + point.year() + "年报告，" + x.report().path() + "所列"
                            + Show.quantity(point.quantity()) + "（" + Show.basis(point.basis()) + "）为"
                            + Show.amount(x.level().value()) + "万元，" + y.report().path() + "为"
                            + Show.amount(y.level().value()) + "万元，相差" + Show.amount(diff.abs()) + "万元";
                    out.add(new CrossFinding("R-ACROSS/same-year", "warning", series.department().name(), point.year(),
                            message, List.of(Show.figure(x), Show.figure(y)), x.level().value(), y.level().value(), diff));
                }
            }
        });
        return out;
    }
}
