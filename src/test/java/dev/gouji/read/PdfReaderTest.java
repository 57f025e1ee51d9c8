package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    @Test
    void readsLinesInReadingOrderAsParagraphs() throws ReadException {
        Document d = Fixtures.read("formats/report.pdf");
        assertEquals("pdf", d.format());
        List<String> lines = d.paragraphs().stream().map(p -> p.text().normalized()).toList();
        assertEquals(FormatFixtures.TITLE, lines.get(0));
        assertEquals(normalized(FormatFixtures.SENTENCE), lines.get(2));
        // the table is drawn without rulings: its columns are read by their alignment, cells unmerged
        assertEquals(1, d.tables().size());
        dev.gouji.model.Table t = d.tables().get(0);
        assertEquals(4, t.columnCount());
        assertEquals("全年预算数", t.textAt(1, 2));
        assertEquals("合计", t.textAt(2, 0));
        assertEquals("1,234.56", t.textAt(2, 3));
        assertEquals("434.56", t.textAt(4, 3));
        assertEquals(normalized(FormatFixtures.CLOSING), lines.get(lines.size() - 1));
    }

    private static String normalized(String s) {
        return dev.gouji.model.NormalizedText.normalize(s);
    }

    @Test
    void pagesOfImagesWithoutTextAreScanned() throws IOException {
        byte[] pdf = pdf(2, true);
        assertEquals(ErrorCode.SCANNED, Fixtures.failure(pdf, "scan.pdf", PipelineConfig.defaults().readLimits()));
        ReadException e = assertThrows(ReadException.class, () -> new PdfReader().read(pdf, PipelineConfig.defaults().readLimits()));
        assertTrue(e.getMessage().contains("OCR") && e.getMessage().contains("2 of 2 pages"), e.getMessage());
    }

    @Test
    void blankPagesAreEmptyNotScanned() throws IOException {
        assertEquals(ErrorCode.EMPTY, Fixtures.failure(pdf(1, false), "blank.pdf", PipelineConfig.defaults().readLimits()));
    }

    /** {@code pages} A4 pages, each holding only a grey image (as a scanner makes them) or nothing. */
    private static byte[] pdf(int pages, boolean image) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage scan = new BufferedImage(120, 170, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = scan.createGraphics();
            g.fillRect(10, 10, 100, 20);
            g.dispose();
            PDImageXObject x = LosslessFactory.createFromImage(doc, scan);
            for (int i = 0; i < pages; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (image) {
                        cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void encryptedPdfIsEncrypted() {
        assertEquals(ErrorCode.ENCRYPTED, Fixtures.failure("bad/encrypted.pdf"));
    }

    @Test
    void truncatedPdfIsCorrupt() {
        assertEquals(ErrorCode.CORRUPT, Fixtures.failure("bad/truncated.pdf"));
    }

    @Test
    void textOverTheLimitIsTooLarge() {
        assertEquals(ErrorCode.TOO_LARGE,
                Fixtures.failure(Fixtures.bytes("formats/report.pdf"), "report.pdf", Fixtures.TINY_TEXT));
    }
}
