package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.junit.jupiter.api.Test;

class DocReaderTest {
    @Test
    void readsParagraphsAndMergedTableFromWord97() throws ReadException {
        Document d = Fixtures.read("formats/report.doc");
        assertEquals("doc", d.format());
        assertEquals(List.of(FormatFixtures.TITLE, "一、部门基本情况", FormatFixtures.SENTENCE, FormatFixtures.CAPTION,
                FormatFixtures.CLOSING), d.paragraphs().stream().map(p -> p.text().original()).toList());
        assertEquals("t1", d.blocks().get(4).id());
        assertEquals(1, d.tables().size());
        Fixtures.assertBudgetTable(d.tables().get(0), 0);
    }

    @Test
    void docNamedDocxIsReadByContent() throws ReadException {
        Document d = Fixtures.read("bad/doc-named.docx");
        assertEquals("doc", d.format());
        assertEquals(FormatFixtures.SENTENCE, d.paragraphs().get(2).text().original());
    }

    @Test
    void encryptedDocIsEncryptedNotCorrupt() throws Exception {
        assertEquals(ErrorCode.ENCRYPTED, Fixtures.failure("bad/encrypted.doc"));
        // the fixture is a real encrypted copy of the report: it opens with its password
        Biff8EncryptionKey.setCurrentUserPassword("open-sesame");
        try (HWPFDocument word = new HWPFDocument(new ByteArrayInputStream(Fixtures.bytes("bad/encrypted.doc")))) {
            assertEquals(true, word.getRange().text().contains("1,234.56"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    @Test
    void truncatedDocIsCorrupt() {
        byte[] doc = Fixtures.bytes("formats/report.doc");
        assertEquals(ErrorCode.CORRUPT, Fixtures.failure(Arrays.copyOf(doc, doc.length / 2), "cut.doc", PipelineConfig.defaults().readLimits()));
    }

    @Test
    void tooMuchTextIsTooLarge() {
        assertEquals(ErrorCode.TOO_LARGE,
                Fixtures.failure(Fixtures.bytes("formats/report.doc"), "report.doc", Fixtures.TINY_TEXT));
    }

    @Test
    void cleanKeepsFieldResultsAndDropsControlCharacters() {
        assertEquals("第2页", DocReader.clean("第\u0013 PAGE \\* MERGEFORMAT \u00142\u0015页\r"));
        assertEquals("目录", DocReader.clean("\u0013 TOC \\o \"1-3\" \u0015目录\u0007"));
        assertEquals("甲\n乙", DocReader.clean("甲\u000b乙\u0007"));
        assertEquals("外内", DocReader.clean("\u0013 IF \u0013 REF x \u0014内\u0015 \u0014外\u0015内"));
        assertEquals("图表", DocReader.clean("图\u0001\u0008表\u000c"));
    }

    @Test
    void paragraphIdsAreNumberedInOrder() throws ReadException {
        List<String> ids = Fixtures.read("formats/report.doc").paragraphs().stream().map(Paragraph::id).toList();
        assertEquals(List.of("p1", "p2", "p3", "p4", "p5"), ids);
    }
}
