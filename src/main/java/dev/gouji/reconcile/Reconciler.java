package dev.gouji.reconcile;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.model.Document;
import dev.gouji.record.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every enabled rule over an extraction and returns the findings in a stable order, with severities
 * overridden where pipeline.conf says so. A contradiction reached by two routes is reported once.
 */
public final class Reconciler {
    private static final List<Rule> RULES = List.of(new SumRule(), new PartRule(), new ConflictRule(), new RateRule(),
            new ScoreRule(), new PriceRule(), new YearRule(), new RollRule(), new TargetRule());

    private final PipelineConfig config;
    private final Tolerance tolerance;

    public Reconciler(PipelineConfig config) {
        this.config = config;
        this.tolerance = new Tolerance(config.tolerance());
    }

    public List<Finding> reconcile(Extraction extraction, Document document) {
        Integer year = extraction.fiscalYear() == null ? null : extraction.fiscalYear().value();
        Context ctx = new Context(extraction, document, tolerance, year);
        List<Finding> out = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Finding f : rule.check(ctx)) {
                String family = f.rule().split("/")[0];
                if (!config.ruleEnabled(family) || duplicate(out, f)) {
                    continue;
                }
                String severity = config.ruleSeverity(family).orElse(f.severity());
                out.add(new Finding(f.rule(), severity, f.message(), f.figures(), f.expected(), f.actual(), f.difference()));
            }
        }
        return out;
    }

    /** The same figures already reported under the same family. */
    private static boolean duplicate(List<Finding> found, Finding f) {
        for (Finding g : found) {
            if (g.rule().split("/")[0].equals(f.rule().split("/")[0]) && g.figures().size() == f.figures().size()) {
                boolean same = true;
                for (int i = 0; i < f.figures().size() && same; i++) {
                    var a = f.figures().get(i);
                    same = g.figures().stream().anyMatch(b -> b.value() != null && a.value() != null
                            && b.value().compareTo(a.value()) == 0 && java.util.Objects.equals(b.evidence(), a.evidence()));
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }
}
