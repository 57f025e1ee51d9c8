package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Block;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a table of the plain-text layout ends when only one blank line sets it off. */
class TextLayoutTest {
    private static Document read(String... lines) throws Exception {
        return new TxtReader().read(String.join("\n", lines).getBytes(StandardCharsets.UTF_8), PipelineConfig.defaults().readLimits());
    }

    private static List<String> kinds(Document doc) {
        return doc.blocks().stream().map(b -> b instanceof Table ? "table" : "paragraph").toList();
    }

    @Test
    void textReachingACaptionAfterARowEndIsParagraphsBetweenTwoTables() throws Exception {
        Document doc = read(
                "\t项目", "\t金额", "", "\t甲", "\t1.00", "",
                "说明：金额按决算数填列。",
                "附表2 某某情况表",
                "\t一级指标", "\t三级指标", "", "\t产出指标", "\t办件量", "");
        assertEquals(List.of("table", "paragraph", "paragraph", "table"), kinds(doc));
        Table second = doc.tables().get(1);
        assertEquals("一级指标", second.textAt(0, 0));
        assertEquals("办件量", second.textAt(1, 1));
        List<Block> blocks = doc.blocks();
        assertEquals("附表2 某某情况表", ((Paragraph) blocks.get(2)).text().normalized());
    }

    @Test
    void aCaptionNumberedInWordsOrAnAttachmentLineAlsoEndsTheTable() throws Exception {
        assertEquals(List.of("table", "paragraph", "table"),
                kinds(read("\t项目", "\t金额", "", "\t乙", "\t2.00", "", "表三 支出明细", "\t科目", "\t金额", "")));
        assertEquals(List.of("table", "paragraph", "paragraph", "table"),
                kinds(read("\t项目", "\t金额", "", "\t乙", "\t2.00", "", "附件：", "绩效自评表", "\t科目", "\t金额", "")));
    }

    @Test
    void aCellsFurtherParagraphsStillContinueIt() throws Exception {
        // a tall label cell written over several lines, blank-separated, before the rest of its row
        Document doc = read(
                "\t名称", "\t某单位", "", "\t年度预", "", "算申请", "", "(万元)", "\t年初数", "\t全年数", "",
                "\t", "\t10", "\t12", "", "", "正文。");
        assertEquals(List.of("table", "paragraph"), kinds(doc));
        assertEquals("年度预 算申请 (万元)", doc.tables().get(0).textAt(1, 0));
    }

    @Test
    void aTitleAndUnitNoteAfterARowEndAreParagraphsBetweenTwoTables() throws Exception {
        // a numbered heading names the next table, and its unit note sits between it and the first cell
        Document doc = read(
                "\t收入", "\t支出", "", "\t甲", "\t3.00", "",
                "二、某某收支总表",
                "单位：万元",
                "\t科目", "\t金额", "", "\t乙", "\t4.00", "");
        assertEquals(List.of("table", "paragraph", "paragraph", "table"), kinds(doc));
        assertEquals("科目", doc.tables().get(1).textAt(0, 0));
        assertEquals(2, doc.tables().get(0).rowCount());
    }
}
