package dev.gouji.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderRowTest {
    @Test
    void severalLabelsWithoutDigitsReadAsAHeader() {
        assertTrue(HeaderRow.readsAsHeader(List.of("项目", "", "年初预算", "全年执行数")));
    }

    @Test
    void aRowOfFiguresOrASingleLabelDoesNot() {
        assertFalse(HeaderRow.readsAsHeader(List.of("合计", "100.00", "95.00")));
        assertFalse(HeaderRow.readsAsHeader(List.of("项目", "", "")));
        assertFalse(HeaderRow.readsAsHeader(List.of("2023年预算", "2024年预算")));
    }
}
