package dev.gouji.record;

import java.math.BigDecimal;
import java.util.List;

/** A canonical field: the best-supported statement, and every other statement of it in {@code others}. */
public record FieldValue(BigDecimal value, String unit, String raw, String label, Evidence evidence,
        List<Statement> others) {
    public FieldValue {
        others = List.copyOf(others);
    }

    public Statement asStatement() {
        return new Statement(value, unit, raw, label, evidence);
    }
}
