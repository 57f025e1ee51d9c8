package dev.gouji.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineInputTest {
    @Test
    void readsLinesAcrossBufferBoundariesAsTheirBytes() throws IOException {
        String record = "{\"department\":\"益阳市城市管理综合行政执法大队\",\"n\":" + "9".repeat(150_000) + "}";
        String text = "READY\nDONE 1 12 0\n" + record + "\n\nlast without newline";
        // a stream that hands out a few bytes at a time, as a pipe does
        InputStream trickle = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 7_001));
            }
        };
        LineInput in = new LineInput(trickle);
        List<String> lines = new ArrayList<>();
        byte[] line;
        while ((line = in.readLine()) != null) {
            lines.add(new String(line, StandardCharsets.UTF_8));
        }
        assertEquals(List.of("READY", "DONE 1 12 0", record, "", "last without newline"), lines);
        assertNull(in.readLine());
    }
}
