package dev.gouji.reconcile;

import dev.gouji.fact.Basis;
import dev.gouji.fact.Fact;
import dev.gouji.record.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * R-PART: a part larger than its whole. The parts are the figures a 「其中」 makes parts of the figure before it
 * (the fact layer links them: 「执行数437.21万元，其中基本支出总额4337.21万元」), and the 「其中」 rows of a table.
 */
final class PartRule implements Rule {
    @Override
    public String family() {
        return "R-PART";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Fact part : ctx.facts()) {
            Fact whole = part.whole();
            if (whole == null || !part.money() || !whole.money() || part.basis() == Basis.OTHER || part.basis() == Basis.RATE) {
                continue;
            }
            check(ctx, whole, part, out);
        }
        for (dev.gouji.fact.Breakdown b : ctx.extraction().breakdowns()) {
            if (!b.complete()) {
                for (Fact part : b.parts()) {
                    check(ctx, b.total(), part, out);
                }
            }
        }
        return out;
    }

    private static void check(Context ctx, Fact whole, Fact part, List<Finding> out) {
        if (ctx.tolerance().notLarger(part.value(), whole.value())) {
            return;
        }
        out.add(new Finding("R-PART", "error",
                "「其中」所列" + part.label() + Findings.show(part.value()) + "万元大于其总数" + whole.label()
                        + Findings.show(whole.value()) + "万元，超出" + Findings.show(part.value().subtract(whole.value())) + "万元",
                List.of(Findings.figure(part.candidate()), Findings.figure(whole.candidate())), whole.value(), part.value(),
                part.value().subtract(whole.value())));
    }
}
