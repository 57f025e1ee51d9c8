package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

/** Geometry of PDF reading on small generated pages (ASCII text, so no CJK font is needed). */
class PdfTableReadingTest {
    private static final PDType1Font FONT = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private static final float TOP = 800;

    @Test
    void ruledGridBecomesTableWithMergedCells() throws Exception {
        byte[] pdf = pdf(page -> {
            page.text(60, 780, "Budget table");
            // 3 columns x 3 rows; the header's right two cells are one (no boundary at x=200 in row 0)
            float[] xs = {60, 140, 200, 260};
            float[] ys = {760, 740, 720, 700};
            page.hline(ys[0], xs[0], xs[3]);
            page.hline(ys[1], xs[0], xs[3]);
            page.hline(ys[2], xs[0], xs[3]);
            page.hline(ys[3], xs[0], xs[3]);
            page.vline(xs[0], ys[0], ys[3]);
            page.vline(xs[1], ys[0], ys[3]);
            page.vline(xs[2], ys[1], ys[3]);
            page.vline(xs[3], ys[0], ys[3]);
            page.text(65, 746, "Item");
            page.text(145, 746, "Amount");
            page.text(65, 726, "Total");
            page.text(145, 726, "100");
            page.text(205, 726, "90");
            page.text(65, 706, "Basic");
            page.text(145, 706, "60");
            page.text(205, 706, "55");
            page.text(60, 680, "Closing words.");
        });
        Document d = read(pdf);
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        assertEquals(3, t.columnCount());
        Cell amount = t.rows().get(0).get(1);
        assertEquals("Amount", amount.normalized());
        assertEquals(2, amount.colSpan());
        assertEquals("90", t.cellAt(1, 2).orElseThrow().normalized());
        assertEquals("Basic", t.cellAt(2, 0).orElseThrow().normalized());
        List<String> paragraphs = d.paragraphs().stream().map(p -> p.text().normalized()).toList();
        assertEquals(List.of("Budget table", "Closing words."), paragraphs);
        assertTrue(d.blocks().indexOf(t) == 1, "the table stands between the paragraphs it is drawn between");
    }

    @Test
    void cellMergedDownAndWrappedTextIsOneCell() throws Exception {
        byte[] pdf = pdf(page -> {
            float[] xs = {60, 140, 220};
            float[] ys = {760, 730, 700};
            page.hline(ys[0], xs[0], xs[2]);
            page.hline(ys[1], xs[1], xs[2]); // no boundary under the left cell: it spans both rows
            page.hline(ys[2], xs[0], xs[2]);
            for (float x : xs) {
                page.vline(x, ys[0], ys[2]);
            }
            page.text(65, 745, "Output");
            page.text(65, 733, "targets");
            page.text(145, 742, "A");
            page.text(145, 712, "B");
        });
        Table t = read(pdf).tables().get(0);
        Cell left = t.rows().get(0).get(0);
        assertEquals("Output targets", left.normalized());
        assertEquals(2, left.rowSpan());
        assertEquals("B", t.cellAt(1, 1).orElseThrow().normalized());
    }

    @Test
    void filledThinRectanglesAndDoubleBordersAreRulings() throws Exception {
        byte[] pdf = pdf(page -> {
            float[] xs = {60, 140, 220};
            float[] ys = {760, 740, 720};
            for (float y : ys) {
                page.bar(xs[0], y - 0.3f, xs[2] - xs[0], 0.6f);
                page.bar(xs[0], y + 0.5f, xs[2] - xs[0], 0.6f); // a second hairline: a double border
            }
            for (float x : xs) {
                page.bar(x - 0.3f, ys[2], 0.6f, ys[0] - ys[2]);
            }
            page.text(65, 746, "a");
            page.text(145, 746, "b");
            page.text(65, 726, "c");
            page.text(145, 726, "d");
        });
        Table t = read(pdf).tables().get(0);
        assertEquals(2, t.columnCount());
        assertEquals(2, t.rows().size());
        assertEquals("d", t.cellAt(1, 1).orElseThrow().normalized());
    }

