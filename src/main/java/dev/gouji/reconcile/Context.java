package dev.gouji.reconcile;

import dev.gouji.extract.Candidate;
import dev.gouji.extract.Extraction;
import dev.gouji.fact.Fact;
import dev.gouji.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a rule may look at: the extraction, the document, the tolerance and the report's fiscal year. */
public record Context(Extraction extraction, Document document, Tolerance tolerance, Integer fiscalYear,
        Map<String, List<Candidate>> paragraphAmounts, Map<String, List<Fact>> factsByPlace) {

    public Context(Extraction extraction, Document document, Tolerance tolerance, Integer fiscalYear) {
        this(extraction, document, tolerance, fiscalYear, amountsByParagraph(extraction), new HashMap<>());
    }

    /** Rules ask for each paragraph's money figures in turn: grouped once, not filtered per paragraph. */
    private static Map<String, List<Candidate>> amountsByParagraph(Extraction extraction) {
        Map<String, List<Candidate>> byParagraph = new HashMap<>();
        for (Candidate c : extraction.candidates()) {
            if (!c.inTable() && c.quantity().kind() == dev.gouji.extract.number.QuantityKind.AMOUNT) {
                byParagraph.computeIfAbsent(c.evidence().block(), k -> new ArrayList<>()).add(c);
            }
        }
        return byParagraph;
    }

    /** Figures assigned to {@code field}, actuals only (budget statements left out). */
    public List<Extraction.Assignment> actuals(String field) {
        return extraction.assignments().stream().filter(a -> a.field().equals(field) && !a.budget()).toList();
    }

    /** Every figure of the report as a fact: what it measures, for which year, on which basis, whose. */
    public List<Fact> facts() {
        return extraction.facts();
    }

    /** The facts stated together with {@code fact}: its sentence, or its table row, in reading order. */
    public List<Fact> placeOf(Fact fact) {
        return factsByPlace.computeIfAbsent(fact.place(), p -> facts().stream().filter(f -> f.place().equals(p)).toList());
    }

    public List<Candidate> candidates() {
        return extraction.candidates();
    }

    /** The money figures of one paragraph, in reading order. */
    public List<Candidate> amountsIn(String paragraphId) {
        return paragraphAmounts.getOrDefault(paragraphId, List.of());
    }
}
