package dev.gouji.record;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The output for one input file (see shared/spec/output.md). */
public record ReportRecord(int schemaVersion, SourceInfo source, String status, ErrorInfo error,
        Sourced<String> department, Sourced<Integer> fiscalYear, Sourced<String> reportKind,
        Map<String, FieldValue> fields, List<Project> projects, List<Indicator> indicators,
        List<Mention> mentions, List<Warning> warnings, List<Finding> findings) {
    public static final int SCHEMA_VERSION = 1;

    public ReportRecord {
        fields = new TreeMap<>(fields);
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        mentions = mentions == null ? List.of() : List.copyOf(mentions); // null: read without them
        warnings = warnings == null ? List.of() : List.copyOf(warnings); // null: written before warnings
        findings = List.copyOf(findings);
    }

    public static ReportRecord failed(SourceInfo source, ErrorInfo error) {
        return new ReportRecord(SCHEMA_VERSION, source, RecordStatus.FAILED.code(), error, null, null, null, Map.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
    }
}
