package dev.gouji.across;

import dev.gouji.extract.FieldCatalog;
import dev.gouji.record.Change;
import dev.gouji.record.Evidence;
import dev.gouji.record.Mention;
import dev.gouji.record.ReportRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one record brings to the series: its department-level money figures by quantity, year and basis (in
 * 万元), and its stated changes between years. Only a record read ok with a department and a fiscal year
 * brings anything. A figure repeated in the report with the same value counts once (its first evidence).
 *
 * <p>A budget disclosure's budget is the budget set at the start of the year: its figures on the
 * {@code budget} basis join the series as {@code budget_initial}, where a final account's 年初预算数 stands.
 */
public record ReportFacts(String path, String department, Evidence departmentEvidence, int fiscalYear,
        Evidence yearEvidence, String reportKind, List<Level> levels, List<StatedChange> changes) {

    /** A figure of the department for one year on one basis; {@code half} its rounding in 万元. */
    public record Level(String quantity, int year, String basis, BigDecimal value, double half, String raw,
            String label, Evidence evidence) {
    }

    /** A change the report states between two years: an amount in 万元 or, if {@code percent}, a rate. */
    public record StatedChange(Change change, boolean percent, BigDecimal value, double half, String raw,
            String label, Evidence evidence) {
    }

    public static final String BUDGET_INITIAL = "budget_initial";
    private static final List<String> LEVEL_BASES = List.of(BUDGET_INITIAL, "budget", "actual");

    public ReportFacts {
        levels = List.copyOf(levels);
        changes = List.copyOf(changes);
    }

    public static Optional<ReportFacts> of(ReportRecord r) {
        if (!"ok".equals(r.status()) || r.department() == null || r.department().value() == null
                || r.fiscalYear() == null || r.fiscalYear().value() == null) {
            return Optional.empty();
        }
        int year = r.fiscalYear().value();
        String kind = r.reportKind() == null ? null : r.reportKind().value();
        boolean budgetReport = "budget_disclosure".equals(kind);
        Map<String, Level> levels = new LinkedHashMap<>();
        List<StatedChange> changes = new ArrayList<>();
        for (Mention m : r.mentions()) {
            if (m.change() != null) {
                Change c = m.change();
                Change seen = budgetReport && "budget".equals(c.basis())
                        ? new Change(c.of(), BUDGET_INITIAL, c.since(), c.to(), c.direction()) : c;
                if ("percent".equals(m.kind())) {
                    changes.add(new StatedChange(seen, true, m.value(), half(m.value(), 1), m.raw(), m.label(), m.evidence()));
                } else {
                    toWan(m).ifPresent(w -> changes.add(new StatedChange(seen, false, w, half(m.value(), factor(m)),
                            m.raw(), m.label(), m.evidence())));
                }
                continue;
            }
            if (m.scope() != null || !LEVEL_BASES.contains(m.basis()) || !isMoneyField(m.quantity())) {
                continue;
            }
            Optional<BigDecimal> wan = toWan(m);
            if (wan.isEmpty()) {
                continue;
            }
            int period = m.period() == null ? year : m.period();
            String basis = budgetReport && "budget".equals(m.basis()) ? BUDGET_INITIAL : m.basis();
            String key = m.quantity() + "|" + period + "|" + basis + "|" + wan.get().stripTrailingZeros().toPlainString();
            levels.putIfAbsent(key, new Level(m.quantity(), period, basis, wan.get(), half(m.value(), factor(m)),
                    m.raw(), m.label(), m.evidence()));
        }
        return Optional.of(new ReportFacts(r.source().path(), r.department().value(), r.department().evidence(), year,
                r.fiscalYear().evidence(), kind,
                new ArrayList<>(levels.values()), changes));
    }

    private static boolean isMoneyField(String key) {
        FieldCatalog.Field f = key == null ? null : FieldCatalog.byKey(key);
        return f != null && f.unit() == FieldCatalog.Unit.MONEY;
    }

    /** The mention's value in 万元: a bare table number is in 万元 (a table in another unit gives its cells one). */
    private static Optional<BigDecimal> toWan(Mention m) {
        double f = factor(m);
        if (f == 0) {
            return Optional.empty();
        }
        int shift = (int) Math.round(-Math.log10(f));
        return Optional.of(m.value().movePointLeft(shift));
    }

    /** What one written unit is in 万元, or 0 when the mention is not an amount of money. */
    private static double factor(Mention m) {
        String unit = m.unit() == null ? "" : m.unit();
        if ("number".equals(m.kind()) && unit.isEmpty()) {
            return 1;
        }
        if (!"amount".equals(m.kind()) || !unit.endsWith("元")) {
            return 0;
        }
        return switch (unit.substring(0, unit.length() - 1)) {
            case "" -> 1e-4;
            case "千" -> 1e-1;
            case "万" -> 1;
            case "十万" -> 10;
            case "百万" -> 1e2;
            case "千万" -> 1e3;
            case "亿" -> 1e4;
            default -> 0;
        };
    }

    /** Half a unit of the written value's last digit, in 万元 (1.28亿元 stands for ± 50万元). */
    private static double half(BigDecimal written, double factor) {
        return 0.5 * Math.pow(10, -written.scale()) * factor;
    }
}
