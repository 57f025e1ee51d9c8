package dev.gouji.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gouji.read.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the fuzz runs assert of every damaged input: it gives a record that is either {@code ok} or failed
 * with a code naming a cause in the input. {@code internal_error} (gouji itself broke) and {@code timeout}
 * (the per-file limit was hit: on an input of a fixture's size, a hang) are violations.
 */
final class FuzzProperty {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Codes a damaged input may legitimately fail with. */
    static final Set<String> INPUT_CAUSES = Arrays.stream(ErrorCode.values())
            .filter(c -> c != ErrorCode.INTERNAL && c != ErrorCode.TIMEOUT)
            .map(ErrorCode::code)
            .collect(Collectors.toUnmodifiableSet());

    /** The fixtures every run mutates, in a fixed order. */
    static final List<Path> FIXTURE_DIRS = List.of(Path.of("fixtures/formats"), Path.of("fixtures/bad"),
            Path.of("fixtures/seeds-docx"), Path.of("fixtures/seeds-doc"), Path.of("fixtures/seeds"),
            Path.of("fixtures/doc-stories"));

    private FuzzProperty() {
    }

    static List<Path> fixtures() throws IOException {
        List<Path> all = new java.util.ArrayList<>();
        for (Path dir : FIXTURE_DIRS) {
            if (Files.isDirectory(dir)) {
                try (Stream<Path> s = Files.list(dir)) {
                    s.filter(Files::isRegularFile).sorted().forEach(all::add);
                }
            }
        }
        return all;
    }

    /** Null when the record line satisfies the property, else what is wrong with it. */
    static String violation(byte[] recordJson) {
        JsonNode record;
        try {
            record = JSON.readTree(recordJson);
        } catch (IOException e) {
            return "the record is not JSON: " + e.getMessage();
        }
        String status = record.path("status").asText();
        if (status.equals("ok")) {
            return null;
        }
        if (!status.equals("failed")) {
            return "status " + status;
        }
        String code = record.path("error").path("code").asText();
        return INPUT_CAUSES.contains(code) ? null
                : code + ": " + record.path("error").path("message").asText();
    }
}
