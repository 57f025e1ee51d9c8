package dev.gouji.record;

import java.math.BigDecimal;

/**
 * One statement of a quantity: the value in the canonical unit, as written, its label and where.
 *
 * @param basis  what the words say the figure is: {@code budget_initial}, {@code budget} or {@code actual}
 *               (the names of the mentions' basis); null when they do not say
 * @param source {@code text} for a sentence, {@code table} for a table cell; null when not told apart
 */
public record Statement(BigDecimal value, String unit, String raw, String label, Evidence evidence, String basis,
        String source) {

    public static final String TEXT = "text";
    public static final String TABLE = "table";

    public Statement(BigDecimal value, String unit, String raw, String label, Evidence evidence) {
        this(value, unit, raw, label, evidence, null, null);
    }

    public boolean inText() {
        return TEXT.equals(source);
    }

    public boolean inTable() {
        return TABLE.equals(source);
    }
}
