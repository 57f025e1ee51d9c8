package dev.gouji.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PriceRuleTest {
    private static final Pattern AFTER_MARK = Pattern.compile("(?<=[。；;])");

    @Test
    void sentencesCutWhereTheLookbehindSplitDid() {
        for (String text : List.of("全年组织224名职工体检，按459元/人标准，体检经费10.28万元。", "甲。乙；丙;丁", "。。；", "无句号",
                "首句。次句。", "；开头", "a;b;;c。")) {
            assertEquals(List.of(AFTER_MARK.split(text)), PriceRule.sentences(text), text);
        }
        assertEquals(List.of(), PriceRule.sentences(""));
    }
}
