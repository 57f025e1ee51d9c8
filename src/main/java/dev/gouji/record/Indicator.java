package dev.gouji.record;

import java.math.BigDecimal;

/**
 * One row of a performance indicator table, merged cells carried down; {@code project} names the project
 * the row belongs to when the table lists several (项目支出绩效目标表), with that project's amount.
 * {@code place} is the table row the indicator was read from, as facts name it ({@code t3#5}; null for an
 * indicator listed in prose): the rules find the row's other figures by it. It is not part of the output.
 */
public record Indicator(String project, BigDecimal projectAmount, String level1, String level2, String name, String target, TargetParsed targetParsed,
        String actual, BigDecimal weight, BigDecimal score, String note, Evidence evidence,
        @com.fasterxml.jackson.annotation.JsonIgnore String place) {
}
