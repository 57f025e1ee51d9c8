package dev.gouji.across;

import java.math.BigDecimal;
import java.util.List;

/**
 * A disagreement between reports of one department (R-ACROSS), proved by figures from each report it
 * names; {@code year} is the year the reports disagree about (for a missing year: the year missing).
 */
public record CrossFinding(String rule, String severity, String department, int year, String message,
        List<CrossFigure> figures, BigDecimal expected, BigDecimal actual, BigDecimal difference) {
    public CrossFinding {
        figures = List.copyOf(figures);
    }

    /** The files the finding cites, in the order of its figures, each once. */
    public List<String> paths() {
        return figures.stream().map(CrossFigure::path).distinct().toList();
    }
}
