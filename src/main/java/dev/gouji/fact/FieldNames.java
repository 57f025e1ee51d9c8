package dev.gouji.fact;

import dev.gouji.extract.BoundedCache;
import dev.gouji.extract.FieldCatalog;
import dev.gouji.extract.Labels;
import dev.gouji.extract.number.QuantityKind;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a label names: its subject (the label without its year and basis words, and without the funding
 * source inside it) and the canonical field the subject names, when the words before the field's name only
 * qualify it (部门, 机关, an organisation's name) rather than name something else (警务辅助人员经费 is a project,
 * not 人员经费). A subject naming nothing but the department or its total is bare (「年度资金总额」, 「本单位」).
 */
public final class FieldNames {

    /** A subject that names no quantity of its own: only the department's total is meant. */
    private static final Pattern TOTAL_SUBJECT = Pattern.compile(
            "^(?:部门|单位|本部门|本单位|我局|我单位|本局)?(?:整体)?(?:全年|年度)?(?:财政)?(?:资金总额|资金|总额|整体支出|总支出|资金合计|总计|合计|小计)?[数额]?$");
    /** Words that may stand before a field's name without making it another quantity (局机关公用经费). */
    private static final Pattern QUALIFIERS = Pattern.compile(
            "部门|单位|本单位|本部门|我局|我单位|本局|局|机关|全部|累计|当年|合计|共|一般公共预算|财政拨款|财政|其中|全口径|本级|用于|的|中|各|总"
                    + "|另有|另外|此外|还有|以及|主要是|主要为|纳入|包括|含");
    /** An organisation's name at the head of a label: 「…局」, 「…委员会」, 「…中心」 (with 本级, 机关). */
    private static final Pattern ORGANISATION = Pattern.compile("^.{2,30}?(?:局|委员会|委|办公室|院|中心|所|站|大队|支队|队|部|厅|处|会|学校|校|馆)(?![门属])(?:本级|机关)?");
    /** A funding source inside a label, not at its head and not naming the income it is: 「三公经费财政拨款支出」. */
    private static final Pattern FUNDING_SOURCE = Pattern.compile("(?<=[^算])(?:一般公共预算)?财政拨款(?!收入)");
    private static final Pattern LEADING_QUALIFIER = Pattern.compile(
            "^(?:部门|单位|本单位|本部门|我局|我单位|本局|机关|全部|累计|当年|全口径|本级|市本级|县本级|区本级|各|整体)");
    /** 「年中追加后」, 「根据续聘人数调增后」: the budget as adjusted, naming nothing of its own. */
    private static final Pattern AFTER_ADJUSTMENT = Pattern.compile(".{0,20}(?:追加|调增|调减|调整|追减|压减)后$");
    private static final Pattern RESULT_VERB = Pattern.compile("(?:调整|调增|调减|追加|增加|减少|压减|核减)(?:为|至|到)$");

    private FieldNames() {
    }

    /** The canonical field a label names, read as a figure's label is (for rules reading a rate's 「占…的」). */
    public static Optional<String> fieldNamed(String label) {
        String cleaned = Labels.clean(label);
        return match(cleaned, subject(cleaned, QuantityKind.AMOUNT)).map(FieldCatalog.Field::key);
    }

    static Optional<FieldCatalog.Field> match(String cleanedLabel, String subject) {
        Optional<FieldCatalog.Field> stripped = FieldCatalog.match(subject);
        if (stripped.isPresent()) {
            // only money has projects and sub-items named like its fields (警务辅助人员经费)
            return stripped.get().unit() != FieldCatalog.Unit.MONEY || qualifiersOnly(subject) ? stripped : Optional.empty();
        }
        Optional<FieldCatalog.Field> core = FieldCatalog.match(core(subject));
        if (core.isPresent()) {
            return core; // 「本单位支出」, 「单位收入」: the department's own 支出, 收入
        }
        if (!isBare(subject)) {
            return Optional.empty(); // 「科技创新券补贴年初预算」 names the project's budget, not budget.initial
        }
        return FieldCatalog.match(cleanedLabel);
    }

    /** The subject without the organisation and qualifiers at its head (「本单位支出」 is 支出). */
    private static String core(String subject) {
        String s = ORGANISATION.matcher(subject).replaceFirst("");
        String previous;
        do {
            previous = s;
            s = LEADING_QUALIFIER.matcher(s).replaceFirst("");
        } while (!s.equals(previous));
        return s;
    }

    /** Whether a subject names nothing but the department or its total (「本单位」, 「年度资金总额」, 「市本级」). */
    static boolean isBare(String subject) {
        return BARE.get(subject);
    }

    private static boolean isBareUncached(String subject) {
        return TOTAL_SUBJECT.matcher(subject).matches() || TOTAL_SUBJECT.matcher(core(subject)).matches()
                || core(subject).length() <= 1 || AFTER_ADJUSTMENT.matcher(subject).matches();
    }

    /**
     * Whether what stands before the field's name in {@code subject} only qualifies it: words such as 部门, 机关,
     * 一般公共预算, or the name of an organisation (「开福区城市管理和综合执法局机关运行经费」).
     */
    static boolean qualifiersOnly(String subject) {
        int length = FieldCatalog.matchedLength(subject);
        String prefix = ORGANISATION.matcher(subject.substring(0, Math.max(0, subject.length() - length))).replaceFirst("");
        return QUALIFIERS.matcher(prefix).replaceAll("").length() <= 1;
    }

    /**
     * The label with the words of year and basis taken out, and the funding source inside it (「三公经费财政拨款
     * 支出」 is 三公经费支出); a rate or a score keeps its basis words (执行率, 预算执行总分).
     */
    static String subject(String label, QuantityKind kind) {
        boolean keepsBasis = kind == QuantityKind.PERCENT || kind == QuantityKind.SCORE;
        return (keepsBasis ? SUBJECT_OF_RATE : SUBJECT).get(label);
    }

    /** Labels repeat across a report and across reports: each is reduced once (regexes are most of the cost). */
    private static final BoundedCache<String> SUBJECT = new BoundedCache<>(50_000, l -> subjectUncached(l, false));
    private static final BoundedCache<String> SUBJECT_OF_RATE = new BoundedCache<>(50_000, l -> subjectUncached(l, true));
    private static final BoundedCache<Boolean> BARE = new BoundedCache<>(50_000, FieldNames::isBareUncached);

    private static String subjectUncached(String label, boolean keepsBasis) {
        // 「全年预算数调整为」, 「增加至」: the level the figure was brought to, said of the subject before the verb
        String s = keepsBasis ? label : BasisWords.strip(RESULT_VERB.matcher(label).replaceFirst(""));
        s = Labels.clean(PeriodWords.strip(s));
        return FUNDING_SOURCE.matcher(s).replaceAll("");
    }
}
