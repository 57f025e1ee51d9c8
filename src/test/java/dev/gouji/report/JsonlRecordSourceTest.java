package dev.gouji.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.record.ReportRecord;
import dev.gouji.store.RecordJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records read back from reports.jsonl are the records that were written. */
class JsonlRecordSourceTest {
    @Test
    void everyLineReadsBackToTheSameBytes() throws IOException {
        Path jsonl = FixtureRun.dir().resolve("reports.jsonl");
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        List<ReportRecord> records;
        try (Stream<ReportRecord> s = new JsonlRecordSource(jsonl).records()) {
            records = s.toList();
        }
        assertEquals(lines.size(), records.size());
        for (int i = 0; i < lines.size(); i++) {
            assertEquals(lines.get(i), RecordJson.line(records.get(i)));
        }
    }

    @Test
    void withoutMentionsEverythingElseReadsBackTheSame() throws IOException {
        Path jsonl = FixtureRun.dir().resolve("reports.jsonl");
        List<String> lines = Files.readAllLines(jsonl, StandardCharsets.UTF_8);
        List<ReportRecord> records;
        try (Stream<ReportRecord> s = JsonlRecordSource.withoutMentions(jsonl).records()) {
            records = s.toList();
        }
        assertEquals(lines.size(), records.size());
        int withMentions = 0;
        for (int i = 0; i < lines.size(); i++) {
            ReportRecord whole = RecordJson.read(lines.get(i));
            withMentions += whole.mentions().isEmpty() ? 0 : 1;
            ReportRecord expected = new ReportRecord(whole.schemaVersion(), whole.source(), whole.status(), whole.error(),
                    whole.department(), whole.fiscalYear(), whole.reportKind(), whole.fields(), whole.projects(),
                    whole.indicators(), List.of(), whole.warnings(), whole.findings());
            assertEquals(RecordJson.line(expected), RecordJson.line(records.get(i)));
        }
        assertTrue(withMentions > 0, "the fixtures have mentions to leave out");
    }

    @Test
    void fieldValuesComeBackAsBigDecimalOrText() throws IOException {
        Path jsonl = FixtureRun.dir().resolve("reports.jsonl");
        ReportRecord seed;
        try (Stream<ReportRecord> s = new JsonlRecordSource(jsonl).records()) {
            seed = s.filter(r -> r.source().path().equals("seeds/001_09338597f16afc81.txt")).findFirst().orElseThrow();
        }
        assertEquals(new BigDecimal("2628.42"), seed.fields().get("budget.full_year").value());
        assertEquals(new BigDecimal("94"), seed.fields().get("self_score").number());
        assertEquals(2023, seed.fiscalYear().value());
        assertInstanceOf(String.class, Synthetic.record("x", "y", 2023, List.of()).fields().get("grade").value());
        ReportRecord back = RecordJson.read(RecordJson.line(Synthetic.record("x", "y", 2023, List.of())));
        assertEquals("优秀", back.fields().get("grade").value());
        assertEquals(new BigDecimal("1491.59"), back.fields().get("spending.basic").value());
    }

    @Test
    void aBrokenLineNamesItsLineNumber(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("reports.jsonl");
        Files.writeString(jsonl, RecordJson.line(Synthetic.failed("a.pdf")) + "\n{not json\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> {
            try (Stream<ReportRecord> s = new JsonlRecordSource(jsonl).records()) {
                s.forEach(r -> { });
            }
        });
        assertEquals(true, e.getMessage().contains("line 2"), e.getMessage());
    }
}
