package dev.gouji.record;

import java.math.BigDecimal;
import java.util.List;

/**
 * A canonical field: the best-supported statement, and every other statement of it in {@code others}.
 * {@code value} is a {@link BigDecimal} for figures and a {@link String} for the grade (优秀, 良好 …).
 */
public record FieldValue(Object value, String unit, String raw, String label, Evidence evidence,
        List<Statement> others) {
    public FieldValue {
        others = List.copyOf(others);
    }

    /** The value as a number, or null for a text field. */
    public BigDecimal number() {
        return value instanceof BigDecimal b ? b : null;
    }

}
