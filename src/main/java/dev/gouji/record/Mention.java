package dev.gouji.record;

import java.math.BigDecimal;

/** A figure found anywhere in the document, with the label it belongs to. */
public record Mention(String kind, BigDecimal value, String unit, String raw, String label, String qualifier,
        Evidence evidence) {
}
