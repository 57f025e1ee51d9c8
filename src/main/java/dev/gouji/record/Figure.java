package dev.gouji.record;

import java.math.BigDecimal;

/** A figure a finding rests on. */
public record Figure(String label, BigDecimal value, String unit, Evidence evidence) {
}
