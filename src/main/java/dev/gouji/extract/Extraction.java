package dev.gouji.extract;

import dev.gouji.record.FieldValue;
import dev.gouji.record.Indicator;
import dev.gouji.record.Mention;
import dev.gouji.record.Project;
import dev.gouji.record.Sourced;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the extractors recovered from one document, before reconciliation. */
public record Extraction(Sourced<String> department, Sourced<Integer> fiscalYear, Sourced<String> reportKind,
        Map<String, FieldValue> fields, List<Project> projects, List<Indicator> indicators, List<Mention> mentions) {
    public Extraction {
        fields = new TreeMap<>(fields);
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        mentions = List.copyOf(mentions);
    }
}
