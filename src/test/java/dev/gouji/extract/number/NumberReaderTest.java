package dev.gouji.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {
    private final NumberReader reader = new NumberReader();

    private Quantity only(String text) {
        List<Quantity> found = reader.find(text);
        assertEquals(1, found.size(), text + " -> " + found);
        return found.get(0);
    }

    @ParameterizedTest
    @CsvSource({
            "'支出合计1,633.94万元', 1633.94, 2, 万元, AMOUNT, 1633.94, NONE",
            "'支出１６３３．９４万元', 1633.94, 2, 万元, AMOUNT, 1633.94, NONE",
            "'收入1.63亿元', 1.63, 2, 亿元, AMOUNT, 16300, NONE",
            "'共16,339,400元', 16339400, 0, 元, AMOUNT, 1633.94, NONE",
            "'执行数 437.21 万元', 437.21, 2, 万元, AMOUNT, 437.21, NONE",
            "'培训费5千元', 5, 0, 千元, AMOUNT, 0.5, NONE",
            "'处罚非机动车5840余台', 5840, 0, 台, COUNT, 5840, APPROXIMATE",
            "'清除广告10.2万余处', 10.2, 1, 万处, COUNT, 102000, APPROXIMATE",
            "'处罚金额21万余元', 21, 0, 万元, AMOUNT, 21, APPROXIMATE",
            "'目标200起以上', 200, 0, 起, COUNT, 200, AT_LEAST",
            "'满意度≥95%', 95, 0, %, PERCENT, 95, AT_LEAST",
            "'满意度95%以上', 95, 0, %, PERCENT, 95, AT_LEAST",
            "'清扫面积2.8万平方米', 2.8, 1, 万平方米, MEASURE, 28000, NONE",
            "'自评得分 93 分', 93, 0, 分, SCORE, 93, NONE",
            "'在职三十六人', 36, 0, 人, COUNT, 36, NONE",
            "'十二名协管员', 12, 0, 名, COUNT, 12, NONE",
            "'达到百分之九十五', 95, 0, %, PERCENT, 95, NONE",
            "'开展活动100余次', 100, 0, 次, COUNT, 100, APPROXIMATE",
    })
    void readsFigures(String text, String value, int scale, String unit, QuantityKind kind, String normalized, Qualifier q) {
        Quantity found = only(text);
        assertEquals(0, new BigDecimal(value).compareTo(found.value()), found.toString());
        assertEquals(scale, found.scale());
        assertEquals(unit, found.unit());
        assertEquals(kind, found.kind());
        assertEquals(0, new BigDecimal(normalized).compareTo(found.normalized()), found.toString());
        assertEquals(q, found.qualifier());
        assertEquals(text.substring(found.start(), found.end()), found.raw());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023年12月", "2023年度部门预算", "合同期限2021.4.1-2024.3.31", "联系电话：0731-22212567",
            "（岳财发〔2022〕6号）", "任务1：贯彻落实", "（13）承担其他任务", "单位编码 306001", "一是突出学习重点",
            "坚持三会一课", "一岗双责", "12345热线", "721工作法", "image779.png", "13873068306", "12个月"})
    void skipsNonFigures(String text) {
        assertTrue(reader.find(text).isEmpty(), text + " -> " + reader.find(text));
    }

    @Test
    void readsTableCells() {
        assertEquals(0, new BigDecimal("1633.94").compareTo(reader.parseCell("1,633.94").orElseThrow().value()));
        assertEquals(QuantityKind.NUMBER, reader.parseCell("650.65").orElseThrow().kind());
        assertEquals(Qualifier.AT_LEAST, reader.parseCell("200起以上").orElseThrow().qualifier());
        assertEquals(QuantityKind.PERCENT, reader.parseCell("到达90%以上").orElseThrow().kind());
        assertEquals(QuantityKind.SCORE, reader.parseCell("10分").orElseThrow().kind());
        assertEquals(0, new BigDecimal("-55.41").compareTo(reader.parseCell("-55.41").orElseThrow().value()));
        assertTrue(reader.parseCell("2023年12月").isEmpty());
        assertTrue(reader.parseCell("全年").isEmpty());
        assertTrue(reader.parseCell("——").isEmpty());
        assertTrue(reader.parseCell("≥").isEmpty());
        assertTrue(reader.parseCell("其中：基本支出：1502.64").isEmpty());
    }
}
