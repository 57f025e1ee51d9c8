package dev.gouji.record;

import java.math.BigDecimal;

/**
 * One row of a performance indicator table, merged cells carried down; {@code project} names the project
 * the row belongs to when the table lists several (项目支出绩效目标表), with that project's amount.
 */
public record Indicator(String project, BigDecimal projectAmount, String level1, String level2, String name, String target, TargetParsed targetParsed,
        String actual, BigDecimal weight, BigDecimal score, String note, Evidence evidence) {
}
