package dev.gouji.extract.number;

import java.math.BigDecimal;

/**
 * One figure found in text.
 *
 * @param start          offset of the first character (qualifier included) in the input
 * @param end            offset after the last character (unit and trailing qualifier included)
 * @param raw            {@code input.substring(start, end)}
 * @param value          the number as written, in the written unit, multiplier not applied
 * @param scale          decimals as written (precision matters to the reconciler)
 * @param unit           unit as written with spaces and 余/多 removed, multiplier included ("万元", "万处");
 *                       full-width signs folded ("％" gives "%"); 百分之九十五 has unit "百分之"
 * @param kind           what the figure measures
 * @param normalized     money in 万元; other kinds value × multiplier; percent as the percent number
 * @param normalizedUnit "万元" for money, otherwise the unit without multiplier
 * @param qualifier      approximate or bound, if written
 */
public record Quantity(
        int start, int end,
        String raw,
        BigDecimal value,
        int scale,
        String unit,
        QuantityKind kind,
        BigDecimal normalized,
        String normalizedUnit,
        Qualifier qualifier) {
}
