package dev.gouji.record;

import java.math.BigDecimal;
import java.util.List;

/** A contradiction between figures, proved by the figures it lists. */
public record Finding(String rule, String severity, String message, List<Figure> figures, BigDecimal expected,
        BigDecimal actual, BigDecimal difference) {
    public Finding {
        figures = List.copyOf(figures);
    }
}
