package dev.gouji.extract.review;

import dev.gouji.record.Evidence;

/**
 * A span of a report's text that a disclosure review flags as written, not as figured: a template placeholder
 * left in, a word written twice, a bracket or quote never closed, a comma where the template has none.
 *
 * @param text what stands there (「XX局」, 「预算预算」, 「（」)
 */
public record TextFlaw(Kind kind, String text, Evidence evidence) {
    public enum Kind {
        /** 「XX局」, 「××」, 「（单位名称）」, 「____」, 「增加（减少）」, a template's own instruction (「（不涉及的不列）」). */
        PLACEHOLDER,
        /** 「预算预算」, 「万元万元」, 「的的」. */
        DOUBLED,
        /** An opening bracket or quote never closed, or a closing one never opened, once soft-wrapped lines are joined. */
        UNBALANCED,
        /** An ASCII comma between a Chinese word and an amount (「支出,576.89万元」). */
        COMMA,
        /** 决算 wording of the report's own year (「2024年度部门决算」, 「支出决算表」): out of place in a 预算 disclosure. */
        FINAL_ACCOUNTS_WORDING
    }
}
