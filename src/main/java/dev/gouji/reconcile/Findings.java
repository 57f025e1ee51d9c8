package dev.gouji.reconcile;

import dev.gouji.extract.Candidate;
import dev.gouji.record.Evidence;
import dev.gouji.record.Figure;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Small helpers to state figures and amounts in findings. */
final class Findings {
    private Findings() {
    }

    static Figure figure(Candidate c) {
        return figure(c.label(), c.quantity().normalized(), unitOf(c), c.evidence());
    }

    static Figure figure(String label, BigDecimal value, String unit, Evidence evidence) {
        return new Figure(label, value, unit, evidence);
    }

    static String unitOf(Candidate c) {
        String u = c.quantity().normalizedUnit();
        return u == null || u.isEmpty() ? "万元" : u;
    }

    /** A value as an auditor reads it: plain, no trailing zeros beyond two decimals. */
    static String show(BigDecimal v) {
        if (v == null) {
            return "?";
        }
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        return s.toPlainString();
    }

    static BigDecimal round2(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }
}
