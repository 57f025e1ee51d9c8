package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.Random;
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
        return assertThrows(ReadException.class, () -> READERS.read(content, name, ReadLimits.DEFAULT));
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
    @ValueSource(strings = {"docx", "xlsx"})
    void aSingleOversizedPartIsTooLargeLikeAZipBomb(String kind) throws Exception {
        // 110 MB stored: over POI's 100 MB limit on one part, with no compression ratio to trip the bomb check
        ReadException e = failure(BadFixtures.oversizedPart(kind, 110 << 20), "big." + kind);
        assertEquals(ErrorCode.TOO_LARGE, e.code(), e.getMessage());
        assertFalse(e.getMessage().contains("Tried to allocate"), e.getMessage());
        if (kind.equals("docx")) {
            ReadException bomb = failure(Files.readAllBytes(BadFixtures.BAD.resolve("zipbomb.docx")), "zipbomb.docx");
            assertEquals(bomb.code(), e.code());
            assertEquals(bomb.getMessage(), e.getMessage(), "same cause, same message");
        }
    }
}
