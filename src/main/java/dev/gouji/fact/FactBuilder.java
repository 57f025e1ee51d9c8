package dev.gouji.fact;

import dev.gouji.extract.Candidate;
import dev.gouji.extract.FieldCatalog;
import dev.gouji.extract.Labels;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.model.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns located figures into facts. The year and the basis are read from the words nearest the figure: a
 * table cell's column headers, then its row label; a sentence's clause, then the rest of the sentence
 * before it (a comparison such as 「比上年」 speaks only for its own clause). What the figure measures is
 * its label with the year and basis words taken out (「“三公”经费决算总额」 is 三公经费 on an actual basis).
 * A clause that names only a basis (「…年初预算8.46万元，实际支出0.21万元」) speaks of the quantity named
 * before it in the same sentence; with nothing before it, of the department's total (年初预算数 is
 * budget.initial, 调整后预算数 budget.full_year, 实际支出 spending.total). A bare 「支出」 after the budget of
 * something named (「…安排预算360万元，支出356.8万元」) is that thing's spending; 「支出」 after a fund's name is an
 * actual. {@code basisStated} tells a basis the words say from the report kind's default.
 */
public final class FactBuilder {
    /** Words of a change between two figures: the figure after them is a difference, not a level. */
    private static final Pattern CHANGE = Pattern.compile("增加|减少|增长|下降|上升|降低|节约|节支|超支|追加|调增|调减|调整了|增支|减支|差额|变动|相差|多支|少支|压减|核减|新增");
    /** Leading words that compare with another year: 「比上年」, 「较2022年」, 「同比」. */
    private static final Pattern COMPARISON = Pattern.compile("(?:比|较|与|同比|环比)(?:上年|上一年|去年|(?:19|20)\\d{2}年)?(?:度)?(?:同期)?");
    /** A subject that names no quantity of its own: only the department's total is meant. */
    private static final Pattern TOTAL_SUBJECT = Pattern.compile(
            "^(?:部门|单位|本部门|本单位|我局|我单位)?(?:整体)?(?:年度)?(?:资金总额|资金|总额|整体支出|总支出|资金合计|总计)?[数额]?$");
    private static final Pattern RATE_FIELD = Pattern.compile(".*执行率$");
    /** A clause that says only that money was spent (「支出356.80万元」), naming nothing. */
    private static final Pattern BARE_SPENT = Pattern.compile("^(?:共|共计|累计|已|实际)?支出(?:了|数)?$");
    /** A fund or project named, then 支出 (not a field such as 项目支出, which the catalogue knows). */
    private static final Pattern SPENT_AFTER_NAME = Pattern.compile(".+(?:经费|资金|项目|专项|补助|补贴|奖励)(?:实际)?支出(?:了|数)?$");

    private FactBuilder() {
    }

    public static List<Fact> build(Document doc, List<Candidate> candidates, Integer fiscalYear, String reportKind) {
        boolean budgetReport = "budget_disclosure".equals(reportKind);
        List<Fact> out = new ArrayList<>(candidates.size());
        Map<String, Fact> lastInSentence = new HashMap<>();
        Map<String, String> paragraphs = new HashMap<>();
        for (Candidate c : candidates) {
            Fact f = c.inTable() ? fromCell(c, fiscalYear, budgetReport)
                    : fromSentence(doc, paragraphs, c, fiscalYear, budgetReport, lastInSentence);
            out.add(f);
            if (!c.inTable() && c.quantity().kind() != QuantityKind.PERCENT && f.basis() != Basis.OTHER) {
                lastInSentence.put(f.place(), f);
            }
        }
        return out;
    }

    private static Fact fromCell(Candidate c, Integer fiscalYear, boolean budgetReport) {
        String column = c.column();
        String row = c.rawLabel();
        Basis basis = c.quantity().kind() == QuantityKind.PERCENT ? Basis.RATE : firstNonNull(BasisWords.of(column), BasisWords.of(row));
        Integer period = PeriodWords.of(column, fiscalYear);
        boolean stated = PeriodWords.names(column);
        if (!stated) {
            period = PeriodWords.of(row, fiscalYear);
            stated = PeriodWords.names(row);
        }
        if (basis == null && CHANGE.matcher(column).find()) {
            basis = Basis.OTHER;
        }
        String subject = subject(c.rowLabel(), c.quantity().kind());
        Optional<FieldCatalog.Field> field = FieldCatalog.match(subject);
        if (field.isEmpty() && !c.indicatorTable()) {
            // a table whose columns name the fields (基本支出 | 项目支出) and whose rows name the year or basis
            String columnSubject = subject(Labels.clean(column), c.quantity().kind());
            field = FieldCatalog.matchColumn(columnSubject);
            if (field.isPresent()) {
                basis = c.quantity().kind() == QuantityKind.PERCENT ? Basis.RATE : firstNonNull(BasisWords.of(row), BasisWords.of(column));
            }
        }
        boolean basisStated = basis != null;
        if (basis == null) {
            basis = defaultBasis(budgetReport);
        }
        String quantity = field.map(FieldCatalog.Field::key).orElse(null);
        if (quantity == null && TOTAL_SUBJECT.matcher(subject).matches() && !c.indicatorTable()) {
            quantity = totalOn(basis, c);
        }
        String place = c.tableId() + "#" + c.row();
        return new Fact(c, quantity == null ? c.label() : quantity, quantity != null, stated ? period : fiscalYear, stated,
                basis, basisStated, null, place);
    }

