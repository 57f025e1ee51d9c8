package dev.gouji.extract.number;

import java.math.BigDecimal;
import java.math.MathContext;

/** Money between the units reports write it in (元, 千元, 万元, 亿元) and 万元, the unit facts are kept in. */
public final class Money {
    /** 元 in one 万元, and 万元 in one 亿元. */
    public static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private Money() {
    }

    /** An amount written in {@code unit} (元, 千元, 万元 or 亿元) in 万元; any other unit leaves it as written. */
    public static BigDecimal toWan(BigDecimal amount, String unit) {
        return switch (unit) {
            case "元" -> amount.divide(TEN_THOUSAND, MathContext.DECIMAL64);
            case "千元" -> amount.divide(BigDecimal.TEN, MathContext.DECIMAL64);
            case "亿元" -> amount.multiply(TEN_THOUSAND);
            default -> amount;
        };
    }

    /** An amount in 万元 in 元. */
    public static BigDecimal wanToYuan(BigDecimal wan) {
        return wan.multiply(TEN_THOUSAND);
    }
}
