package dev.gouji.across;

import dev.gouji.reconcile.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** R-ACROSS/missing-year (info): the department has reports for years before and after a year, none for it. */
final class MissingYearRule implements AcrossRule {
    @Override
    public List<CrossFinding> check(DepartmentSeries series, Tolerance tolerance) {
        TreeMap<Integer, ReportFacts> firstByYear = new TreeMap<>();
        series.reports().forEach(r -> firstByYear.putIfAbsent(r.fiscalYear(), r));
        List<CrossFinding> out = new ArrayList<>();
        Integer previous = null;
        for (int year : firstByYear.keySet()) {
            if (previous != null) {
                for (int missing = previous + 1; missing < year; missing++) {
                    ReportFacts before = firstByYear.get(previous);
                    ReportFacts after = firstByYear.get(year);
                    String message = series.department().name() + "有" + previous + "年和" + year + "年的报告，缺" + missing + "年的报告";
                    out.add(new CrossFinding("R-ACROSS/missing-year", "info", series.department().name(), missing, message,
                            List.of(Show.yearOf(before), Show.yearOf(after)), null, null, null));
                }
            }
            previous = year;
        }
        return out;
    }
}
