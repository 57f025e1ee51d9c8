package dev.gouji.extract.number;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

/** Assertions shared by the reader tests: every field of a quantity, offsets located in the input. */
final class QuantityAssert {
    private QuantityAssert() {
    }

    /** The single figure find() reports in {@code text} must be {@code raw} at its first occurrence. */
    static Quantity only(NumberReader reader, String text) {
        List<Quantity> found = reader.find(text);
        assertEquals(1, found.size(), () -> "expected one figure in «" + text + "» but got " + found);
        return found.get(0);
    }

    static void assertQuantity(String text, Quantity q, String raw, String value, int scale, String unit,
                               QuantityKind kind, String normalized, String normalizedUnit, Qualifier qualifier) {
        int start = text.indexOf(raw);
        assertTrue(start >= 0, "test setup: raw not in text");
        assertEquals(start, q.start(), "start");
        assertEquals(start + raw.length(), q.end(), "end");
        assertEquals(raw, q.raw(), "raw");
        assertEquals(text.substring(q.start(), q.end()), q.raw(), "raw is the input span");
        assertEquals(0, new BigDecimal(value).compareTo(q.value()), () -> "value " + q.value());
        assertEquals(scale, q.scale(), "scale");
        assertEquals(unit, q.unit(), "unit");
        assertEquals(kind, q.kind(), "kind");
        assertEquals(0, new BigDecimal(normalized).compareTo(q.normalized()), () -> "normalized " + q.normalized());
        assertEquals(normalizedUnit, q.normalizedUnit(), "normalizedUnit");
        assertEquals(qualifier, q.qualifier(), "qualifier");
    }
}
