package dev.gouji.extract.number;

import static dev.gouji.extract.number.QuantityAssert.assertQuantity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** parseCell(): a table cell that is a single figure, bare numbers allowed. */
class NumberReaderCellTest {
    private final NumberReader reader = new NumberReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # cell          | raw          | value    | scale | unit  | kind    | normalized | nunit | qualifier
            1,633.94        | 1,633.94     | 1633.94  | 2     | ''    | NUMBER  | 1633.94    | ''    | NONE
            650.65          | 650.65       | 650.65   | 2     | ''    | NUMBER  | 650.65     | ''    | NONE
            ≥95%            | ≥95%         | 95       | 0     | %     | PERCENT | 95         | %     | AT_LEAST
            95%以上         | 95%以上      | 95       | 0     | %     | PERCENT | 95         | %     | AT_LEAST
            到达90%以上     | 90%以上      | 90       | 0     | %     | PERCENT | 90         | %     | AT_LEAST
            200起以上       | 200起以上    | 200      | 0     | 起    | COUNT   | 200        | 起    | AT_LEAST
            10分            | 10分         | 10       | 0     | 分    | SCORE   | 10         | 分    | NONE
            9.5             | 9.5          | 9.5      | 1     | ''    | NUMBER  | 9.5        | ''    | NONE
            1307.04万元     | 1307.04万元  | 1307.04  | 2     | 万元  | AMOUNT  | 1307.04    | 万元  | NONE
            1491.59万元     | 1491.59万元  | 1491.59  | 2     | 万元  | AMOUNT  | 1491.59    | 万元  | NONE
            -55.41          | -55.41       | -55.41   | 2     | ''    | NUMBER  | -55.41     | ''    | NONE
            0.00            | 0.00         | 0.00     | 2     | ''    | NUMBER  | 0          | ''    | NONE
            15万元          | 15万元       | 15       | 0     | 万元  | AMOUNT  | 15         | 万元  | NONE
            85%             | 85%          | 85       | 0     | %     | PERCENT | 85         | %     | NONE
            5840            | 5840         | 5840     | 0     | ''    | NUMBER  | 5840       | ''    | NONE
            0               | 0            | 0        | 0     | ''    | NUMBER  | 0          | ''    | NONE
            ≥90             | ≥90          | 90       | 0     | ''    | NUMBER  | 90         | ''    | AT_LEAST
            满意度≥95%      | ≥95%         | 95       | 0     | %     | PERCENT | 95         | %     | AT_LEAST
            不低于95%       | 不低于95%    | 95       | 0     | %     | PERCENT | 95         | %     | AT_LEAST
            １，６３３．９４ | １，６３３．９４ | 1633.94 | 2    | ''    | NUMBER  | 1633.94    | ''    | NONE
            ２００起以上    | ２００起以上 | 200      | 0     | 起    | COUNT   | 200        | 起    | AT_LEAST
            三十六          | 三十六       | 36       | 0     | ''    | NUMBER  | 36         | ''    | NONE
            1、≤3.75万元/人 | ≤3.75万元/人 | 3.75     | 2     | 万元/人 | AMOUNT | 3.75      | 万元/人 | AT_MOST
            95% 95%         | 95%          | 95       | 0     | %     | PERCENT | 95         | %     | NONE
            """)
    void singleFigureCells(String cell, String raw, String value, int scale, String unit, QuantityKind kind,
                           String normalized, String nunit, Qualifier qualifier) {
        Optional<Quantity> q = reader.parseCell(cell);
        assertTrue(q.isPresent(), () -> "no figure in «" + cell + "»");
        assertQuantity(cell, q.get(), raw, value, scale, unit, kind, normalized, nunit, qualifier);
    }

    @Test
    void cellWithSurroundingWhitespaceKeepsInputOffsets() {
        String cell = "\t  306001 ";
        Quantity q = reader.parseCell(cell).orElseThrow();
        assertQuantity(cell, q, "306001", "306001", 0, "", QuantityKind.NUMBER, "306001", "", Qualifier.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "≥", "≤", "＝", "%", "万元", "——", "-", "2023年12月", "2023年", "全年", "持续维护", "稍有增长", "定性",
            "有效保障", "一级指标", "完成一笔以上的支付", "（1）", "1、", "第3名", "二级机构2", "3、二级机构2",
            "5 10", "≥95%得满分", "使用经费小于等于5万元得10分", "偏离预算40%不得分，偏离30%得5分", "1/3", "5-10万元",
            "0731-22212567", "image779.png", "十分重要", "12月底"})
    void cellsThatAreNotASingleFigure(String cell) {
        assertEquals(Optional.empty(), reader.parseCell(cell));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void blankCells(String cell) {
        assertEquals(Optional.empty(), reader.parseCell(cell));
    }

    @Test
    void twoDifferentFiguresMakeNoFigure() {
        assertEquals(Optional.empty(), reader.parseCell("90% 95%"));
        assertEquals(Optional.empty(), reader.parseCell("5万元，10分"));
    }
}
