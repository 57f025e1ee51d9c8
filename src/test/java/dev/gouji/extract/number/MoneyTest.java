package dev.gouji.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {
    @Test
    void amountsInTheUnitsReportsWriteComeOutIn万元() {
        assertEquals(new BigDecimal("12.345678"), Money.toWan(new BigDecimal("123456.78"), "元"));
        assertEquals(new BigDecimal("12.3"), Money.toWan(new BigDecimal("123"), "千元"));
        assertEquals(new BigDecimal("12800.00"), Money.toWan(new BigDecimal("1.28"), "亿元"));
        assertEquals(new BigDecimal("360.00"), Money.toWan(new BigDecimal("360.00"), "万元"));
        assertEquals(new BigDecimal("360"), Money.toWan(new BigDecimal("360"), "万"));
    }

    @Test
    void 万元ComeOutIn元() {
        assertEquals(0, new BigDecimal("3600000").compareTo(Money.wanToYuan(new BigDecimal("360"))));
    }
}
