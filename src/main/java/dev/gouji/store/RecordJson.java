package dev.gouji.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gouji.record.ReportRecord;
import java.io.UncheckedIOException;

/** The one place that decides how records look as JSON: snake_case keys, plain decimals, stable key order. */
public final class RecordJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .build();

    private RecordJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of reports.jsonl. */
    public static String line(ReportRecord record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pretty-printed form of a record given as its {@link #line}: the same bytes as {@link #pretty} of the
     * record, numbers copied exactly as written (so that records stored as lines in the catalog come out as
     * if written from the objects).
     */
    public static String prettyFromLine(String line) {
        java.io.StringWriter out = new java.io.StringWriter(line.length() * 2);
        try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(line);
                JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
            while (p.nextToken() != null) {
                g.copyCurrentEventExact(p);
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    /** The pretty-printed form written to reports/. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
