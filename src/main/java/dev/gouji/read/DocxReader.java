package dev.gouji.read;

import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * Word 2007+ (.docx) reports. The body is walked in document order; paragraphs keep their run text (line
 * breaks as '\n'), tables become cells on a grid from gridSpan (column spans), vMerge (row spans) and
 * gridBefore/gridAfter (empty grid positions). Content inside structured document tags (w:sdt) and
 * w:customXml is read like the body around it; text boxes where their anchor stands, footnotes and then
 * endnotes after the body. Headers and footers are skipped: they repeat on every page and hold no figures.
 *
 * <p>The package is opened with POI (zip-bomb limits, encryption detection) but the main part is read
 * with a streaming XML parser ({@link DocxBodyParser}) rather than XWPF's object model: building that
 * model cost more than everything else gouji does with a report, and a content control's tables are
 * kept, which XWPF exposes only as flat text.
 */
public final class DocxReader implements DocumentReader {
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
            // an encrypted .docx is an OLE2 file holding EncryptedPackage; the detector tells it from Word 97
            String format = new FormatDetector().detect(content, null);
            throw new ReadException(ErrorCode.UNSUPPORTED, "the file is an Office 97 (" + format
                    + ") file, not a .docx package; read it as ." + format + " or save it as .docx");
        }
        applyZipLimits(limits);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            PackagePart main = mainPart(pkg);
            DocumentBuilder doc = new DocumentBuilder(format());
            DocxBodyParser parser = new DocxBodyParser(limits, doc);
            try (InputStream xml = main.getInputStream()) {
                parser.parse(xml);
            }
            notes(main, parser, FOOTNOTES, "footnote");
            notes(main, parser, ENDNOTES, "endnote");
            return doc.build();
        } catch (ReadException e) {
            throw e;
        } catch (IOException | InvalidFormatException | XMLStreamException | RuntimeException e) {
            throw ReadFailures.classify(FileKind.DOCX, e);
        }
    }

    private static final String[] FOOTNOTES = {
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/footnotes"};
    private static final String[] ENDNOTES = {
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes",
            "http://purl.oclc.org/ooxml/officeDocument/relationships/endnotes"};

    /** The footnotes (or endnotes) part related to the main part, read into paragraphs after the body. */
    private static void notes(PackagePart main, DocxBodyParser parser, String[] types, String kind)
            throws InvalidFormatException, IOException, XMLStreamException, ReadException {
        for (String type : types) {
            var rels = main.getRelationshipsByType(type);
            if (rels.size() == 0) {
                continue;
            }
            PackagePart part = main.getRelatedPart(rels.getRelationship(0));
            if (part == null) {
                continue;
            }
            try (InputStream xml = part.getInputStream()) {
                parser.addNotes(parser.notes(xml, kind), kind.equals("endnote"));
            }
            return;
        }
    }

    /** The main document part, found through the package relationships as Word does. */
    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
        for (String type : new String[] {PackageRelationshipTypes.CORE_DOCUMENT, PackageRelationshipTypes.STRICT_CORE_DOCUMENT}) {
            var rels = pkg.getRelationshipsByType(type);
            if (rels.size() > 0) {
                PackagePart part = pkg.getPart(rels.getRelationship(0));
                if (part != null) {
                    return part;
                }
            }
        }
        throw new InvalidFormatException("no main document part (word/document.xml)");
    }

    // ZipSecureFile's limits are JVM-wide statics; every read sets them from its own limits.
    private static synchronized void applyZipLimits(ReadLimits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxCompressionRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnzippedBytes());
    }

    private static boolean isOle2(byte[] b) {
        return b.length >= 4 && (b[0] & 0xff) == 0xD0 && (b[1] & 0xff) == 0xCF && (b[2] & 0xff) == 0x11
                && (b[3] & 0xff) == 0xE0;
    }
}
