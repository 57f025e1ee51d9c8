package dev.gouji.extract;

import dev.gouji.model.Document;
import java.util.List;
import java.util.Map;

/** Runs every extractor over a document and assembles the {@link Extraction}. */
public final class ReportExtractor {
    public Extraction extract(Document doc) {
        return new Extraction(null, null, null, Map.of(), List.of(), List.of(), List.of());
    }
}
