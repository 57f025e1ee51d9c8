package dev.gouji.reconcile;

import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * R-YEAR: a date that contradicts the report's fiscal year. An indicator whose target is a date in the
 * fiscal year, scored by a rule that names a deadline in another year (「在2022年12月底前完成得满分」); an
 * evaluation said to cover another whole year than the report's.
 */
final class YearRule implements Rule {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    /** 「在2022年12月底前」, 「2022年内」; not 「较2022年同期提前」, which compares with a year. */
    private static final Pattern DEADLINE = Pattern.compile(
            "(?<![较比与同])((?:19|20)\\d{2})\\s*年(?!同期)[^，。;；]{0,8}?(?<!提)(?:前|底|内|以前)");

    @Override
    public String family() {
        return "R-YEAR";
    }

    @Override
    public List<Finding> check(Context ctx) {
        java.util.ArrayList<Finding> out = new java.util.ArrayList<>();
        evaluatedYears(ctx, out);
        for (Indicator i : ctx.extraction().indicators()) {
            if (i.target() == null || i.evidence() == null) {
                continue;
            }
            Matcher t = YEAR.matcher(i.target());
            if (!t.find()) {
                continue;
            }
            int targetYear = Integer.parseInt(t.group(1));
            if (ctx.fiscalYear() != null && targetYear != ctx.fiscalYear()) {
                continue;
            }
            String rowText = rowText(ctx, i);
            Matcher d = DEADLINE.matcher(rowText);
            while (d.find()) {
                int year = Integer.parseInt(d.group(1));
                if (year != targetYear) {
                    out.add(new Finding("R-YEAR", "warning",
                            "指标「" + i.name() + "」的目标为" + i.target() + "，但评分标准写「" + d.group() + "」：" + year + "年与"
                                    + targetYear + "年度不符",
                            List.<Figure>of(Findings.figure(i.name(), BigDecimal.valueOf(targetYear), "年", i.evidence()),
                                    Findings.figure("评分标准", BigDecimal.valueOf(year), "年", i.evidence())),
                            BigDecimal.valueOf(targetYear), BigDecimal.valueOf(year), BigDecimal.valueOf(year - targetYear)));
                    break;
                }
            }
        }
        return out;
    }

    /** The year the report says it evaluates (「自评范围为2021年1月1日至2021年12月31日」) against its fiscal year. */
    private static void evaluatedYears(Context ctx, List<Finding> out) {
        var fiscal = ctx.extraction().fiscalYear();
        if (fiscal == null) {
            return;
        }
        for (var year : ctx.extraction().evaluatedYears()) {
            if (!year.value().equals(fiscal.value())) {
                out.add(new Finding("R-YEAR/evaluated-period", "warning",
                        "报告所属年度为" + fiscal.value() + "年，但写明的自评时段为" + year.value() + "年全年（可能沿用了上年报告）",
                        List.<Figure>of(Findings.figure("自评时段", BigDecimal.valueOf(year.value()), "年", year.evidence()),
                                Findings.figure("报告年度", BigDecimal.valueOf(fiscal.value()), "年", fiscal.evidence())),
                        BigDecimal.valueOf(fiscal.value()), BigDecimal.valueOf(year.value()),
                        BigDecimal.valueOf(year.value() - fiscal.value())));
                return;
            }
        }
    }

    /** What the indicator's row says besides its target: the actual and the scoring rule (评（扣）分标准). */
    private static String rowText(Context ctx, Indicator i) {
        return String.join("。", java.util.Objects.requireNonNullElse(i.actual(), ""),
                java.util.Objects.requireNonNullElse(i.note(), ""));
    }
}
