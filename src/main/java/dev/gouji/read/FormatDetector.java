package dev.gouji.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.Tika;

/**
 * Decides a file's format from its content, not its name: the name is only a tie-breaker for plain text
 * and HTML. Containers are opened far enough to tell a Word package from an Excel one, and an encrypted
 * OOXML package (an OLE2 file holding EncryptedPackage) from a Word 97 file.
 */
public final class FormatDetector {
    private static final Tika TIKA = new Tika();

    public String detect(byte[] content, String fileName) throws ReadException {
        if (content.length == 0) {
            throw new ReadException(ErrorCode.EMPTY, "the file is empty (0 bytes); check the source archive for a complete copy");
        }
        if (startsWith(content, 0x25, 0x50, 0x44, 0x46)) { // %PDF
            return "pdf";
        }
        FileKind claimed = FileKind.claimedBy(fileName);
        if (startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)) {
            return ole2Format(content, claimed == FileKind.DOC || claimed == FileKind.XLS ? claimed : FileKind.OFFICE_97,
                    claimed == FileKind.DOCX || claimed == FileKind.XLSX ? claimed : FileKind.OFFICE_PACKAGE);
        }
        if (startsWith(content, 0x50, 0x4B, 0x03, 0x04) || startsWith(content, 0x50, 0x4B, 0x05, 0x06)) {
            return zipFormat(content, claimed == FileKind.DOCX || claimed == FileKind.XLSX ? claimed : FileKind.OFFICE_PACKAGE);
        }
        if (looksLikeHtml(content)) {
            return "html";
        }
        if (isUtf8Text(content)) {
            return "txt"; // the common case needs no full type detection
        }
        String type = TIKA.detect(content, fileName);
        String lowerName = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (type.contains("html") || type.contains("xhtml")) {
            return "html";
        }
        if (type.startsWith("text/") || lowerName.endsWith(".txt")) {
            return "txt";
        }
        // the name claims a format with a signature the content lacks, and the content is nothing Tika knows
        // either: a damaged or fake file of that kind (random bytes named .docx), not an unsupported format
        if (claimed != null && claimed.binary() && TIKA.detect(content).equals("application/octet-stream")) {
            throw ReadFailures.corrupt(claimed, null);
        }
        if (type.equals("application/octet-stream")) {
            return "txt"; // the text reader decides whether it is text at all
        }
        throw new ReadException(ErrorCode.UNSUPPORTED, "the file is " + type
                + ", not a report format gouji reads (docx, doc, txt, html, pdf, xlsx, xls)");
    }

    /** Valid UTF-8 (BOM or not) in the first 4 KiB, with no NUL: text, whatever the name says. */
    private static boolean isUtf8Text(byte[] content) {
        int n = Math.min(content.length, 4096);
        for (int i = 0; i < n; i++) {
            if (content[i] == 0) {
                return false;
            }
        }
        java.nio.charset.CharsetDecoder d = java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
        // a cut multi-byte character at the 4 KiB boundary is not an error: back up to a character start
        int end = n;
        while (end > 0 && end < content.length && (content[end] & 0xC0) == 0x80) {
            end--;
        }
        try {
            d.decode(java.nio.ByteBuffer.wrap(content, 0, end));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static boolean looksLikeHtml(byte[] content) {
        int n = Math.min(content.length, 1024);
        String head = new String(content, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<table");
    }

    /** {@code kind} names the file while damaged; {@code packageKind} when it holds an encrypted .docx/.xlsx. */
    private static String ole2Format(byte[] content, FileKind kind, FileKind packageKind) throws ReadException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntry("EncryptedPackage") || root.hasEntry("EncryptionInfo")) {
                throw ReadFailures.encrypted(root.hasEntry("EncryptedPackage") ? packageKind : kind, null);
            }
            if (root.hasEntry("WordDocument")) {
                return "doc";
            }
            if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
                return "xls";
            }
            // named .doc/.xls/.docx/.xlsx but holding neither stream: a damaged file of that kind (a cut copy loses
            // the directory entries first), not another kind of Office 97 file
            if (kind != FileKind.OFFICE_97 || packageKind != FileKind.OFFICE_PACKAGE) {
                throw ReadFailures.corrupt(kind != FileKind.OFFICE_97 ? kind : packageKind, null);
            }
            throw new ReadException(ErrorCode.UNSUPPORTED,
                    "an OLE2 (Office 97) file that is neither Word nor Excel; convert it to .docx or .xlsx");
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.classify(kind, e);
        }
    }

    private static String zipFormat(byte[] content, FileKind kind) throws ReadException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            boolean any = false;
            boolean officeParts = false;
            while ((e = zip.getNextEntry()) != null) {
                any = true;
                String name = e.getName();
                officeParts |= name.equals("[Content_Types].xml") || name.startsWith("word/") || name.startsWith("xl/");
                if (name.equals("word/document.xml")) {
                    return "docx";
                }
                if (name.equals("xl/workbook.xml")) {
                    return "xlsx";
                }
            }
            // no entry, or an Office package (or a zip named .docx/.xlsx) without its main part: damaged
            if (!any || officeParts || kind != FileKind.OFFICE_PACKAGE) {
                throw ReadFailures.corrupt(kind, null);
            }
        } catch (IOException | IllegalArgumentException e) {
            throw ReadFailures.classify(kind, e);
        }
        throw new ReadException(ErrorCode.UNSUPPORTED, "a zip archive that is not a Word or Excel document");
    }

    private static boolean startsWith(byte[] b, int... magic) {
        if (b.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
