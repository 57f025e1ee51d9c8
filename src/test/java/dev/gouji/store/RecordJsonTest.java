package dev.gouji.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gouji.config.PipelineConfig;
import dev.gouji.ingest.FileProcessor;
import dev.gouji.ingest.InputFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordJsonTest {
    @TempDir
    Path tmp;

    @Test
    void headReadsWhatTheWholeLineSays() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> seeds = Files.list(Path.of("fixtures/seeds-docx"))) {
            seeds.sorted().forEach(files::add);
        }
        Path corrupt = tmp.resolve("corrupt.docx");
        Files.write(corrupt, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});
        files.add(corrupt);
        FileProcessor processor = new FileProcessor(PipelineConfig.load(Optional.empty()));
        int failed = 0;
        for (Path file : files) {
            String line = RecordJson.line(processor.process(new InputFiles.Input(file, file.getFileName().toString())).record());
            JsonNode whole = RecordJson.mapper().readTree(line);
            RecordJson.Head head = RecordJson.head(line.getBytes(StandardCharsets.UTF_8));
            assertEquals(whole.path("status").asText(), head.status(), file.toString());
            assertEquals(whole.path("source").path("format").asText(null), head.format(), file.toString());
            assertEquals(whole.path("error").path("code").asText(null), head.errorCode(), file.toString());
            assertEquals(whole.path("error").path("message").asText(null), head.errorMessage(), file.toString());
            failed += "ok".equals(head.status()) ? 0 : 1;
        }
        assertEquals(1, failed);
        assertTrue(files.size() > 2);
    }

    @Test
    void warningsAreAlwaysWrittenAndOldRecordsReadWithNone() {
        dev.gouji.record.ReportRecord failed = dev.gouji.record.ReportRecord.failed(
                new dev.gouji.record.SourceInfo("a.docx", null, null, 0), new dev.gouji.record.ErrorInfo("corrupt", "x"));
        String line = RecordJson.line(failed);
        assertTrue(line.contains(",\"mentions\":[],\"warnings\":[],\"findings\":[]}"), line);
        String before = line.replace(",\"warnings\":[]", "");
        assertEquals(List.of(), RecordJson.read(before).warnings());
        assertEquals(line, RecordJson.line(RecordJson.read(before)));
        dev.gouji.record.ReportRecord warned = new dev.gouji.record.ReportRecord(1, failed.source(), "ok", null, null,
                null, null, java.util.Map.of(), List.of(), List.of(), List.of(),
                List.of(new dev.gouji.record.Warning("image_skipped", "an image", "p3")), List.of());
        String withWarning = RecordJson.line(warned);
        assertTrue(withWarning.contains("\"warnings\":[{\"code\":\"image_skipped\",\"message\":\"an image\",\"block\":\"p3\"}]"),
                withWarning);
        assertEquals(withWarning, RecordJson.line(RecordJson.readWithoutMentions(withWarning)));
    }
}
