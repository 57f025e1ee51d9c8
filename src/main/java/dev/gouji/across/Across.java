package dev.gouji.across;

import dev.gouji.config.PipelineConfig;
import dev.gouji.record.ReportRecord;
import dev.gouji.reconcile.Tolerance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The cross-report step: fed the records of a run (or of reports.jsonl), one at a time, it keeps what each
 * brings to the series ({@link ReportFacts}, small beside the record) and at the end keys the departments,
 * builds their series and runs the R-ACROSS rules. The result depends only on the set of records, not on the
 * order they come in: reports are taken in path order.
 */
public final class Across {
    /** Departments by key, the series lines and the cross findings, each in a fixed order. */
    public record Result(List<DepartmentKeys.Department> departments, List<SeriesLine> series,
            List<CrossFinding> findings) {
        public static final Result EMPTY = new Result(List.of(), List.of(), List.of());

        public Result {
            departments = List.copyOf(departments);
            series = List.copyOf(series);
            findings = List.copyOf(findings);
        }
    }

    /** The rule family in pipeline.conf's {@code gouji.reconcile.rules}: it can be disabled or re-graded there. */
    public static final String FAMILY = "R-ACROSS";

    private final List<ReportFacts> reports = new ArrayList<>();

    public void add(ReportRecord record) {
        ReportFacts.of(record).ifPresent(reports::add);
    }

    /** With the configuration's tolerance, and its R-ACROSS switch and severity override. */
    public Result result(PipelineConfig config) {
        Result all = result(new Tolerance(config.tolerance()));
        if (!config.ruleEnabled(FAMILY)) {
            return new Result(all.departments(), all.series(), List.of());
        }
        return config.ruleSeverity(FAMILY).map(severity -> new Result(all.departments(), all.series(),
                all.findings().stream().map(f -> new CrossFinding(f.rule(), severity, f.department(), f.year(),
                        f.message(), f.figures(), f.expected(), f.actual(), f.difference())).toList())).orElse(all);
    }

    public Result result(Tolerance tolerance) {
        List<ReportFacts> sorted = reports.stream().sorted(Comparator.comparing(ReportFacts::path)).toList();
        DepartmentKeys keys = DepartmentKeys.of(sorted.stream().map(ReportFacts::department).toList());
        Map<String, List<ReportFacts>> byDepartment = new TreeMap<>();
        sorted.forEach(r -> byDepartment.computeIfAbsent(keys.of(r.department()).key(), k -> new ArrayList<>()).add(r));
        List<DepartmentKeys.Department> departments = new ArrayList<>();
        List<SeriesLine> lines = new ArrayList<>();
        List<CrossFinding> findings = new ArrayList<>();
        byDepartment.forEach((key, list) -> {
            DepartmentKeys.Department d = keys.of(list.get(0).department());
            departments.add(d);
            DepartmentSeries series = DepartmentSeries.of(d, list);
            series.points().forEach((p, entries) -> lines.add(new SeriesLine(d.name(), key, d.names(), p.quantity(),
                    Show.quantity(p.quantity()), p.year(), p.basis(), entries.stream().map(e -> new SeriesLine.Source(
                            e.report().path(), e.report().fiscalYear(), e.own() ? SeriesLine.OWN : SeriesLine.RESTATED,
                            e.level().value(), "万元", e.level().raw(), e.level().label(), e.level().evidence())).toList())));
            if (d.ambiguous()) {
                findings.add(ambiguous(d, list));
            }
            for (AcrossRule rule : AcrossRule.ALL) {
                findings.addAll(rule.check(series, tolerance));
            }
        });
        findings.sort(Comparator.comparing(CrossFinding::department).thenComparingInt(CrossFinding::year)
                .thenComparing(CrossFinding::rule));
        return new Result(departments, lines, findings);
    }

    /** R-ACROSS/ambiguous-name (info): a name that fits more than one department is kept apart, not guessed. */
    private static CrossFinding ambiguous(DepartmentKeys.Department d, List<ReportFacts> reports) {
        String message = "部门名称「" + d.names().get(0) + "」可能指" + String.join("、", d.ambiguousWith().stream()
                .map(n -> "「" + n + "」").toList()) + "，未与其中任何一个合并比较";
        return new CrossFinding("R-ACROSS/ambiguous-name", "info", d.name(), reports.get(0).fiscalYear(), message,
                reports.stream().map(Show::nameOf).toList(), null, null, null);
    }
}
