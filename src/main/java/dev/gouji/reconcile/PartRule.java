package dev.gouji.reconcile;

import dev.gouji.extract.Candidate;
import dev.gouji.model.Paragraph;
import dev.gouji.record.Finding;
import java.util.ArrayList;
import java.util.List;

/**
 * R-PART: a part larger than its whole. In text a whole is the amount right before 「其中」 and its parts
 * are the amounts after it up to the end of the sentence; a nested 「其中」 starts the parts of the amount
 * right before it (基本支出…其中：人员经费…).
 */
final class PartRule implements Rule {
    @Override
    public String family() {
        return "R-PART";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Paragraph p : ctx.document().paragraphs()) {
            String text = p.text().normalized();
            List<Candidate> amounts = ctx.amountsIn(p.id());
            int from = 0;
            int at;
            while ((at = text.indexOf("其中", from)) >= 0) {
                from = at + 2;
                final int pos = at;
                Candidate whole = null;
                for (Candidate c : amounts) {
                    if (c.quantity().end() <= pos && sameSentence(text, c.quantity().end(), pos)) {
                        whole = c;
                    }
                }
                if (whole == null) {
                    continue;
                }
                int next = text.indexOf("其中", pos + 2);
                int end = Math.min(next < 0 ? text.length() : next, clauseEnd(text, pos));
                for (Candidate part : amounts) {
                    if (part.quantity().start() > pos && part.quantity().start() < end
                            && !ctx.tolerance().notLarger(part.quantity().normalized(), whole.quantity().normalized())) {
                        out.add(new Finding("R-PART", "error",
                                "「其中」所列" + part.label() + Findings.show(part.quantity().normalized()) + "万元大于其总数"
                                        + whole.label() + Findings.show(whole.quantity().normalized()) + "万元，超出"
                                        + Findings.show(part.quantity().normalized().subtract(whole.quantity().normalized())) + "万元",
                                List.of(Findings.figure(part), Findings.figure(whole)), whole.quantity().normalized(),
                                part.quantity().normalized(), part.quantity().normalized().subtract(whole.quantity().normalized())));
                    }
                }
            }
        }
        return out;
    }

    /** A 「其中」 list ends with its sentence or at a semicolon (「…；项目支出…」 belongs to the outer total). */
    private static int clauseEnd(String text, int from) {
        int end = text.length();
        for (char c : new char[] {'。', '；', ';'}) {
            int i = text.indexOf(c, from);
            if (i >= 0 && i < end) {
                end = i;
            }
        }
        return end;
    }

    private static boolean sameSentence(String text, int from, int to) {
        return text.substring(from, to).indexOf('。') < 0;
    }
}
