package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Document;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Text files in the encodings and shapes that arrive mislabelled or broken. */
class TxtFailuresTest {
    @ParameterizedTest
    @ValueSource(strings = {"bad/gbk.txt", "bad/utf16.txt"})
    void legacyEncodingsAreDecoded(String fixture) throws ReadException {
        Document d = Fixtures.read(fixture);
        assertEquals("txt", d.format());
        assertEquals(List.of(FormatFixtures.TITLE, "一、部门基本情况", FormatFixtures.SENTENCE, FormatFixtures.CLOSING),
                d.paragraphs().stream().map(p -> p.text().original()).toList());
    }

    @Test
    void binaryNamedTxtIsUnsupported() {
        assertEquals(ErrorCode.UNSUPPORTED, Fixtures.failure("bad/binary.txt"));
    }

    @Test
    void textOverTheLimitIsTooLarge() {
        assertEquals(ErrorCode.TOO_LARGE, Fixtures.failure(Fixtures.bytes("bad/gbk.txt"), "gbk.txt", Fixtures.TINY_TEXT));
    }

    /** A UTF-8 file cut inside a character (1, 2 bytes of a 3-byte 汉字; with a BOM too) is read up to it, with a warning. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, -1, -2})
    void utf8CutInsideACharacterIsReadWithATruncationWarning(int cut) throws ReadException {
        boolean bom = cut < 0;
        byte[] whole = (bom ? "\uFEFF" : "").concat("一、部门基本情况\n本年支出合计2612.36万元。\n三、结论").getBytes(StandardCharsets.UTF_8);
        byte[] cutShort = Arrays.copyOf(whole, whole.length - 3 + Math.abs(cut)); // 「论」 is 3 bytes: keep 1 or 2
        Document d = Readers.standard().read(cutShort, "report.txt", PipelineConfig.defaults().readLimits());
        assertEquals(List.of("一、部门基本情况", "本年支出合计2612.36万元。", "三、结"),
                d.paragraphs().stream().map(p -> p.text().original()).toList());
        assertEquals(List.of("text_truncated"), d.warnings().stream().map(w -> w.code()).toList());
        assertTrue(d.warnings().get(0).message().contains("last " + Math.abs(cut) + " byte"), d.warnings().get(0).message());
    }

    @Test
    void aWholeUtf8FileHasNoTruncationWarning() throws ReadException {
        Document d = Readers.standard().read("三、结论".getBytes(StandardCharsets.UTF_8), "report.txt", PipelineConfig.defaults().readLimits());
        assertEquals(List.of(), d.warnings());
    }

    @Test
    void badBytesInsideTheTextAreStillRefused() {
        byte[] b = "一、部门基本情况\n本年支出合计2612.36万元。\n三、结论".getBytes(StandardCharsets.UTF_8);
        b[4] = (byte) 0xFF; // never valid in UTF-8, and cuts 「部」 in the middle
        b[b.length - 1] = (byte) 0xE4; // and an unfinished character at the end
        assertEquals(ErrorCode.UNSUPPORTED, Fixtures.failure(b, "x.txt", PipelineConfig.defaults().readLimits()));
    }

    @Test
    void emptyFileIsEmpty() {
        assertEquals(ErrorCode.EMPTY, Fixtures.failure(new byte[0], "x.txt", PipelineConfig.defaults().readLimits()));
    }
}
