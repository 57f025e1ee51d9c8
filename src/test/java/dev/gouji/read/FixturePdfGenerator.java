package dev.gouji.read;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;

/**
 * Writes the PDF fixtures of {@code fixtures/pdf} with PDFBox (the tests read the committed files, not
 * this generator's output): {@code mvn -q test-compile exec:java} is not wired, so run it as
 * {@code java -cp target/test-classes:target/classes:target/lib/* dev.gouji.read.FixturePdfGenerator fixtures/pdf}.
 */
public final class FixturePdfGenerator {
    private static final PDFont HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private FixturePdfGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "fixtures/pdf");
        Files.createDirectories(dir);
        repeatedHeaderTable(dir.resolve("table-repeated-header.pdf"));
        scannedPage(dir.resolve("scanned-page.pdf"));
        cidFontWithoutToUnicode(dir.resolve("cid-no-tounicode.pdf"));
        borderlessTable(dir.resolve("borderless-table.pdf"));
        oneUnmappedPage(dir.resolve("cid-no-tounicode-page-2.pdf"));
    }

    /** Page 1 in a standard font, page 2 in a CID font whose ToUnicode map was removed. */
    static void oneUnmappedPage(Path out) throws IOException {
        java.io.ByteArrayOutputStream withMap = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = document();
                InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            try (PDPageContentStream cs = page(doc)) {
                text(cs, HELVETICA, 60, 780, "Budget execution report 2023");
                text(cs, HELVETICA, 60, 740, "Total spending 1,234.56 (10k yuan).");
            }
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            try (PDPageContentStream cs = page(doc)) {
                text(cs, font, 60, 780, "Basic spending 800.00, project spending 434.56.");
            }
            doc.save(withMap);
        }
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(withMap.toByteArray())) {
            PDPage page = doc.getPage(1);
            for (COSName name : page.getResources().getFontNames()) {
                page.getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
            }
            doc.getDocument().setIsXRefStream(false);
            doc.save(out.toFile());
        }
    }

    /**
     * A table without rulings, its columns only aligned (figures right-aligned, as a spreadsheet prints
     * them), between paragraphs, and a page of prose after it, one line of which has wide gaps (a signature
     * line): the prose must stay paragraphs.
     */
    static void borderlessTable(Path out) throws IOException {
        try (PDDocument doc = document()) {
            String[][] rows = {{"Item", "2022", "2023"}, {"Basic spending", "576.89", "601.20"},
                    {"Project spending", "275.04", "298.10"}, {"Total", "851.93", "899.30"}};
            try (PDPageContentStream cs = page(doc)) {
                text(cs, HELVETICA, 60, 790, "Table 2 Spending in two years (10k yuan)");
                for (int r = 0; r < rows.length; r++) {
                    float y = 766 - 16 * r;
                    text(cs, HELVETICA, 60, y, rows[r][0]);
                    for (int c = 1; c < 3; c++) {
                        float right = 300 + 90 * (c - 1);
                        text(cs, HELVETICA, right - HELVETICA.getStringWidth(rows[r][c]) / 100, y, rows[r][c]);
                    }
                }
                text(cs, HELVETICA, 60, 690, "Spending rose in 2023 because more projects were audited and the");
                text(cs, HELVETICA, 60, 676, "salaries of the staff were raised in the middle of the year.");
            }
            try (PDPageContentStream cs = page(doc)) {
                text(cs, HELVETICA, 60, 790, "The department will keep its spending within the budget and report");
                text(cs, HELVETICA, 60, 776, "on its projects every quarter, as the finance bureau asks it to do.");
                text(cs, HELVETICA, 60, 762, "It will also publish the results of its audits on its website.");
                text(cs, HELVETICA, 60, 730, "Head of unit: Li Ming");
                text(cs, HELVETICA, 260, 730, "Date: 2024-04-10");
            }
            doc.save(out.toFile());
        }
    }

    /** A ruled table of 2 columns over two pages, its header row drawn again at the top of the second. */
    static void repeatedHeaderTable(Path out) throws IOException {
        try (PDDocument doc = document()) {
            String[] header = {"Item", "Amount (10k yuan)"};
            try (PDPageContentStream cs = page(doc)) {
                text(cs, HELVETICA, 60, 790, "Table 3 Spending by item");
                table(cs, 770, header, 1, 30);
                text(cs, HELVETICA, 290, 30, "1");
            }
            try (PDPageContentStream cs = page(doc)) {
                table(cs, 800, header, 31, 40);
                text(cs, HELVETICA, 60, 560, "Notes after the table.");
                text(cs, HELVETICA, 290, 30, "2");
            }
            doc.save(out.toFile());
        }
    }

    /** Header row and rows {@code from}..{@code to} (item N, amount N*10.5), 20 points a row, top edge at y. */
    private static void table(PDPageContentStream cs, float top, String[] header, int from, int to) throws IOException {
        float[] xs = {60, 260, 420};
        int rows = to - from + 2;
        for (int r = 0; r <= rows; r++) {
            line(cs, xs[0], top - 20 * r, xs[2], top - 20 * r);
        }
        for (float x : xs) {
            line(cs, x, top, x, top - 20 * rows);
        }
        text(cs, HELVETICA, xs[0] + 5, top - 14, header[0]);
        text(cs, HELVETICA, xs[1] + 5, top - 14, header[1]);
        for (int i = from; i <= to; i++) {
            float y = top - 20 * (i - from + 1) - 14;
            text(cs, HELVETICA, xs[0] + 5, y, "Item " + i);
            text(cs, HELVETICA, xs[1] + 5, y, String.format(java.util.Locale.ROOT, "%.2f", i * 10.5));
        }
    }

    /** One page holding only an image, as a scanner writes it. */
    static void scannedPage(Path out) throws IOException {
        try (PDDocument doc = document()) {
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 20; y < 260; y += 12) {
                for (int x = 20; x < 180; x++) {
                    image.setRGB(x, y, 0x000000);
                }
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(LosslessFactory.createFromImage(doc, image), 0, 0, PDRectangle.A4.getWidth(),
                        PDRectangle.A4.getHeight());
            }
            doc.save(out.toFile());
        }
    }

    /**
     * Text with figures in an embedded CID font (Identity-H) whose ToUnicode map was removed, the way some
     * producers write it: the glyphs show, but nothing says which characters they are.
     */
    static void cidFontWithoutToUnicode(Path out) throws IOException {
        java.io.ByteArrayOutputStream withMap = new java.io.ByteArrayOutputStream();
        try (PDDocument doc = document();
                InputStream ttf = PDFont.class.getResourceAsStream("/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            PDType0Font font = PDType0Font.load(doc, ttf, true); // a subset: glyph ids only, no cmap table
            try (PDPageContentStream cs = page(doc)) {
                text(cs, font, 60, 780, "Budget execution report 2023");
                text(cs, font, 60, 760, "Total spending 1,234.56 (10k yuan), budget 1,300.00, rate 94.97%.");
                text(cs, font, 60, 740, "Basic spending 800.00, project spending 434.56.");
            }
            doc.save(withMap);
        }
        // the subset and its ToUnicode map are written on save: take the map out of the saved file
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(withMap.toByteArray())) {
            PDPage page = doc.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                page.getResources().getFont(name).getCOSObject().removeItem(COSName.TO_UNICODE);
            }
            doc.getDocument().setIsXRefStream(false);
            doc.save(out.toFile());
        }
    }

    private static PDDocument document() {
        PDDocument doc = new PDDocument();
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setProducer("gouji FixturePdfGenerator");
        // no dates: the same generator writes the same bytes
        doc.getDocument().setIsXRefStream(false);
        return doc;
    }

    private static PDPageContentStream page(PDDocument doc) throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        return new PDPageContentStream(doc, page);
    }

    private static void text(PDPageContentStream cs, PDFont font, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static void line(PDPageContentStream cs, float x1, float y1, float x2, float y2) throws IOException {
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }
}
