package dev.gouji.reconcile;

import dev.gouji.extract.review.TextFlaw;
import dev.gouji.record.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * R-WORDING flaws of the text itself: a word or phrase written twice (warning), a bracket or quote that does not
 * pair up (warning), an ASCII comma between a word and an amount (info: style), and a 预算 disclosure that speaks
 * of its own year's 决算 (warning, once per report: the first place it does).
 */
final class TextRule implements Rule {
    @Override
    public String family() {
        return "R-WORDING";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (TextFlaw f : ctx.extraction().review().flaws()) {
            switch (f.kind()) {
                case DOUBLED -> out.add(finding("R-WORDING/doubled", "warning", "词语重复「" + f.text() + "」", f));
                case UNBALANCED -> out.add(finding("R-WORDING/unbalanced", "warning",
                        "括号或引号「" + f.text() + "」没有与之配对的另一半", f));
                case COMMA -> out.add(finding("R-WORDING/punctuation", "info", "文字与金额之间用了半角逗号「,」", f));
                case FINAL_ACCOUNTS_WORDING -> {
                    if (budgetDisclosure(ctx) && out.stream().noneMatch(x -> x.rule().equals("R-WORDING/kind"))) {
                        out.add(finding("R-WORDING/kind", "warning", "预算公开文件中出现决算用语「" + f.text() + "」（可能沿用了决算模板）", f));
                    }
                }
                case PLACEHOLDER -> {
                }
            }
        }
        return out;
    }

    private static boolean budgetDisclosure(Context ctx) {
        var kind = ctx.extraction().reportKind();
        return kind != null && "budget_disclosure".equals(kind.value());
    }

    private static Finding finding(String rule, String severity, String what, TextFlaw f) {
        return new Finding(rule, severity, what + "：「" + f.evidence().snippet() + "」",
                List.of(Findings.figure(f.text(), null, null, f.evidence())), null, null, null);
    }
}
