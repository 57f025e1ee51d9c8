package dev.gouji.read;

import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.TableBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;

/**
 * Word 97-2003 reports through POI HWPF: paragraphs in order, table paragraphs grouped into tables. Word
 * 97 stores a horizontally merged cell as one wider cell, so column spans come from the cells' edges laid
 * on a grid built from every row's edges; vertical merges come from the vMerge flags. A table nested in a
 * cell is not rebuilt: its text joins the outer cell's text.
 */
public final class DocReader implements DocumentReader {
    /** Edges closer than this (in twips, 1/1440 inch) are taken for the same grid line. */
    private static final int EDGE_TOLERANCE = 30;

    @Override
    public String format() {
        return "doc";
    }

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        HWPFDocument word = open(content);
        try {
            Range range = word.getRange();
            if (range.text().length() > limits.maxTextChars()) {
                throw ReadFailures.tooMuchText(FileKind.DOC, limits.maxTextChars());
            }
            DocumentBuilder doc = new DocumentBuilder(format());
            int n = range.numParagraphs();
            boolean flattening = false;
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (!p.isInTable()) {
                    flattening = false;
                    doc.paragraph(clean(p.text()));
                    continue;
                }
                Table table;
                try {
                    table = range.getTable(p);
                } catch (RuntimeException badTableMarks) {
                    // table marks HWPF cannot pair up: keep the text rather than lose the whole document
                    if (!flattening) {
                        doc.warnNext("table_flattened", "a table could not be rebuilt (its cell and row marks do not"
                                + " pair up): its cells were read as paragraphs from here on, one per cell, so figures"
                                + " lost their row and column; check them against the table in Word");
                        flattening = true;
                    }
                    doc.paragraph(clean(p.text()));
                    continue;
                }
                flattening = false;
                if (hasNestedTable(range, i, table)) {
                    doc.warnNext("nested_table_flattened", "a table nested in a cell of this table was read as that"
                            + " cell's text, its rows and columns joined by line breaks");
                }
                doc.table(table(table));
                while (i + 1 < n && range.getParagraph(i + 1).isInTable()
                        && range.getParagraph(i + 1).getStartOffset() < table.getEndOffset()) {
                    i++;
                }
            }
            try {
                unreadStories(word, doc);
            } catch (RuntimeException e) {
                // the main text is read: a story table HWPF cannot follow must not cost the whole document
                doc.warning("parts_unchecked", "could not check the file for footnotes, text boxes and images ("
                        + e.getClass().getSimpleName() + "); some of them may be missing from this record");
            }
            Document result = doc.build();
            if (result.blocks().isEmpty()) {
                throw new ReadException(ErrorCode.EMPTY, "the Word document has no text");
            }
            return result;
        } finally {
            try {
                word.close();
            } catch (IOException ignored) {
                // nothing was written; closing only releases buffers
            }
        }
    }

    /**
     * Warnings for the parts of a Word 97 file outside the main text that are not read: footnotes, endnotes,
     * text boxes (headers and footers are left out on purpose, as for .docx), and images.
     */
    private static void unreadStories(HWPFDocument word, DocumentBuilder doc) {
        String saveAs = "; open the file in Word and save it as .docx, whose footnotes and text boxes are read";
        int footnotes = textLength(word.getFootnoteRange());
        if (footnotes > 0) {
            doc.warning("footnotes_skipped", "the footnotes (" + footnotes + " characters) were not read" + saveAs);
        }
        int endnotes = textLength(word.getEndnoteRange());
        if (endnotes > 0) {
            doc.warning("endnotes_skipped", "the endnotes (" + endnotes + " characters) were not read" + saveAs);
        }
        int boxes = textLength(word.getMainTextboxRange());
        if (boxes > 0) {
            doc.warning("text_box_skipped", "the text boxes (" + boxes + " characters) were not read" + saveAs);
        }
        int pictures = word.getPicturesTable().getAllPictures().size();
        if (pictures > 0) {
            doc.warning("image_skipped", pictures + (pictures == 1 ? " image was" : " images were")
                    + " not read (no OCR): text or figures that stand only in them, e.g. a scanned table, are missing");
        }
    }

    /** Characters of text in a story, control characters and blanks left out; 0 when the file has none. */
    private static int textLength(Range story) {
        if (story == null) {
            return 0;
        }
        String t = clean(story.text());
        return (int) t.codePoints().filter(c -> !Character.isWhitespace(c)).count();
    }

    /** Whether a paragraph of {@code table} (which starts at paragraph {@code first}) lies in a deeper table. */
    private static boolean hasNestedTable(Range range, int first, Table table) {
        int n = range.numParagraphs();
        for (int i = first; i < n; i++) {
            Paragraph p = range.getParagraph(i);
            if (!p.isInTable() || p.getStartOffset() >= table.getEndOffset()) {
                return false;
            }
            if (p.getTableLevel() > 1) {
                return true;
            }
        }
        return false;
    }

    private static HWPFDocument open(byte[] content) throws ReadException {
        try {
            return new HWPFDocument(new ByteArrayInputStream(content));
        } catch (OldWordFileFormatException e) {
            throw new ReadException(ErrorCode.UNSUPPORTED,
                    "a Word 6/95 document, older than Word 97; open it in Word and save it as .docx", e);
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.classify(FileKind.DOC, e);
        }
    }

    private static TableBuilder table(Table table) {
        List<Integer> grid = gridLines(table);
        TableBuilder tb = new TableBuilder();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            tb.startRow();
            List<Slot> slots = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int span = Math.max(1, column(grid, cell.getLeftEdge() + cell.getWidth())
                        - column(grid, cell.getLeftEdge()));
                Slot last = slots.isEmpty() ? null : slots.get(slots.size() - 1);
                if (cell.isMerged() && !cell.isFirstMerged() && last != null) {
                    last.span += span; // legacy horizontal merge: the flagged cell continues the one on its left
                    continue;
                }
                boolean continued = cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged();
                slots.add(new Slot(continued ? null : cellText(cell), span));
            }
            for (Slot s : slots) {
                if (s.text == null) {
                    tb.mergedFromAbove(s.span);
                } else {
                    tb.cell(s.text, s.span, 1);
                }
            }
        }
        return tb;
    }

    private static final class Slot {
        final String text;
        int span;

        Slot(String text, int span) {
            this.text = text;
            this.span = span;
        }
    }

    private static List<Integer> gridLines(Table table) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> lines = new ArrayList<>();
        for (int e : edges) {
            if (lines.isEmpty() || e - lines.get(lines.size() - 1) > EDGE_TOLERANCE) {
                lines.add(e);
            }
        }
        return lines;
    }

    /** Index of the grid line nearest to {@code edge}. */
    private static int column(List<Integer> grid, int edge) {
        int best = 0;
        for (int i = 1; i < grid.size(); i++) {
            if (Math.abs(grid.get(i) - edge) < Math.abs(grid.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }

    private static String cellText(TableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cell.numParagraphs(); i++) {
            String t = clean(cell.getParagraph(i).text());
            if (!t.isBlank()) {
                if (sb.length() > 0) {
                    sb.append('\n');
                }
                sb.append(t);
            }
        }
        return sb.toString();
    }

    /**
     * Drops Word's field instructions (between U+0013 and U+0014, or U+0015 when there is no result) while
     * keeping the field result, turns the vertical tab (a manual line break) into '\n', and removes the
     * cell and row marks (U+0007) and other control characters.
     */
    static String clean(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        // per open field: true while inside its instruction part
        java.util.ArrayDeque<Boolean> fields = new java.util.ArrayDeque<>();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u0013' -> fields.push(Boolean.TRUE);
                case '\u0014' -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                        fields.push(Boolean.FALSE);
                    }
                }
                case '\u0015' -> {
                    if (!fields.isEmpty()) {
                        fields.pop();
                    }
                }
                default -> {
                    if (fields.contains(Boolean.TRUE)) {
                        continue;
                    }
                    if (c == '\u000b' || c == '\r' || c == '\n') {
                        out.append('\n');
                    } else if (c == '\t') {
                        out.append('\t');
                    } else if (c >= ' ' && c != '\u007f') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString().strip();
    }
}
