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
import dev.gouji.record.Evidence;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Mention;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.Statement;
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
            .addMixIn(Statement.class, StatementMixin.class)
            .addMixIn(Evidence.class, EvidenceMixin.class)
            .addMixIn(Mention.class, MentionMixin.class)
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

    /** A field's statements do not tell basis and source apart: their keys are left out rather than null. */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    private abstract static class StatementMixin {
    }

    /** Only PDF evidence has a page: other formats' records have no {@code page} key at all. */
    private abstract static class EvidenceMixin {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        abstract Integer page();
    }

    /** Only a figure of a coded row has a {@code code}, only a stated change between two years a {@code change}. */
    private abstract static class MentionMixin {
        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        abstract String code();

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
        abstract dev.gouji.record.Change change();
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

    /** One line of reports.jsonl in UTF-8, written as such by Jackson (no String of the record in between). */
    public static byte[] lineBytes(ReportRecord record) {
        try {
            return MAPPER.writeValueAsBytes(record);
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
        String[] source = new String[1];
        String status = null;
        String[] error = null;
        try (com.fasterxml.jackson.core.JsonParser p = MAPPER.getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new UncheckedIOException(new java.io.IOException("a record line is not a JSON object"));
            }
            // source, status and error come first: stop once all three are read
            for (int read = 0; read < 3 && p.nextToken() == JsonToken.FIELD_NAME; ) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "source" -> {
                        source = textFields(p, "format");
                        read++;
                    }
                    case "status" -> {
                        status = p.getValueAsString();
                        read++;
                    }
                    case "error" -> {
                        error = textFields(p, "code", "message");
                        read++;
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Head(source[0], status, error == null ? null : error[0], error == null ? null : error[1]);
    }

    /**
     * The text of the named fields of the object the parser is at (nulls where absent, or if it is not an
     * object), skipping the rest of it.
     */
    private static String[] textFields(com.fasterxml.jackson.core.JsonParser p, String... names) throws java.io.IOException {
        String[] values = new String[names.length];
        if (p.currentToken() != JsonToken.START_OBJECT) {
            return values;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            int i = java.util.Arrays.asList(names).indexOf(p.currentName());
            p.nextToken();
            if (i >= 0) {
                values[i] = p.getValueAsString();
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
