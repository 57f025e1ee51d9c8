package dev.gouji.extract.review;

import dev.gouji.fact.Fact;

/**
 * A change from an earlier year stated in words: 「比上年增加12.5万元」, 「与2022年相比…减少0.24万元」, 「与上年持平」.
 *
 * @param change       the amount of the change ({@code null} for 持平, which states none)
 * @param direction    what the words say the figure did
 * @param place        the sentence it stands in ({@code p12#2}), as facts name their places
 * @param reasonGiven  whether the paragraph, or the paragraph after it, gives a reason (「主要原因是…」)
 */
public record ChangeStatement(Fact change, Direction direction, String place, String words, boolean reasonGiven,
        dev.gouji.record.Evidence evidence) {
    public enum Direction {
        UP, DOWN, FLAT
    }
}
