package dev.gouji.read;

import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.TableBuilder;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a WordprocessingML main part (word/document.xml) into the document model: body paragraphs and
 * tables in order; a paragraph's text from its runs (w:t, w:tab as TAB, w:br and w:cr as line breaks),
 * leaving out deleted text, field instructions and drawings; a cell's non-blank paragraphs joined by line
 * breaks, its nested tables kept; gridSpan, vMerge and gridBefore placed on the grid. Content controls
 * (w:sdt) and w:customXml are transparent. DTDs and external entities are refused.
 */
final class DocxBodyParser {
    private static final XMLInputFactory FACTORY = newFactory();

    /** Elements whose whole subtree holds no body text (properties, drawings, field codes, deletions). */
    private static final Set<String> SKIPPED = Set.of("pPr", "rPr", "tblPr", "tblGrid", "tcPr", "trPr", "sectPr", "sdtPr",
            "sdtEndPr", "drawing", "pict", "object", "AlternateContent", "delText", "instrText", "del", "moveFrom",
            "footnoteReference", "endnoteReference", "commentReference", "fldData", "tblPrEx");

    private final ReadLimits limits;
    private long chars;

    DocxBodyParser(ReadLimits limits) {
        this.limits = limits;
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }

    void parse(InputStream xml, DocumentBuilder doc) throws XMLStreamException, ReadException {
        XMLStreamReader r;
        synchronized (FACTORY) {
            r = FACTORY.createXMLStreamReader(xml);
        }
        try {
            while (r.hasNext()) {
                if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("body")) {
                    body(r, doc);
                    return;
                }
            }
        } finally {
            r.close();
        }
    }

    /** The children of w:body (or of a transparent container in it) up to the container's end tag. */
    private void body(XMLStreamReader r, DocumentBuilder doc) throws XMLStreamException, ReadException {
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                switch (r.getLocalName()) {
                    case "p" -> doc.paragraph(paragraph(r));
                    case "tbl" -> doc.table(table(r));
                    case "sdt", "sdtContent", "customXml", "smartTag" -> depth++;
                    default -> skip(r);
                }
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
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
                        String t = paragraph(r);
                        if (!t.isBlank()) {
                            paragraphs.add(t);
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

    /** A paragraph's text; the reader ends on the paragraph's end tag. */
    private String paragraph(XMLStreamReader r) throws XMLStreamException, ReadException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        while (depth > 0 && r.hasNext()) {
            int e = r.next();
            if (e == XMLStreamConstants.START_ELEMENT) {
                String name = r.getLocalName();
                if (SKIPPED.contains(name)) {
                    skip(r);
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
                    default -> { }
                }
                depth++;
            } else if (e == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        chars += b.length();
        if (chars > limits.maxTextChars()) {
            throw ReadFailures.tooMuchText(FileKind.DOCX, limits.maxTextChars());
        }
        return b.toString();
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
