package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loading committed fixtures and the assertions every reader of the fixture report shares. */
final class Fixtures {
    /** The default limits but for a text limit of 40 characters. */
    static final ReadLimits TINY_TEXT = tinyText();

    private Fixtures() {
    }

    private static ReadLimits tinyText() {
        ReadLimits d = PipelineConfig.defaults().readLimits();
        return new ReadLimits(d.maxFileBytes(), 40, d.maxUnzippedBytes(), d.maxCompressionRatio());
    }

    static byte[] bytes(String path) {
        try {
            return Files.readAllBytes(Path.of("fixtures", path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Document read(String path) throws ReadException {
        return Readers.standard().read(bytes(path), Path.of(path).getFileName().toString(), PipelineConfig.defaults().readLimits());
    }

    static ErrorCode failure(String path) {
        return failure(bytes(path), Path.of(path).getFileName().toString(), PipelineConfig.defaults().readLimits());
    }

    static ErrorCode failure(byte[] content, String name, ReadLimits limits) {
        return assertThrows(ReadException.class, () -> Readers.standard().read(content, name, limits)).code();
    }

    /**
     * The budget table as HTML, .doc and the workbooks hold it, its 项目 header at grid row {@code top}:
     * 项目 spans two rows, 资金情况（万元） spans the three figure columns, then three rows of figures.
     */
    static void assertBudgetTable(Table t, int top) {
        assertEquals(top + 5, t.rowCount());
        assertEquals(4, t.columnCount());
        Cell item = t.cellAt(top, 0).orElseThrow();
        assertEquals("项目", item.normalized());
        assertEquals(2, item.rowSpan());
        assertEquals(1, item.colSpan());
        assertEquals(item, t.cellAt(top + 1, 0).orElseThrow(), "项目 covers the second header row");
        Cell funds = t.cellAt(top, 1).orElseThrow();
        assertEquals("资金情况(万元)", funds.normalized());
        assertEquals(3, funds.colSpan());
        assertEquals(1, funds.rowSpan());
        assertEquals(funds, t.cellAt(top, 3).orElseThrow(), "资金情况 covers the last column");
        assertEquals(FormatFixtures.BUDGET_HEADER,
                java.util.List.of(t.textAt(top + 1, 1), t.textAt(top + 1, 2), t.textAt(top + 1, 3)));
        for (int r = 0; r < FormatFixtures.BUDGET_ROWS.length; r++) {
            for (int c = 0; c < 4; c++) {
                assertEquals(FormatFixtures.BUDGET_ROWS[r][c], t.textAt(top + 2 + r, c), "row " + r + " col " + c);
            }
        }
        assertEquals("1,234.56", t.textAt(top + 2, 3));
        assertEquals(top + 2, t.cellAt(top + 2, 3).orElseThrow().row());
    }
}
