package dev.gouji.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TableBuilderTest {
    @Test
    void spansAndMergesCoverTheGrid() {
        TableBuilder b = new TableBuilder();
        b.startRow().cell("一级指标").cell("二级指标").cell("分值", 2, 1);
        b.startRow().cell("产出指标", 1, 3).cell("数量指标").cell("8").cell("8");
        b.startRow().cell("质量指标").cell("8").cell("7.5");
        b.startRow().cell("时效指标").mergedFromAbove(1).cell("4");
        Table t = b.build("t1");
        assertEquals(4, t.columnCount());
        assertEquals("分值", t.textAt(0, 3));
        assertEquals("产出指标", t.textAt(3, 0), "rowspan covers row 4");
        assertEquals("t1r2c1", t.cellAt(2, 0).orElseThrow().id());
        assertEquals("8", t.textAt(3, 2), "vMerge continues the cell above");
        assertEquals(2, t.cellAt(3, 2).orElseThrow().rowSpan());
        assertEquals("t1r3c3", t.cellAt(3, 2).orElseThrow().id());
        assertEquals("4", t.textAt(3, 3));
        assertEquals("t1r4c2", t.cellAt(3, 1).orElseThrow().id());
    }

    @Test
    void normalisedTextMapsBackToTheOriginal() {
        NormalizedText t = NormalizedText.of("支出合计　１，６３３．９４\n万元");
        assertEquals("支出合计 1,633.94 万元", t.normalized());
        int start = t.normalized().indexOf("1,633.94");
        assertEquals("１，６３３．９４", t.originalSpan(start, start + "1,633.94".length()));
    }

    @Test
    void aTableRepeatingTheHeaderOfThePreviousOneIsJoined() {
        DocumentBuilder doc = new DocumentBuilder("txt");
        TableBuilder first = new TableBuilder();
        first.startRow().cell("项目名称").cell("资金总额");
        first.startRow().cell("甲项目").cell("10.00");
        TableBuilder second = new TableBuilder();
        second.startRow().cell("项目名称").cell("资金总额");
        second.startRow().cell("乙项目").cell("20.00");
        doc.table(first).table(second);
        Document d = doc.build();
        assertEquals(1, d.tables().size());
        assertEquals(3, d.tables().get(0).rowCount());
        assertEquals("乙项目", d.tables().get(0).textAt(2, 0));
    }
}
