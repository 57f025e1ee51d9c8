package dev.gouji.reconcile;

import dev.gouji.record.Finding;
import java.util.List;

/** One family of contradictions (shared/spec/rules.md). A rule lacking the figures it needs stays silent. */
public sealed interface Rule permits SumRule, PartRule, ConflictRule, ProjectConflictRule, RateRule, ScoreRule, PriceRule, YearRule,
        RollRule, TargetRule, StructRule, DisclosureRule, PlaceholderRule, CodeRule, ChangeWordingRule, TextRule {
    /** The family id, e.g. {@code R-SUM}. */
    String family();

    List<Finding> check(Context context);
}
