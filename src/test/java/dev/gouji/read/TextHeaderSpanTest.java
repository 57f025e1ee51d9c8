package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Table;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Two-row headers of the plain-text layout, where the merges of the upper row are not written. */
class TextHeaderSpanTest {
    private static Table read(String... lines) throws Exception {
        return new TxtReader().read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), PipelineConfig.defaults().readLimits())
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

    private static String at(Table t, int row, int col) {
        return t.cellAt(row, col).map(c -> c.normalized() + "@" + c.row() + "," + c.col()).orElse("none");
    }

    @Test
    void aHeaderCellSpansTheRunOfLabelsUnderItAndTheEmptyCellsBelowContinueTheOthers() throws Exception {
        // 「类别」 heads 编号|名称; 「小计」 and 「备注」 span two rows (empty lines below them)
        Table t = read("\t类别", "\t小计", "\t备注", "",
                "\t编号", "\t名称", "\t", "\t", "",
                "\t01", "\t甲", "\t5.00", "\t", "", "", "正文。");
        assertEquals("类别@0,0", at(t, 0, 1));
        assertEquals("小计@0,2", at(t, 1, 2));
        assertEquals("备注@0,3", at(t, 1, 3));
        assertEquals("5.00@2,2", at(t, 2, 2));
    }

    @Test
    void sidesOfASideBySideTableSpreadOverTheirRepeatedColumnsAndAnEmptySideStaysEmpty() throws Exception {
        Table t = read("\t来源", "\t去向", "",
                "\t名目", "\t数额", "\t名目", "\t数额", "",
                "\t甲", "\t1.00", "\t乙", "\t1.00", "",
                "\t", "\t", "\t丙", "\t2.00", "", "", "正文。");
        assertEquals("来源@0,0", at(t, 0, 1));
        assertEquals("去向@0,2", at(t, 0, 3));
        assertEquals("@3,0", at(t, 3, 0));
        assertEquals("丙@3,2", at(t, 3, 2));
    }

    @Test
    void aShortRowOfFiguresPutsThemUnderTheFigureColumnsOfTheRowsNextToIt() throws Exception {
        // the total row has no 序号: its label spans the label columns, its figures stay under theirs
        Table t = read("\t序号", "\t名称", "\t计划", "\t实际", "",
                "\t1", "\t甲", "\t3.00", "\t2.00", "",
                "\t2", "\t乙", "\t4.00", "\t4.00", "",
                "\t合计", "\t7.00", "\t6.00", "", "", "正文。");
        assertEquals("合计@3,0", at(t, 3, 1));
        assertEquals("7.00@3,2", at(t, 3, 2));
        assertEquals("6.00@3,3", at(t, 3, 3));
    }

    @Test
    void labelsOverLabelsThatDoNotRepeatKeepTheUsualLayout() throws Exception {
        Table t = read("\t单位", "\t某机关", "",
                "\t名目", "\t计划", "\t实际", "\t比例", "",
                "\t甲", "\t1.00", "\t2.00", "\t3.00", "", "", "正文。");
        assertEquals("单位@0,0", at(t, 0, 0));
        assertEquals("某机关@0,1", at(t, 0, 3));
    }
}
