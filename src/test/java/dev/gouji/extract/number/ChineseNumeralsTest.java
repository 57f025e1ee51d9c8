package dev.gouji.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"三十六, 36", "十二, 12", "十, 10", "一百二十, 120", "一百零五, 105", "两千, 2000", "三万六千, 36000",
            "二〇二三, 2023", "九十五, 95", "一千零一十, 1010", "五亿, 500000000", "零, 0"})
    void parses(String numeral, long expected) {
        char[] s = numeral.toCharArray();
        assertEquals(expected, ChineseNumerals.parse(s, 0, s.length));
    }
}
