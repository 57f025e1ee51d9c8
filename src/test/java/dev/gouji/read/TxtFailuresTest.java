package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gouji.model.Document;
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

    @Test
    void emptyFileIsEmpty() {
        assertEquals(ErrorCode.EMPTY, Fixtures.failure(new byte[0], "x.txt", ReadLimits.DEFAULT));
    }
}
