package dev.gouji.across;

import dev.gouji.record.Evidence;
import java.math.BigDecimal;
import java.util.List;

/**
 * One line of series.jsonl: what the reports of one department say one quantity was in one year on one basis.
 * {@code department} is the name shown for the department, {@code departmentKey} its normalised key
 * ({@link DepartmentKey}), {@code names} the ways the department is written in its reports. Each source is a report's figure: {@code role} {@code own} when the report is that year's own (its fiscal
 * year is {@code year}), {@code restated} when a report of another year states it (a 上年决算数 column).
 */
public record SeriesLine(String department, String departmentKey, List<String> names, String quantity, String name, int year, String basis, List<Source> sources) {
    public static final String OWN = "own";
    public static final String RESTATED = "restated";

    public record Source(String path, int fiscalYear, String role, BigDecimal value, String unit, String raw,
            String label, Evidence evidence) {
    }

    public SeriesLine {
        names = List.copyOf(names);
        sources = List.copyOf(sources);
    }

    /** The first own figure, or null when no report of that year says it. */
    public BigDecimal ownValue() {
        return sources.stream().filter(s -> OWN.equals(s.role())).map(Source::value).findFirst().orElse(null);
    }
}
