package dev.gouji.extract.number;

import java.math.BigDecimal;

/**
 * A figure as written. {@code value} is the number in the written unit without its multiplier (1.63亿元 →
 * 1.63); {@code scale} is the number of decimals written; {@code normalized} is money in 万元, percentages
 * as the percent number, anything else in its base unit (10.2万余处 → 102000 处).
 */
public record Quantity(int start, int end, String raw, BigDecimal value, int scale, String unit, QuantityKind kind,
        BigDecimal normalized, String normalizedUnit, Qualifier qualifier) {
}