    @Test
    void tableContinuedOnNextPageIsOneTableWithoutItsRepeatedHeader() throws Exception {
        float[] xs = {60, 160, 260};
        PageDrawer first = page -> {
            page.text(60, 780, "Table 1");
            grid(page, xs, new float[] {760, 740, 720}, new String[][] {{"Name", "Value"}, {"alpha", "1"}});
            page.text(280, 30, "1");
        };
        PageDrawer second = page -> {
            grid(page, xs, new float[] {800, 780, 760}, new String[][] {{"Name", "Value"}, {"beta", "2"}});
            page.text(60, 740, "After the table.");
            page.text(280, 30, "2");
        };
        Document d = read(pdf(first, second));
        assertEquals(1, d.tables().size());
        Table t = d.tables().get(0);
        assertEquals(3, t.rows().size());
        assertEquals("beta", t.cellAt(2, 0).orElseThrow().normalized());
        List<String> paragraphs = d.paragraphs().stream().map(p -> p.text().normalized()).toList();
        assertEquals(List.of("Table 1", "After the table."), paragraphs, "page numbers are no content");
        assertEquals(1, t.page(), "a table starts on the page of its first row");
        assertEquals(1, t.cellAt(1, 1).orElseThrow().text().page());
        assertEquals(2, t.cellAt(2, 1).orElseThrow().text().page(), "a row continued on the next page is on that page");
        assertEquals(List.of(1, 2), d.paragraphs().stream().map(p -> p.page()).toList());
    }

    @Test
    void rowSplitByThePageBreakIsOneRow() throws Exception {
        float[] xs = {60, 160, 220};
        // the indicator's name wraps in its 100-point cell the way a layout engine wraps it, and the page
        // ends after its first two lines: the rest of the row opens the next page, its figure cell empty
        List<String> lines = wrap("Share of residents satisfied with the public health services of the county", 90);
        String above = String.join(" ", lines.subList(0, 2));
        String below = String.join(" ", lines.subList(2, lines.size()));
        PageDrawer first = page -> {
            page.hline(760, xs[0], xs[2]);
            page.hline(740, xs[0], xs[2]);
            page.hline(700, xs[0], xs[2]);
            for (float x : xs) {
                page.vline(x, 760, 700);
            }
            page.text(65, 746, "Indicator");
            page.text(165, 746, "Actual");
            page.text(65, 726, lines.get(0));
            page.text(65, 714, lines.get(1));
            page.text(165, 726, "91.7%");
        };
        float rest = 800 - 12 * (lines.size() - 2) - 8;
        PageDrawer second = page -> {
            page.hline(800, xs[0], xs[2]);
            page.hline(rest, xs[0], xs[2]);
            page.hline(rest - 20, xs[0], xs[2]);
            for (float x : xs) {
                page.vline(x, 800, rest - 20);
            }
            for (int i = 2; i < lines.size(); i++) {
                page.text(65, 788 - 12 * (i - 2), lines.get(i));
            }
            page.text(65, rest - 14, "Coverage");
            page.text(165, rest - 14, "88%");
        };
        Table t = read(pdf(first, second)).tables().get(0);
        assertEquals(3, t.rowCount(), "header, the split row once, the next row");
        assertEquals(above + " " + below, t.textAt(1, 0));
        assertEquals("91.7%", t.textAt(1, 1));
        assertEquals(1, t.cellAt(1, 1).orElseThrow().rowSpan());
        assertEquals("Coverage", t.textAt(2, 0));
        assertEquals("88%", t.textAt(2, 1));
    }

    @Test
    void newRowAtThePageTopKeepsItsEmptyFigureCell() throws Exception {
        float[] xs = {60, 160, 220};
        PageDrawer first = page -> grid(page, xs, new float[] {760, 740, 720},
                new String[][] {{"Item", "Amount"}, {"Travel", "3.86"}});
        PageDrawer second = page -> grid(page, xs, new float[] {800, 780, 760},
                new String[][] {{"Conferences", ""}, {"Training", "1.20"}});
        Table t = read(pdf(first, second)).tables().get(0);
        assertEquals(4, t.rowCount());
        assertEquals("3.86", t.textAt(1, 1));
        assertEquals(1, t.cellAt(1, 1).orElseThrow().rowSpan(), "the figure above does not reach into the new row");
        assertEquals("", t.textAt(2, 1));
        assertEquals("Conferences", t.textAt(2, 0));
    }

