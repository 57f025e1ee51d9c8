package dev.gouji.extract.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.model.Block;
import dev.gouji.model.Document;
import dev.gouji.model.NormalizedText;
import dev.gouji.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text flaws on hand-written sentences: each fault found, and its twin without the fault left alone. */
class TextFlawsTest {

    private static List<String> doubled(String text) {
        return DoubledWords.in(NormalizedText.normalize(text)).stream()
                .map(s -> NormalizedText.normalize(text).substring(s[0], s[1])).toList();
    }

    private static List<String> unbalanced(String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(new Paragraph("p" + (i + 1), NormalizedText.of(paragraphs[i])));
        }
        List<TextFlaw> out = new ArrayList<>();
        Brackets.find(TextSpans.of(new Document("txt", blocks)), out);
        return out.stream().map(f -> f.evidence().block() + ":" + f.text()).toList();
    }

    @Test
    void placeholdersOfATemplateAreFound() {
        assertEquals(List.of("XX", "XXX"), Placeholders.in("杭州市XX局2024年度收入总计XXX万元。"));
        assertEquals(List.of("××"), Placeholders.in("××区财政局关于下达预算的通知"));
        assertEquals(List.of("(单位名称)", "____"), Placeholders.in("（单位名称）本年度项目支出____万元"));
        assertEquals(List.of("增加(减少)", "增长(下降)"), Placeholders.in("支出总计增加（减少）5万元，增长（下降）3%"));
        assertEquals(List.of("(如持平作持平表述)"), Placeholders.in("主要原因是人员增加。（如持平作持平表述）"));
    }

    @Test
    void filledTextHasNoPlaceholder() {
        assertEquals(List.of(), Placeholders.in("杭州市水利局2024年度收入总计512.30万元。"));
        assertEquals(List.of(), Placeholders.in("购置XC60型越野车1辆，支出增加（主要是油价上涨）"));
        assertEquals(List.of(), Placeholders.in("MAXX型号; 1×2米展板; XL码"));
        assertEquals(List.of(), Placeholders.in("————————————————"));
        assertEquals(List.of(), Placeholders.in("审核人：______　单位负责人（签章）：______"));
        assertEquals(List.of(), Placeholders.in("国有资本经营预算财政拨款支出决算表（本部门不涉及，公开空表）"));
        assertEquals(List.of("______"), Placeholders.in("联系人：张明，项目支出______万元"));
    }

    @Test
    void doubledWordsAreFound() {
        assertEquals(List.of("预算预算"), doubled("本年度部门预算预算安排合理"));
        assertEquals(List.of("财政拨款财政拨款"), doubled("其中财政拨款财政拨款收入120万元"));
        assertEquals(List.of("万元万元"), doubled("公用经费支出12.50万元万元"));
        assertEquals(List.of("的的"), doubled("完成了全年的的工作任务"));
    }

    @Test
    void reduplicationIsNotADoubledWord() {
        assertEquals(List.of(), doubled("做到人人参与、常常检查，账实一一对应，逐一核对"));
        assertEquals(List.of(), doubled("各项工作要研究研究再定，支出1,200.00万元"));
        assertEquals(List.of(), doubled("事业单位医疗、行政单位医疗、公务员医疗补助"));
    }

    @Test
    void aBracketSplitByAParagraphBreakIsOnePair() {
        assertEquals(List.of(), unbalanced("公务用车购置费19.20万元（经区财政局批准", "更新执法执勤用车1辆），运行维护费3.10万元。"));
        assertEquals(List.of(), unbalanced("1）主要用于办公设备购置；", "2）主要用于“三公”经费支出。"));
        assertEquals(List.of(), unbalanced("得分在[80,90)区间的为良，(0,5]万元的项目免于评审。"));
        assertEquals(List.of(), unbalanced("ii）完善制度；Ⅱ）加强管理；乙）其他。"));
    }

    @Test
    void unclosedAndUnopenedBracketsAreFound() {
        assertEquals(List.of("p1:("), unbalanced("公务接待费（含外宾接待费2.00万元。", "本年度无因公出国支出。"));
        assertEquals(List.of("p1:”"), unbalanced("严格落实过紧日子要求”，压减一般性支出。"));
        assertEquals(List.of("p1:《"), unbalanced("根据《预算法及其实施条例的规定。"));
    }

    private static List<String> commas(String text) {
        List<TextFlaw> out = new ArrayList<>();
        Punctuation.find(List.of(new TextSpans("p1", NormalizedText.of(text), false)), out);
        return out.stream().map(f -> f.evidence().snippet()).toList();
    }

    @Test
    void anAsciiCommaBeforeAnAmountIsFound() {
        assertEquals(1, commas("其中：基本支出,576.89万元，项目支出275.04万元").size());
        assertEquals(List.of(), commas("其中：基本支出，576.89万元，项目支出2,275.04万元"));
    }
}
