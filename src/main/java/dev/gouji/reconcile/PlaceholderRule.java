package dev.gouji.reconcile;

import dev.gouji.extract.review.TextFlaw;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-STRUCT/placeholder: a template placeholder left in the report (「XX局」, 「××」, 「（单位名称）」, 「增加（减少）」,
 * the template's own instructions). One finding per placeholder as written, citing where it stands (the first
 * few places) and how often: a template left unfilled shows the same 「XX」 a hundred times.
 */
final class PlaceholderRule implements Rule {
    private static final int CITED = 5;

    @Override
    public String family() {
        return "R-STRUCT";
    }

    @Override
    public List<Finding> check(Context ctx) {
        Map<String, List<TextFlaw>> byText = new LinkedHashMap<>();
        for (TextFlaw f : ctx.extraction().review().flaws()) {
            if (f.kind() == TextFlaw.Kind.PLACEHOLDER) {
                byText.computeIfAbsent(f.text(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (var e : byText.entrySet()) {
            List<TextFlaw> at = e.getValue();
            List<Figure> figures = new ArrayList<>();
            for (TextFlaw f : at.subList(0, Math.min(CITED, at.size()))) {
                figures.add(Findings.figure("模板占位符「" + e.getKey() + "」", null, null, f.evidence()));
            }
            out.add(new Finding("R-STRUCT/placeholder", "warning",
                    "模板占位符「" + e.getKey() + "」未替换为实际内容，共" + at.size() + "处，如「" + at.get(0).evidence().snippet() + "」",
                    figures, null, BigDecimal.valueOf(at.size()), null));
        }
        return out;
    }
}
