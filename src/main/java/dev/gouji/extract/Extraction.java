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
        Map<String, FieldValue> fields, List<Project> projects, List<Indicator> indicators, List<Mention> mentions,
        List<Assignment> assignments, List<dev.gouji.fact.Fact> facts,
        List<dev.gouji.fact.Breakdown> breakdowns, List<dev.gouji.fact.Breakdown> scoreSheets,
        List<Sourced<Integer>> evaluatedYears, DisclosureStructure disclosure,
        dev.gouji.extract.review.DisclosureText review) {

    /** A located figure taken for a canonical field; {@code budget} when it states a budget, not an actual. */
    public record Assignment(String field, Candidate candidate, boolean budget) {
    }

    public Extraction {
        facts = List.copyOf(facts);
        breakdowns = List.copyOf(breakdowns);
        scoreSheets = List.copyOf(scoreSheets);
        evaluatedYears = List.copyOf(evaluatedYears);
        disclosure = disclosure == null ? DisclosureStructure.NONE : disclosure;
        assignments = List.copyOf(assignments);
        fields = new TreeMap<>(fields);
        projects = List.copyOf(projects);
        indicators = List.copyOf(indicators);
        mentions = List.copyOf(mentions);
        review = review == null ? dev.gouji.extract.review.DisclosureText.NONE : review;
    }
}
