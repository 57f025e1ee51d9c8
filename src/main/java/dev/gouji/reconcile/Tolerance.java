package dev.gouji.reconcile;

import dev.gouji.config.PipelineConfig;
import java.math.BigDecimal;

/**
 * Rounding tolerance from the written precision of each figure (the interval idea of XBRL Calculations
 * 1.1): a figure written to two decimals stands for anything within ±0.005, so a sum of n such terms may
 * miss its written total by the half-units of all of them. pipeline.conf can widen it.
 */
public final class Tolerance {
    private final double extraAbsolute;
    private final double extraRelative;

    public Tolerance(PipelineConfig.Tolerance config) {
        this.extraAbsolute = config.extraAbsolute();
        this.extraRelative = config.extraRelative();
    }

    /** Half a unit of the last written digit: 1633.94 → 0.005, 80 → 0.5. */
    public static double halfUnit(BigDecimal written) {
        return 0.5 * Math.pow(10, -Math.max(0, written.scale()));
    }

    /** Whether {@code total} and the sum of {@code parts} agree within the written precision of all. */
    public boolean sumHolds(BigDecimal total, BigDecimal... parts) {
        double sum = 0;
        double slack = halfUnit(total);
        for (BigDecimal p : parts) {
            sum += p.doubleValue();
            slack += halfUnit(p);
        }
        return Math.abs(total.doubleValue() - sum) <= slack + extra(total.doubleValue()) + 1e-9;
    }

    /**
     * As {@link #sumHolds}, for figures that are counted rather than measured (scores): a whole number is
     * exact, only written decimals carry rounding.
     */
    public boolean countedSumHolds(BigDecimal total, BigDecimal... parts) {
        double sum = 0;
        double slack = total.scale() > 0 ? halfUnit(total) : 0;
        for (BigDecimal p : parts) {
            sum += p.doubleValue();
            slack += p.scale() > 0 ? halfUnit(p) : 0;
        }
        return Math.abs(total.doubleValue() - sum) <= slack + extra(total.doubleValue()) + 1e-9;
    }

    /** Whether two statements of one quantity agree within the precision both are written to. */
    public boolean same(BigDecimal a, BigDecimal b) {
        return within(a.doubleValue() - b.doubleValue(), halfUnit(a) + halfUnit(b),
                Math.max(Math.abs(a.doubleValue()), Math.abs(b.doubleValue())));
    }

    /**
     * Whether a difference between figures is no more than their rounding: {@code slack} is the sum of their
     * half-units in the unit of the difference (for figures written in another unit than they are compared
     * in, such as 1.28亿元 in 万元), {@code magnitude} the size the configured relative extra applies to.
     */
    public boolean within(double difference, double slack, double magnitude) {
        return Math.abs(difference) <= slack + extra(magnitude) + 1e-9;
    }

    /** Whether {@code part} can be no larger than {@code whole} once rounding is allowed for. */
    public boolean notLarger(BigDecimal part, BigDecimal whole) {
        return part.doubleValue() <= whole.doubleValue() + halfUnit(part) + halfUnit(whole) + extra(whole.doubleValue()) + 1e-9;
    }

    /**
     * Whether a stated percentage fits numerator/denominator × 100 given the precision of all three: the
     * exact ratio may round or truncate to the stated figure.
     */
    public boolean rateHolds(BigDecimal stated, BigDecimal numerator, BigDecimal denominator) {
        return rateHolds(stated, numerator, denominator, false);
    }

    /** As above; {@code exactOperands} when both are exact counts (persons), not rounded amounts. */
    public boolean rateHolds(BigDecimal stated, BigDecimal numerator, BigDecimal denominator, boolean exactOperands) {
        if (denominator.signum() == 0) {
            return true;
        }
        double nHalf = exactOperands ? 0 : halfUnit(numerator);
        double dHalf = exactOperands ? 0 : halfUnit(denominator);
        double nLo = numerator.doubleValue() - nHalf;
        double nHi = numerator.doubleValue() + nHalf;
        double dLo = denominator.doubleValue() - dHalf;
        double dHi = denominator.doubleValue() + dHalf;
        if (dLo <= 0) {
            return true;
        }
        double lo = Math.min(nLo / dHi, nLo / dLo) * 100;
        double hi = Math.max(nHi / dLo, nHi / dHi) * 100;
        double unit = Math.pow(10, -Math.max(0, stated.scale()));
        double s = stated.doubleValue();
        double extra = extra(s);
        // rounds to the stated figure, or was truncated to it
        double acceptLo = s - unit / 2 - extra;
        double acceptHi = s + unit + extra;
        return hi >= acceptLo - 1e-9 && lo <= acceptHi + 1e-9;
    }

    private double extra(double magnitude) {
        return extraAbsolute + Math.abs(magnitude) * extraRelative;
    }
}
