package dev.gouji.reconcile;

import dev.gouji.extract.Extraction;
import dev.gouji.fact.Fact;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rule may look at: the facts the extraction made of the report (with the fields, projects, indicators
 * and breakdowns built from them), the tolerance and the report's fiscal year. Never the document itself: a rule
 * reasons over what each figure is, not over the words around it.
 */
public record Context(Extraction extraction, Tolerance tolerance, Integer fiscalYear, Map<String, List<Fact>> byPlace,
        Map<String, List<Fact>> byParagraph) {

    public Context(Extraction extraction, Tolerance tolerance, Integer fiscalYear) {
        this(extraction, tolerance, fiscalYear, group(extraction, true), group(extraction, false));
    }

    /** Facts grouped once, in reading order: by sentence or table row, or by paragraph (text only). */
    private static Map<String, List<Fact>> group(Extraction extraction, boolean byPlace) {
        Map<String, List<Fact>> out = new LinkedHashMap<>();
        for (Fact f : extraction.facts()) {
            if (byPlace) {
                out.computeIfAbsent(f.place(), k -> new ArrayList<>()).add(f);
            } else if (!f.inTable()) {
                out.computeIfAbsent(f.evidence().block(), k -> new ArrayList<>()).add(f);
            }
        }
        return out;
    }

    /** Every figure of the report as a fact: what it measures, for which year, on which basis, whose. */
    public List<Fact> facts() {
        return extraction.facts();
    }

    /** The facts stated together with {@code fact}: its sentence, or its table row, in reading order. */
    public List<Fact> placeOf(Fact fact) {
        return byPlace.getOrDefault(fact.place(), List.of());
    }

    /** The facts of a table row or sentence by its place ({@code t3#5}), in reading order. */
    public List<Fact> at(String place) {
        return place == null ? List.of() : byPlace.getOrDefault(place, List.of());
    }

    /** The facts of each sentence and each table row, in reading order. */
    public Iterable<List<Fact>> places() {
        return byPlace.values();
    }

    /** The facts of each paragraph, in reading order. */
    public Iterable<List<Fact>> paragraphs() {
        return byParagraph.values();
    }

    /** Facts taken for {@code field}, actuals only (budget statements left out). */
    public List<Extraction.Assignment> actuals(String field) {
        return extraction.assignments().stream().filter(a -> a.field().equals(field) && !a.budget()).toList();
    }

}
