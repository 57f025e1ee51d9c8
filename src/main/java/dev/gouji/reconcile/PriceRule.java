package dev.gouji.reconcile;

import dev.gouji.extract.number.Money;
import dev.gouji.extract.number.Quantity;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.fact.Fact;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import java.math.BigDecimal;
import java.util.List;

/**
 * R-PRICE: a quantity times its unit price is not the amount stated with them. The price is a figure per
 * unit (750元/人, 16元/亩, 929.71元/人·月), the quantity a figure in the price's unit stated with it (536名,
 * 98.62万亩), and the amount the money figure that follows the price (「…按16元/亩标准安排补偿资金1,557.92万元」)
 * or, in an indicator table, the row's cost target.
 */
final class PriceRule implements Rule {
    @Override
    public String family() {
        return "R-PRICE";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new java.util.ArrayList<>();
        for (Indicator i : ctx.extraction().indicators()) {
            if (i.targetParsed() == null || i.place() == null) {
                continue;
            }
            String unit = i.targetParsed().unit();
            if (unit == null || !(unit.equals("万元") || unit.equals("元") || unit.equals("万"))) {
                continue;
            }
            BigDecimal stated = Money.toWan(i.targetParsed().value(), unit); // 万 alone is 万元 here
            // the row's explanation cell with exactly one price and the head count stated before it
            List<Fact> row = ctx.at(i.place());
            for (Fact price : row) {
                if (perUnit(price) == null) {
                    continue;
                }
                List<Fact> cell = row.stream().filter(f -> f.evidence().block().equals(price.evidence().block())).toList();
                if (cell.stream().filter(f -> perUnit(f) != null).count() != 1) {
                    break;
                }
                Fact count = quantityFor(cell.subList(0, cell.indexOf(price)), price, false);
                if (count != null) {
                    check("「" + i.name() + "」预算", stated, i.targetParsed().value(), price, count,
                            Findings.figure(i.name(), stated, "万元", i.evidence()), out);
                }
                break;
            }
        }
        for (List<Fact> sentence : ctx.places()) {
            for (int k = 0; k < sentence.size(); k++) {
                Fact price = sentence.get(k);
                if (price.inTable() || perUnit(price) == null) {
                    continue;
                }
                Fact count = quantityFor(sentence.subList(0, k), price, false);
                Fact amount = sentence.subList(k + 1, sentence.size()).stream()
                        .filter(f -> f.kind() == QuantityKind.AMOUNT && perUnit(f) == null).findFirst().orElse(null);
                if (count != null && amount != null) {
                    check(amount.label(), amount.value(), amount.candidate().quantity().value(), price, count,
                            Findings.figure(amount.candidate()), out);
                }
            }
        }
        return out;
    }

    private static void check(String what, BigDecimal stated, BigDecimal written, Fact price, Fact count,
            dev.gouji.record.Figure statedFigure, List<Finding> out) {
        Quantity p = price.candidate().quantity();
        Quantity q = count.candidate().quantity();
        int months = perUnit(price).contains("月") ? 12 : 1; // 元/人/月, 元/人·月: a year is twelve months
        // price.value() is in 万元 per unit; the count in its own unit with 万 applied (98.62万亩 = 986200亩)
        BigDecimal product = price.value().multiply(q.normalized()).multiply(BigDecimal.valueOf(months));
        // a standard price or a head count written whole is exact; written decimals carry their rounding
        double slack = Tolerance.halfUnit(written) * (stated.compareTo(written) == 0 ? 1 : 0.0001)
                + (p.scale() > 0 ? q.normalized().doubleValue() * months * Tolerance.halfUnit(p.value()) / 10000 : 0)
                + (q.scale() > 0 ? p.value().doubleValue() * months * Tolerance.halfUnit(q.value()) * q.normalized().doubleValue()
                        / Math.max(q.value().doubleValue(), 1e-9) / 10000 : 0);
        if (Math.abs(product.doubleValue() - stated.doubleValue()) <= slack + 1e-9) {
            return;
        }
        BigDecimal expected = Findings.round2(product.doubleValue());
        out.add(new Finding("R-PRICE", "error",
                what + Findings.show(stated) + "万元，但" + q.raw() + "×" + p.raw() + (months == 12 ? "×12个月" : "") + "="
                        + Findings.show(expected) + "万元，相差" + Findings.show(expected.subtract(stated).abs()) + "万元",
                List.of(statedFigure, Findings.figure(count.label(), q.value(), q.unit(), count.evidence()),
                        Findings.figure(price.label(), p.value(), p.unit(), price.evidence())),
                expected, stated, stated.subtract(expected)));
    }

    /** The unit a price is per (人 in 元/人, 亩 in 元/亩), or null for a figure that is no price. */
    private static String perUnit(Fact f) {
        String unit = f.candidate().quantity().unit();
        int slash = unit.indexOf('/');
        return f.kind() == QuantityKind.AMOUNT && slash >= 0 ? unit.substring(slash + 1) : null;
    }

    /** The quantity counted in the price's unit among {@code facts}: the last one, or with {@code anywhere} the first. */
    private static Fact quantityFor(List<Fact> facts, Fact price, boolean anywhere) {
        String per = perUnit(price).replaceAll("[·./]?[月年]$", "");
        Fact found = null;
        for (Fact f : facts) {
            if (f == price || f.kind() == QuantityKind.AMOUNT || f.kind() == QuantityKind.PERCENT) {
                continue;
            }
            String unit = f.candidate().quantity().normalizedUnit();
            if (unit.equals(per) || per.equals("人") && unit.equals("名") || per.equals("名") && unit.equals("人")) {
                found = f;
                if (anywhere) {
                    return f;
                }
            }
        }
        return found;
    }
}
