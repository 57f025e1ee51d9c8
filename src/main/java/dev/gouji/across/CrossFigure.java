package dev.gouji.across;

import dev.gouji.record.Evidence;
import java.math.BigDecimal;

/** A figure a cross-report finding rests on, with the report it stands in. */
public record CrossFigure(String path, int fiscalYear, String label, BigDecimal value, String unit, Evidence evidence) {
}
