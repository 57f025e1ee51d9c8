package dev.gouji.fact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The words that say a figure's basis and year, as headers, row labels and clauses write them. */
class WordsTest {
    @ParameterizedTest
    @CsvSource({
        "年初预算数, BUDGET_INITIAL", "年初批复, BUDGET_INITIAL", "提前下达资金, BUDGET_INITIAL",
        "调整后预算数, BUDGET", "全年预算数, BUDGET", "2023年预算数, BUDGET", "支出预算为, BUDGET", "下达资金, BUDGET",
        "2022年决算数, ACTUAL", "全年执行数, ACTUAL", "实际支出, ACTUAL", "预算执行数, ACTUAL", "决算数 预算数 决算数, ACTUAL",
        "年度指标值, TARGET", "目标值, TARGET", "实际完成值, ACHIEVED", "完成情况, ACHIEVED",
    })
    void theBasisWordNearestTheFigureWins(String words, Basis expected) {
        assertEquals(expected, BasisWords.of(words));
    }

    @Test
    void fundsAndProceduresNamedWithBudgetAreNoBasis() {
        assertNull(BasisWords.of("一般公共预算财政拨款"));
        assertNull(BasisWords.of("政府性基金预算"));
        assertNull(BasisWords.of("预算管理制度"));
        assertNull(BasisWords.of("其他预算收入"));
        // the basis word is taken out, the fund name kept
        assertEquals("一般公共预算财政拨款支出", BasisWords.strip("一般公共预算财政拨款支出决算"));
        assertEquals("“三公”经费总额", BasisWords.strip("“三公”经费决算总额"));
    }

    @ParameterizedTest
    @CsvSource({
        "2021年决算数, 2021", "上年决算数, 2021", "上年同期, 2021", "比上年, 2021", "去年, 2021",
        "本年收入合计, 2022", "年初结转和结余, 2022", "上年结转, 2022", "上年结余, 2022", "2022年度, 2022",
        "下年预算, 2023", "明年, 2023", "2021年预算数 2022年决算数, 2022",
    })
    void theYearIsExplicitOrRelativeToTheFiscalYear(String words, int expected) {
        assertEquals(expected, PeriodWords.of(words, 2022));
    }

    @Test
    void wholeYearWordsSayHowLongNotWhichYear() {
        assertFalse(PeriodWords.names("全年预算数"));
        assertFalse(PeriodWords.names("年度资金总额"));
        assertEquals(2021, PeriodWords.of("2021年度该项目全年预算数", 2022));
        assertTrue(PeriodWords.names("本年度"));
        // a balance named by its time keeps its name when the year words are taken out
        assertEquals("上年结转", PeriodWords.strip("上年结转"));
        assertEquals("收入合计", PeriodWords.strip("本年收入合计"));
    }
}
