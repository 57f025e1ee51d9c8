package dev.gouji.fact;

import java.util.List;

/**
 * A total and the parts a report lists under it: a table's 合计 row and the rows it sums, a row and its
 * numbered or coded sub-rows (「(二)项目支出」 over 「1.…」「2.…」, 302 over 30201…), or a sentence's figure and its
 * 「其中」 items. {@code complete} when the parts are meant to add up to the total; a 「其中」 list may name only
 * some of them, so its parts may add up to less, never to more.
 */
public record Breakdown(Fact total, List<Fact> parts, boolean complete) {
    public Breakdown {
        parts = List.copyOf(parts);
    }
}
