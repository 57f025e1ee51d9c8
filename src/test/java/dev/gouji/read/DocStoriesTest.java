package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A Word 97 file's text boxes, footnotes and endnotes are read as paragraphs: each text box right after the
 * paragraph its shape is anchored in, the footnotes and then the endnotes after the body, in note order, with
 * no warning. fixtures/doc-stories/stories.doc was written by LibreOffice 7.4 from the stories.fodt among this
 * package's test resources ({@code soffice --headless --convert-to doc stories.fodt}), once: no office suite is
 * needed to run this.
 */
class DocStoriesTest {
    private static final Path FIXTURE = Path.of("fixtures/doc-stories/stories.doc");

    @Test
    void textBoxesFollowTheirAnchorsParagraphAndNotesFollowTheBody() throws Exception {
        Document doc = Readers.standard().read(Files.readAllBytes(FIXTURE), "stories.doc", PipelineConfig.defaults().readLimits());
        assertEquals("doc", doc.format());
        assertEquals(List.of(
                "某某县文化馆2023年度部门整体支出绩效自评报告",
                "一、部门基本情况。本年支出合计512.40万元，全部为财政拨款。",
                "二、预算执行情况。预算执行率为96.68%。",
                "文本框一：年初预算数为530.00万元。",
                "文本框一第二段：调整预算数为530.00万元。",
                "三、绩效目标完成情况。完成演出场次48场。",
                "四、自评结论。自评得分为95分，等次为优秀。",
                "文本框二：群众满意度为95%。",
                "脚注一：其中基本支出401.20万元，项目支出111.20万元。",
                "脚注二：含送戏下乡12场。",
                "尾注：执行率按全年预算530.00万元计算。"),
                doc.paragraphs().stream().map(p -> p.text().original()).toList());
        assertEquals(List.of(), doc.warnings(), "everything was read");
    }

    @Test
    void theStoriesCountTowardsTheTextLimit() throws Exception {
        byte[] content = Files.readAllBytes(FIXTURE);
        int body;
        try (org.apache.poi.hwpf.HWPFDocument word = new org.apache.poi.hwpf.HWPFDocument(new java.io.ByteArrayInputStream(content))) {
            body = word.getRange().text().length();
        }
        ReadLimits d = PipelineConfig.defaults().readLimits();
        ReadLimits bodyOnly = new ReadLimits(d.maxFileBytes(), body + 10, d.maxUnzippedBytes(), d.maxCompressionRatio());
        ReadException e = org.junit.jupiter.api.Assertions.assertThrows(ReadException.class,
                () -> Readers.standard().read(content, "stories.doc", bodyOnly));
        assertEquals(ErrorCode.TOO_LARGE, e.code());
    }
}
