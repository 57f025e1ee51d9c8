package dev.gouji.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R-PRICE from facts: a quantity in a price's unit times the price, against the amount stated with them. */
class PriceRuleTest {
    private static final String TITLE = "某县林业局2022年度项目支出绩效自评报告";

    /** R-PRICE alone over one paragraph, through the real reader and extractor. */
    private static List<Finding> prices(String paragraph) throws Exception {
        return RuleHarness.check(new PriceRule(), TITLE, RuleHarness.p(paragraph));
    }

    @Test
    void anAreaTimesAPricePerMuAgainstTheAmountAfterIt() throws Exception {
        // 42.50万亩 × 12元/亩 = 510.00万元, the text says 501.00
        List<Finding> found = prices("全县天然林保护面积42.50万亩，按12元/亩标准安排管护资金501.00万元，已全部拨付。");
        assertEquals(1, found.size(), found.toString());
        assertEquals(0, new BigDecimal("510.00").compareTo(found.get(0).expected()), found.get(0).message());
        assertEquals(0, new BigDecimal("501.00").compareTo(found.get(0).actual()));
    }

    @Test
    void headsTimesAPricePerPersonAndMonth() throws Exception {
        // 20人 × 1500元/人·月 × 12 = 36.00万元
        assertTrue(prices("聘用护林员20人，按1500元/人·月发放劳务补助，全年支出36.00万元。").isEmpty());
        assertEquals(1, prices("聘用护林员20人，按1500元/人·月发放劳务补助，全年支出30.00万元。").size());
    }

    @Test
    void aProductThatHoldsOrAPriceWithoutItsQuantityRaisesNothing() throws Exception {
        assertTrue(prices("全县天然林保护面积42.50万亩，按12元/亩标准安排管护资金510.00万元。").isEmpty());
        // the price's unit is not the unit of the figure before it: nothing to multiply
        assertTrue(prices("完成造林3200亩，按1200元/人标准发放补助，全年支出85.00万元。").isEmpty());
    }

    @Test
    void aMonthlyPriceIsPaidTwelveTimes() throws Exception {
        // 35 × 2000 元 × 12 个月 = 84.00万元; read as a one-off price it would look like 7.00万元
        assertTrue(prices("向35名协管员按2000元/人/月标准发放补贴，全年共计84.00万元。").isEmpty());
    }
}