    /** Words greedily set in lines of at most {@code width} points (the test font at 10 points). */
    private static List<String> wrap(String text, float width) throws IOException {
        List<String> lines = new java.util.ArrayList<>();
        String line = "";
        for (String word : text.split(" ")) {
            String longer = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && FONT.getStringWidth(longer) / 1000 * 10 > width) {
                lines.add(line);
                line = word;
            } else {
                line = longer;
            }
        }
        lines.add(line);
        return lines;
    }

    @Test
    void whereParagraphsAreSpacedAFullStopAtAFullLineEndDoesNotEndTheParagraph() throws Exception {
        byte[] pdf = pdf(page -> {
            page.text(60, 760, "The office audited forty projects and saved the county much money.");
            page.text(60, 746, "Most of the savings came from road works and from the new schools,");
            page.text(60, 732, "as the table shows.");
            page.text(60, 706, "The second paragraph starts here after a wider space between them");
            page.text(60, 692, "and it goes on for one more line of text before it ends right here.");
            page.text(60, 666, "A third paragraph stands apart from the others by the same space.");
            page.text(60, 652, "Closing words.");
            page.text(60, 626, "A fourth one.");
        });
        List<String> paragraphs = read(pdf).paragraphs().stream().map(p -> p.text().normalized()).toList();
        assertEquals(List.of("The office audited forty projects and saved the county much money. Most of the savings came "
                        + "from road works and from the new schools, as the table shows.",
                "The second paragraph starts here after a wider space between them and it goes on for one more line "
                        + "of text before it ends right here.",
                "A third paragraph stands apart from the others by the same space. Closing words.",
                "A fourth one."), paragraphs);
    }

    @Test
    void wrappedLinesJoinButSentenceEndsAndHeadingsDoNot() throws Exception {
        byte[] pdf = pdf(page -> {
            page.text(60, 780, "1. Heading");
            page.text(60, 760, "The department spent the budget of the year on roads and bridges in");
            page.text(60, 746, "the county, and on buses.");
            page.text(60, 726, "The second paragraph has a full first line that ends the sentence.");
            page.text(60, 712, "So this line starts a new one.");
        });
        List<String> paragraphs = read(pdf).paragraphs().stream().map(p -> p.text().normalized()).toList();
        assertEquals(List.of("1. Heading",
                "The department spent the budget of the year on roads and bridges in the county, and on buses.",
                "The second paragraph has a full first line that ends the sentence.",
                "So this line starts a new one."), paragraphs);
    }

    @Test
    void runningHeaderRepeatedOnEveryPageIsDropped() throws Exception {
        PageDrawer[] pages = new PageDrawer[3];
        for (int i = 0; i < pages.length; i++) {
            int n = i + 1;
            pages[i] = page -> {
                page.text(60, 820, "County Report 2023");
                page.text(60, 700, "Body text of page " + n + ".");
                page.text(260, 20, "- " + n + " -");
            };
        }
        List<String> paragraphs = read(pdf(pages)).paragraphs().stream().map(p -> p.text().normalized()).toList();
        assertEquals(List.of("Body text of page 1.", "Body text of page 2.", "Body text of page 3."), paragraphs);
    }

    @Test
    void aFrameAroundTextIsNoTable() throws Exception {
        byte[] pdf = pdf(page -> {
            page.hline(790, 50, 300);
            page.hline(600, 50, 300);
            page.vline(50, 600, 790);
            page.vline(300, 600, 790);
            page.text(60, 770, "Framed note.");
        });
        Document d = read(pdf);
        assertTrue(d.tables().isEmpty());
        assertEquals("Framed note.", d.paragraphs().get(0).text().normalized());
    }

    private static void grid(Page page, float[] xs, float[] ys, String[][] texts) throws IOException {
        for (float y : ys) {
            page.hline(y, xs[0], xs[xs.length - 1]);
        }
        for (float x : xs) {
            page.vline(x, ys[0], ys[ys.length - 1]);
        }
        for (int r = 0; r < texts.length; r++) {
            for (int c = 0; c < texts[r].length; c++) {
                page.text(xs[c] + 5, ys[r + 1] + 6, texts[r][c]);
            }
        }
    }

    private static Document read(byte[] pdf) throws ReadException {
        return new PdfReader().read(pdf, PipelineConfig.defaults().readLimits());
    }

    interface PageDrawer {
        void draw(Page page) throws IOException;
    }

    /** Drawing helpers in PDF coordinates (y up). */
    record Page(PDPageContentStream cs) {
        void text(float x, float y, String s) throws IOException {
            cs.beginText();
            cs.setFont(FONT, 10);
            cs.newLineAtOffset(x, y);
            cs.showText(s);
            cs.endText();
        }

        void hline(float y, float x1, float x2) throws IOException {
            cs.moveTo(x1, y);
            cs.lineTo(x2, y);
            cs.stroke();
        }

        void vline(float x, float y1, float y2) throws IOException {
            cs.moveTo(x, y1);
            cs.lineTo(x, y2);
            cs.stroke();
        }

        void bar(float x, float y, float w, float h) throws IOException {
            cs.addRect(x, y, w, h);
            cs.fill();
        }
    }

    private static byte[] pdf(PageDrawer... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (PageDrawer drawer : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    drawer.draw(new Page(cs));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
