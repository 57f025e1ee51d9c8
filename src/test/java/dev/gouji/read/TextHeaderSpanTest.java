package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.model.Table;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Two-row headers of the plain-text layout, where the merges of the upper row are not written. */
class TextHeaderSpanTest {
    private static Table read(String... lines) throws Exception {
        return new TxtReader().read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), ReadLimits.DEFAULT)
                .tables().get(0);
    }

    @Test
    void yearsOverPairsOfColumnsSpanTheirPair() throws Exception {
        Table t = read("\t科目", "\t2020年", "\t2021年", "",
                "\t", "\t计划数", "\t完成数", "\t计划数", "\t完成数", "",
                "\t甲", "\t1.00", "\t2.00", "\t3.00", "\t4.00", "", "", "正文。");
        assertEquals("2020年", t.textAt(0, 2));
        assertEquals("2021年", t.textAt(0, 3));
        assertEquals("2021年", t.textAt(0, 4));
        assertEquals("完成数", t.textAt(1, 4));
    }

    @Test
    void aLowerRowThatDoesNotDivideEvenlyKeepsTheUsualLayout() throws Exception {
        Table t = read("\t科目", "\t上年数", "\t本年数", "\t备注", "",
                "\t", "\t年初数", "\t调整数", "",
                "\t甲", "\t1.00", "\t2.00", "\t3.00", "\t说明", "", "", "正文。");
        assertEquals("本年数", t.textAt(0, 2));
        assertEquals("备注", t.textAt(0, 3));
    }
}
