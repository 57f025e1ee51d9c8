package dev.gouji.across;

import dev.gouji.reconcile.Tolerance;
import java.util.List;

/** One family of cross-report checks (R-ACROSS) over one department's series. */
public sealed interface AcrossRule permits RestatedFigureRule, StatedChangeRule, SameYearRule, MissingYearRule {
    List<CrossFinding> check(DepartmentSeries series, Tolerance tolerance);

    List<AcrossRule> ALL = List.of(new RestatedFigureRule(), new StatedChangeRule(), new SameYearRule(), new MissingYearRule());
}
