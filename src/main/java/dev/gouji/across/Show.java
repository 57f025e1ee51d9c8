package dev.gouji.across;

import dev.gouji.extract.FieldCatalog;
import dev.gouji.record.Evidence;
import java.math.BigDecimal;

/** How the cross findings write figures, names and bases for an auditor. */
final class Show {
    private Show() {
    }

    static String amount(BigDecimal v) {
        return v.toPlainString();
    }

    /** The difference of two figures, to the finer of their written decimals. */
    static BigDecimal difference(BigDecimal a, BigDecimal b) {
        return a.subtract(b);
    }

    static String quantity(String key) {
        return FieldCatalog.chineseName(key);
    }

    static String basis(String basis) {
        return switch (basis) {
            case ReportFacts.BUDGET_INITIAL -> "年初预算数";
            case "budget" -> "预算数";
            case "actual" -> "决算数";
            default -> basis;
        };
    }

    static CrossFigure figure(DepartmentSeries.Entry e) {
        ReportFacts.Level l = e.level();
        return new CrossFigure(e.report().path(), e.report().fiscalYear(), l.label(), l.value(), "万元", l.evidence());
    }

    static CrossFigure yearOf(ReportFacts r) {
        return new CrossFigure(r.path(), r.fiscalYear(), "年度", BigDecimal.valueOf(r.fiscalYear()), "年", r.yearEvidence());
    }

    static CrossFigure nameOf(ReportFacts r) {
        Evidence e = r.departmentEvidence();
        return new CrossFigure(r.path(), r.fiscalYear(), r.department(), null, null, e);
    }
}