    private static Fact fromSentence(Document doc, Map<String, String> paragraphs, Candidate c, Integer fiscalYear,
            boolean budgetReport, Map<String, Fact> lastInSentence) {
        String block = c.evidence().block();
        String text = paragraphs.computeIfAbsent(block, doc::paragraphText);
        int at = Math.min(c.quantity().start(), text.length());
        int sentenceStart = sentenceStart(text, at);
        String place = block + "#" + sentenceStart;
        String clause = c.rawLabel();
        String before = text.substring(sentenceStart, Math.max(sentenceStart, at - clause.length()));
        Basis basis = null;
        if (c.quantity().kind() == QuantityKind.PERCENT) {
            basis = Basis.RATE;
        } else if (CHANGE.matcher(clause).find()) {
            basis = Basis.OTHER;
        } else {
            basis = BasisWords.of(clause);
        }
        Integer period = PeriodWords.of(clause, fiscalYear);
        boolean stated = PeriodWords.names(clause);
        if (!stated) {
            String context = COMPARISON.matcher(before).replaceAll("");
            // only a year or 本年/上年 said of the sentence, not the words 年度/全年 of another clause
            stated = PeriodWords.names(context) && PeriodWords.of(context, fiscalYear) != null;
            period = stated ? PeriodWords.of(context, fiscalYear) : null;
        }
        Fact previous = lastInSentence.get(place);
        // the clause as written first: trimming it to its head words can drop a word that names the field (其他收入)
        String subject = subject(Labels.clean(clause), c.quantity().kind());
        Optional<FieldCatalog.Field> field;
        if (basis == null && spentOfBudgetBefore(previous, subject)) {
            // 「…安排预算360万元，支出356.8万元」: what was spent of the budget just named, not the department's spending
            basis = Basis.ACTUAL;
            subject = "";
            field = Optional.empty();
        } else {
            field = FieldCatalog.match(subject);
            if (field.isEmpty()) {
                subject = subject(c.label(), c.quantity().kind());
                field = FieldCatalog.match(subject);
            }
        }
        if (basis == null && field.isEmpty() && SPENT_AFTER_NAME.matcher(subject).matches()) {
            basis = Basis.ACTUAL; // 「科普宣传经费支出42.55万元」: 支出 after a fund's name says it was spent
        }
        boolean basisStated = basis != null;
        String quantity = field.map(FieldCatalog.Field::key).orElse(null);
        String scope = null;
        if (c.quantity().kind() == QuantityKind.PERCENT) {
            // 「基本支出…实际支出981.23万元，执行率99.06%」: the rate of the sub-item, not of the department
            if (quantity != null && RATE_FIELD.matcher(subject).matches() && previous != null && isSubItem(previous.quantity())) {
                scope = previous.quantity();
            }
        } else if (quantity == null && basis != Basis.OTHER && TOTAL_SUBJECT.matcher(subject).matches()) {
            if (previous == null) {
                quantity = totalOn(basis == null ? defaultBasis(budgetReport) : basis, c);
            } else if (previous.field()) {
                quantity = previous.quantity();
                scope = previous.scope();
            } else {
                // 「科技创新券补贴年初预算160万元，…调整后预算140万元」: the project's budget, not the department's
                scope = previous.scope() != null ? previous.scope() : subject(previous.label(), previous.kind());
            }
        }
        if (basis == null) {
            basis = defaultBasis(budgetReport);
        }
        if (quantity != null && quantity.startsWith("budget.") && basis == Basis.ACTUAL) {
            quantity = null; // 「年初预算执行数」: not the budget itself
        }
        return new Fact(c, quantity == null ? c.label() : quantity, quantity != null, stated ? period : fiscalYear, stated,
                basis, basisStated, scope, place);
    }

    /** A bare 「支出」 right after a budget of something other than the department's total budget. */
    private static boolean spentOfBudgetBefore(Fact previous, String subject) {
        return previous != null && previous.basis().isBudget() && !previous.quantity().startsWith("budget.")
                && BARE_SPENT.matcher(subject).matches();
    }

    /** The quantity a bare basis word states: the department's budget or its total spending. */
    private static String totalOn(Basis basis, Candidate c) {
        if (c.quantity().kind() != QuantityKind.AMOUNT && !(c.inTable() && c.quantity().kind() == QuantityKind.NUMBER)) {
            return null;
        }
        return switch (basis) {
            case BUDGET_INITIAL -> "budget.initial";
            case BUDGET -> "budget.full_year";
            case ACTUAL -> "spending.total";
            default -> null;
        };
    }

    private static boolean isSubItem(String quantity) {
        return quantity.startsWith("spending.") && !quantity.equals("spending.total");
    }

    /** The label with the words of year and basis taken out; a rate keeps its basis words (执行率, 完成率). */
    static String subject(String label, QuantityKind kind) {
        String s = kind == QuantityKind.PERCENT ? label : BasisWords.strip(label);
        return Labels.clean(PeriodWords.strip(s));
    }

    private static Basis defaultBasis(boolean budgetReport) {
        return budgetReport ? Basis.BUDGET : Basis.ACTUAL;
    }

    private static Basis firstNonNull(Basis a, Basis b) {
        return a != null ? a : b;
    }

    private static int sentenceStart(String text, int at) {
        int i = at - 1;
        while (i >= 0 && "。；;！？!?\n".indexOf(text.charAt(i)) < 0) {
            i--;
        }
        return i + 1;
    }
}
