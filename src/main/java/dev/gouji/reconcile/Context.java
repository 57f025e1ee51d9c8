package dev.gouji.reconcile;

import dev.gouji.extract.Candidate;
import dev.gouji.extract.Extraction;
import dev.gouji.model.Document;
import java.util.List;

/** What a rule may look at: the extraction, the document, the tolerance and the report's fiscal year. */
public record Context(Extraction extraction, Document document, Tolerance tolerance, Integer fiscalYear) {

    /** Figures assigned to {@code field}, actuals only (budget statements left out). */
    public List<Extraction.Assignment> actuals(String field) {
        return extraction.assignments().stream().filter(a -> a.field().equals(field) && !a.budget()).toList();
    }

    public List<Candidate> candidates() {
        return extraction.candidates();
    }

    /** The money figures of one paragraph, in reading order. */
    public List<Candidate> amountsIn(String paragraphId) {
        return extraction.candidates().stream()
                .filter(c -> !c.inTable() && c.evidence().block().equals(paragraphId)
                        && c.quantity().kind() == dev.gouji.extract.number.QuantityKind.AMOUNT)
                .toList();
    }
}
