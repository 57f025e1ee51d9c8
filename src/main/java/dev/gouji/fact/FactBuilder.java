package dev.gouji.fact;

import dev.gouji.extract.Candidate;
import dev.gouji.extract.FieldCatalog;
import dev.gouji.extract.FieldExtractor;
import dev.gouji.extract.Labels;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.model.Document;
import dev.gouji.model.Sentences;
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
 * its label with the year and basis words taken out (「“三公”经费决算总额」 is 三公经费 on an actual basis; see
 * {@link FieldNames}).
 *
 * <p>A clause that names only a basis (「…年初预算8.46万元，实际支出0.21万元」) speaks of what was named before
 * it (see {@link Subjects}); with nothing named, of the department's total (年初预算数 is budget.initial,
 * 调整后预算数 budget.full_year, 实际支出 spending.total). The items of a 「其中」 list are parts of the figure
 * before it: they take its basis and year unless they state their own, and an item of the same quantity
 * (「编制186人，其中行政编制32名」) is a sub-item, not the quantity itself.
 */
public final class FactBuilder {
    /** Words of a change between two figures: the figure after them is a difference, not a level. */
    private static final Pattern CHANGE = Pattern.compile(
            "(?:增加|减少|增长|下降|上升|降低|节约|节支|超支|追加|调增|调减|调整了|增支|减支|差额|变动|相差|多支|少支|压减|核减|新增|增幅|降幅)(?![后为至到])");
    /** Leading words that compare with another year: 「比上年」, 「较2022年」, 「同比」. */
    private static final Pattern COMPARISON = Pattern.compile("(?:比|较|与|同比|环比)(?:上年|上一年|去年|(?:19|20)\\d{2}年)?(?:度)?(?:同期)?");
    /** A row naming an organisational unit (局机关, 二级机构, 汇总): its columns name the figures. */
    private static final Pattern UNIT_ROW = Pattern.compile("(?:机构\\d*|机关|单位|汇总|本级|合计|总计|[局委院])$");
    /** A clause that says only that money was spent (「支出356.80万元」), naming nothing. */
    private static final Pattern BARE_SPENT = Pattern.compile("^(?:共|共计|累计|已|实际)?支出(?:了|数)?$");
    /** A fund or project named, then 支出 (not a field such as 项目支出, which the catalogue knows). */
    private static final Pattern SPENT_AFTER_NAME = Pattern.compile(".+(?:经费|资金|项目|专项|补助|补贴|奖励)(?:实际)?支出(?:了|数)?$");
    /** Words after a figure that make it a threshold of a scale. */
    private static final Pattern BOUND_AFTER = Pattern.compile("\\s*(?:[(（]含[)）])?\\s*(?:以上|以下|及以上|及以下|至|～|~|-)");
    private static final Pattern SCORE_COLUMN = Pattern.compile("分值|得分|权重|分数|评分");
    /** Column headers under which a bare number is not money: scores, weights, rates, counts. */
    private static final Pattern NOT_MONEY_COLUMN = Pattern.compile("分值|得分|权重|分数|评分|率|%|人数|个数|数量|户数|人次|面积|里程|长度|[(（](?:人|个|次|户|项|亩|公里|km|平方米|吨)[)）]");
    private static final Pattern RATE_FIELD = Pattern.compile(".*执行率$");

    private FactBuilder() {
    }

