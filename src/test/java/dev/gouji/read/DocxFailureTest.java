package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/**
 * Broken and disguised .docx files fail with the right {@link ErrorCode}: each case is read from the
 * committed file under fixtures/bad/ through {@link Readers} (as the pipeline does) and, where the
 * reader itself sees the bytes, through {@link DocxReader} directly, and from a freshly generated copy.
 */
class DocxFailureTest {
    private static final Readers READERS = Readers.standard();

    private static ErrorCode viaReaders(byte[] content, String name) {
        return assertThrows(ReadException.class, () -> READERS.read(content, name, PipelineConfig.defaults().readLimits())).code();
    }

    private static ErrorCode viaDocxReader(byte[] content) {
        ReadException e = assertThrows(ReadException.class, () -> new DocxReader().read(content, PipelineConfig.defaults().readLimits()));
        assertFalse(e.getMessage().isBlank());
        return e.code();
    }

    private static byte[] bad(String name) throws Exception {
        return Files.readAllBytes(BadFixtures.BAD.resolve(name));
    }

    @Test
    void emptyFileIsEmpty() throws Exception {
        assertEquals(ErrorCode.EMPTY, viaReaders(bad("empty.docx"), "empty.docx"));
        assertEquals(ErrorCode.EMPTY, viaReaders(new byte[0], "x.docx"));
        assertEquals(ErrorCode.EMPTY, viaDocxReader(new byte[0]));
    }

    @Test
    void truncatedDocxIsCorrupt() throws Exception {
        assertEquals(ErrorCode.CORRUPT, viaReaders(bad("truncated.docx"), "truncated.docx"));
        assertEquals(ErrorCode.CORRUPT, viaDocxReader(bad("truncated.docx")));
        assertEquals(ErrorCode.CORRUPT, viaDocxReader(BadFixtures.truncated()));
    }

    @Test
    void passwordProtectedDocxIsEncrypted() throws Exception {
        assertEquals(ErrorCode.ENCRYPTED, viaReaders(bad("encrypted.docx"), "encrypted.docx"));
        assertEquals(ErrorCode.ENCRYPTED, viaDocxReader(bad("encrypted.docx")));
        assertEquals(ErrorCode.ENCRYPTED, viaDocxReader(BadFixtures.encrypted()));
    }

    @Test
    void zipBombIsTooLarge() throws Exception {
        byte[] bomb = bad("zipbomb.docx");
        assertTrue(bomb.length < 200_000, "the committed bomb stays small: " + bomb.length);
        assertEquals(ErrorCode.TOO_LARGE, viaReaders(bomb, "zipbomb.docx"));
        assertEquals(ErrorCode.TOO_LARGE, viaDocxReader(bomb));
        assertEquals(ErrorCode.TOO_LARGE, viaDocxReader(BadFixtures.zipBomb()));
    }

    @Test
    void zipBombPassesWhenTheLimitsAllowIt() throws Exception {
        // the same package is refused by the limits, not by being unreadable
        ReadLimits generous = new ReadLimits(1L << 30, 1L << 30, 1L << 30, 10_000.0);
        Document doc = new DocxReader().read(bad("zipbomb.docx"), generous);
        assertTrue(doc.blocks().isEmpty(), "the bomb holds only spaces");
    }

    @Test
    void plainTextNamedDocxIsReadAsText() throws Exception {
        byte[] content = bad("text-named.docx");
        assertEquals("txt", READERS.detect(content, "text-named.docx"));
        Document doc = READERS.read(content, "text-named.docx", PipelineConfig.defaults().readLimits());
        assertEquals("txt", doc.format());
        Document expected = new TxtReader().read(Files.readAllBytes(BadFixtures.SOURCE_TXT), PipelineConfig.defaults().readLimits());
        assertEquals(expected.blocks(), doc.blocks());
    }
}
