package dev.gouji.reconcile;

import dev.gouji.extract.Candidate;
import dev.gouji.fact.Fact;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-CONFLICT: one quantity stated with different values. Statements of a canonical field under the same
 * label (a sentence and a table row both saying 项目支出); an indicator's target against the figure its
 * own row or the text gives for the same thing (labels alike, same dimension, compared in the base unit).
 * Projects' statements are {@link ProjectConflictRule}'s.
 */
final class ConflictRule implements Rule {
    @Override
    public String family() {
        return "R-CONFLICT";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        fieldStatements(ctx, out);
        indicatorTargets(ctx, out);
        return out;
    }

    /**
     * Each field's value against the other facts of the same quantity, year, basis and scope: a sentence that
     * restates a table's figure differently. Two tables may break a total down differently, so two table
     * figures are not compared; a figure is not compared with another in its own block.
     */
    private void fieldStatements(Context ctx, List<Finding> out) {
        for (var e : ctx.extraction().fields().entrySet()) {
            var field = e.getValue();
            if (field.evidence() == null || field.number() == null) {
                continue;
            }
            Fact primary = ctx.facts().stream().filter(f -> f.field() && f.evidence().equals(field.evidence())).findFirst().orElse(null);
            if (primary == null || primary.candidate().indicatorTable()) {
                continue;
            }
            // one finding per field: the differing statement nearest the value is the one that restates it
            Fact nearest = null;
            double best = Double.MAX_VALUE;
            for (Fact other : ctx.facts()) {
                // a quantity read into a bare 「预算资金」 or carried from an earlier clause may be another budget or
                // another subject's: two statements compare only when both name it
                if (other == primary || !other.field() || !other.comparableWith(primary) || other.candidate().indicatorTable()
                        || other.inferred() || primary.inferred()
                        || primary.inTable() && other.inTable() || other.evidence().block().equals(primary.evidence().block())
                        || ctx.tolerance().same(primary.value(), other.value())
                        || Math.abs(primary.value().doubleValue() - other.value().doubleValue()) <= primary.halfUnit() + other.halfUnit()) {
                    continue;
                }
                double d = Math.abs(primary.value().doubleValue() - other.value().doubleValue());
                if (d < best) {
                    best = d;
                    nearest = other;
                }
            }
            if (nearest != null) {
                out.add(conflict(dev.gouji.extract.FieldCatalog.chineseName(primary.quantity()), primary.candidate(),
                        nearest.candidate()));
            }
        }
    }

    private static Finding conflict(String name, Candidate a, Candidate b) {
        BigDecimal va = a.quantity().normalized();
        BigDecimal vb = b.quantity().normalized();
        String unit = Findings.unitOf(a);
        return new Finding("R-CONFLICT", "error",
                name + "前后表述不一致：" + Findings.show(va) + unit + "（" + a.evidence().block() + "）与" + Findings.show(vb) + unit
                        + "（" + b.evidence().block() + "），相差" + Findings.show(va.subtract(vb).abs()) + unit,
                List.of(Findings.figure(a), Findings.figure(b)), vb, va, va.subtract(vb));
    }

    /** An indicator's target against a figure for the same thing in its own row or in the text. */
    private void indicatorTargets(Context ctx, List<Finding> out) {
        List<Fact> measures = ctx.facts().stream().filter(f -> f.kind() == QuantityKind.MEASURE).toList();
        for (Indicator ind : ctx.extraction().indicators()) {
            if (ind.targetParsed() == null || ind.evidence() == null) {
                continue;
            }
            Dimension target = Dimension.of(ind.targetParsed().value(), ind.targetParsed().unit());
            if (target == null) {
                continue;
            }
            List<Fact> row = ctx.at(ind.place());
            Fact best = null;
            double bestScore = 0;
            List<Fact> pool = new ArrayList<>(row);
            pool.addAll(measures);
            for (Fact c : pool) {
                if (c.kind() == QuantityKind.NUMBER || c.label().isEmpty() || isPerUnit(c)) {
                    continue;
                }
                boolean sameRow = row.contains(c);
                if (!sameRow && c.kind() != QuantityKind.MEASURE) {
                    continue;
                }
                Dimension other = Dimension.of(c.candidate().quantity().value(), c.candidate().quantity().unit());
                if (other == null || !other.base().equals(target.base())) {
                    continue;
                }
                // the explanation in the indicator's own row speaks of it; elsewhere the label must say so
                double score = Similarity.ratio(ind.name(), c.label());
                if (score >= (sameRow ? 0.5 : 0.75) && score > bestScore) {
                    best = c;
                    bestScore = score;
                }
            }
            if (best == null || row.contains(best) && comparableInCell(ctx, best, target) > 1) {
                continue;
            }
            Dimension other = Dimension.of(best.candidate().quantity().value(), best.candidate().quantity().unit());
            double slack = target.halfUnit() + other.halfUnit();
            if (Math.abs(target.value() - other.value()) > slack + 1e-9) {
                BigDecimal converted = other.inUnitOfDecimal(target);
                String unit = ind.targetParsed().unit();
                out.add(new Finding("R-CONFLICT", "error",
                        "指标「" + ind.name() + "」的指标值为" + Findings.show(ind.targetParsed().value()) + unit + "，而「"
                                + best.label() + "」为" + best.candidate().quantity().raw() + "（折合" + Findings.show(converted) + unit
                                + "），不一致",
                        List.<Figure>of(Findings.figure(ind.name(), ind.targetParsed().value(), unit, ind.evidence()),
                                Findings.figure(best.label(), converted, unit, best.evidence())),
                        ind.targetParsed().value(), converted, converted.subtract(ind.targetParsed().value())));
            }
        }
    }

    /** How many figures of the target's dimension share the cell: an itemised explanation is not a restatement. */
    private static long comparableInCell(Context ctx, Fact c, Dimension target) {
        return ctx.placeOf(c).stream().filter(o -> o.evidence().block().equals(c.evidence().block()) && !isPerUnit(o))
                .map(o -> Dimension.of(o.candidate().quantity().value(), o.candidate().quantity().unit()))
                .filter(d -> d != null && d.base().equals(target.base())).count();
    }

    /** 「929.71元/人/月」 is a unit price, not an amount of the same thing. */
    private static boolean isPerUnit(Fact c) {
        return c.candidate().quantity().unit().contains("/");
    }
}
