package dev.gouji.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SentencesTest {
    private static final String TEXT = "年初预算100万元。其中：项目支出\n60万元；执行率95%！";

    @Test
    void aSentenceStartsAfterTheLastStopBeforeTheSpot() {
        assertEquals(0, Sentences.start(TEXT, TEXT.indexOf("100")));
        assertEquals(TEXT.indexOf("执行率"), Sentences.start(TEXT, TEXT.indexOf("95")));
        assertEquals(TEXT.length(), Sentences.start(TEXT, TEXT.length()));
    }

    @Test
    void aLineBreakEndsASentenceOnlyWhenAskedTo() {
        int sixty = TEXT.indexOf("60");
        assertEquals(sixty, Sentences.start(TEXT, sixty));
        assertEquals(TEXT.indexOf("其中"), Sentences.startAcrossLines(TEXT, sixty));
    }
}
