package dev.gouji.extract;

import dev.gouji.extract.FieldCatalog.Field;
import dev.gouji.fact.Basis;
import dev.gouji.fact.Fact;
import dev.gouji.extract.number.Quantity;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Statement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical fields as a view over the facts: a field takes the fiscal year's facts of its quantity on
 * the report's own basis, and the best-supported statement becomes the value (a table beats a sentence, a
 * figure that names its year beats one that does not); every other statement is kept in {@code others}.
 * Budget facts of an actual field go to {@code budget.<field>} (基本支出 in a 预算 column becomes
 * budget.spending.basic); other years' figures, targets, changes and sub-items never give a field its value.
 */
public final class FieldExtractor {

    /** A candidate assigned to a field, with its rank (higher is better). */
    private record Ranked(Field field, Fact fact, int rank, int order) {
        Candidate candidate() {
            return fact.candidate();
        }

        double halfUnit() {
            return fact.halfUnit();
        }
    }

    public Map<String, FieldValue> extract(List<Fact> facts, Integer fiscalYear, String reportKind) {
        return extract(facts, fiscalYear, reportKind, new ArrayList<>());
    }

    /**
     * As {@link #extract(List, Integer, String)}, also listing every figure taken for a field. A field takes
     * the fiscal year's facts of its quantity on the report's own basis (the actual, or the budget in a budget
     * disclosure); budget facts of an actual field go to {@code budget.<field>}; other years' facts, targets,
     * changes and sub-items' rates are never a field's value.
     */
    public Map<String, FieldValue> extract(List<Fact> facts, Integer fiscalYear, String reportKind,
            List<Extraction.Assignment> assignments) {
        boolean budgetDisclosure = "budget_disclosure".equals(reportKind);
        Map<String, List<Ranked>> byField = new LinkedHashMap<>();
        int order = 0;
        for (Fact f : facts) {
            order++;
            Candidate c = f.candidate();
            if (!f.field() || f.scope() != null) {
                continue;
            }
            Field field = FieldCatalog.byKey(f.quantity());
            if (field == null || !unitFits(field, c)) {
                continue;
            }
            if (c.indicatorTable() && field.unit() != FieldCatalog.Unit.SCORE) {
                continue;
            }
            if (!f.about(fiscalYear) && !(budgetDisclosure && field.unit() == FieldCatalog.Unit.PERSONS)) {
                continue;
            }
            String key = keyOn(field, f.basis(), budgetDisclosure);
            if (key == null) {
                continue;
            }
            Field target = FieldCatalog.byKey(key);
            int rank = (c.inTable() ? 4 : 2) + (f.periodStated() ? 1 : 0); // a table beats a sentence, even one naming its year
            byField.computeIfAbsent(key, k -> new ArrayList<>()).add(new Ranked(target == null ? field : target, f, rank, order));
            assignments.add(new Extraction.Assignment(key.startsWith("budget.") && !field.key().startsWith("budget.")
                    ? field.key() : key, c, key.startsWith("budget.") && !field.key().startsWith("budget.")));
        }
        Map<String, FieldValue> out = new LinkedHashMap<>();
        for (Map.Entry<String, List<Ranked>> e : byField.entrySet()) {
            out.put(e.getKey(), best(e.getValue()));
        }
        return out;
    }

    /**
     * The field a fact of {@code field} on {@code basis} fills: the field itself for an actual (or any basis of
     * a budget disclosure), {@code budget.<field>} for a budget of an actual field, nothing for a target or a change.
     */
    static String keyOn(Field field, Basis basis, boolean budgetDisclosure) {
        if (field.key().startsWith("budget.")) {
            return basis == Basis.ACTUAL || basis == Basis.OTHER || basis == Basis.TARGET ? null : field.key();
        }
        if (field.unit() == FieldCatalog.Unit.SCORE || field.unit() == FieldCatalog.Unit.PERCENT) {
            return field.key(); // a score or a rate is what it is, whatever its column says of budgets
        }
        if (field.unit() != FieldCatalog.Unit.MONEY) {
            return basis == Basis.TARGET || basis == Basis.OTHER ? null : field.key();
        }
        if (field.key().equals("spending.total") && !budgetDisclosure && basis.isBudget()) {
            return basis == Basis.BUDGET_INITIAL ? "budget.initial" : "budget.full_year"; // the department's whole budget
        }
        return switch (basis) {
            case ACTUAL, ACHIEVED -> field.key();
            case BUDGET, BUDGET_INITIAL -> budgetDisclosure ? field.key() : "budget." + field.key();
            default -> null;
        };
    }

    /** The best-supported statement as the value, every other one in {@code others}. */
    private static FieldValue best(List<Ranked> all) {
        // on a tie the more precise statement wins (12,790.52万元 over 1.28亿元), then the first
        Ranked best = all.stream().max(Comparator.comparingInt(Ranked::rank)
                .thenComparing(r -> preferLaterInRow(r), Comparator.naturalOrder())
                .thenComparing(Ranked::halfUnit, Comparator.reverseOrder())
                .thenComparing(Ranked::order, Comparator.reverseOrder())).orElseThrow();
        List<Statement> others = new ArrayList<>();
        for (Ranked r : all) {
            if (r != best) {
                others.add(statement(r));
            }
        }
        Statement s = statement(best);
        return new FieldValue(s.value(), s.unit(), s.raw(), s.label(), s.evidence(), others);
    }

    /** A score row 「总分 | 100 | 94」 gives the maximum first and the score after it. */
    private static int preferLaterInRow(Ranked r) {
        return r.field().unit() == FieldCatalog.Unit.SCORE && r.candidate().inTable() ? r.candidate().col() : 0;
    }

    private static Statement statement(Ranked r) {
        Quantity q = r.candidate().quantity();
        String unit = switch (r.field().unit()) {
            case MONEY -> "万元";
            case PERSONS -> "人";
            case PERCENT -> "%";
            case SCORE -> "分";
        };
        BigDecimal value = q.kind() == QuantityKind.NUMBER ? q.value() : q.normalized();
        return new Statement(value, unit, q.raw(), r.candidate().label(), r.candidate().evidence());
    }

    public static boolean unitFits(Field field, Candidate c) {
        Quantity q = c.quantity();
        if (q.unit().contains("/")) {
            return false; // a rate per head or per month is not a total
        }
        boolean bare = q.kind() == QuantityKind.NUMBER && c.inTable();
        return switch (field.unit()) {
            case MONEY -> q.kind() == QuantityKind.AMOUNT || bare;
            case PERSONS -> (q.kind() == QuantityKind.COUNT && (q.unit().endsWith("人") || q.unit().endsWith("名"))) || bare;
            case PERCENT -> q.kind() == QuantityKind.PERCENT;
            case SCORE -> q.kind() == QuantityKind.SCORE || bare;
        };
    }
}
