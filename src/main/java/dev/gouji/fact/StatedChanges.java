package dev.gouji.fact;

import dev.gouji.extract.FieldCatalog;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.model.Document;
import dev.gouji.model.Sentences;
import dev.gouji.record.Change;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures that state a change of a department amount between two years (「比上年增加356.2万元，
 * 增长4.3%」, 「与2022年相比，…支出增加61.81万元」) and says what they compare: the quantity, its basis, the
 * two years and the direction. A change counts only when its sentence compares with a named or relative year
 * before it (比上年, 较2022年, 与2022年相比, 同比): 「比年初预算增加」 compares within the year, not across.
 * The quantity is the one the change's own words name (「“三公”经费支出减少0.24万元」), else the department
 * amount stated last before it in the sentence (「机关运行经费支出41.93万元，比2022年减少3.12万元」); a
 * percentage after an amount change of the same sentence changes the same quantity.
 */
public final class StatedChanges {
    private static final Pattern CHANGE_WORD = Pattern.compile("(?<up>增加|增长|上升|提高|增幅)|(?<down>减少|下降|降低|降幅)");
    /** The change word must end the figure's clause: 「增加55.19万元」, 「下降4.70%」. */
    private static final Pattern CHANGE_AT_END = Pattern.compile("(?:增加|增长|上升|提高|增幅|减少|下降|降低|降幅)(?:了|为|约)?$");
    private static final Pattern COMPARED = Pattern.compile(
            "(?:比|较|与|同)\\s*(?:(?<year>(?:19|20)\\d{2})\\s*年|(?<prior>上一年|上年|去年|前一年))(?:度)?(?:同期)?|(?<same>同比)");
    /** Words of the comparison and the change left around the name of what changed. */
    private static final Pattern NOT_NAME = Pattern.compile("(?:相比|相较|对比|比较)|(?:各|均|分别|共|总体|整体|同比)+$");

    private StatedChanges() {
    }

    /** One entry per fact, in the same order: its change, or null when it states none. */
    public static List<Change> find(Document doc, List<Fact> facts, Integer fiscalYear, String reportKind) {
        List<Change> out = new ArrayList<>(facts.size());
        if (fiscalYear == null) {
            facts.forEach(f -> out.add(null));
            return out;
        }
        Map<String, String> texts = new HashMap<>();
        for (var p : doc.paragraphs()) {
            texts.put(p.id(), p.text().normalized());
        }
        Basis defaultBasis = "budget_disclosure".equals(reportKind) ? Basis.BUDGET : Basis.ACTUAL;
        for (int i = 0; i < facts.size(); i++) {
            out.add(changeOf(facts, out, i, texts, fiscalYear, defaultBasis));
        }
        return out;
    }

    private static Change changeOf(List<Fact> facts, List<Change> found, int i, Map<String, String> texts,
            int fiscalYear, Basis defaultBasis) {
        Fact f = facts.get(i);
        boolean percent = f.kind() == QuantityKind.PERCENT;
        if (f.inTable() || !(percent || f.kind() == QuantityKind.AMOUNT && f.basis() == Basis.OTHER)) {
            return null;
        }
        String clause = f.candidate().rawLabel().strip();
        Matcher end = CHANGE_AT_END.matcher(clause);
        if (!end.find()) {
            return null;
        }
        Matcher word = CHANGE_WORD.matcher(clause.substring(end.start()));
        if (!word.find()) {
            return null;
        }
        String direction = word.group("up") != null ? Change.INCREASE : Change.DECREASE;
        String text = texts.getOrDefault(f.evidence().block(), "");
        int at = Math.min(f.candidate().quantity().start(), text.length());
        int sentence = Sentences.start(text, at);
        Integer since = null;
        Matcher m = COMPARED.matcher(text.substring(sentence, at));
        while (m.find()) {
            since = m.group("year") != null ? Integer.valueOf(m.group("year")) : Integer.valueOf(fiscalYear - 1);
        }
        if (since == null) {
            return null;
        }
        // what the change's own words name, comparison and change words taken out
        String named = NOT_NAME.matcher(COMPARED.matcher(clause.substring(0, end.start())).replaceAll("")).replaceAll("");
        String subject = FieldNames.subject(dev.gouji.extract.Labels.clean(named), QuantityKind.AMOUNT);
        Optional<String> field = named.isBlank() || FieldNames.isBare(subject) ? Optional.empty()
                : FieldNames.fieldNamed(named).filter(StatedChanges::isMoney);
        if (field.isPresent()) {
            Basis stated = BasisWords.of(named);
            Basis basis = stated == null || stated == Basis.OTHER || stated == Basis.RATE ? defaultBasis : stated;
            return since < fiscalYear ? new Change(field.get(), basis.json(), since, fiscalYear, direction) : null;
        }
        // the amount stated last before it in the sentence, passing over the compared year's own figure
        // (「比上年的1.58万元减少0.23万元」); a sub-item or project there means the change is not the department's
        for (int j = i - 1; j >= 0 && facts.get(j).place().equals(f.place()); j--) {
            Fact before = facts.get(j);
            if (percent && found.get(j) != null) {
                Change amount = found.get(j); // 「增加61.81万元，增长7.82%」: the same change, as a rate
                return new Change(amount.of(), amount.basis(), amount.since(), amount.to(), direction);
            }
            if (before.kind() != QuantityKind.AMOUNT || found.get(j) != null || before.basis() == Basis.RATE
                    || before.period() != null && before.period().equals(since)) {
                continue;
            }
            if (before.field() && before.scope() == null && isMoney(before.quantity()) && before.basis() != Basis.OTHER) {
                int to = before.period() == null ? fiscalYear : before.period();
                return since < to ? new Change(before.quantity(), before.basis().json(), since, to, direction) : null;
            }
            return null;
        }
        return null;
    }

    private static boolean isMoney(String key) {
        FieldCatalog.Field field = FieldCatalog.byKey(key);
        return field != null && field.unit() == FieldCatalog.Unit.MONEY;
    }
}
