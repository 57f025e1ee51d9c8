package dev.gouji.reconcile;

import dev.gouji.config.PipelineConfig;
import dev.gouji.extract.Extraction;
import dev.gouji.record.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every enabled rule over an extraction and returns the findings in a stable order, with severities
 * overridden where pipeline.conf says so. A contradiction reached by two routes is reported once.
 */
public final class Reconciler {
    /** Narrow rules first: a part larger than its whole also breaks the sum it belongs to, and is reported as such. */
    private static final List<Rule> RULES = List.of(new PartRule(), new SumRule(), new DisclosureRule(), new ConflictRule(), new ProjectConflictRule(),
            new RateRule(), new ScoreRule(), new PriceRule(), new YearRule(), new RollRule(), new TargetRule(), new StructRule(),
            new PlaceholderRule(), new CodeRule(), new ChangeWordingRule(), new TextRule());

    private final PipelineConfig config;
    private final Tolerance tolerance;

    public Reconciler(PipelineConfig config) {
        this.config = config;
        this.tolerance = new Tolerance(config.tolerance());
    }

    public List<Finding> reconcile(Extraction extraction) {
        Integer year = extraction.fiscalYear() == null ? null : extraction.fiscalYear().value();
        Context ctx = new Context(extraction, tolerance, year);
        List<Finding> out = new ArrayList<>();
        for (Rule rule : RULES) {
            for (Finding f : rule.check(ctx)) {
                String family = RuleId.familyOf(f.rule());
                // a family and each check of it (R-STRUCT/missing-table, R-WORDING/doubled) can be switched off or re-graded
                if (!config.ruleEnabled(family) || !config.ruleEnabled(f.rule()) || duplicate(out, f)) {
                    continue;
                }
                String severity = config.ruleSeverity(f.rule()).or(() -> config.ruleSeverity(family)).orElse(f.severity());
                out.add(new Finding(f.rule(), severity, f.message(), f.figures(), f.expected(), f.actual(), f.difference()));
            }
        }
        return out;
    }

    /**
     * A finding restates one already made when it rests on all the figures of that one (same value, same
     * place), or when all its own figures are already in that one: the same contradiction reached by another route.
     */
    private static boolean duplicate(List<Finding> found, Finding f) {
        for (Finding g : found) {
            // f rests on all of g's figures (the same contradiction reached another way), or adds none to them
            if (!g.figures().isEmpty() && covers(f.figures(), g.figures()) || !f.figures().isEmpty() && covers(g.figures(), f.figures())) {
                return true;
            }
        }
        return false;
    }

    /** Whether every figure of {@code some} stands in {@code all} (same value, same place). */
    private static boolean covers(List<dev.gouji.record.Figure> all, List<dev.gouji.record.Figure> some) {
        return some.stream().allMatch(a -> all.stream()
                .anyMatch(b -> a.value() != null && b.value() != null && a.value().compareTo(b.value()) == 0
                        && java.util.Objects.equals(a.evidence() == null ? null : a.evidence().block(),
                                b.evidence() == null ? null : b.evidence().block())));
    }
}
