package dev.gouji.read;

import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.TableBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDecimalNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Word 2007+ (.docx) reports. The body is walked in document order; paragraphs keep their run text (line
 * breaks as '\n'), tables become cells on a grid from gridSpan (column spans), vMerge (row spans) and
 * gridBefore/gridAfter (empty grid positions). Content inside structured document tags (w:sdt) and
 * w:customXml is read like the body around it. Headers and footers are skipped: they repeat on every page
 * and hold no figures.
 *
 * <p>The walk goes over the XML rather than {@code XWPFDocument.getBodyElements()} because POI exposes
 * an {@code XWPFSDT}'s content only as flat text, which would lose the tables inside content controls.
 */
public final class DocxReader implements DocumentReader {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        if (content.length == 0) {
            throw new ReadException(ErrorCode.EMPTY, "the file is empty (0 bytes); check the source archive for a complete copy");
        }
        if (isOle2(content)) {
            throw ole2(content);
        }
        applyZipLimits(limits);
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(content))) {
            Walk walk = new Walk(docx, limits);
            DocumentBuilder doc = new DocumentBuilder(format());
            walk.body(docx.getDocument().getBody(), doc);
            return doc.build();
        } catch (ReadException e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw encrypted(e);
        } catch (IOException | RuntimeException e) {
            throw classify(e);
        }
    }

    // ZipSecureFile's limits are JVM-wide statics; every read sets them from its own limits.
    private static synchronized void applyZipLimits(ReadLimits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxCompressionRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnzippedBytes());
    }

    private static ReadException classify(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("zip bomb")) {
                return new ReadException(ErrorCode.TOO_LARGE,
                        "the .docx package inflates far beyond its size (a zip bomb or a hugely padded file); "
                                + "ask the department for a normally saved copy, or raise read.max_unzipped_bytes / "
                                + "read.max_compression_ratio if the file is trusted", e);
            }
            if (t instanceof EncryptedDocumentException) {
                return encrypted(t);
            }
        }
        String what = e instanceof NotOfficeXmlFileException
                ? "the file is not a Word package (" + e.getMessage() + ")"
                : "the Word package is damaged (" + e + ")";
        return new ReadException(ErrorCode.CORRUPT,
                what + "; the file is truncated or broken: get a fresh copy, or open it in Word and save it again", e);
    }

    private static ReadException encrypted(Throwable cause) {
        return new ReadException(ErrorCode.ENCRYPTED,
                "the document is password-protected; ask the department for an unprotected copy", cause);
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
    }

    /** An encrypted .docx is an OLE2 file holding EncryptedPackage; any other OLE2 file is a Word 97 file. */
    private static ReadException ole2(byte[] content) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (fs.getRoot().hasEntry("EncryptedPackage") || fs.getRoot().hasEntry("EncryptionInfo")) {
                return encrypted(null);
            }
            return new ReadException(ErrorCode.UNSUPPORTED,
                    "the file is an Office 97 (OLE2) file, not a .docx package; read it as .doc or save it as .docx");
        } catch (IOException | RuntimeException e) {
            return new ReadException(ErrorCode.CORRUPT,
                    "the Office 97 file structure is damaged (" + e.getMessage() + "); re-export it from Word", e);
        }
    }

    /** One document's walk; counts text so that an oversized document is refused early. */
    private static final class Walk {
        private final XWPFDocument docx;
        private final ReadLimits limits;
        private long chars;

        Walk(XWPFDocument docx, ReadLimits limits) {
            this.docx = docx;
            this.limits = limits;
        }

        /** Body-level content: w:body, w:sdtContent, w:customXml. */
        void body(XmlObject container, DocumentBuilder doc) throws ReadException {
            for (XmlObject child : children(container)) {
                switch (localName(child)) {
                    case "p" -> doc.paragraph(text((CTP) child));
                    case "tbl" -> doc.table(table((CTTbl) child));
                    case "sdt", "customXml" -> body(content(child), doc);
                    default -> { } // sectPr, bookmarks, proofing marks
                }
            }
        }

        TableBuilder table(CTTbl tbl) throws ReadException {
            TableBuilder table = new TableBuilder();
            for (XmlObject child : children(tbl)) {
                rows(child, table);
            }
            return table;
        }

        private void rows(XmlObject node, TableBuilder table) throws ReadException {
            switch (localName(node)) {
                case "tr" -> row((CTRow) node, table);
                case "sdt", "customXml" -> {
                    for (XmlObject c : children(content(node))) {
                        rows(c, table);
                    }
                }
                default -> { }
            }
        }

        private void row(CTRow tr, TableBuilder table) throws ReadException {
            table.startRow();
            CTTrPr trPr = tr.getTrPr();
            table.skip(firstVal(trPr == null ? null : trPr.getGridBeforeArray()));
            for (XmlObject child : children(tr)) {
                cells(child, table);
            }
            // gridAfter: trailing empty positions need no marker, the row simply ends
        }

        private void cells(XmlObject node, TableBuilder table) throws ReadException {
            switch (localName(node)) {
                case "tc" -> cell((CTTc) node, table);
                case "sdt", "customXml" -> {
                    for (XmlObject c : children(content(node))) {
                        cells(c, table);
                    }
                }
                default -> { }
            }
        }

        private void cell(CTTc tc, TableBuilder table) throws ReadException {
            CTTcPr pr = tc.getTcPr();
            int colSpan = pr != null && pr.isSetGridSpan() ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
            if (pr != null && pr.isSetVMerge() && continues(pr.getVMerge())) {
                table.mergedFromAbove(colSpan);
                return;
            }
            List<String> paragraphs = new ArrayList<>();
            List<TableBuilder> nested = new ArrayList<>();
            cellContent(tc, paragraphs, nested);
            table.cell(String.join("\n", paragraphs), colSpan, 1, nested);
        }

        /** A cell's paragraphs (blank ones dropped: Word pads cells with them) and its nested tables. */
        private void cellContent(XmlObject container, List<String> paragraphs, List<TableBuilder> nested)
                throws ReadException {
            for (XmlObject child : children(container)) {
                switch (localName(child)) {
                    case "p" -> {
                        String t = text((CTP) child);
                        if (!t.isBlank()) {
                            paragraphs.add(t);
                        }
                    }
                    case "tbl" -> {
                        TableBuilder t = table((CTTbl) child);
                        if (!t.isEmpty()) {
                            nested.add(t);
                        }
                    }
                    case "sdt", "customXml" -> cellContent(content(child), paragraphs, nested);
                    default -> { }
                }
            }
        }

        private String text(CTP p) throws ReadException {
            String t = new XWPFParagraph(p, docx).getText();
            chars += t.length();
            if (chars > limits.maxTextChars()) {
                throw new ReadException(ErrorCode.TOO_LARGE, "the document holds more than " + limits.maxTextChars()
                        + " characters of text, more than a report holds (limit read.max_text_chars)");
            }
            return t;
        }
    }

    /** vMerge without a value means continue (the schema default). */
    private static boolean continues(CTVMerge m) {
        return !m.isSetVal() || m.getVal() == STMerge.CONTINUE;
    }

    private static int firstVal(CTDecimalNumber[] values) {
        return values == null || values.length == 0 ? 0 : Math.max(0, values[0].getVal().intValue());
    }

    /** The w:sdtContent of a w:sdt, or the element itself for w:customXml (whose children are the content). */
    private static XmlObject content(XmlObject node) {
        if (!localName(node).equals("sdt")) {
            return node;
        }
        for (XmlObject c : children(node)) {
            if (localName(c).equals("sdtContent")) {
                return c;
            }
        }
        return node; // no content: nothing under it matches p/tbl/tr/tc
    }

    private static List<XmlObject> children(XmlObject parent) {
        List<XmlObject> out = new ArrayList<>();
        try (XmlCursor c = parent.newCursor()) {
            if (c.toFirstChild()) {
                do {
                    if (W.equals(c.getName().getNamespaceURI())) {
                        out.add(c.getObject());
                    }
                } while (c.toNextSibling());
            }
        }
        return out;
    }

    private static String localName(XmlObject o) {
        try (XmlCursor c = o.newCursor()) {
            return c.getName().getLocalPart();
        }
    }
}
