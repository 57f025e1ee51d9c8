package dev.gouji.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A figure in a base unit, so 628.63万平方米 and 6586254.49平方米 compare: money in 元, areas in 平方米. */
record Dimension(double value, String base, double halfUnit, double factor) {
    static Dimension of(BigDecimal written, String unit) {
        if (unit == null) {
            return null;
        }
        String u = unit.replace(" ", "");
        double factor = 1;
        if (u.startsWith("万") && u.length() > 1) {
            factor = 10000;
            u = u.substring(1);
        } else if (u.startsWith("亿") && u.length() > 1) {
            factor = 100000000;
            u = u.substring(1);
        } else if (u.equals("万")) {
            factor = 10000;
            u = "元";
        }
        if (u.equals("㎡")) {
            u = "平方米";
        }
        if (!(u.equals("元") || u.equals("平方米") || u.equals("米") || u.equals("公里") || u.equals("吨"))) {
            return null;
        }
        double half = Tolerance.halfUnit(written) * factor;
        return new Dimension(written.doubleValue() * factor, u, half, factor);
    }

    double inUnitOf(Dimension other) {
        return value / other.factor;
    }

    BigDecimal inUnitOfDecimal(Dimension other) {
        return BigDecimal.valueOf(inUnitOf(other)).setScale(2, RoundingMode.HALF_UP);
    }
}
