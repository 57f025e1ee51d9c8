package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One cause, one code and one message, whichever library noticed: a damaged or fake file is {@code corrupt}
 * and says which kind of file it claims to be; a package that inflates too far is {@code too_large}, whether
 * POI's compression-ratio check or its limit on one part's size refused it.
 */
class FailureCausesTest {
    private static final Readers READERS = Readers.standard();

    private static ReadException failure(byte[] content, String name) {
        return failure(content, name, PipelineConfig.defaults().readLimits());
    }

    private static ReadException failure(byte[] content, String name, ReadLimits limits) {
        return assertThrows(ReadException.class, () -> READERS.read(content, name, limits));
    }

    private static byte[] random(int n, int... head) {
        byte[] b = new byte[n];
        new Random(n).nextBytes(b);
        for (int i = 0; i < head.length; i++) {
            b[i] = (byte) head[i];
        }
        return b;
    }

    @ParameterizedTest
    @CsvSource({"report.docx, Word document (.docx)", "report.xlsx, Excel workbook (.xlsx)", "report.pdf, PDF",
            "report.doc, Word 97 document (.doc)", "report.xls, Excel 97 workbook (.xls)"})
    void randomBytesUnderAReportNameAreCorruptAndSayWhichKind(String name, String kind) {
        ReadException e = failure(random(50_000), name);
        assertEquals(ErrorCode.CORRUPT, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith("the " + kind + " is damaged"), e.getMessage());
        assertFalse(e.getMessage().contains("application/"), "no MIME type: " + e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"report.docx, Word document (.docx)", "report.xlsx, Excel workbook (.xlsx)"})
    void randomBytesBehindAZipSignatureAreCorruptAndSayWhichKind(String name, String kind) {
        ReadException e = failure(random(50_000, 0x50, 0x4B, 0x03, 0x04), name);
        assertEquals(ErrorCode.CORRUPT, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith("the " + kind + " is damaged"), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"report.pdf, PDF, '%PDF-1.4'", "report.doc, Word 97 document (.doc), ''"})
    void randomBytesBehindASignatureGetTheSameMessageAsWithout(String name, String kind, String magic) {
        byte[] body = random(50_000);
        byte[] signed = body.clone();
        int[] head = magic.isEmpty() ? new int[] {0xD0, 0xCF, 0x11, 0xE0} : magic.chars().toArray();
        for (int i = 0; i < head.length; i++) {
            signed[i] = (byte) head[i];
        }
        ReadException bare = failure(body, name);
        ReadException withSignature = failure(signed, name);
        assertEquals(ErrorCode.CORRUPT, withSignature.code(), withSignature.getMessage());
        assertEquals(bare.getMessage(), withSignature.getMessage(), kind);
    }

    @ParameterizedTest
    @CsvSource({"encrypted.docx, DOCX", "encrypted.doc, DOC", "encrypted.xlsx, XLSX", "encrypted.xls, XLS",
            "encrypted.pdf, PDF"})
    void everyPasswordProtectedFormatGetsTheOneMessageOfReadFailures(String file, FileKind kind) throws Exception {
        ReadException e = failure(Files.readAllBytes(BadFixtures.BAD.resolve(file)), file);
        assertEquals(ErrorCode.ENCRYPTED, e.code());
        assertEquals(ReadFailures.encrypted(kind, null).getMessage(), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx"})
    void aSingleOversizedPartIsTooLargeLikeAZipBomb(String kind) throws Exception {
        // 110 MB stored: over POI's 100 MB limit on one part, with no compression ratio to trip the bomb check;
        // the file limit is raised so that the part, not the file's own size, is what is refused
        ReadLimits d = PipelineConfig.defaults().readLimits();
        ReadLimits fileAdmitted = new ReadLimits(1L << 30, d.maxTextChars(), d.maxUnzippedBytes(), d.maxCompressionRatio());
        ReadException e = failure(BadFixtures.oversizedPart(kind, 110 << 20), "big." + kind, fileAdmitted);
        assertEquals(ErrorCode.TOO_LARGE, e.code(), e.getMessage());
        assertFalse(e.getMessage().contains("Tried to allocate"), e.getMessage());
        if (kind.equals("docx")) {
            ReadException bomb = failure(Files.readAllBytes(BadFixtures.BAD.resolve("zipbomb.docx")), "zipbomb.docx");
            assertEquals(bomb.code(), e.code());
            assertEquals(bomb.getMessage(), e.getMessage(), "same cause, same message");
        }
    }

    private static byte[] zip(String... entries) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            for (String name : entries) {
                z.putNextEntry(new java.util.zip.ZipEntry(name));
                z.write("<x/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static byte[] ole2(String stream) throws Exception {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), stream);
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** A package that lost its main part (the fuzz run cut them this way) is a damaged one, not another format. */
    @ParameterizedTest
    @CsvSource({"report.docx, Word document (.docx)", "report.xlsx, Excel workbook (.xlsx)",
            "report.bin, Office file (.docx/.xlsx)"})
    void anOfficePackageWithoutItsMainPartIsCorrupt(String name, String kind) throws Exception {
        ReadException e = failure(zip("[Content_Types].xml", "_rels/.rels", "word/styles.xml"), name);
        assertEquals(ErrorCode.CORRUPT, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith("the " + kind + " is damaged"), e.getMessage());
    }

    @Test
    void aZipNamedDocxIsCorruptButAZipNamedZipIsUnsupported() throws Exception {
        byte[] archive = zip("photos/1.xml", "notes.xml");
        assertEquals(ErrorCode.CORRUPT, failure(archive, "report.docx").code());
        ReadException e = failure(archive, "archive.zip");
        assertEquals(ErrorCode.UNSUPPORTED, e.code());
        assertEquals("a zip archive that is not a Word or Excel document", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"report.doc, Word 97 document (.doc)", "report.xls, Excel 97 workbook (.xls)",
            "report.docx, Word document (.docx)"})
    void anOle2FileNamedForAReportButHoldingNeitherStreamIsCorrupt(String name, String kind) throws Exception {
        ReadException e = failure(ole2("Contents"), name);
        assertEquals(ErrorCode.CORRUPT, e.code(), e.getMessage());
        assertTrue(e.getMessage().startsWith("the " + kind + " is damaged"), e.getMessage());
        assertEquals(ErrorCode.UNSUPPORTED, failure(ole2("Contents"), "drawing.vsd").code());
    }
}
