package dev.gouji.extract.number;

import static dev.gouji.extract.number.QuantityAssert.assertQuantity;
import static dev.gouji.extract.number.QuantityAssert.only;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What find() recovers: one row per shape of figure, every field asserted. */
class NumberReaderFindTest {
    private final NumberReader reader = new NumberReader();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                              | raw                | value      | scale | unit     | kind    | normalized | nunit   | qualifier
            年度预算1,633.94万元。               | 1,633.94万元       | 1633.94    | 2     | 万元     | AMOUNT  | 1633.94    | 万元    | NONE
            支出1633.94万元，                    | 1633.94万元        | 1633.94    | 2     | 万元     | AMOUNT  | 1633.94    | 万元    | NONE
            合计１６３３．９４万元               | １６３３．９４万元 | 1633.94    | 2     | 万元     | AMOUNT  | 1633.94    | 万元    | NONE
            合计１，６３３．９４万元             | １，６３３．９４万元 | 1633.94  | 2     | 万元     | AMOUNT  | 1633.94    | 万元    | NONE
            总投资1.63亿元                      | 1.63亿元           | 1.63       | 2     | 亿元     | AMOUNT  | 16300      | 万元    | NONE
            收入16,339,400元                    | 16,339,400元       | 16339400   | 0     | 元       | AMOUNT  | 1633.94    | 万元    | NONE
            奖励50000元                         | 50000元            | 50000      | 0     | 元       | AMOUNT  | 5          | 万元    | NONE
            资金总额    437.21 万元，           | 437.21 万元        | 437.21     | 2     | 万元     | AMOUNT  | 437.21     | 万元    | NONE
            资金总额437.21万 元，               | 437.21万 元        | 437.21     | 2     | 万元     | AMOUNT  | 437.21     | 万元    | NONE
            办公费85.5千元                      | 85.5千元           | 85.5       | 1     | 千元     | AMOUNT  | 8.55       | 万元    | NONE
            罚款1.97万元                        | 1.97万元           | 1.97       | 2     | 万元     | AMOUNT  | 1.97       | 万元    | NONE
            结余为-55.41万元                    | -55.41万元         | -55.41     | 2     | 万元     | AMOUNT  | -55.41     | 万元    | NONE
            预算440.00万元                      | 440.00万元         | 440.00     | 2     | 万元     | AMOUNT  | 440        | 万元    | NONE
            测算84.662432万元                   | 84.662432万元      | 84.662432  | 6     | 万元     | AMOUNT  | 84.662432  | 万元    | NONE
            单价1234.5元                        | 1234.5元           | 1234.5     | 1     | 元       | AMOUNT  | 0.12345    | 万元    | NONE
            总额两千万元                        | 两千万元           | 2000       | 0     | 万元     | AMOUNT  | 2000       | 万元    | NONE
            标准≤3.75万元/人                    | ≤3.75万元/人       | 3.75       | 2     | 万元/人  | AMOUNT  | 3.75       | 万元/人 | AT_MOST
            """)
    void amounts(String text, String raw, String value, int scale, String unit, QuantityKind kind,
                 String normalized, String nunit, Qualifier qualifier) {
        assertQuantity(text, only(reader, text), raw, value, scale, unit, kind, normalized, nunit, qualifier);
    }

    @Test
    void bareHundredMillionIsANumberWithItsMultiplierApplied() {
        // Without 元 the reader cannot know whether 1.2亿 is money or people; it reports the number.
        String text = "累计投入1.2亿，";
        assertQuantity(text, only(reader, text), "1.2亿", "1.2", 1, "亿", QuantityKind.NUMBER,
                "120000000", "", Qualifier.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                   | raw          | value | unit   | normalized | nunit | qualifier
            共有在编36人，           | 36人         | 36    | 人     | 36         | 人    | NONE
            配备三十六人             | 三十六人     | 36    | 人     | 36         | 人    | NONE
            新招十二名队员           | 十二名       | 12    | 名     | 12         | 名    | NONE
            受理一百二十件           | 一百二十件   | 120   | 件     | 120        | 件    | NONE
            发放两千份问卷           | 两千份       | 2000  | 份     | 2000       | 份    | NONE
            组织巡河1450人次，       | 1450人次     | 1450  | 人次   | 1450       | 人次  | NONE
            受理案件1257件，         | 1257件       | 1257  | 件     | 1257       | 件    | NONE
            处置案件1255起、         | 1255起       | 1255  | 起     | 1255       | 起    | NONE
            整治围挡问题278处、      | 278处        | 278   | 处     | 278        | 处    | NONE
            清理600辆，              | 600辆        | 600   | 辆     | 600        | 辆    | NONE
            抄罚违停机动车6949台次、 | 6949台次     | 6949  | 台次   | 6949       | 台次  | NONE
            安装12台设备             | 12台         | 12    | 台     | 12         | 台    | NONE
            执法行动33次，           | 33次         | 33    | 次     | 33         | 次    | NONE
            督导演练784场次，        | 784场次      | 784   | 场次   | 784        | 场次  | NONE
            举办讲座8场，            | 8场          | 8     | 场     | 8          | 场    | NONE
            提质项目17个，           | 17个         | 17    | 个     | 17         | 个    | NONE
            为民办实事7项            | 7项          | 7     | 项     | 7          | 项    | NONE
            优化公交线路14条 。      | 14条         | 14    | 条     | 14         | 条    | NONE
            印发资料300份            | 300份        | 300   | 份     | 300        | 份    | NONE
            便民服务卡2000张，       | 2000张       | 2000  | 张     | 2000       | 张    | NONE
            检查企业45家，           | 45家         | 45    | 家     | 45         | 家    | NONE
            楼宇亮化87栋，           | 87栋         | 87    | 栋     | 87         | 栋    | NONE
            签协议236户，            | 236户        | 236   | 户     | 236        | 户    | NONE
            更换标牌30块             | 30块         | 30    | 块     | 30         | 块    | NONE
            完成支付12笔             | 12笔         | 12    | 笔     | 12         | 笔    | NONE
            报送信息56篇             | 56篇         | 56    | 篇     | 56         | 篇    | NONE
            编发简报12期             | 12期         | 12    | 期     | 12         | 期    | NONE
            分3批实施                | 3批          | 3     | 批     | 3          | 批    | NONE
            覆盖学校5所              | 5所          | 5     | 所     | 5          | 所    | NONE
            新建公厕4座              | 4座          | 4     | 座     | 4          | 座    | NONE
            5840余台                 | 5840余台     | 5840  | 台     | 5840       | 台    | APPROXIMATE
            开展行动100余次，        | 100余次      | 100   | 次     | 100        | 次    | APPROXIMATE
            组织志愿者170余人次       | 170余人次    | 170   | 人次   | 170        | 人次  | APPROXIMATE
            清理小广告10.2万余处     | 10.2万余处   | 10.2  | 万处   | 102000     | 处    | APPROXIMATE
            发动群众三十余人         | 三十余人     | 30    | 人     | 30         | 人    | APPROXIMATE
            查扣气瓶142个。          | 142个        | 142   | 个     | 142        | 个    | NONE
            """)
    void counts(String text, String raw, String value, String unit, String normalized, String nunit,
                Qualifier qualifier) {
        int scale = value.contains(".") ? value.length() - value.indexOf('.') - 1 : 0;
        assertQuantity(text, only(reader, text), raw, value, scale, unit, QuantityKind.COUNT, normalized, nunit,
                qualifier);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                 | raw            | value | scale | unit     | normalized | nunit
            满意度95%。            | 95%            | 95    | 0     | %        | 95         | %
            执行率 99.4%。         | 99.4%          | 99.4  | 1     | %        | 99.4       | %
            完成率83％，           | 83％           | 83    | 0     | %       | 83         | %
            达到百分之九十五       | 百分之九十五   | 95    | 0     | 百分之   | 95         | %
            损耗率5‰               | 5‰             | 5     | 0     | ‰        | 0.5        | %
            提高2个百分点          | 2个百分点      | 2     | 0     | 个百分点 | 2          | 百分点
            """)
    void percentages(String text, String raw, String value, int scale, String unit, String normalized,
                     String nunit) {
        assertQuantity(text, only(reader, text), raw, value, scale, unit, QuantityKind.PERCENT, normalized, nunit,
                Qualifier.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                   | raw           | value | scale | unit      | normalized | nunit
            清除杂草300平方米，      | 300平方米     | 300   | 0     | 平方米    | 300        | 平方米
            改造2.8万平方米          | 2.8万平方米   | 2.8   | 1     | 万平方米  | 28000      | 平方米
            辖区3.5平方公里          | 3.5平方公里   | 3.5   | 1     | 平方公里  | 3.5        | 平方公里
            新建绿道120米            | 120米         | 120   | 0     | 米        | 120        | 米
            整治道路5公里            | 5公里         | 5     | 0     | 公里      | 5          | 公里
            清运垃圾8.5吨            | 8.5吨         | 8.5   | 1     | 吨        | 8.5        | 吨
            清淤600立方米            | 600立方米     | 600   | 0     | 立方米    | 600        | 立方米
            铺设草皮30㎡             | 30㎡          | 30    | 0     | ㎡        | 30         | 平方米
            """)
    void measures(String text, String raw, String value, int scale, String unit, String normalized, String nunit) {
        assertQuantity(text, only(reader, text), raw, value, scale, unit, QuantityKind.MEASURE, normalized, nunit,
                Qualifier.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                         | raw    | value | scale
            部门整体绩效自评得分 93 分     | 93 分  | 93    | 0
            满分5分                        | 5分    | 5     | 0
            未及时上报扣4分                | 4分    | 4     | 0
            扣0.5分                        | 0.5分  | 0.5   | 1
            """)
    void scores(String text, String raw, String value, int scale) {
        assertQuantity(text, only(reader, text), raw, value, scale, "分", QuantityKind.SCORE, value, "分",
                Qualifier.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # text                     | raw              | value | unit | kind    | normalized | nunit | qualifier
            罚款21万余元               | 21万余元         | 21    | 万元 | AMOUNT  | 21         | 万元  | APPROXIMATE
            罚款12余万元。             | 12余万元         | 12    | 万元 | AMOUNT  | 12         | 万元  | APPROXIMATE
            约50人参加                 | 约50人           | 50    | 人   | COUNT   | 50         | 人    | APPROXIMATE
            投入近20万元               | 近20万元         | 20    | 万元 | AMOUNT  | 20         | 万元  | APPROXIMATE
            参训300人左右              | 300人左右        | 300   | 人   | COUNT   | 300        | 人    | APPROXIMATE
            发现问题1000多个           | 1000多个         | 1000  | 个   | COUNT   | 1000       | 个    | APPROXIMATE
            满意度≥95%                 | ≥95%             | 95    | %    | PERCENT | 95         | %     | AT_LEAST
            满意度95%以上              | 95%以上          | 95    | %    | PERCENT | 95         | %     | AT_LEAST
            案件200起以上              | 200起以上        | 200   | 起   | COUNT   | 200        | 起    | AT_LEAST
            清理达到500辆以上          | 500辆以上        | 500   | 辆   | COUNT   | 500        | 辆    | AT_LEAST
            合格率不低于90%            | 不低于90%        | 90    | %    | PERCENT | 90         | %     | AT_LEAST
            培训不少于30人次           | 不少于30人次     | 30    | 人次 | COUNT   | 30         | 人次  | AT_LEAST
            满意度大于等于90%          | 大于等于90%      | 90    | %    | PERCENT | 90         | %     | AT_LEAST
            满意度 ≥ 95%               | ≥ 95%            | 95    | %    | PERCENT | 95         | %     | AT_LEAST
            支出60%及以上              | 60%及以上        | 60    | %    | PERCENT | 60         | %     | AT_LEAST
            误差5%以下                 | 5%以下           | 5     | %    | PERCENT | 5          | %     | AT_MOST
            费用不超过5万元            | 不超过5万元      | 5     | 万元 | AMOUNT  | 5          | 万元  | AT_MOST
            投诉率不高于2%             | 不高于2%         | 2     | %    | PERCENT | 2          | %     | AT_MOST
            经费≤600元                 | ≤600元           | 600   | 元   | AMOUNT  | 0.06       | 万元  | AT_MOST
            控制在10%以内              | 10%以内          | 10    | %    | PERCENT | 10         | %     | AT_MOST
            使用小于等于5万元          | 小于等于5万元    | 5     | 万元 | AMOUNT  | 5          | 万元  | AT_MOST
            3个工作日内办结            | 3个工作日内      | 3     | 个工作日 | MEASURE | 3     | 工作日 | AT_MOST
            成本节约率>0%              | >0%              | 0     | %    | PERCENT | 0          | %     | MORE_THAN
            大于5%                     | 大于5%           | 5     | %    | PERCENT | 5          | %     | MORE_THAN
            超过100人                  | 超过100人        | 100   | 人   | COUNT   | 100        | 人    | MORE_THAN
            小于10%                    | 小于10%          | 10    | %    | PERCENT | 10         | %     | LESS_THAN
            低于90%不得分              | 低于90%          | 90    | %    | PERCENT | 90         | %     | LESS_THAN
            偏差<5%                    | <5%              | 5     | %    | PERCENT | 5          | %     | LESS_THAN
            完成率=100%                | =100%            | 100   | %    | PERCENT | 100        | %     | EQUAL
            完成率＝100%               | ＝100%           | 100   | %    | PERCENT | 100        | %     | EQUAL
            """)
    void qualifiers(String text, String raw, String value, String unit, QuantityKind kind, String normalized,
                    String nunit, Qualifier qualifier) {
        assertQuantity(text, only(reader, text), raw, value, 0, unit, kind, normalized, nunit, qualifier);
    }

    @Test
    void aBoundWinsOverAnApproximation() {
        String text = "清理约100余处以上";
        assertQuantity(text, only(reader, text), "约100余处以上", "100", 0, "处", QuantityKind.COUNT, "100", "处",
                Qualifier.AT_LEAST);
    }

    @Test
    void yueAndJinInsideWordsAreNotQualifiers() {
        String text = "节约5万元，最近3天";
        List<Quantity> found = reader.find(text);
        assertEquals(2, found.size());
        assertQuantity(text, found.get(0), "5万元", "5", 0, "万元", QuantityKind.AMOUNT, "5", "万元", Qualifier.NONE);
        assertQuantity(text, found.get(1), "3天", "3", 0, "天", QuantityKind.MEASURE, "3", "天", Qualifier.NONE);
    }

    @Test
    void figuresInASentenceComeInOrderWithoutOverlap() {
        String text = "共办理渣土违规处置案件1255起、罚款209万元，办理露天禁烧案件33起、罚款1.97万元。";
        List<Quantity> found = reader.find(text);
        assertEquals(List.of("1255起", "209万元", "33起", "1.97万元"), found.stream().map(Quantity::raw).toList());
        for (int k = 1; k < found.size(); k++) {
            assertEquals(true, found.get(k - 1).end() <= found.get(k).start());
        }
    }

    @Test
    void aQualifierIsNotTakenFromThePreviousFigure() {
        String text = "满意度95%以上90%";
        List<Quantity> found = reader.find(text);
        assertEquals(2, found.size());
        assertEquals(Qualifier.AT_LEAST, found.get(0).qualifier());
        assertEquals(Qualifier.NONE, found.get(1).qualifier());
    }

    @Test
    void aLineBreakInsideAMoneyFigureIsJoinedWhenAUnitFollows() {
        String text = "罚款2 09万元，罚款1 .97万元";
        List<Quantity> found = reader.find(text);
        assertEquals(2, found.size());
        assertQuantity(text, found.get(0), "2 09万元", "209", 0, "万元", QuantityKind.AMOUNT, "209", "万元",
                Qualifier.NONE);
        assertQuantity(text, found.get(1), "1 .97万元", "1.97", 2, "万元", QuantityKind.AMOUNT, "1.97", "万元",
                Qualifier.NONE);
    }

    @Test
    void negativeSignOnlyAfterASeparatorNotInsideAFormula() {
        String text = "增长率为-5.5%，得分=（完成比率-80%）";
        List<Quantity> found = reader.find(text);
        assertEquals(2, found.size());
        assertQuantity(text, found.get(0), "-5.5%", "-5.5", 1, "%", QuantityKind.PERCENT, "-5.5", "%",
                Qualifier.NONE);
        assertQuantity(text, found.get(1), "80%", "80", 0, "%", QuantityKind.PERCENT, "80", "%", Qualifier.NONE);
    }

    @Test
    void durationsAreMeasures() {
        String text = "3个月完成，24小时响应";
        List<Quantity> found = reader.find(text);
        assertEquals(List.of("个月", "小时"), found.stream().map(Quantity::unit).toList());
        assertEquals(List.of(QuantityKind.MEASURE, QuantityKind.MEASURE), found.stream().map(Quantity::kind).toList());
    }

    @Test
    void emptyAndNullTextHaveNoFigures() {
        assertEquals(List.of(), reader.find(""));
        assertEquals(List.of(), reader.find(null));
    }
}
