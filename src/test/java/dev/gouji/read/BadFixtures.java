package dev.gouji.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Builds the broken .docx files under fixtures/bad/. The committed files are what the failure tests read;
 * to rewrite them after changing a generator (run from the project root, after
 * {@code mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt}):
 *
 * <pre>
 * java -cp target/test-classes:target/classes:$(cat cp.txt) dev.gouji.read.BadFixtures
 * </pre>
 */
final class BadFixtures {
    static final Path BAD = Path.of("fixtures/bad");
    static final Path SOURCE_DOCX = Path.of("fixtures/seeds-docx/000_e204f1bb94facd6e.docx");
    static final Path SOURCE_TXT = Path.of("fixtures/seeds/000_e204f1bb94facd6e.txt");
    static final String PASSWORD = "gouji";
    /** Inflated size of the bomb's document.xml: over 200 times its compressed size, so ratio-limited. */
    static final int BOMB_BYTES = 64 << 20;

    private BadFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Files.createDirectories(BAD);
        Files.write(BAD.resolve("empty.docx"), new byte[0]);
        Files.write(BAD.resolve("truncated.docx"), truncated());
        Files.write(BAD.resolve("encrypted.docx"), encrypted());
        Files.write(BAD.resolve("zipbomb.docx"), zipBomb());
        Files.write(BAD.resolve("text-named.docx"), Files.readAllBytes(SOURCE_TXT));
    }

    static byte[] truncated() throws IOException {
        byte[] full = Files.readAllBytes(SOURCE_DOCX);
        return Arrays.copyOf(full, full.length / 2);
    }

    /** A real .docx encrypted the way Word does it (agile encryption inside an OLE2 file). */
    static byte[] encrypted() throws Exception {
        byte[] plain = Files.readAllBytes(SOURCE_DOCX);
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor enc = info.getEncryptor();
            enc.confirmPassword(PASSWORD);
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A minimal Word package whose document.xml is a paragraph padded with megabytes of spaces. */
    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                    + "<w:body><w:p><w:r><w:t xml:space=\"preserve\">").getBytes(StandardCharsets.UTF_8));
            byte[] spaces = new byte[1 << 20];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < BOMB_BYTES / spaces.length; i++) {
                zip.write(spaces);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /**
     * A package of one kind ({@code docx} or {@code xlsx}) whose main part is stored uncompressed and holds
     * {@code bytes} of spaces: no compression ratio to give it away, only the part's size. Not committed (it is
     * as large as its part); generated by the tests that need it.
     */
    static byte[] oversizedPart(String kind, int bytes) throws IOException {
        String part = kind.equals("docx") ? "word/document.xml" : "xl/workbook.xml";
        String type = kind.equals("docx") ? "wordprocessingml.document.main+xml" : "spreadsheetml.sheet.main+xml";
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><x xml:space=\"preserve\">").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</x>".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + bytes + tail.length];
        Arrays.fill(body, (byte) ' ');
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(body);
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 4096);
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Override PartName=\"/" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument." + type + "\"/>"
                    + "</Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"" + part + "\"/>"
                    + "</Relationships>");
            ZipEntry e = new ZipEntry(part);
            e.setMethod(ZipEntry.STORED);
            e.setSize(body.length);
            e.setCompressedSize(body.length);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(body);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
