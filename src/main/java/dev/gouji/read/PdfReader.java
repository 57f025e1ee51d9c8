package dev.gouji.read;

import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDF reports through PDFBox, page by page: the glyphs with their positions and the lines the page draws.
 * Ruled tables are rebuilt from their lines ({@link PdfPageLayout}); the text outside them becomes
 * paragraphs in reading order, wrapped lines joined ({@link PdfParagraphs}); page headers, footers and
 * numbers are dropped ({@link PdfRunningText}). Tables without rulings are not rebuilt: their rows come
 * out as lines of text, cells in left-to-right order.
 */
public final class PdfReader implements DocumentReader {
    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        List<Integer> imageOnly = new ArrayList<>();
        List<PdfPageLayout> pages = pages(content, limits, imageOnly);
        DocumentBuilder doc = new DocumentBuilder(format());
        PdfParagraphs.lay(PdfRunningText.strip(pages), doc);
        if (!imageOnly.isEmpty()) {
            boolean one = imageOnly.size() == 1;
            doc.warning("page_without_text", (one ? "page " : "pages ")
                    + imageOnly.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + (one ? " holds" : " hold") + " only images, no text layer (scanned?): "
                    + (one ? "its" : "their") + " content was not read; it needs OCR");
        }
        Document result = doc.build();
        if (result.blocks().isEmpty()) {
            throw new ReadException(ErrorCode.EMPTY,
                    "the PDF has no text layer (probably scanned pages); it needs OCR before gouji can read it");
        }
        return result;
    }

    private static List<PdfPageLayout> pages(byte[] content, ReadLimits limits, List<Integer> imageOnly)
            throws ReadException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PageCollector collector = new PageCollector(limits.maxTextChars(), imageOnly);
            collector.getText(pdf);
            return collector.pages;
        } catch (InvalidPasswordException e) {
            throw ReadFailures.encrypted(FileKind.PDF, e);
        } catch (TooMuchText e) {
            throw ReadFailures.tooMuchText(FileKind.PDF, limits.maxTextChars());
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.classify(FileKind.PDF, e);
        }
    }

    private static final class TooMuchText extends RuntimeException {
        TooMuchText() {
            super("text limit reached", null, false, false);
        }
    }

    /** Whether the page draws an image XObject of its own (a blank page draws none). */
    private static boolean hasImage(PDPage page) throws IOException {
        PDResources resources = page.getResources();
        if (resources == null) {
            return false;
        }
        for (COSName name : resources.getXObjectNames()) {
            if (resources.isImageXObject(name)) {
                return true;
            }
        }
        return false;
    }

    /** Collects each page's glyphs as the text stripper meets them, and the page's rulings. */
    private static final class PageCollector extends PDFTextStripper {
        final List<PdfPageLayout> pages = new ArrayList<>();
        private final long maxChars;
        private long chars;
        private List<PdfGlyph> glyphs = new ArrayList<>();
        private final List<Integer> imageOnly;

        PageCollector(long maxChars, List<Integer> imageOnly) {
            this.maxChars = maxChars;
            this.imageOnly = imageOnly;
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs = new ArrayList<>();
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            String text = t.getUnicode();
            if (text == null || text.isEmpty()) {
                return;
            }
            chars += text.length();
            if (chars > maxChars) {
                throw new TooMuchText();
            }
            float size = t.getFontSizeInPt() > 0.5f ? t.getFontSizeInPt() : Math.max(1f, t.getHeightDir() * 1.4f);
            glyphs.add(new PdfGlyph(text, t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), size));
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            // the rulings are in unrotated page space, the glyphs in reading direction: on a turned page
            // they would not meet, so its text is read as lines only
            List<PdfRuling> rulings = page.getRotation() % 360 == 0 ? PdfRulings.of(page) : List.of();
            if (glyphs.isEmpty() && hasImage(page)) {
                imageOnly.add(getCurrentPageNo());
            }
            pages.add(PdfPageLayout.of(page.getCropBox().getWidth(), page.getCropBox().getHeight(), glyphs, rulings));
        }
    }
}
