package dev.gouji.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.gouji.record.FieldValue;
import dev.gouji.record.ReportRecord;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one place that decides how records look as JSON: snake_case keys, plain decimals, stable key order.
 * Records also read back ({@link #read}) exactly as they were written: every number becomes a
 * {@link java.math.BigDecimal} with its written scale, and keys added by later versions are ignored.
 */
public final class RecordJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(JsonGenerator.Feature.ESCAPE_NON_ASCII)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addMixIn(FieldValue.class, FieldValueMixin.class)
            .build();

    /**
     * The same mapping, minus the record's {@code mentions}: the review outputs show fields, projects,
     * indicators and findings, and the mentions are two thirds of a record's bytes.
     */
    private static final ObjectMapper WITHOUT_MENTIONS = MAPPER.copy()
            .addMixIn(ReportRecord.class, WithoutMentionsMixin.class);

    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"mentions"})
    private abstract static class WithoutMentionsMixin {
    }

    /** {@link FieldValue#value()} is declared Object: read numbers (also integral ones) as BigDecimal. */
    private abstract static class FieldValueMixin {
        @JsonDeserialize(using = NumberOrText.class)
        abstract Object value();
    }

    /** A figure (BigDecimal, scale as written: 94 stays 94, 1300.00 stays 1300.00) or a text such as 优秀. */
    static final class NumberOrText extends JsonDeserializer<Object> {
        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonToken t = p.currentToken();
            if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
                return p.getDecimalValue();
            }
            if (t == JsonToken.VALUE_STRING) {
                return p.getText();
            }
            return ctxt.readValue(p, Object.class);
        }
    }

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

    /** A record from one line of reports.jsonl (or one file of reports/). */
    public static ReportRecord read(String json) {
        try {
            return MAPPER.readValue(json, ReportRecord.class);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the catalog keeps beside a record: its source format, status and error. */
    public record Head(String format, String status, String errorCode, String errorMessage) {
    }

    /**
     * The {@link Head} of a record given as its {@link #line}, read from the first fields only ({@code source},
     * {@code status} and {@code error} come first): the rest of the line, mostly mentions, is not parsed.
     */
    public static Head head(byte[] line) {
        String format = null;
        String status = null;
        String code = null;
        String message = null;
        boolean source = false;
        boolean error = false;
        try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UncheckedIOException(new java.io.IOException("a record line is not a JSON object"));
            }
            while (!(source && status != null && error) && p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "source" -> {
                        source = true;
                        format = value == JsonToken.START_OBJECT ? textField(p, "format") : null;
                    }
                    case "status" -> status = p.getValueAsString();
                    case "error" -> {
                        error = true;
                        if (value == JsonToken.START_OBJECT) {
                            String[] pair = textFields(p, "code", "message");
                            code = pair[0];
                            message = pair[1];
                        }
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Head(format, status, code, message);
    }

    /** The text of one field of the object the parser is at the start of, skipping the rest of the object. */
    private static String textField(com.fasterxml.jackson.core.JsonParser p, String field) throws java.io.IOException {
        return textFields(p, field, field)[0];
    }

    private static String[] textFields(com.fasterxml.jackson.core.JsonParser p, String first, String second)
            throws java.io.IOException {
        String[] values = new String[2];
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.equals(first)) {
                values[0] = p.getValueAsString();
            } else if (name.equals(second)) {
                values[1] = p.getValueAsString();
            } else {
                p.skipChildren();
            }
        }
        return values;
    }

    /** A record from one line of reports.jsonl, its {@code mentions} left out (read as an empty list). */
    public static ReportRecord readWithoutMentions(String json) {
        return readWithoutMentions(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** A record from one line of reports.jsonl in UTF-8, its {@code mentions} left out (read as an empty list). */
    public static ReportRecord readWithoutMentions(byte[] json) {
        try {
            // cut out before parsing: skipping them token by token cost more than reading the rest
            return WITHOUT_MENTIONS.readValue(CompactJson.withoutTopLevelField(json, "mentions"), ReportRecord.class);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pretty-printed form of a record given as its {@link #line}: the same bytes as {@link #pretty} of the
     * record, numbers copied exactly as written (so that records stored as lines in the catalog come out as
     * if written from the objects).
     */
    public static byte[] prettyFromLine(byte[] line) {
        return PrettyLine.of(line);
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
