package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import dev.gouji.model.ReadWarning;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfWarningsTest {
    private static final byte[] REPORT = read("fixtures/formats/report.pdf");

    private static byte[] read(String path) {
        try {
            return java.nio.file.Files.readAllBytes(java.nio.file.Path.of(path));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aScannedPageAmongTextPagesIsNamedAndABlankPageIsNot() throws Exception {
        byte[] bytes;
        try (PDDocument pdf = Loader.loadPDF(REPORT); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage scanned = new PDPage(PDRectangle.A4);
            pdf.addPage(scanned);
            PDImageXObject image = LosslessFactory.createFromImage(pdf, new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB));
            try (PDPageContentStream cs = new PDPageContentStream(pdf, scanned)) {
                cs.drawImage(image, 50, 50, 400, 600);
            }
            pdf.addPage(new PDPage(PDRectangle.A4)); // blank: nothing lost
            pdf.save(out);
            bytes = out.toByteArray();
        }
        Document doc = new PdfReader().read(bytes, PipelineConfig.defaults().readLimits());
        List<ReadWarning> w = doc.warnings();
        assertEquals(1, w.size(), w.toString());
        assertEquals("page_without_text", w.get(0).code());
        assertEquals(null, w.get(0).block());
        assertEquals("page 2 holds only images, no text layer (scanned?): its content was not read; it needs OCR",
                w.get(0).message());
    }

    @Test
    void aTextPdfHasNoWarnings() throws Exception {
        assertEquals(List.of(), new PdfReader().read(REPORT, PipelineConfig.defaults().readLimits()).warnings());
    }
}
