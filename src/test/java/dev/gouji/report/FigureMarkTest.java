package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.gouji.record.Figure;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The figure's text inside its evidence snippet, found by value near where the offsets point. */
class FigureMarkTest {
    private static String marked(String value, String unit, String snippet, int start, int end) {
        int[] m = FigureMark.locate(new Figure("x", value == null ? null : new BigDecimal(value), unit,
                Synthetic.evidence("p1", snippet, start, end)));
        return m == null ? null : snippet.substring(0, m[0]) + "[" + snippet.substring(m[0], m[1]) + "]"
                + snippet.substring(m[1]);
    }

    @Test
    void marksTheNumberWithItsUnit() {
        assertEquals("全额事业10人。财政供养人员控制率为[80%]。", marked("80", "%", "全额事业10人。财政供养人员控制率为80%。", 94, 97));
        assertEquals("[965.12]", marked("965.12", "万元", "965.12", 0, 6));
    }

    @Test
    void readsThousandsSeparatorsAndPicksTheOccurrenceNearestTheOffsets() {
        // 3029.36 appears twice; the evidence points at the second (offset 18 into the snippet)
        String s = "年初预算3,029.36万元，批复3,029.36万元，实际实现";
        assertEquals("年初预算3,029.36万元，批复[3,029.36万元]，实际实现", marked("3029.36", "万元", s, 100, 110));
        assertEquals("[3,029.36万元]，批复3,029.36万元，实际实现", marked("3029.36", "万元", "3,029.36万元，批复3,029.36万元，实际实现", 0, 10));
    }

    @Test
    void findsAnAmountWrittenInYuan() {
        assertEquals("按750元/人标准，共计[402000元]。", marked("40.2", "万元", "按750元/人标准，共计402000元。", 12, 19));
    }

    @Test
    void fallsBackToTheEvidenceSpanAndNeverFailsOnOddInput() {
        assertEquals("得分[九十]分", marked("90", "分", "得分九十分", 2, 4));
        assertNull(marked("1", "分", "", 0, 0));
        assertNull(marked(null, null, "abc", 10, 10));
    }
}
