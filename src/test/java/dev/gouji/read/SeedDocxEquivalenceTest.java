package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed .docx fixtures were generated from the seed text files; reading each pair must give the
 * same document: same paragraphs, same tables cell by cell. A failure here means either reader (or the
 * writer that made the fixtures) places cells differently.
 */
class SeedDocxEquivalenceTest {
    static final Path SEEDS = Path.of("fixtures/seeds");
    static final Path SEEDS_DOCX = Path.of("fixtures/seeds-docx");

    static Document txt(String stem) throws IOException, ReadException {
        return new TxtReader().read(Files.readAllBytes(SEEDS.resolve(stem + ".txt")), PipelineConfig.defaults().readLimits());
    }

    static Document docx(String stem) throws IOException, ReadException {
        return new DocxReader().read(Files.readAllBytes(SEEDS_DOCX.resolve(stem + ".docx")), PipelineConfig.defaults().readLimits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000_e204f1bb94facd6e", "001_09338597f16afc81", "002_858011a17c86e222",
            "003_cb4f80606216139f", "004_a71ab30c2e7324d7"})
    void txtAndDocxGiveTheSameDocument(String stem) throws Exception {
        Document fromTxt = txt(stem);
        Document fromDocx = docx(stem);
        assertEquals("docx", fromDocx.format());
        assertFalse(fromTxt.blocks().isEmpty(), "seed " + stem + " read as nothing");

        assertEquals(fromTxt.blocks().stream().map(b -> b.id()).toList(),
                fromDocx.blocks().stream().map(b -> b.id()).toList(), "block order");
        List<Paragraph> tp = fromTxt.paragraphs();
        List<Paragraph> dp = fromDocx.paragraphs();
        assertEquals(tp.size(), dp.size(), "paragraph count");
        for (int i = 0; i < tp.size(); i++) {
            assertEquals(tp.get(i).id(), dp.get(i).id());
            assertEquals(tp.get(i).text().normalized(), dp.get(i).text().normalized(), "paragraph " + tp.get(i).id());
        }
        List<Table> tt = fromTxt.tables();
        List<Table> dt = fromDocx.tables();
        assertEquals(tt.size(), dt.size(), "table count");
        for (int i = 0; i < tt.size(); i++) {
            assertSameTable(tt.get(i), dt.get(i));
        }
    }

    static void assertSameTable(Table expected, Table actual) {
        String where = expected.id();
        assertEquals(expected.id(), actual.id());
        assertEquals(expected.rowCount(), actual.rowCount(), where + " rows");
        assertEquals(expected.columnCount(), actual.columnCount(), where + " columns");
        for (int r = 0; r < expected.rowCount(); r++) {
            List<Cell> er = expected.rows().get(r);
            List<Cell> ar = actual.rows().get(r);
            assertEquals(er.size(), ar.size(), where + " cells in row " + r);
            for (int c = 0; c < er.size(); c++) {
                Cell e = er.get(c);
                Cell a = ar.get(c);
                assertEquals(e.id(), a.id(), where + " cell id");
                assertEquals(e.row(), a.row(), e.id() + " row");
                assertEquals(e.col(), a.col(), e.id() + " col");
                assertEquals(e.rowSpan(), a.rowSpan(), e.id() + " rowSpan");
                assertEquals(e.colSpan(), a.colSpan(), e.id() + " colSpan");
                assertEquals(e.normalized(), a.normalized(), e.id() + " text");
                assertEquals(e.nested().size(), a.nested().size(), e.id() + " nested tables");
                for (int n = 0; n < e.nested().size(); n++) {
                    assertSameTable(e.nested().get(n), a.nested().get(n));
                }
            }
            for (int c = 0; c < expected.columnCount(); c++) {
                Optional<String> e = expected.cellAt(r, c).map(Cell::id);
                assertEquals(e, actual.cellAt(r, c).map(Cell::id), where + " cellAt(" + r + "," + c + ")");
            }
        }
    }
}
