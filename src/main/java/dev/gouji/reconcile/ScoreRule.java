package dev.gouji.reconcile;

import dev.gouji.fact.Fact;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-SCORE: scores that do not add up. An item scored above its weight; a stated total above the maximum
 * less the deductions the text lists (「扣4分」, not the per-item scoring rules 「每…扣1分」 nor the detail
 * in brackets); a project's indicator weights not adding up to 100; a grade outside its score band.
 */
final class ScoreRule implements Rule {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String family() {
        return "R-SCORE";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Indicator i : ctx.extraction().indicators()) {
            if (i.score() != null && i.weight() != null && i.score().compareTo(i.weight()) > 0) {
                out.add(new Finding("R-SCORE/item-over-weight", "error",
                        "指标「" + i.name() + "」得分" + Findings.show(i.score()) + "分，超过其分值" + Findings.show(i.weight()) + "分",
                        List.of(Findings.figure(i.name(), i.score(), "分", i.evidence())), i.weight(), i.score(),
                        i.score().subtract(i.weight())));
            }
        }
        scoreSheets(ctx, out);
        deductions(ctx, out);
        projectWeights(ctx, out);
        grade(ctx, out);
        return out;
    }

    /** A self-evaluation table's 总分 against its indicators' scores and its budget execution score. */
    private void scoreSheets(Context ctx, List<Finding> out) {
        for (dev.gouji.fact.Breakdown sheet : ctx.extraction().scoreSheets()) {
            BigDecimal[] scores = sheet.parts().stream().map(dev.gouji.fact.Fact::value).toArray(BigDecimal[]::new);
            BigDecimal total = sheet.total().value();
            if (ctx.tolerance().countedSumHolds(total, scores)) {
                continue;
            }
            BigDecimal sum = java.util.Arrays.stream(scores).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Figure> figures = new ArrayList<>();
            figures.add(Findings.figure("总分", total, "分", sheet.total().evidence()));
            for (dev.gouji.fact.Fact f : sheet.parts()) {
                figures.add(Findings.figure(f.label(), f.value(), "分", f.evidence()));
            }
            out.add(new Finding("R-SCORE/total", "error",
                    "表中总分" + Findings.show(total) + "分，但所列" + sheet.parts().size() + "项得分合计" + Findings.show(sum) + "分，相差"
                            + Findings.show(total.subtract(sum).abs()) + "分",
                    figures, sum, total, total.subtract(sum)));
        }
    }

    /**
     * The stated total against 100 less the deductions the text says were made: 「扣2分」 (not a scoring rule
     * such as 「每…扣1分」, nor the detail in brackets), and a score given below its maximum
     * (「资金执行得分9.65分（分值10分）」 deducts 0.35).
     */
    private void deductions(Context ctx, List<Finding> out) {
        FieldValue total = ctx.extraction().fields().get("self_score");
        if (total == null || total.number() == null) {
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        List<Figure> figures = new ArrayList<>();
        figures.add(Findings.figure("自评得分", total.number(), "分", total.evidence()));
        for (List<Fact> place : ctx.places()) {
            for (int k = 0; k < place.size(); k++) {
                Fact f = place.get(k);
                if (f.inTable() || f.kind() != QuantityKind.SCORE) {
                    continue;
                }
                String clause = f.candidate().rawLabel();
                if (clause.endsWith("扣") && !SCORING_RULE.matcher(clause).matches() && !f.aside() && reportsMarks(place)) {
                    sum = sum.add(f.candidate().quantity().value());
                    figures.add(Findings.figure("扣分", f.candidate().quantity().value(), "分", f.evidence()));
                } else if (clause.endsWith("得分") && k + 1 < place.size() && place.get(k + 1).kind() == QuantityKind.SCORE
                        && MAXIMUM.matcher(place.get(k + 1).candidate().rawLabel()).find()) {
                    BigDecimal lost = place.get(k + 1).candidate().quantity().value().subtract(f.candidate().quantity().value());
                    if (lost.signum() > 0 && lost.compareTo(HUNDRED) < 0) {
                        sum = sum.add(lost);
                        figures.add(Findings.figure(clause, f.candidate().quantity().value(), "分", f.evidence()));
                    }
                }
            }
        }
        if (figures.size() < 2) {
            return;
        }
        BigDecimal max = HUNDRED.subtract(sum);
        if (total.number().compareTo(max) > 0) {
            out.add(new Finding("R-SCORE/deductions", "error",
                    "自评得分" + Findings.show(total.number()) + "分，但文中所列扣分合计" + Findings.show(sum) + "分，满分100分最多应得"
                            + Findings.show(max) + "分",
                    figures, max, total.number(), total.number().subtract(max)));
        }
    }

    private static final java.util.regex.Pattern SCORING_RULE = java.util.regex.Pattern.compile(".*(每|未|如|若|超|低于|不|否则|逾期).*");
    private static final java.util.regex.Pattern MAXIMUM = java.util.regex.Pattern.compile("分值|满分");
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("满分|得分|完成|总分");

    /** A deduction made, not a scoring rule: its sentence reports the marks (满分, 得分, 完成, 总分). */
    private static boolean reportsMarks(List<Fact> place) {
        return place.stream().anyMatch(f -> MARKS.matcher(f.candidate().rawLabel()).find());
    }


    /** Each project's indicators share 100 points; a table that lists most of them but misses 100 is off. */
    private void projectWeights(Context ctx, List<Finding> out) {
        Map<String, List<Indicator>> byProject = new LinkedHashMap<>();
        for (Indicator i : ctx.extraction().indicators()) {
            if (i.project() != null && i.weight() != null) {
                byProject.computeIfAbsent(i.project(), p -> new ArrayList<>()).add(i);
            }
        }
        for (Map.Entry<String, List<Indicator>> e : byProject.entrySet()) {
            BigDecimal sum = e.getValue().stream().map(Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            // under 60 points the table is evidently incomplete (blank rows), not mis-weighted
            if (sum.compareTo(HUNDRED) != 0 && sum.compareTo(BigDecimal.valueOf(60)) >= 0 && sum.compareTo(BigDecimal.valueOf(150)) <= 0) {
                out.add(new Finding("R-SCORE/weights", "error",
                        "项目「" + e.getKey() + "」各指标分值合计" + Findings.show(sum) + "分，不等于满分100分",
                        e.getValue().stream().map(i -> Findings.figure(i.name(), i.weight(), "分", i.evidence())).toList(),
                        HUNDRED, sum, sum.subtract(HUNDRED)));
            }
        }
    }

    private void grade(Context ctx, List<Finding> out) {
        FieldValue grade = ctx.extraction().fields().get("grade");
        FieldValue score = ctx.extraction().fields().get("self_score");
        if (grade == null || score == null || score.number() == null || !(grade.value() instanceof String g)) {
            return;
        }
        double s = score.number().doubleValue();
        String expected = s >= 90 ? "优秀" : s >= 80 ? "良好" : s >= 60 ? "中" : "差";
        boolean known = g.equals("优秀") || g.equals("良好") || g.equals("中") || g.equals("中等") || g.equals("差");
        if (known && !g.replace("中等", "中").equals(expected)) {
            out.add(new Finding("R-SCORE/grade-band", "error",
                    "评价等次为「" + g + "」，但自评得分" + Findings.show(score.number()) + "分应为「" + expected + "」",
                    List.of(Findings.figure("自评得分", score.number(), "分", score.evidence())), null, score.number(), null));
        }
    }
}
