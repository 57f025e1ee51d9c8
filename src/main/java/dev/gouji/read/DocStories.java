package dev.gouji.read;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.FIBFieldHandler;
import org.apache.poi.hwpf.model.GenericPropertyNode;
import org.apache.poi.hwpf.model.PlexOfCps;
import org.apache.poi.hwpf.usermodel.OfficeDrawing;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.util.LittleEndian;

/**
 * The text of a Word 97 file outside its main story, as paragraph texts: its text boxes, each by the drawing
 * shape that holds it (so the reader can put it where the shape is anchored), and its footnotes and endnotes in
 * note order. A Word 97 file keeps all text boxes in one story; the table {@code PlcftxbxTxt} (located through
 * the FIB, which POI parses but does not expose) cuts it into boxes and names each box's shape.
 */
final class DocStories {
    /** Where the FIB's FibRgFcLcb pairs start in the WordDocument stream, and where their count stands. */
    private static final int FC_LCB_START = 154;
    private static final int FC_LCB_COUNT = 152;
    /** Size of an FTXBXS, the data of one PlcftxbxTxt entry, and where its lid (the shape id) stands. */
    private static final int FTXBXS_SIZE = 22;
    private static final int FTXBXS_LID = 14;

    private final HWPFDocument word;

    DocStories(HWPFDocument word) {
        this.word = word;
    }

    /** A text box's paragraphs, and the drawing shape it belongs to (null when the file does not say). */
    record TextBox(Integer shapeId, List<String> paragraphs) {
    }

    /**
     * The text boxes of the main document in story order; a file whose box table cannot be read gives the whole
     * story as one box without a shape.
     */
    List<TextBox> textBoxes() {
        Range story = word.getMainTextboxRange();
        if (story == null || story.text().isBlank()) {
            return List.of();
        }
        Map<Integer, int[]> bounds = boxBounds();
        List<TextBox> boxes = new ArrayList<>();
        if (bounds.isEmpty()) {
            List<String> all = paragraphs(story, 0, Integer.MAX_VALUE);
            return all.isEmpty() ? List.of() : List.of(new TextBox(null, all));
        }
        for (Map.Entry<Integer, int[]> b : bounds.entrySet()) {
            List<String> text = paragraphs(story, b.getValue()[0], b.getValue()[1]);
            if (!text.isEmpty()) {
                boxes.add(new TextBox(b.getKey(), text));
            }
        }
        return boxes;
    }

    /** The shape anchored at a character position of the main text, or null (also when the shape table is damaged). */
    Integer shapeAt(int characterPosition) {
        try {
            OfficeDrawing d = word.getOfficeDrawingsMain().getOfficeDrawingAt(characterPosition);
            return d == null ? null : d.getShapeId();
        } catch (RuntimeException damaged) {
            return null; // the box is then read after the body
        }
    }

    List<String> footnotes() {
        return notes(word.getFootnoteRange());
    }

    List<String> endnotes() {
        return notes(word.getEndnoteRange());
    }

    /** Characters of text in the stories read here, for the text limit. */
    int length() {
        return length(word.getMainTextboxRange()) + length(word.getFootnoteRange()) + length(word.getEndnoteRange());
    }

    private static int length(Range r) {
        return r == null ? 0 : r.text().length();
    }

    /** Each box's [start, end) in the text box story, by shape id, in story order; empty when unreadable. */
    private Map<Integer, int[]> boxBounds() {
        byte[] main = word.getMainStream();
        byte[] table = word.getTableStream();
        int pair = FC_LCB_START + FIBFieldHandler.PLCFTXBXTXT * 8;
        Map<Integer, int[]> bounds = new LinkedHashMap<>();
        if (main.length < pair + 8 || LittleEndian.getUShort(main, FC_LCB_COUNT) <= FIBFieldHandler.PLCFTXBXTXT) {
            return bounds;
        }
        int fc = LittleEndian.getInt(main, pair);
        int lcb = LittleEndian.getInt(main, pair + 4);
        if (lcb <= 0 || fc < 0 || fc > table.length - lcb) {
            return bounds;
        }
        PlexOfCps plex = new PlexOfCps(table, fc, lcb, FTXBXS_SIZE);
        // the last entry is a sentinel that holds no box
        for (int i = 0; i < plex.length() - 1; i++) {
            GenericPropertyNode node = plex.getProperty(i);
            byte[] data = node.getBytes();
            if (data.length >= FTXBXS_LID + 4) {
                bounds.putIfAbsent(LittleEndian.getInt(data, FTXBXS_LID), new int[] {node.getStart(), node.getEnd()});
            }
        }
        return bounds;
    }

    /** Texts of the story's paragraphs that start in [from, to) of the story, blank ones left out. */
    private static List<String> paragraphs(Range story, int from, int to) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < story.numParagraphs(); i++) {
            Paragraph p = story.getParagraph(i);
            int at = p.getStartOffset() - story.getStartOffset();
            if (at >= from && at < to) {
                String t = DocReader.clean(p.text());
                if (!t.isBlank()) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    /** A note story's paragraphs; the note's own number (an auto-numbered mark, U+0002) is dropped by clean. */
    private static List<String> notes(Range story) {
        return story == null ? List.of() : paragraphs(story, 0, Integer.MAX_VALUE);
    }
}
