package dev.gouji.read;

import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.TableBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * cell is not rebuilt: its text joins the outer cell's text. Text boxes are read as the paragraphs that follow
 * the paragraph their shape is anchored in (as for .docx), footnotes and then endnotes after the body
 * ({@link DocStories}); headers and footers are left out.
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
            DocStories stories = new DocStories(word);
            DocumentBuilder doc = new DocumentBuilder(format());
            Map<Integer, DocStories.TextBox> boxes = new LinkedHashMap<>();
            List<String> footnotes = List.of();
            List<String> endnotes = List.of();
            try {
                if (range.text().length() + stories.length() > limits.maxTextChars()) {
                    throw ReadFailures.tooMuchText(FileKind.DOC, limits.maxTextChars());
                }
                int unanchored = -1;
                for (DocStories.TextBox box : stories.textBoxes()) {
                    boxes.put(box.shapeId() != null ? box.shapeId() : unanchored--, box);
                }
                footnotes = stories.footnotes();
                endnotes = stories.endnotes();
            } catch (RuntimeException e) {
                // the main text can still be read: a story HWPF cannot follow must not cost the whole document
                doc.warning("parts_unchecked", "could not read the text boxes, footnotes and endnotes ("
                        + e.getClass().getSimpleName() + "); text or figures in them are missing from this record");
            }
            int n = range.numParagraphs();
            boolean flattening = false;
            for (int i = 0; i < n; i++) {
                Paragraph p = range.getParagraph(i);
                if (!p.isInTable()) {
                    flattening = false;
                    String text = p.text();
                    doc.paragraph(clean(text));
                    anchoredBoxes(text, p.getStartOffset(), stories, boxes).forEach(doc::paragraph);
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
            // boxes whose shape is not anchored in a body paragraph (in a table cell, or not found), then the notes
            boxes.values().forEach(box -> box.paragraphs().forEach(doc::paragraph));
            footnotes.forEach(doc::paragraph);
            endnotes.forEach(doc::paragraph);
            try {
                unreadImages(word, doc);
            } catch (RuntimeException e) {
                doc.warning("parts_unchecked", "could not check the file for images ("
                        + e.getClass().getSimpleName() + "); text or figures that stand only in images may be missing");
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
     * The paragraphs of the text boxes whose shapes are anchored in a paragraph (U+0008 marks an anchor), taken
     * out of {@code boxes} so that each is read once.
     */
    private static List<String> anchoredBoxes(String text, int start, DocStories stories,
            Map<Integer, DocStories.TextBox> boxes) {
        if (boxes.isEmpty() || text.indexOf('\u0008') < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int at = text.indexOf('\u0008'); at >= 0; at = text.indexOf('\u0008', at + 1)) {
            Integer shape = stories.shapeAt(start + at);
            DocStories.TextBox box = shape == null ? null : boxes.remove(shape);
            if (box != null) {
                out.addAll(box.paragraphs());
            }
        }
        return out;
    }

    /** A warning for the images of a Word 97 file, which are not read (no OCR). */
    private static void unreadImages(HWPFDocument word, DocumentBuilder doc) {
        int pictures = word.getPicturesTable().getAllPictures().size();
        if (pictures > 0) {
            doc.warning("image_skipped", pictures + (pictures == 1 ? " image was" : " images were")
                    + " not read (no OCR): text or figures that stand only in them, e.g. a scanned table, are missing");
        }
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
