package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import dev.gouji.model.ReadWarning;
import dev.gouji.model.Table;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.junit.jupiter.api.Test;

/** Text boxes, footnotes and endnotes of a .docx read as paragraphs; images and objects leave warnings. */
class DocxTextBoxAndNoteTest {
    private static final String NS = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" xmlns:o=\"urn:schemas-microsoft-com:office:office\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    /** A DrawingML text box as Word 2010+ writes it: the wps choice and its VML fallback, same words. */
    private static String textBox(String... paragraphs) {
        StringBuilder content = new StringBuilder("<w:txbxContent>");
        for (String p : paragraphs) {
            content.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        content.append("</w:txbxContent>");
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><wp:extent cx=\"1\" cy=\"1\"/>"
                + "<a:graphic><a:graphicData><wps:wsp><wps:txbx>" + content + "</wps:txbx></wps:wsp></a:graphicData>"
                + "</a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + content
                + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }

    private static final String IMAGE = "<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><pic:pic><pic:blipFill>"
            + "<a:blip r:embed=\"rId99\"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>";

    private static final String OBJECT = "<w:r><w:object><v:shape><v:imagedata r:id=\"rId98\"/></v:shape>"
            + "<o:OLEObject Type=\"Embed\" ProgID=\"Excel.Sheet.12\" r:id=\"rId97\"/></w:object></w:r>";

    private static byte[] docx(String body, String footnotes) throws Exception {
        byte[] bytes;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("占位");
            XWPFFootnote note = d.createFootnote(); // makes the footnotes part and its relationship
            note.createParagraph().createRun().setText("占位脚注");
            d.write(out);
            bytes = out.toByteArray();
        }
        bytes = DocxReaderTest.replaceEntry(bytes, "word/document.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document " + NS + "><w:body>" + body + "</w:body></w:document>");
        return DocxReaderTest.replaceEntry(bytes, "word/footnotes.xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:footnotes " + NS + ">" + footnotes + "</w:footnotes>");
    }

    private static List<String> texts(Document doc) {
        return doc.paragraphs().stream().map(p -> p.text().normalized()).toList();
    }

    private static String footnote(String id, String text) {
        return "<w:footnote w:id=\"" + id + "\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t>" + text
                + "</w:t></w:r></w:p></w:footnote>";
    }

    private static final String SEPARATORS = "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/>"
            + "</w:r></w:p></w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
            + "<w:continuationSeparator/></w:r></w:p></w:footnote>";

    @Test
    void textBoxesStandWhereTheirAnchorStandsAndFootnotesFollowTheBody() throws Exception {
        String body = "<w:p>" + textBox("长沙市开福区城市管理和综合执法局", "2021年度部门整体支出绩效自评报告") + "</w:p>"
                + "<w:p><w:r><w:t>一、部门概况</w:t></w:r></w:p>"
                + "<w:p><w:r><w:t>年初预算2628.42万元</w:t></w:r><w:r><w:footnoteReference w:id=\"2\"/></w:r>"
                + "<w:r><w:t>，执行率98%</w:t></w:r><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                + "<w:p><w:r><w:t>二、绩效目标</w:t></w:r></w:p>";
        String notes = SEPARATORS + footnote("1", "执行率按决算数1300.00万元计算") + footnote("2", "含追加预算45.60万元");
        Document doc = new DocxReader().read(docx(body, notes), PipelineConfig.defaults().readLimits());
        assertEquals(List.of("长沙市开福区城市管理和综合执法局", "2021年度部门整体支出绩效自评报告", "一、部门概况",
                "年初预算2628.42万元,执行率98%", "二、绩效目标", "含追加预算45.60万元", "执行率按决算数1300.00万元计算"),
                texts(doc), "the text box once (not its VML copy), footnotes after the body as the text refers to them");
        assertEquals(List.of(), doc.warnings());
    }

    @Test
    void aTextBoxInACellJoinsTheCellAndAVmlTextBoxIsRead() throws Exception {
        String vml = "<w:r><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>财政拨款</w:t></w:r></w:p>"
                + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>";
        String body = "<w:p><w:r><w:t>前文</w:t></w:r>" + vml + "</w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>金额</w:t></w:r></w:p>"
                + "</w:tc></w:tr><w:tr><w:tc><w:p><w:r><w:t>收入</w:t></w:r>" + textBox("合计") + "</w:p></w:tc>"
                + "<w:tc><w:p><w:r><w:t>12.50</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
        Document doc = new DocxReader().read(docx(body, SEPARATORS), PipelineConfig.defaults().readLimits());
        assertEquals(List.of("前文", "财政拨款"), texts(doc));
        Table t = doc.tables().get(0);
        assertEquals("收入\n合计", t.cellAt(1, 0).orElseThrow().text().original());
        assertEquals("12.50", t.textAt(1, 1));
    }

    @Test
    void imagesAndEmbeddedObjectsLeaveWarningsOnTheirBlock() throws Exception {
        String body = "<w:p><w:r><w:t>附表见下</w:t></w:r>" + OBJECT + "</w:p>"
                + "<w:p>" + IMAGE + "</w:p>"
                + "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>公章</w:t></w:r>" + IMAGE + "</w:p></w:tc></w:tr></w:tbl>";
        String notes = SEPARATORS + "<w:footnote w:id=\"1\"><w:p>" + IMAGE + "</w:p></w:footnote>";
        Document doc = new DocxReader().read(docx(body, notes), PipelineConfig.defaults().readLimits());
        List<ReadWarning> w = doc.warnings();
        assertEquals(4, w.size(), w.toString());
        assertEquals("object_skipped", w.get(0).code());
        assertEquals("p1", w.get(0).block());
        assertTrue(w.get(0).message().contains("Excel.Sheet.12"), w.get(0).message());
        assertEquals("image_skipped", w.get(1).code());
        assertEquals(null, w.get(1).block(), "an image alone in its paragraph concerns no block");
        assertTrue(w.get(1).message().endsWith("(after p1)"), w.get(1).message());
        assertEquals("t1", w.get(2).block());
        assertEquals(null, w.get(3).block());
        assertTrue(w.get(3).message().endsWith("(in footnote 1)"), w.get(3).message());
    }
}
