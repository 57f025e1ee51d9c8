package dev.gouji.record;

import java.math.BigDecimal;

/** One statement of a quantity: the value in the canonical unit, as written, its label and where. */
public record Statement(BigDecimal value, String unit, String raw, String label, Evidence evidence) {
}
