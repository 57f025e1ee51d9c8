package dev.gouji.reconcile;

import dev.gouji.extract.Candidate;
import dev.gouji.model.Paragraph;
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
    @Override
    public String family() {
        return "R-ROLL";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Paragraph p : ctx.document().paragraphs()) {
            List<Candidate> amounts = ctx.amountsIn(p.id());
            Candidate opening = null;
            Candidate closing = null;
            List<Candidate> moves = new ArrayList<>();
            for (Candidate c : amounts) {
                String l = c.rawLabel();
                if (l.contains("期初") || l.contains("年初余额")) {
                    opening = c;
                } else if (opening != null && (l.contains("期末") || l.contains("年末余额"))) {
                    closing = c;
                    break;
                } else if (opening != null) {
                    moves.add(c);
                }
            }
            if (opening == null || closing == null || moves.isEmpty()) {
                continue;
            }
            BigDecimal sum = opening.quantity().normalized();
            double slack = Tolerance.halfUnit(opening.quantity().normalized()) + Tolerance.halfUnit(closing.quantity().normalized());
            List<Figure> figures = new ArrayList<>(List.of(Findings.figure(opening)));
            for (Candidate m : moves) {
                boolean out1 = m.rawLabel().matches(".*(减少|报废|处置|调出|划出|核销|出售|转出).*");
                sum = out1 ? sum.subtract(m.quantity().normalized()) : sum.add(m.quantity().normalized());
                slack += Tolerance.halfUnit(m.quantity().normalized());
                figures.add(Findings.figure(m));
            }
            figures.add(Findings.figure(closing));
            BigDecimal stated = closing.quantity().normalized();
            if (Math.abs(sum.doubleValue() - stated.doubleValue()) > slack + 1e-9) {
                out.add(new Finding("R-ROLL", "error", "期初" + Findings.show(opening.quantity().normalized()) + "万元加减本年变动后应为"
                        + Findings.show(sum) + "万元，但期末余额写" + Findings.show(stated) + "万元", figures, sum, stated, stated.subtract(sum)));
                continue;
            }
            tableBalance(ctx, closing, out);
        }
        return out;
    }

    /** The closing balance against a table total of the same asset (固定资产合计). */
    private static void tableBalance(Context ctx, Candidate closing, List<Finding> out) {
        String subject = closing.rawLabel().replaceAll("(期末余额|期末|年末余额|为)", "");
        String head = subject.split("和|及|与|、")[0].replaceAll("^[\\d.、\\s]+", "");
        if (head.length() < 2) {
            return;
        }
        for (Candidate c : ctx.candidates()) {
            if (!c.inTable() || c.indicatorTable()) {
                continue;
            }
            String label = (c.rowLabel() + c.column()).replace(" ", "");
            if (label.contains(head) && (label.contains("合计") || label.contains("总额") || label.contains("期末"))) {
                BigDecimal a = closing.quantity().normalized();
                BigDecimal b = c.quantity().normalized();
                if (!ctx.tolerance().same(a, b)) {
                    out.add(new Finding("R-CONFLICT/closing-balance", "error",
                            head + "期末余额正文为" + Findings.show(a) + "万元，表中" + head + "合计为" + Findings.show(b) + "万元，相差"
                                    + Findings.show(a.subtract(b).abs()) + "万元",
                            List.of(Findings.figure(closing), Findings.figure(c)), b, a, a.subtract(b)));
                }
                return;
            }
        }
    }
}
