package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import dev.gouji.model.ReadWarning;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Spreadsheets and HTML pages say what they show that gouji does not read. */
class UnreadPartsWarningsTest {
    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new java.awt.image.BufferedImage(4, 4, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static void data(Sheet sheet) {
        sheet.createRow(0).createCell(0).setCellValue("项目");
        sheet.getRow(0).createCell(1).setCellValue("金额");
        sheet.createRow(1).createCell(0).setCellValue("办公费");
        sheet.getRow(1).createCell(1).setCellValue(12.5);
    }

    private static byte[] bytes(Workbook wb) throws Exception {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void picturesAndTextBoxesOnASheetWarnOnItsTable() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        data(wb.createSheet("一览"));
        XSSFSheet drawn = wb.createSheet("图表");
        data(drawn);
        XSSFDrawing drawing = drawn.createDrawingPatriarch();
        int png = wb.addPicture(png(), Workbook.PICTURE_TYPE_PNG);
        drawing.createPicture(new XSSFClientAnchor(0, 0, 0, 0, 3, 3, 5, 5), png);
        drawing.createTextbox(new XSSFClientAnchor(0, 0, 0, 0, 3, 6, 6, 8))
                .setText(new org.apache.poi.xssf.usermodel.XSSFRichTextString("单位：万元"));
        drawing.createTextbox(new XSSFClientAnchor(0, 0, 0, 0, 3, 9, 6, 11)); // empty: nothing lost
        Document doc = new SpreadsheetReader("xlsx").read(bytes(wb), PipelineConfig.defaults().readLimits());
        assertEquals(List.of(
                new ReadWarning("image_skipped", "1 picture on sheet 图表 was not read (no OCR)", "t2"),
                new ReadWarning("text_box_skipped", "1 text box or shape group on sheet 图表 was not read: text in them"
                        + " is missing", "t2")), doc.warnings());
    }

    @Test
    void anXlsWithoutDrawingsHasNoWarnings() throws Exception {
        HSSFWorkbook wb = new HSSFWorkbook();
        data(wb.createSheet("一览"));
        assertEquals(List.of(), new SpreadsheetReader("xls").read(bytes(wb), PipelineConfig.defaults().readLimits()).warnings());
    }

    @Test
    void htmlImagesAndFramesAreCounted() throws Exception {
        String html = "<html><body><p>部门概况</p><img src=\"seal.png\"><p><img src=\"chart.png\"></p>"
                + "<iframe src=\"table.html\"></iframe></body></html>";
        Document doc = new HtmlReader().read(html.getBytes(StandardCharsets.UTF_8), PipelineConfig.defaults().readLimits());
        assertEquals(List.of("image_skipped", "object_skipped"), doc.warnings().stream().map(ReadWarning::code).toList());
        assertEquals("2 images were not read (no OCR): text or figures that stand only in them, e.g. a chart, are missing",
                doc.warnings().get(0).message());
        assertEquals(List.of(), new HtmlReader().read("<p>正文</p>".getBytes(StandardCharsets.UTF_8), PipelineConfig.defaults().readLimits())
                .warnings());
    }
}
