package dev.gouji.fact;

import dev.gouji.extract.Candidate;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.record.Evidence;
import java.math.BigDecimal;

/**
 * A figure that knows what it is: its value as written and normalised, <em>what</em> it measures
 * ({@code quantity}: a canonical field key of fields.md, or its own label when none fits), <em>when</em>
 * ({@code period}: the year it is about, null when nothing says, which reads as the fiscal year),
 * <em>on which basis</em> (budget, actual, target …), <em>whose</em> ({@code scope}: null for the department,
 * or the sub-item, project or funding source it belongs to), and where it stands.
 *
 * @param field    true when {@code quantity} is a canonical field key (not a label)
 * @param basisStated true when the words say the basis; false when it is the report kind's default (a
 *                 self-evaluation's bare figure reads as spent, a budget disclosure's as budgeted)
 * @param place    the smallest place the figure shares with the figures stated with it: a table row
 *                 ({@code t3#4}) or a sentence of a paragraph ({@code p12#2})
 * @param inferred true when the quantity was not named by the figure's own words but taken from what was named
 *                 before it or from a bare basis word (「实际支出」 after 「基本支出调整后预算…」, 「预算资金」)
 * @param money    true for an amount of money (a bare number in a table whose column is money counts)
 * @param whole    the figure a 「其中」 makes this one a part of, in its sentence; null when it is no such part
 * @param aside    true when the figure stands inside brackets in its sentence (「（目标值100%，满分5分，扣1分）」):
 *                 a detail of what the sentence states, not a statement of its own
 * @param code     the classification code (功能分类/经济分类科目编码) of the table row the figure stands in, in the
 *                 block of columns that code heads; null elsewhere
 */
public record Fact(Candidate candidate, String quantity, boolean field, Integer period, boolean periodStated, Basis basis,
        boolean basisStated, String scope, String place, boolean inferred, boolean money, Fact whole,
        boolean aside, String code) {

    /** The place of a table row, as facts and indicators name it ({@code t3#4}, row 0-based). */
    public static String rowPlace(String tableId, int row) {
        return tableId + "#" + row;
    }

    public BigDecimal value() {
        return candidate.quantity().normalized();
    }

    public QuantityKind kind() {
        return candidate.quantity().kind();
    }

    public Evidence evidence() {
        return candidate.evidence();
    }

    public String label() {
        return candidate.label();
    }

    public boolean inTable() {
        return candidate.inTable();
    }

    /**
     * Half a unit of the figure's last written digit, in the unit of {@link #value()}: 1.28亿元 is written to
     * 0.01亿, so it stands for 12,800 ± 50 万元, where 12,790.52万元 stands for ± 0.005.
     */
    public double halfUnit() {
        var q = candidate.quantity();
        double half = 0.5 * Math.pow(10, -Math.max(0, q.value().scale()));
        return q.value().signum() == 0 ? half : half * Math.abs(q.normalized().doubleValue() / q.value().doubleValue());
    }

    public boolean isRate() {
        return kind() == QuantityKind.PERCENT;
    }

    /** Whether two facts belong to the same department, project or sub-item (a name may be written longer). */
    public boolean sameScope(Fact other) {
        if (scope == null || other.scope == null) {
            return scope == null && other.scope == null;
        }
        return scope.contains(other.scope) || other.scope.contains(scope);
    }

    /** Whether the fact is about the fiscal year (a fact that names no year is). */
    public boolean about(Integer fiscalYear) {
        return period == null || fiscalYear == null || period.equals(fiscalYear);
    }

    /** Same quantity, same year, same basis, same scope: the only facts that can contradict each other. */
    public boolean comparableWith(Fact other) {
        return quantity.equals(other.quantity) && java.util.Objects.equals(period, other.period) && basis == other.basis
                && java.util.Objects.equals(scope, other.scope);
    }
}
