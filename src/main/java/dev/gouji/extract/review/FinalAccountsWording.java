package dev.gouji.extract.review;

import dev.gouji.extract.Evidences;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words that speak of the report's own year as 决算 (final accounts): 「2024年度部门决算」, 「本年决算数」,
 * 「支出决算表」, 「决算情况说明」. In a 决算 disclosure they belong; in a 预算 disclosure they are the wording of
 * another template carried over (the rule decides by the report's kind). A 决算 of an earlier year (「2022年决算数」)
 * is what a budget may quote, and is not this.
 */
final class FinalAccountsWording {
    /** 决算's tables or section, with the year they are of when one stands right before (「2022年部门决算表」). */
    private static final Pattern TABLE_OR_SECTION = Pattern.compile(
            "(?:(\\d{4})\\s*年度?(?:部门|单位)?(?:财政拨款)?(?:收入|支出)?)?决算(?:总表|表|情况说明|情况的说明)");
    /** A budget may say where its year's 决算 will be reported: 「将在2024年度部门决算中公开」「以2024年决算为准」. */
    private static final Pattern FUTURE_BEFORE = Pattern.compile("(?:将|待|届时|以|纳入|列入)[^,.;，。；]{0,6}$");
    private static final Pattern FUTURE_AFTER = Pattern.compile("^(?:中|时|后|为准)");

    private FinalAccountsWording() {
    }

    static void find(List<TextSpans> spans, Integer fiscalYear, List<TextFlaw> out) {
        Pattern ownYear = Pattern.compile("(?:本年度?|" + (fiscalYear == null ? "本年" : fiscalYear + "\\s*年度?")
                + ")(?:部门|单位)?(?:财政拨款)?(?:支出|收入)?决算");
        for (TextSpans s : spans) {
            String text = s.text().normalized();
            for (Pattern p : List.of(ownYear, TABLE_OR_SECTION)) {
                Matcher m = p.matcher(text);
                boolean found = false;
                while (m.find() && !found) {
                    if (p == TABLE_OR_SECTION && m.group(1) != null && fiscalYear != null
                            && Integer.parseInt(m.group(1)) != fiscalYear) {
                        continue; // another year's 决算表, which a budget may name
                    }
                    if (p == ownYear && FUTURE_BEFORE.matcher(text.substring(0, m.start())).find()
                            && FUTURE_AFTER.matcher(text.substring(m.end())).find()) {
                        continue; // the year's 决算 still to come
                    }
                    out.add(new TextFlaw(TextFlaw.Kind.FINAL_ACCOUNTS_WORDING, m.group(),
                            Evidences.of(s.id(), s.text(), m.start(), m.end())));
                    found = true;
                }
                if (found) {
                    break;
                }
            }
        }
    }
}
