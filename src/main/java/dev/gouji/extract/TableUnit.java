package dev.gouji.extract;

import dev.gouji.extract.number.Money;
import dev.gouji.extract.number.Quantity;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.model.Cell;
import dev.gouji.model.Table;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The money unit a table declares for its bare figures: 「单位：元」 in the line above it or in its first
 * rows, or 「（元）」 in a header. Bare figures are taken as 万元 unless the table says otherwise; a column
 * whose header names its own unit (%, 人) is left alone.
 */
final class TableUnit {
    private static final Pattern DECLARED = Pattern.compile("单位\\s*[:：]\\s*(万元|千元|亿元|元)");
    private static final Pattern IN_HEADER = Pattern.compile("[(（]\\s*(万元|千元|亿元|元)\\s*[)）]");
    static final TableUnit WAN = new TableUnit("万元");

    private final String unit;

    private TableUnit(String unit) {
        this.unit = unit;
    }

    static TableUnit of(Table t, String paragraphBefore) {
        Matcher m = DECLARED.matcher(paragraphBefore);
        if (m.find()) {
            return new TableUnit(m.group(1));
        }
        for (int r = 0; r < Math.min(2, t.rowCount()); r++) {
            for (Cell c : t.rows().get(r)) {
                Matcher d = DECLARED.matcher(c.normalized());
                if (d.find()) {
                    return new TableUnit(d.group(1));
                }
                Matcher h = IN_HEADER.matcher(c.normalized());
                if (h.find() && !h.group(1).equals("万元")) {
                    return new TableUnit(h.group(1));
                }
            }
        }
        return WAN;
    }

    /** A bare figure in this table as an amount in its declared unit, normalised to 万元. */
    Quantity apply(Quantity q, String columnHeader) {
        if (q.kind() != QuantityKind.NUMBER || unit.equals("万元") || columnHeader.contains("%") || columnHeader.contains("率")
                || columnHeader.contains("人") || columnHeader.contains("(万元)") || columnHeader.contains("（万元）")) {
            return q;
        }
        return new Quantity(q.start(), q.end(), q.raw(), q.value(), q.scale(), unit, QuantityKind.AMOUNT,
                Money.toWan(q.value(), unit), "万元", q.qualifier());
    }
}
