package dev.gouji.reconcile;

import dev.gouji.extract.number.NumberReader;
import dev.gouji.extract.number.Quantity;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R-TARGET: an indicator that missed its target but was given full marks (target 「95%以上」, actual 85%,
 * score = weight), or whose actual column holds a target (「90%以上」 where a result belongs).
 */
final class TargetRule implements Rule {
    private final NumberReader numbers = new NumberReader();

    @Override
    public String family() {
        return "R-TARGET";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : ctx.extraction().indicators()) {
            if (i.targetParsed() == null || i.actual() == null || i.actual().isBlank()) {
                continue;
            }
            Optional<Quantity> actual = numbers.parseCell(i.actual());
            if (actual.isEmpty()) {
                continue;
            }
            Quantity a = actual.get();
            if (a.qualifier() == dev.gouji.extract.number.Qualifier.AT_LEAST || a.qualifier() == dev.gouji.extract.number.Qualifier.AT_MOST) {
                out.add(new Finding("R-TARGET/actual-is-target", "warning",
                        "指标「" + i.name() + "」的实际完成值「" + i.actual() + "」写成了目标的形式，未给出实际完成数",
                        List.of(Findings.figure(i.name(), a.value(), a.unit(), i.evidence())), null, a.value(), null));
                continue;
            }
            String unit = i.targetParsed().unit() == null ? "" : i.targetParsed().unit();
            if (!unit.equals(a.unit()) && !a.unit().isEmpty()) {
                continue;
            }
            boolean missed = switch (i.targetParsed().comparator()) {
                case "≥" -> a.value().compareTo(i.targetParsed().value()) < 0;
                case ">" -> a.value().compareTo(i.targetParsed().value()) <= 0;
                case "≤" -> a.value().compareTo(i.targetParsed().value()) > 0;
                case "<" -> a.value().compareTo(i.targetParsed().value()) >= 0;
                default -> false;
            };
            boolean fullMarks = i.score() != null && i.weight() != null && i.score().compareTo(i.weight()) == 0;
            if (missed && fullMarks) {
                out.add(new Finding("R-TARGET/missed-full-marks", "warning",
                        "指标「" + i.name() + "」目标" + i.target() + "，实际" + i.actual() + "未达标，却得满分" + Findings.show(i.score()) + "分",
                        List.of(Findings.figure(i.name() + "目标", i.targetParsed().value(), unit, i.evidence()),
                                Findings.figure(i.name() + "实际", a.value(), unit, i.evidence())),
                        i.targetParsed().value(), a.value(), a.value().subtract(i.targetParsed().value())));
            }
        }
        return out;
    }
}
