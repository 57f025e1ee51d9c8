package dev.gouji.extract.review;

import dev.gouji.extract.review.ChangeStatement.Direction;
import dev.gouji.fact.Basis;
import dev.gouji.fact.Fact;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Sentences;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The year-on-year changes a report states in words: an amount of money after a comparison with an earlier
 * year (「比上年」, 「较2021年」, 「与2022年相比」, 「同比」) and a direction word (增加, 减少 …) in its sentence, and
 * whether its paragraph, or the paragraph after it, gives the reason the disclosure template asks for
 * (「主要原因是…」).
 */
final class ChangeStatements {
    private static final Pattern EARLIER = Pattern.compile(
            "(?:比|较|与|同)(?:上年|去年|上一年|上年度|上年同期|((?:19|20)\\d{2})年)|同比|上年同期相比");
    private static final Pattern DIRECTION = Pattern.compile(
            "(增加|增长|上升|提高|增多|多支|超支|增支)|(减少|下降|降低|减支|节约|节支|压减|少支|下调)");
    /** 「与上年持平」, 「与2022年基本持平」, 「比上年持平」: no change, and no figure of it. */
    private static final Pattern FLAT = Pattern.compile(
            "(?:与|和|同|比|较)(?:上年|去年|上一年|上年度|((?:19|20)\\d{2})年度?)(?:相比|比较)?(?:决算)?(?:数)?,?(?:基本)?持平");
    /** Words after which a change is said of a part of the figure, or of its reason: not of the figure compared. */
    private static final Pattern BREAKDOWN = Pattern.compile("其中|原因|主要是|由于|因为|系因|得益于|是因|源于|导致|所致");
    private static final Pattern REASON = Pattern.compile("原因|主要是|主要用于|由于|因为|系因|得益于|是因|用于|源于|导致|所致");

    private ChangeStatements() {
    }

    static void find(Document doc, List<Fact> facts, List<ChangeStatement> out) {
        Map<String, Integer> index = new HashMap<>();
        List<Paragraph> paragraphs = doc.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            index.put(paragraphs.get(i).id(), i);
        }
        changes(facts, paragraphs, index, out);
        flat(facts, paragraphs, out);
    }

    /**
     * 「…支出0.50万元，与上年持平」: said of the nearest figure of money before it in its sentence, whose place
     * the statement takes; a 持平 with no figure before it in its sentence says nothing the figures can check.
     */
    private static void flat(List<Fact> facts, List<Paragraph> paragraphs, List<ChangeStatement> out) {
        for (Paragraph p : paragraphs) {
            String text = p.text().normalized();
            Matcher m = FLAT.matcher(text);
            while (m.find()) {
                int sentence = Sentences.startAcrossLines(text, m.start());
                Fact subject = null;
                for (Fact f : facts) {
                    if (!f.inTable() && f.money() && f.evidence().block().equals(p.id()) && f.evidence().start() >= sentence
                            && f.evidence().end() <= m.start() && f.basis() != Basis.OTHER && f.basis() != Basis.RATE) {
                        subject = f;
                    }
                }
                if (subject != null) {
                    out.add(new ChangeStatement(null, Direction.FLAT, subject.place(), "持平", year(m.group(1)), true,
                            dev.gouji.extract.Evidences.of(p.id(), p.text(), m.start(), m.end())));
                }
            }
        }
    }

    private static void changes(List<Fact> facts, List<Paragraph> paragraphs, Map<String, Integer> index,
            List<ChangeStatement> out) {
        for (Fact f : facts) {
            if (f.inTable() || !f.money() || f.basis() != Basis.OTHER) {
                continue;
            }
            Integer at = index.get(f.evidence().block());
            if (at == null) {
                continue;
            }
            String text = paragraphs.get(at).text().normalized();
            int figure = f.evidence().start();
            if (figure < 0 || figure > text.length()) {
                continue;
            }
            String before = text.substring(Sentences.startAcrossLines(text, figure), figure);
            Matcher earlier = EARLIER.matcher(before);
            int cue = -1;
            Integer year = null;
            while (earlier.find()) {
                cue = earlier.end();
                year = year(earlier.group(1));
            }
            if (cue < 0) {
                continue;
            }
            Direction direction = null;
            String words = null;
            int wordsEnd = -1;
            Matcher d = DIRECTION.matcher(before);
            while (d.find()) {
                if (d.start() >= cue) {
                    direction = d.group(1) != null ? Direction.UP : Direction.DOWN;
                    words = d.group();
                    wordsEnd = d.end();
                }
            }
            // the direction word stands between the comparison and the figure, right before the figure
            if (direction == null || before.length() - wordsEnd > 4) {
                continue;
            }
            // 「…比上年增加10.00万元，其中办公费增加5.00万元」「…主要是培训费减少2.00万元」: a part of the change or
            // its reason, said of another item than the figure compared
            if (BREAKDOWN.matcher(before.substring(cue, wordsEnd)).find()) {
                continue;
            }
            boolean reason = REASON.matcher(text).find() || at + 1 < paragraphs.size() && REASON.matcher(
                    following(text, paragraphs.get(at + 1).text().normalized())).find();
            if (out.stream().noneMatch(c -> c.evidence().equals(f.evidence()))) {
                out.add(new ChangeStatement(f, direction, f.place(), words, year, reason, f.evidence()));
            }
        }
    }

    private static Integer year(String digits) {
        return digits == null ? null : Integer.valueOf(digits);
    }

    /**
     * What of the next paragraph may give the reason: all of it when this one stops mid-sentence (a line or page
     * break split it), else its opening words (the template's own paragraph 「主要原因：…」).
     */
    private static String following(String text, String next) {
        return text.endsWith("。") ? next.substring(0, Math.min(8, next.length())) : next;
    }
}
