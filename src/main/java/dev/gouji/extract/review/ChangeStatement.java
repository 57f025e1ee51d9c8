package dev.gouji.extract.review;

import dev.gouji.fact.Fact;
import dev.gouji.record.Evidence;

/**
 * A change from an earlier year stated in words: 「比上年增加12.5万元」, 「与2022年相比…减少0.24万元」, 「与上年持平」.
 *
 * @param change       the amount of the change ({@code null} for 持平, which states none)
 * @param direction    what the words say the figure did
 * @param place        the sentence it stands in ({@code p12#2}), as facts name their places
 * @param words        the direction word as written (增加, 下降, 持平)
 * @param year         the year compared with when the words name it (「较2021年」); null for 上年, 同比
 * @param reasonGiven  whether the paragraph, or the paragraph after it, gives a reason (「主要原因是…」)
 * @param evidence     where the change (or the word 持平) stands
 */
public record ChangeStatement(Fact change, Direction direction, String place, String words, Integer year,
        boolean reasonGiven, Evidence evidence) {
    public enum Direction {
        UP, DOWN, FLAT
    }
}
