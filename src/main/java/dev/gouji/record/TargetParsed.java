package dev.gouji.record;

import java.math.BigDecimal;

/** A target such as 「95%以上」 parsed: comparator (≥, ≤, =, >, <), number and unit. */
public record TargetParsed(String comparator, BigDecimal value, String unit) {
}
