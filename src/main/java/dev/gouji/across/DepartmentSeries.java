package dev.gouji.across;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The reports of one department and, for each quantity, year and basis, every report's figure for it. */
public record DepartmentSeries(DepartmentKeys.Department department, List<ReportFacts> reports,
        Map<Point, List<Entry>> points) {

    /** A quantity in one year on one basis. */
    public record Point(String quantity, int year, String basis) implements Comparable<Point> {
        private static final Comparator<Point> ORDER = Comparator.comparing(Point::quantity)
                .thenComparingInt(Point::year).thenComparing(Point::basis);

        @Override
        public int compareTo(Point o) {
            return ORDER.compare(this, o);
        }
    }

    /** One report's figure for a point. */
    public record Entry(ReportFacts report, ReportFacts.Level level) {
        public boolean own() {
            return report.fiscalYear() == level.year();
        }
    }

    public DepartmentSeries {
        reports = List.copyOf(reports);
    }

    /** The series of one department's reports (given in path order). */
    public static DepartmentSeries of(DepartmentKeys.Department department, List<ReportFacts> reports) {
        Map<Point, List<Entry>> points = new TreeMap<>();
        for (ReportFacts r : reports) {
            for (ReportFacts.Level l : r.levels()) {
                points.computeIfAbsent(new Point(l.quantity(), l.year(), l.basis()), p -> new ArrayList<>()).add(new Entry(r, l));
            }
        }
        return new DepartmentSeries(department, reports, points);
    }

    /** The figures the reports of that year give for the point (own figures), in path order. */
    public List<Entry> own(Point p) {
        return points.getOrDefault(p, List.of()).stream().filter(Entry::own).toList();
    }
}
