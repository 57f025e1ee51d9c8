package dev.gouji.record;

import java.math.BigDecimal;

/** One row of a performance indicator table, merged cells carried down. */
public record Indicator(String level1, String level2, String name, String target, TargetParsed targetParsed,
        String actual, BigDecimal weight, BigDecimal score, String note, Evidence evidence) {
}
