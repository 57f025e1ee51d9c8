package dev.gouji.reconcile;

import dev.gouji.fact.Fact;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * R-ROLL: a roll-forward that does not close (期初 + 增加 − 减少 ≠ 期末), and its closing balance against
 * the table that states the same balance (R-CONFLICT).
 */
final class RollRule implements Rule {
    /** An opening balance: of assets (期初, 年初余额) or of funds carried in (年初结转和结余, 上年结转). */
    private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile("期初|年初余额|年初结转|上年结转");
    private static final java.util.regex.Pattern CLOSING = java.util.regex.Pattern.compile("期末|年末余额|年末结转|年末结余");
    /** What leaves the balance: disposals of assets, or the year's spending out of the funds. */
    private static final java.util.regex.Pattern OUTFLOW = java.util.regex.Pattern.compile("减少|报废|处置|调出|划出|核销|出售|转出|支出");
    @Override
    public String family() {
        return "R-ROLL";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (List<Fact> paragraph : ctx.paragraphs()) {
            Fact opening = null;
            Fact closing = null;
            List<Fact> moves = new ArrayList<>();
            for (Fact f : paragraph) {
                if (!f.money()) {
                    continue;
                }
                String l = f.candidate().rawLabel();
                if (OPENING.matcher(l).find()) {
                    opening = f;
                } else if (opening != null && CLOSING.matcher(l).find()) {
                    closing = f;
                    break;
                } else if (opening != null) {
                    moves.add(f);
                }
            }
            if (opening == null || closing == null || moves.isEmpty()) {
                continue;
            }
            BigDecimal sum = opening.value();
            double slack = Tolerance.halfUnit(opening.value()) + Tolerance.halfUnit(closing.value());
            List<Figure> figures = new ArrayList<>(List.of(Findings.figure(opening.candidate())));
            for (Fact m : moves) {
                boolean outflow = OUTFLOW.matcher(m.candidate().rawLabel()).find();
                sum = outflow ? sum.subtract(m.value()) : sum.add(m.value());
                slack += Tolerance.halfUnit(m.value());
                figures.add(Findings.figure(m.candidate()));
            }
            figures.add(Findings.figure(closing.candidate()));
            BigDecimal stated = closing.value();
            if (Math.abs(sum.doubleValue() - stated.doubleValue()) > slack + 1e-9) {
                out.add(new Finding("R-ROLL", "error", "期初" + Findings.show(opening.value()) + "万元加减本年变动后应为"
                        + Findings.show(sum) + "万元，但期末余额写" + Findings.show(stated) + "万元", figures, sum, stated, stated.subtract(sum)));
                continue;
            }
            tableBalance(ctx, opening, closing, out);
        }
        return out;
    }

    /** The closing balance against a table total of the same asset (固定资产合计) at the fiscal year's end. */
    /** The asset a balance is of: its label without the balance words and the unit's own name. */
    private static String asset(Fact balance) {
        String subject = balance.candidate().rawLabel()
                .replaceAll("(期初|期末|年初|年末)(余额|原值|净值|账面价值|数)?|为|截至.*?[，,]", "");
        String head = subject.split("和|及|与|、")[0].replaceAll("^[\\d.、\\s]+", "")
                .replaceAll("^(?:本单位|本部门|我局|我单位|单位|部门)", "");
        return head;
    }

    private static void tableBalance(Context ctx, Fact opening, Fact closing, List<Finding> out) {
        String head = asset(closing);
        if (head.length() < 2) {
            head = asset(opening);
        }
        if (head.length() < 2) {
            return;
        }
        for (Fact f : ctx.facts()) {
            if (!f.inTable() || f.candidate().indicatorTable() || !f.about(ctx.fiscalYear())) {
                continue;
            }
            String label = (f.candidate().rowLabel() + f.candidate().column()).replace(" ", "");
            if (label.contains(head) && (label.contains("合计") || label.contains("总额") || label.contains("期末") || label.contains("年末"))) {
                BigDecimal a = closing.value();
                BigDecimal b = f.value();
                if (!ctx.tolerance().same(a, b)) {
                    out.add(new Finding("R-CONFLICT/closing-balance", "error",
                            head + "期末余额正文为" + Findings.show(a) + "万元，表中" + head + "合计为" + Findings.show(b) + "万元，相差"
                                    + Findings.show(a.subtract(b).abs()) + "万元",
                            List.of(Findings.figure(closing.candidate()), Findings.figure(f.candidate())), b, a, a.subtract(b)));
                }
                return;
            }
        }
    }
}
