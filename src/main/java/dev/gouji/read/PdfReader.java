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
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * PDF reports through PDFBox, page by page: the glyphs with their positions and the lines the page draws.
 * Ruled tables are rebuilt from their lines ({@link PdfPageLayout}); the text outside them becomes
 * paragraphs in reading order, wrapped lines joined ({@link PdfParagraphs}); page headers, footers and
 * numbers are dropped ({@link PdfRunningText}). Tables without rulings are read by the alignment of their
 * columns ({@link PdfBorderlessTables}). A PDF whose pages are images without text (a scan) is
 * {@link ErrorCode#SCANNED}: it needs OCR first; one whose text is in fonts that map their glyphs to no
 * characters is {@link ErrorCode#UNMAPPED_TEXT}.
 */
public final class PdfReader implements DocumentReader {
    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        PageCollector pages = pages(content, limits);
        DocumentBuilder doc = new DocumentBuilder(format());
        PdfParagraphs.lay(PdfRunningText.strip(pages.pages), doc);
        if (!pages.unmapped.isEmpty() && pages.unmapped.size() == pages.textPages) {
            throw new ReadException(ErrorCode.UNMAPPED_TEXT, "the PDF's text cannot be read: its fonts map the glyphs "
                    + "to no characters (a CID font without a ToUnicode map, or private-use code points) on "
                    + (pages.textPages == 1 ? "its page" : "all " + pages.textPages + " pages with text")
                    + "; the figures would be garbage. Export the PDF again with fonts embedded with their "
                    + "Unicode map, or OCR it");
        }
        if (!pages.unmapped.isEmpty()) {
            boolean one = pages.unmapped.size() == 1;
            doc.warning("page_text_unmapped", (one ? "page " : "pages ")
                    + pages.unmapped.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + (one ? " draws its" : " draw their") + " text in fonts without a map to characters: "
                    + (one ? "its" : "their") + " text was not read");
        }
        List<Integer> imageOnly = pages.imageOnly;
        if (!imageOnly.isEmpty()) {
            boolean one = imageOnly.size() == 1;
            doc.warning("page_without_text", (one ? "page " : "pages ")
                    + imageOnly.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + (one ? " holds" : " hold") + " only images, no text layer (scanned?): "
                    + (one ? "its" : "their") + " content was not read; it needs OCR");
        }
        Document result = doc.build();
        if (result.blocks().isEmpty()) {
            // page images and no text to read beyond, at most, a running header or page number: a scan
            if (pages.imagePages > 0) {
                throw new ReadException(ErrorCode.SCANNED, "the PDF is scanned: its pages are images without a text "
                        + "layer (" + pages.imagePages + " of " + pages.pages.size() + " pages hold images); it needs "
                        + "OCR (e.g. ocrmypdf) before gouji can read it");
            }
            throw new ReadException(ErrorCode.EMPTY, "the PDF has no text on any of its " + pages.pages.size() + " pages");
        }
        return result;
    }

    private static PageCollector pages(byte[] content, ReadLimits limits) throws ReadException {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            PageCollector collector = new PageCollector(limits.maxTextChars());
            collector.getText(pdf);
            return collector;
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

    /** Collects each page's glyphs as the text stripper meets them, and the page's rulings. */
    private static final class PageCollector extends PDFTextStripper {
        final List<PdfPageLayout> pages = new ArrayList<>();
        /** Pages that draw an image (an image XObject, also inside a form XObject). */
        int imagePages;
        private final long maxChars;
        private long chars;
        private List<PdfGlyph> glyphs = new ArrayList<>();
        /** Pages (1-based) that draw an image and hold no text: content not read. */
        final List<Integer> imageOnly = new ArrayList<>();
        /** Pages (1-based) whose glyphs mostly map to no character: their text is left out. */
        final List<Integer> unmapped = new ArrayList<>();
        /** Pages that draw any glyph, mapped or not. */
        int textPages;
        private int pageGlyphs;
        private int pageUnmapped;

        PageCollector(long maxChars) {
            this.maxChars = maxChars;
        }

        @Override
        protected void startPage(PDPage page) {
            glyphs = new ArrayList<>();
            pageGlyphs = 0;
            pageUnmapped = 0;
        }

        /**
         * Counts the glyphs whose font gives no character, or only a private-use one: the text stripper
         * skips the first silently and would pass the second on as garbage.
         */
        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
            pageGlyphs++;
            String unicode = font.toUnicode(code);
            if (unicode == null && font instanceof PDSimpleFont) {
                unicode = String.valueOf((char) code); // what the stripper does: simple fonts fall back to the code
            }
            if (unicode == null || unicode.codePoints().anyMatch(PageCollector::unreadable)) {
                pageUnmapped++;
            }
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        private static boolean unreadable(int cp) {
            return cp >= 0xE000 && cp <= 0xF8FF || cp >= 0xF0000 || Character.getType(cp) == Character.CONTROL
                    && !Character.isWhitespace(cp) || cp == 0xFFFD;
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
            if (pageGlyphs > 0) {
                textPages++;
                // a few unmapped symbols (a bullet in a symbol font) are noise; most of the page is garbage
                if (pageUnmapped * 2 > pageGlyphs) {
                    unmapped.add(getCurrentPageNo());
                    glyphs = new ArrayList<>();
                }
            }
            List<PdfRuling> rulings = page.getRotation() % 360 == 0 ? PdfRulings.of(page) : List.of();
            pages.add(PdfPageLayout.of(page.getCropBox().getWidth(), page.getCropBox().getHeight(), glyphs, rulings));
            try {
                if (hasImage(page.getResources(), 0)) {
                    imagePages++;
                    if (glyphs.isEmpty()) {
                        imageOnly.add(getCurrentPageNo());
                    }
                }
            } catch (IOException | RuntimeException e) {
                // a broken image or form only matters to the question whether the file is a scan: not counted
            }
        }

        /** Whether the resources hold an image, looking into form XObjects a few levels deep. */
        private static boolean hasImage(PDResources resources, int depth) throws IOException {
            if (resources == null || depth > 4) {
                return false;
            }
            for (COSName name : resources.getXObjectNames()) {
                if (resources.isImageXObject(name)) {
                    return true;
                }
                if (resources.getXObject(name) instanceof PDFormXObject form && hasImage(form.getResources(), depth + 1)) {
                    return true;
                }
            }
            return false;
        }
    }
}
