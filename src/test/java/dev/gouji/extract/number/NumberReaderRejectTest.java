package dev.gouji.extract.number;

import static dev.gouji.extract.number.QuantityAssert.assertQuantity;
import static dev.gouji.extract.number.QuantityAssert.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers find() must not report as figures: dates, codes, ordinals, set phrases, bare numbers. */
class NumberReaderRejectTest {
    private final NumberReader reader = new NumberReader();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "2023年", "2023年度部门预算", "截至2023年12月", "12月底前完成", "7月8日召开", "2021.4.1-2024.3.31",
            "2022-01-05", "二〇二三年", "回顾23年工作", "23年度", "1-12月", "2023 年", "2023/12/31", "8:30",
            "自2月1日起"})
    void yearsAndDates(String text) {
        assertEquals(List.of(), reader.find(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "联系电话：0731-22212567", "13873068306", "《关于…的通知》（岳财发〔2022〕6号）", "财预〔2011〕285号",
            "[2022]3号", "单位编码 306001", "统一社会信用代码12430600748382467Y", "[image: image779.png]",
            "湘财预〔2020〕86号文件", "5G基站"})
    void phonesDocumentNumbersAndCodes(String text) {
        assertEquals(List.of(), reader.find(text));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "任务1", "目标3", "（13）", "(1)", "1.执行率情况", "1、局机关", "一是突出学习重点", "二是细化学习主题",
            "第一部分", "全市排名第3名", "名列前5名", "第12个月验收", "第一、二季度"})
    void ordinalsAndListMarkers(String text) {
        assertEquals(List.of(), reader.find(text));
    }

    @Test
    void aListMarkerBeforeAYearIsNeitherAFigureNorPartOfOne() {
        String text = "1.2023年预算资金5万元";
        assertQuantity(text, only(reader, text), "5万元", "5", 0, "万元", QuantityKind.AMOUNT, "5", "万元",
                Qualifier.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "抓实“三会一课”", "落实一岗双责", "牢固树立四个意识", "做到两个维护", "一江两岸", "十六纵十六横",
            "一案一盘", "三车三场专项整治经费", "落实中央八项规定精神", "两学一做", "十分重视", "坚持每季度召开一次",
            "打通最后一公里", "城市照明提质二期", "办好一件事", "12345热线", "“721”工作法", "三番五次", "一次性"})
    void setPhrasesWithNumerals(String text) {
        assertEquals(List.of(), reader.find(text));
    }

    /** Decision: 「5个100%」 is a slogan (five 100% requirements); quoted, neither number is a figure. */
    @Test
    void quotedNumeralSloganHasNoFigures() {
        assertEquals(List.of(), reader.find("按照油烟污染治理“5个100％”要求"));
    }

    /** Decision: unquoted, the 5个 directly followed by a number is still no count, but the 100% is kept. */
    @Test
    void countDirectlyFollowedByANumberIsASloganMultiplier() {
        String text = "落实5个100%要求";
        assertQuantity(text, only(reader, text), "100%", "100", 0, "%", QuantityKind.PERCENT, "100", "%",
                Qualifier.NONE);
    }

    /** Decision: an anniversary (100周年) is a label, not a count; 周年 is not a unit. */
    @Test
    void anniversaryIsNotAFigure() {
        assertEquals(List.of(), reader.find("庆祝建党100周年"));
    }

    /** A quote that opens on a word, not a numeral, does not hide the figures inside it. */
    @Test
    void quotedSentenceWithFiguresKeepsThem() {
        String text = "“完成案件100起”";
        assertQuantity(text, only(reader, text), "100起", "100", 0, "起", QuantityKind.COUNT, "100", "起",
                Qualifier.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"预算数 440", "共计1633.94", "三十六", "增长3,4", "比例1/3", "5-10万元", "90~95%"})
    void bareNumbersFractionsAndRangesAreNotFigures(String text) {
        assertEquals(List.of(), reader.find(text));
    }

    /** Decision: 「一」 with a classifier is nearly always an article (一次, 一个, 一起), so it is not a count. */
    @Test
    void aLoneYiIsNotACountButLargerChineseNumeralsAre() {
        String text = "开展一次检查，两次复查";
        assertQuantity(text, only(reader, text), "两次", "2", 0, "次", QuantityKind.COUNT, "2", "次", Qualifier.NONE);
    }

    @Test
    void durationInYearsIsNotReportedBecauseYearsCannotBeToldFromDates() {
        assertEquals(List.of(), reader.find("连续3年"));
    }

    /** A classifier that begins a longer word is no unit (两部分, a flattened "440 人员经费" row). */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"指标体系包括两部分", "预算数 440 人员经费", "合计 1633.94 支出", "2 项目支出", "三分之一"})
    void classifierStartingAWordIsNoUnit(String text) {
        assertEquals(List.of(), reader.find(text));
    }
}
