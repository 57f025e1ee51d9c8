package dev.gouji.read;

import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.TableBuilder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WordprocessingML main part (word/document.xml) into the document model: body paragraphs and
 * tables in order; a paragraph's text from its runs (w:t, w:tab as TAB, w:br and w:cr as line breaks),
 * leaving out deleted text and field instructions; a cell's non-blank paragraphs joined by line breaks, its
 * nested tables kept; gridSpan, vMerge and gridBefore placed on the grid. Content controls (w:sdt) and
 * w:customXml are transparent. DTDs and external entities are refused.
 *
 * <p>Text boxes (w:txbxContent in a DrawingML or VML shape) are read as the blocks that follow the paragraph
 * holding their anchor (in a cell: the cell's next lines). Word writes a text box twice, as mc:Choice and as
 * a VML mc:Fallback; only the choice is read. Images, charts, SmartArt and embedded objects are not read and
 * each leaves a warning. Footnotes and endnotes ({@link #notes}) are read from their own parts.
 */
final class DocxBodyParser {
    private static final XMLInputFactory FACTORY = newFactory();

    /** Elements whose whole subtree holds no body text (properties, drawings, field codes, deletions). */
    private static final Set<String> SKIPPED = Set.of("pPr", "rPr", "tblPr", "tblGrid", "tcPr", "trPr", "sectPr", "sdtPr",
            "sdtEndPr", "delText", "instrText", "del", "moveFrom", "commentReference", "fldData", "tblPrEx");

    /** Elements that hold a graphic: a text box to read, or an image, chart or object to warn about. */
    private static final Set<String> GRAPHICS = Set.of("drawing", "pict", "object", "AlternateContent");

    private final ReadLimits limits;
    private final DocumentBuilder doc;
    private long chars;
    /** Footnote and endnote ids in the order the text refers to them. */
    private final Set<String> footnoteRefs = new LinkedHashSet<>();
    private final Set<String> endnoteRefs = new LinkedHashSet<>();
    /** Set while reading a note: warnings there name the note, as its paragraphs are not yet placed. */
    private String noteContext;

    /** A paragraph's text and the blocks of the text boxes anchored in it (String or TableBuilder). */
    private record Para(String text, List<Object> boxes) {
    }

    DocxBodyParser(ReadLimits limits, DocumentBuilder doc) {
        this.limits = limits;
        this.doc = doc;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    void parse(InputStream xml) throws XMLStreamException, ReadException {
        XMLStreamReader r = reader(xml);
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("body")) {
                    body(r);
                    return;
                }
            }
        } finally {
            r.close();
        }
    }

    private static XMLStreamReader reader(InputStream xml) throws XMLStreamException {
        synchronized (FACTORY) {
            return FACTORY.createXMLStreamReader(xml);
        }
    }

    /** The children of w:body (or of a transparent container in it) up to the container's end tag. */
    private void body(XMLStreamReader r) throws XMLStreamException, ReadException {
        // added as they are read: a warning about an image belongs to the block that follows it
        blocks(r, this::add);
    }

    private void add(List<Object> blocks) {
        blocks.forEach(this::add);
    }

    private void add(Object block) {
        if (block instanceof TableBuilder t) {
            doc.table(t);
        } else {
            doc.paragraph((String) block);
        }
    }

    /**
     * Block content (a text box's w:txbxContent, a footnote) as a list of paragraph texts and tables; the
     * reader ends on the container's end tag.
     */
    private List<Object> blocks(XMLStreamReader r) throws XMLStreamException, ReadException {
        List<Object> out = new ArrayList<>();
        blocks(r, out::add);
        return out;
    }

    /** Paragraph texts, their text boxes after them, and tables, each handed on as it is read. */
    private void blocks(XMLStreamReader r, java.util.function.Consumer<Object> sink) throws XMLStreamException, ReadException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "p" -> {
                        Para p = paragraph(r);
                        sink.accept(p.text());
                        p.boxes().forEach(sink);
                    }
                    case "tbl" -> sink.accept(table(r));
                    case "sdt", "sdtContent", "customXml", "smartTag" -> depth++;
                    default -> skip(r);
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /**
     * Reads a footnotes or endnotes part (w:footnotes, w:endnotes) into a map from note id to its blocks, in
     * the part's order; the separator notes Word keeps there are left out.
     */
    Map<String, List<Object>> notes(InputStream xml, String kind) throws XMLStreamException, ReadException {
        Map<String, List<Object>> notes = new LinkedHashMap<>();
        XMLStreamReader r = reader(xml);
        try {
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = r.getLocalName();
                if (!name.equals("footnote") && !name.equals("endnote")) {
                    continue;
                }
                String type = attribute(r, "type");
                String id = attribute(r, "id");
                if (type != null && !type.equals("normal") || id == null) {
                    skip(r);
                    continue;
                }
                noteContext = kind + " " + id;
                notes.put(id, blocks(r));
                noteContext = null;
            }
        } finally {
            r.close();
        }
        return notes;
    }

    /** Adds the notes of one part after the body: first as the text refers to them, then any left over. */
    void addNotes(Map<String, List<Object>> notes, boolean endnotes) {
        Set<String> order = new LinkedHashSet<>(endnotes ? endnoteRefs : footnoteRefs);
        order.addAll(notes.keySet());
        for (String id : order) {
            List<Object> blocks = notes.get(id);
            if (blocks != null) {
                add(blocks);
            }
        }
    }

    private void warn(String code, String message) {
        if (noteContext != null) {
            doc.warning(code, message + " (in " + noteContext + ")");
        } else {
            doc.warnNext(code, message);
        }
    }

    private TableBuilder table(XMLStreamReader r) throws XMLStreamException, ReadException {
        TableBuilder table = new TableBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "tr" -> row(r, table);
                    case "sdt", "sdtContent", "customXml" -> depth++;
                    default -> skip(r);
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return table;
    }

    private void row(XMLStreamReader r, TableBuilder table) throws XMLStreamException, ReadException {
        table.startRow();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "trPr" -> table.skip(gridBefore(r));
                    case "tc" -> cell(r, table);
                    case "sdt", "sdtContent", "customXml" -> depth++;
                    default -> skip(r);
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    /** w:trPr's w:gridBefore: grid positions left empty at the start of the row. */
    private static int gridBefore(XMLStreamReader r) throws XMLStreamException {
        int before = 0;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                if (r.getLocalName().equals("gridBefore")) {
                    before = Math.max(0, intVal(r, 0));
                }
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return before;
    }

    private void cell(XMLStreamReader r, TableBuilder table) throws XMLStreamException, ReadException {
        int colSpan = 1;
        boolean continues = false;
        List<String> paragraphs = new ArrayList<>();
        List<TableBuilder> nested = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "tcPr" -> {
                        int[] props = cellProperties(r);
                        colSpan = props[0];
                        continues = props[1] == 1;
                    }
                    case "p" -> {
                        Para p = paragraph(r);
                        if (!p.text().isBlank()) {
                            paragraphs.add(p.text());
                        }
                        for (Object b : p.boxes()) {
                            if (b instanceof TableBuilder t) {
                                if (!t.isEmpty()) {
                                    nested.add(t);
                                }
                            } else if (!((String) b).isBlank()) {
                                paragraphs.add((String) b);
                            }
                        }
                    }
                    case "tbl" -> {
                        TableBuilder t = table(r);
                        if (!t.isEmpty()) {
                            nested.add(t);
                        }
                    }
                    case "sdt", "sdtContent", "customXml" -> depth++;
                    default -> skip(r);
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (continues) {
            table.mergedFromAbove(colSpan);
        } else {
            table.cell(String.join("\n", paragraphs), colSpan, 1, nested);
        }
    }

    /** {gridSpan, 1 if vMerge continues the cell above}; a vMerge without w:val continues (schema default). */
    private static int[] cellProperties(XMLStreamReader r) throws XMLStreamException {
        int span = 1;
        int continues = 0;
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "gridSpan" -> span = Math.max(1, intVal(r, 1));
                    case "vMerge" -> {
                        String v = attribute(r, "val");
                        continues = v == null || v.equals("continue") ? 1 : 0;
                    }
                    default -> { }
                }
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return new int[] {span, continues};
    }

    /** A paragraph's text and its text boxes; the reader ends on the paragraph's end tag. */
    private Para paragraph(XMLStreamReader r) throws XMLStreamException, ReadException {
        StringBuilder b = new StringBuilder();
        List<Object> boxes = new ArrayList<>();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (SKIPPED.contains(name)) {
                    skip(r);
                    continue;
                }
                if (GRAPHICS.contains(name)) {
                    graphic(r, boxes);
                    continue;
                }
                switch (name) {
                    case "t" -> {
                        b.append(r.getElementText());
                        continue; // getElementText consumed the end tag
                    }
                    case "tab", "ptab" -> b.append('\t');
                    case "br", "cr" -> b.append('\n');
                    case "noBreakHyphen" -> b.append('-');
                    case "footnoteReference" -> noteRef(r, footnoteRefs);
                    case "endnoteReference" -> noteRef(r, endnoteRefs);
                    default -> { }
                }
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        count(b.length());
        return new Para(b.toString(), boxes);
    }

    private static void noteRef(XMLStreamReader r, Set<String> refs) {
        String id = attribute(r, "id");
        if (id != null) {
            refs.add(id);
        }
    }

    private void count(int n) throws ReadException {
        chars += n;
        if (chars > limits.maxTextChars()) {
            throw ReadFailures.tooMuchText(FileKind.DOCX, limits.maxTextChars());
        }
    }

    /** What a graphic's subtree held besides text boxes. */
    private static final class Seen {
        boolean image;
        boolean chart;
        boolean diagram;
        boolean object;
        String progId;
    }

    /**
     * A w:drawing, w:pict, w:object or mc:AlternateContent: its text boxes' blocks go to {@code boxes}, and
     * what cannot be read (an image, a chart, a SmartArt diagram, an embedded object) leaves a warning for
     * the block that holds it. The reader ends on the element's end tag.
     */
    private void graphic(XMLStreamReader r, List<Object> boxes) throws XMLStreamException, ReadException {
        Seen seen = new Seen();
        seen.object = r.getLocalName().equals("object");
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "txbxContent" -> {
                        boxes.addAll(blocks(r));
                        continue;
                    }
                    case "Fallback" -> {
                        skip(r); // the VML copy of the mc:Choice already read
                        continue;
                    }
                    case "pic", "imagedata" -> seen.image = true;
                    case "chart" -> seen.chart = true;
                    case "relIds" -> seen.diagram = true;
                    case "object" -> seen.object = true;
                    case "OLEObject", "objectEmbed", "objectLink" -> {
                        seen.object = true;
                        String id = attribute(r, "ProgID");
                        seen.progId = id != null ? id : attribute(r, "progId");
                    }
                    default -> { }
                }
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (seen.object) {
            warn("object_skipped", "an embedded object" + (seen.progId == null ? "" : " (" + seen.progId + ")")
                    + " was not read: figures that stand only in it are missing; open it in Word to check them");
        } else if (seen.chart) {
            warn("chart_skipped", "a chart was not read: figures that stand only in it are missing");
        } else if (seen.diagram) {
            warn("diagram_skipped", "a SmartArt diagram was not read: its text is missing");
        } else if (seen.image) {
            warn("image_skipped", "an image was not read (no OCR): text or figures that stand only in it,"
                    + " e.g. a scanned table, are missing");
        }
    }

    /** Skips the current element's subtree; the reader ends on its end tag. */
    private static void skip(XMLStreamReader r) throws XMLStreamException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String attribute(XMLStreamReader r, String localName) {
        for (int i = 0; i < r.getAttributeCount(); i++) {
            if (r.getAttributeLocalName(i).equals(localName)) {
                return r.getAttributeValue(i);
            }
        }
        return null;
    }

    private static int intVal(XMLStreamReader r, int fallback) {
        String v = attribute(r, "val");
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
