package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.model.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfReaderTest {
    @Test
    void readsLinesInReadingOrderAsParagraphs() throws ReadException {
        Document d = Fixtures.read("formats/report.pdf");
        assertEquals("pdf", d.format());
        assertTrue(d.tables().isEmpty(), "a table drawn without rulings is not rebuilt");
        List<String> lines = d.paragraphs().stream().map(p -> p.text().normalized()).toList();
        assertEquals(FormatFixtures.TITLE, lines.get(0));
        assertEquals(normalized(FormatFixtures.SENTENCE), lines.get(2));
        // a row of an unruled table comes out as one line, cells in left-to-right order, never joined to the next
        assertTrue(lines.contains("年初预算数 全年预算数 全年执行数"), lines.toString());
        assertTrue(lines.contains("合计 1,200.00 1,300.00 1,234.56"), lines.toString());
        assertEquals(normalized(FormatFixtures.CLOSING), lines.get(lines.size() - 1));
    }

    private static String normalized(String s) {
        return dev.gouji.model.NormalizedText.normalize(s);
    }

    @Test
    void encryptedPdfIsEncrypted() {
        assertEquals(ErrorCode.ENCRYPTED, Fixtures.failure("bad/encrypted.pdf"));
    }

    @Test
    void truncatedPdfIsCorrupt() {
        assertEquals(ErrorCode.CORRUPT, Fixtures.failure("bad/truncated.pdf"));
    }

    @Test
    void textOverTheLimitIsTooLarge() {
        assertEquals(ErrorCode.TOO_LARGE,
                Fixtures.failure(Fixtures.bytes("formats/report.pdf"), "report.pdf", Fixtures.TINY_TEXT));
    }
}