    public static List<Fact> build(Document doc, List<Candidate> candidates, Integer fiscalYear, String reportKind) {
        boolean budgetReport = "budget_disclosure".equals(reportKind);
        TableScopes tables = TableScopes.of(doc, reportKind);
        List<Fact> out = new ArrayList<>(candidates.size());
        Map<String, Subjects> paragraphs = new HashMap<>();
        Map<String, String> texts = new HashMap<>();
        for (var p : doc.paragraphs()) {
            texts.put(p.id(), p.text().normalized());
        }
        Map<String, dev.gouji.model.Table> byId = new HashMap<>();
        for (var t : doc.tables()) {
            byId.put(t.id(), t);
        }
        Map<String, List<int[]>> codeBlocks = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.inTable()) {
                var table = byId.get(c.tableId());
                String code = table == null ? null
                        : ClassificationCodes.codeAt(table, codeBlocks.computeIfAbsent(c.tableId(), k -> ClassificationCodes.blocks(table)),
                                c.row(), c.col());
                out.add(fromCell(c, fiscalYear, budgetReport, tables, code));
            } else {
                Subjects subjects = paragraphs.computeIfAbsent(c.evidence().block(), b -> new Subjects(texts.getOrDefault(b, "")));
                out.add(fromSentence(subjects, c, fiscalYear, budgetReport));
            }
        }
        return out;
    }

    private static Fact fromCell(Candidate c, Integer fiscalYear, boolean budgetReport, TableScopes tables, String code) {
        String column = c.column();
        String row = c.rawLabel();
        Basis basis = cellBasis(c, column, row);
        Integer period = PeriodWords.of(column, fiscalYear);
        boolean stated = PeriodWords.names(column);
        if (!stated) {
            period = PeriodWords.of(row, fiscalYear);
            stated = PeriodWords.names(row);
        }
        if (basis == null && CHANGE.matcher(column).find()) {
            basis = Basis.OTHER;
        }
        String subject = FieldNames.subject(c.rowLabel(), c.quantity().kind());
        Optional<FieldCatalog.Field> field = FieldNames.match(c.rowLabel(), subject);
        if (field.isEmpty() && !c.indicatorTable() && (FieldNames.isBare(subject) || UNIT_ROW.matcher(subject).find())) {
            // a table whose columns name the fields (基本支出 | 项目支出) and whose rows name the year or basis
            field = columnField(column, c.quantity().kind());
            if (field.isPresent()) {
                basis = c.quantity().kind() == QuantityKind.PERCENT ? Basis.RATE : firstNonNull(BasisWords.of(row), BasisWords.of(column));
            }
        }
        boolean basisStated = basis != null;
        if (basis == null) {
            basis = defaultBasis(budgetReport);
        }
        boolean money = isMoney(c, column);
        if (c.quantity().kind() == QuantityKind.NUMBER && SCORE_COLUMN.matcher(column).find()) {
            basis = Basis.OTHER; // a score or a weight in its column: no budget, no actual
        }
        field = field.filter(f -> FieldExtractor.unitFits(f, c) && (f.unit() != FieldCatalog.Unit.MONEY || money));
        String quantity = field.map(FieldCatalog.Field::key).orElse(null);
        String scope = tables.scopeOf(c.tableId());
        boolean inferred = false;
        if (tables.projectRows(c.rowHeader())) {
            // the rows of a project table are projects, its 合计 their total: none is the department's figure
            quantity = null;
            scope = FieldNames.isBare(subject) ? TableScopes.PROJECT_TOTAL : c.rowLabel();
        } else if (quantity == null && money && FieldNames.isBare(subject) && !c.rowLabel().isBlank() && !c.indicatorTable()) {
            quantity = totalOn(basis, c, budgetReport);
            inferred = quantity != null;
        }
        if (field.isPresent() && field.get().unit() == FieldCatalog.Unit.PERSONS && c.label().startsWith("其中")) {
            scope = subject; // 「其中：行政编制」: a part of the staff, not the staff
        }
        String place = Fact.rowPlace(c.tableId(), c.row());
        return new Fact(c, quantity == null ? c.label() : quantity, quantity != null, stated ? period : fiscalYear, stated,
                basis, basisStated, scope, place, inferred, money, null, false, code);
    }

    /**
     * The field the column headers over a cell name: the header nearest the cell first, since the ones above
     * it group columns (「其中」, 「结余」, 「年度收入情况」); a header broken over lines (「公共财 政拨款」) is
     * tried whole too.
     */
    private static Optional<FieldCatalog.Field> columnField(String column, QuantityKind kind) {
        String[] words = column.trim().split("\\s+");
        for (int from = words.length - 1; from >= 0; from--) {
            String header = FieldNames.subject(Labels.clean(String.join("", java.util.Arrays.copyOfRange(words, from, words.length))), kind);
            Optional<FieldCatalog.Field> field = FieldCatalog.matchColumn(header)
                    .filter(f -> f.unit() != FieldCatalog.Unit.MONEY || FieldNames.qualifiersOnly(header));
            if (field.isPresent()) {
                return field;
            }
        }
        return Optional.empty();
    }

    /** A percentage in an indicator table is a target or an achieved value by its column; elsewhere a rate. */
    private static Basis cellBasis(Candidate c, String column, String row) {
        Basis stated = firstNonNull(BasisWords.of(column), BasisWords.of(row));
        if (c.quantity().kind() != QuantityKind.PERCENT) {
            return stated;
        }
        return stated == Basis.TARGET || stated == Basis.ACHIEVED ? stated : Basis.RATE;
    }

    /** A bare number in a table is money unless its column holds scores, weights, rates or counts. */
    private static boolean isMoney(Candidate c, String column) {
        if (c.quantity().kind() == QuantityKind.AMOUNT) {
            return true;
        }
        return c.quantity().kind() == QuantityKind.NUMBER && !NOT_MONEY_COLUMN.matcher(column.replace(" ", "")).find();
    }

    private static Fact fromSentence(Subjects subjects, Candidate c, Integer fiscalYear, boolean budgetReport) {
        String text = subjects.text();
        int at = Math.min(c.quantity().start(), text.length());
        int sentenceStart = Sentences.start(text, at);
        String place = c.evidence().block() + "#" + sentenceStart;
        String clause = c.rawLabel();
        String before = text.substring(sentenceStart, Math.max(sentenceStart, at - clause.length()));
        QuantityKind kind = c.quantity().kind();
        Basis basis;
        if (c.quantity().qualifier() == dev.gouji.extract.number.Qualifier.APPROXIMATE && clause.chars().allMatch(ch -> Character.isWhitespace(ch) || ch == '(' || ch == '（')) {
            basis = Basis.OTHER; // 「52,418.63万元（约5.24亿元）」: the figure before it again, rounded
        } else if (BOUND_AFTER.matcher(text.substring(Math.min(c.quantity().end(), text.length()))).lookingAt()
                || isBound(c.quantity().qualifier())) {
            basis = Basis.OTHER; // 「总分90分（含）以上为“优”」: a threshold, not a figure of the year
        } else if (kind == QuantityKind.PERCENT) {
            basis = Basis.RATE;
        } else if (CHANGE.matcher(clause).find()) {
            basis = Basis.OTHER;
        } else {
            basis = BasisWords.of(clause);
        }
        Integer period = PeriodWords.of(clause, fiscalYear);
        boolean stated = PeriodWords.names(clause);
        Fact whole = subjects.wholeOf(sentenceStart, at);
        if (!stated && whole != null) {
            // 「年初预算268.40万元，其中基本支出235.30万元」: the items are the whole's, on its basis and year
            stated = whole.periodStated();
            period = whole.period();
        } else if (!stated) {
            String context = COMPARISON.matcher(before).replaceAll("");
            stated = PeriodWords.names(context);
            period = stated ? PeriodWords.of(context, fiscalYear) : null;
        }
        if (basis == null && whole != null && whole.basis() != Basis.OTHER && whole.basis() != Basis.RATE) {
            basis = whole.basis();
        }
        // the clause as written first: trimming it to its head words can drop a word that names the field (其他收入)
        String cleaned = Labels.clean(clause);
        String subject = FieldNames.subject(cleaned, kind);
        boolean bare = FieldNames.isBare(subject);
        if (bare) {
            String trimmed = FieldNames.subject(c.label(), kind);
            if (!FieldNames.isBare(trimmed)) {
                subject = trimmed;
                cleaned = c.label();
                bare = false;
            }
        }
        Optional<FieldCatalog.Field> field = bare ? Optional.empty() : FieldNames.match(cleaned, subject);
        field = field.filter(f -> FieldExtractor.unitFits(f, c));
        String quantity = field.map(FieldCatalog.Field::key).orElse(null);
        String scope = null;
        boolean inferred = false;
        Subjects.Named inSentence = subjects.inSentence(sentenceStart);
        Subjects.Named spokenOf = subjects.before(sentenceStart);
        if (field.isPresent() && field.get().exact().contains(subject)
                && (inSentence != null && !otherFamily(field.get().key(), inSentence) || spokenOf != null && !spokenOf.field())) {
            // 「区级科技创新专项资金安排预算360万元，支出356.8万元」, 「“三公”经费支出预算为8.50万元，支出决算为6.91万元」:
            // 支出 alone is what the sentence speaks of, not the department's total; and it was spent
            quantity = null;
            bare = true;
            if (basis == null && BARE_SPENT.matcher(subject).matches()) {
                basis = Basis.ACTUAL;
            }
        }
        if (quantity == null && !bare && kind != QuantityKind.PERCENT) {
            scope = subject; // 「科技创新券补贴年初预算160万元」: the figure belongs to what it names
        }
        if (whole != null && quantity != null && quantity.equals(whole.quantity()) && whole.field()) {
            scope = subject; // 「核定编制186人，其中行政编制32名」: a part of the quantity, not the quantity
        }
        if (kind == QuantityKind.PERCENT) {
            // 「基本支出…实际支出981.23万元，执行率99.06%」: the rate of the sub-item, not of the department
            Fact operand = subjects.lastMoney(sentenceStart);
            if (quantity != null && RATE_FIELD.matcher(subject).matches() && operand != null) {
                scope = operand.field() && isSubItem(operand.quantity()) ? operand.quantity() : operand.scope();
            }
        } else if (bare && basis != Basis.OTHER && kind == QuantityKind.AMOUNT) {
            Subjects.Named named = subjects.before(sentenceStart);
            if (named != null && named.field()) {
                quantity = named.quantity();
                inferred = true;
                scope = named.scope();
            } else if (named != null) {
                scope = named.quantity(); // 「科技创新券补贴年初预算160万元，…调整后预算140万元」: the project's
                inferred = true;
            } else {
                Basis on = basis == null ? defaultBasis(budgetReport) : basis;
                Optional<FieldCatalog.Field> asWritten = FieldCatalog.match(cleaned);
                quantity = asWritten.map(FieldCatalog.Field::key).orElseGet(() -> totalOn(on, c, budgetReport));
                inferred = asWritten.isEmpty();
            }
        }
        if (basis == null && quantity == null && SPENT_AFTER_NAME.matcher(subject).matches()) {
            basis = Basis.ACTUAL; // 「科普宣传经费支出42.55万元」: 支出 after a fund's name says it was spent
        }
        boolean basisStated = basis != null;
        Basis resolved = basis == null ? defaultBasis(budgetReport) : basis;
        if (quantity != null && quantity.startsWith("budget.") && resolved == Basis.ACTUAL) {
            quantity = null; // 「年初预算执行数」: not the budget itself
        }
        Fact fact = new Fact(c, quantity == null ? c.label() : quantity, quantity != null, stated ? period : fiscalYear,
                stated, resolved, basisStated, scope, place, inferred, kind == QuantityKind.AMOUNT, whole,
                insideBrackets(text.substring(sentenceStart, at)), null);
        subjects.record(sentenceStart, at, fact, !bare && resolved != Basis.OTHER && kind != QuantityKind.PERCENT
                ? (quantity != null ? quantity : subject) : null, quantity != null);
        return fact;
    }

    /** 「收入1.28亿元，支出1.27亿元」: 支出 after an income speaks of spending, not of that income. */
    private static boolean otherFamily(String key, Subjects.Named named) {
        return named.field() && key.startsWith("income.") != named.quantity().startsWith("income.");
    }

    /** The quantity a bare basis word states: the department's budget or its total spending. */
    private static String totalOn(Basis basis, Candidate c, boolean budgetReport) {
        if (c.quantity().kind() != QuantityKind.AMOUNT && !(c.inTable() && c.quantity().kind() == QuantityKind.NUMBER)) {
            return null;
        }
        return switch (basis) {
            case BUDGET_INITIAL -> "budget.initial";
            case BUDGET -> budgetReport ? "spending.total" : "budget.full_year"; // a budget disclosure's 支出预算 is its spending
            case ACTUAL -> "spending.total";
            default -> null;
        };
    }

    private static boolean isSubItem(String quantity) {
        return quantity.startsWith("spending.") && !quantity.equals("spending.total");
    }

    /**
     * The field a label names: with its year and basis words taken out (「“三公”经费决算总额」, 「基本支出调整后预算」),
     * else, when those words were all it said, as written (年度财政执行资金总额, 年初预算数). Words before the
     * field's name must only qualify it: 警务辅助人员经费 is a project, not 人员经费.
     */
    private static Basis defaultBasis(boolean budgetReport) {
        return budgetReport ? Basis.BUDGET : Basis.ACTUAL;
    }

    private static Basis firstNonNull(Basis a, Basis b) {
        return a != null ? a : b;
    }

    /** 「95%及以上」, 「不超过3万元」 in a sentence: a threshold or a limit, not the figure of the year. */
    private static boolean isBound(dev.gouji.extract.number.Qualifier q) {
        return q == dev.gouji.extract.number.Qualifier.AT_LEAST || q == dev.gouji.extract.number.Qualifier.AT_MOST
                || q == dev.gouji.extract.number.Qualifier.MORE_THAN || q == dev.gouji.extract.number.Qualifier.LESS_THAN;
    }

    private static boolean insideBrackets(String before) {
        int open = Math.max(before.lastIndexOf('('), before.lastIndexOf('（'));
        int close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
        return open > close;
    }
}
