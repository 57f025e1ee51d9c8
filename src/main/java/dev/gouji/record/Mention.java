package dev.gouji.record;

import java.math.BigDecimal;

/**
 * A figure found anywhere in the document, with the label it belongs to and what it is: {@code quantity} the
 * canonical field key (or the label when none fits), {@code period} the year it is about (null when nothing
 * says), {@code basis} (budget_initial, budget, actual, target, achieved, rate, other) and {@code scope} (null
 * for the department, else the sub-item it belongs to); {@code code} the classification code (功能分类/经济分类科目编码)
 * of its table row; {@code change} only for a stated change between two years (see {@link Change}). Both are left
 * out of the JSON when null.
 */
public record Mention(String kind, BigDecimal value, String unit, String raw, String label, String qualifier,
        Evidence evidence, String quantity, Integer period, String basis, String scope, String code, Change change) {
    /** A figure of no coded row. */
    public Mention(String kind, BigDecimal value, String unit, String raw, String label, String qualifier,
            Evidence evidence, String quantity, Integer period, String basis, String scope, Change change) {
        this(kind, value, unit, raw, label, qualifier, evidence, quantity, period, basis, scope, null, change);
    }

    public Mention(String kind, BigDecimal value, String unit, String raw, String label, String qualifier,
            Evidence evidence, String quantity, Integer period, String basis, String scope) {
        this(kind, value, unit, raw, label, qualifier, evidence, quantity, period, basis, scope, null, null);
    }
}
