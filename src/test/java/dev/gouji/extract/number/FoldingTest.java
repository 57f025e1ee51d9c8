package dev.gouji.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldingTest {

    @Test
    void foldsFullWidthCharForCharKeepingLength() {
        String in = "１６３３．９４％＞＜＝　－５";
        char[] out = Folding.fold(in);
        assertEquals(in.length(), out.length);
        assertEquals("1633.94%><= -5", new String(out));
    }

    @Test
    void fullWidthCommaIsAGroupSeparatorOnlyBetweenFullWidthDigits() {
        assertEquals("1,633", new String(Folding.fold("１，６３３")));
        assertEquals("完成3，100人", new String(Folding.fold("完成3，100人")));
    }
}
