package dev.gouji.read;

import dev.gouji.model.DocumentBuilder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays the pages' lines and tables into a document in reading order. Lines wrapped from one to the next
 * are joined into one paragraph: the earlier line runs to the right margin, does not end a sentence (or, in
 * a document that sets its paragraphs apart by space, the next line follows at the paragraph's line
 * spacing), and
 * the next is neither indented nor a heading or list item, nor set apart by space or a different size;
 * lines laid out in columns (rows of an unruled table) are never joined. A
 * table that ends one page and starts the next with the same columns is one table.
 */
final class PdfParagraphs {
    private static final Pattern SENTENCE_END = Pattern.compile(".*[。；：！？.;:!?]\\s*$");
    private static final Pattern MARKER = Pattern.compile(
            "\\s*([一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百\\d]+[)）]|\\d{1,2}[、．]|\\d{1,2}\\.(?!\\d)"
                    + "|第[一二三四五六七八九十百\\d]+[章节条部分]|[①-⑳•●■◆▪]|附[件表录]).*",
            Pattern.DOTALL);

    private final DocumentBuilder doc;
    private final float margin;
    /** The space between two lines of one paragraph when paragraphs are set apart by more; else negative. */
    private final float lineGap;
    private StringBuilder paragraph;
    private int paragraphPage;
    private int page;
    private PdfTextLine last;
    private PdfTable table;

    private PdfParagraphs(DocumentBuilder doc, float margin, float lineGap) {
        this.doc = doc;
        this.margin = margin;
        this.lineGap = lineGap;
    }

    static void lay(List<PdfPageLayout> pages, DocumentBuilder doc) {
        PdfParagraphs p = new PdfParagraphs(doc, rightMargin(pages), lineGap(pages));
        for (int n = 0; n < pages.size(); n++) {
            List<Object> items = pages.get(n).items();
            p.page = n + 1;
            for (int i = 0; i < items.size(); i++) {
                boolean firstOnPage = i == 0;
                if (items.get(i) instanceof PdfTextLine line) {
                    p.line(line, firstOnPage);
                } else {
                    p.table(((PdfTable) items.get(i)).onPage(p.page), firstOnPage);
                }
            }
        }
        p.flushParagraph();
        p.flushTable();
    }

    /**
     * Where body text lines end: most lines of a report are full lines of justified prose, so the upper
     * quartile of the line ends of longer lines.
     */
    private static float rightMargin(List<PdfPageLayout> pages) {
        List<Float> ends = new ArrayList<>();
        for (PdfPageLayout page : pages) {
            for (Object o : page.items()) {
                if (o instanceof PdfTextLine l && !l.columnar() && l.text().strip().length() >= 10) {
                    ends.add(l.right());
                }
            }
        }
        if (ends.isEmpty()) {
            return Float.MAX_VALUE;
        }
        float[] sorted = new float[ends.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = ends.get(i);
        }
        Arrays.sort(sorted);
        return sorted[(int) Math.floor((sorted.length - 1) * 0.75)];
    }

    /**
     * The space between the lines of a paragraph, when the document sets its paragraphs apart by more
     * space than that: the narrowest common gap between consecutive lines of prose (its tenth percentile),
     * provided at least a tenth of the gaps (and three) are clearly wider. -1 when paragraphs are not spaced.
     */
    private static float lineGap(List<PdfPageLayout> pages) {
        List<Float> gaps = new ArrayList<>();
        float size = 0;
        for (PdfPageLayout page : pages) {
            PdfTextLine previous = null;
            for (Object o : page.items()) {
                PdfTextLine line = o instanceof PdfTextLine l && !l.columnar() ? l : null;
                if (line != null && previous != null && Math.abs(line.size() - previous.size()) <= 1f) {
                    gaps.add(line.top() - previous.bottom());
                    size = Math.max(size, line.size());
                }
                previous = line;
            }
        }
        if (gaps.size() < 6) {
            return -1;
        }
        gaps.sort(null);
        float tight = gaps.get(gaps.size() / 10);
        float wide = tight + 0.4f * size;
        long spaced = gaps.stream().filter(g -> g > wide).count();
        return spaced >= 3 && spaced * 10 >= gaps.size() ? tight : -1;
    }

    private void line(PdfTextLine line, boolean firstOnPage) {
        flushTable();
        if (paragraph != null && continues(last, line, firstOnPage)) {
            String t = line.text().strip();
            char end = paragraph.charAt(paragraph.length() - 1);
            if ((latin(end) || ".,;:!?)".indexOf(end) >= 0) && latin(t.charAt(0))) { // Latin words and sentences
                paragraph.append(' ');
            }
            paragraph.append(t);
        } else {
            flushParagraph();
            paragraph = new StringBuilder(line.text().strip());
            paragraphPage = page;
        }
        last = line;
    }

    /**
     * Whether {@code next} continues the paragraph {@code previous} ends: the earlier line was wrapped (it
     * reaches the right margin, give or take the few characters a line breaks early to keep a number or
     * punctuation together) and does not end a sentence or clause, and {@code next} starts no new paragraph
     * (indent, heading or list marker, another size, space above it).
     */
    private boolean continues(PdfTextLine previous, PdfTextLine next, boolean nextPage) {
        float size = previous.size();
        float slack = Math.max(3 * size, PdfTextLine.firstWordWidth(next.text().strip(), size) + size);
        // where paragraphs are set apart by space, a line at the paragraph's own line spacing continues it
        // even after a full stop that happened to fall at the end of a full line
        boolean tight = !nextPage && lineGap >= 0 && next.top() - previous.bottom() <= lineGap + 0.25f * size;
        if (previous.columnar() || next.columnar() || previous.right() < margin - slack
                || !tight && SENTENCE_END.matcher(previous.text()).matches()
                || MARKER.matcher(next.text()).matches()
                || next.left() > previous.left() + 0.6f * size || Math.abs(next.size() - size) > 1f) {
            return false;
        }
        return nextPage || next.top() - previous.bottom() <= 1.2f * size;
    }

    private void table(PdfTable next, boolean firstOnPage) {
        flushParagraph();
        if (table != null && firstOnPage && table.continuedBy(next)) {
            table = table.append(next);
            return;
        }
        flushTable();
        table = next;
    }

    private void flushParagraph() {
        if (paragraph != null) {
            doc.paragraph(paragraph.toString(), paragraphPage);
            paragraph = null;
            last = null;
        }
    }

    private void flushTable() {
        if (table != null) {
            doc.table(table.toBuilder());
            table = null;
        }
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
