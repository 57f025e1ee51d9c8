package dev.gouji.record;

/**
 * What a stated change between two years compares (「比上年增加356.2万元」, 「与2022年相比…增长4.3%」): the
 * canonical quantity {@code of} on {@code basis}, the year it changed {@code to} (the report's fiscal year
 * unless the sentence says) from the year {@code since}, and whether the sentence says it went up or down
 * ({@code direction}: {@code increase} or {@code decrease}). The mention's own value is the amount (or, for a
 * percentage, the rate) of the change.
 */
public record Change(String of, String basis, int since, int to, String direction) {
    public static final String INCREASE = "increase";
    public static final String DECREASE = "decrease";

    /** +1 for an increase, -1 for a decrease. */
    public int sign() {
        return DECREASE.equals(direction) ? -1 : 1;
    }
}
