package dev.gouji.extract;

import java.util.List;

/**
 * The canonical fields of shared/spec/fields.md with the label variants reports use. A cleaned label
 * names a field when it ends with one of the variants, optionally followed by a modifier such as 数 or
 * 总额; the longest matching variant wins, so 公务用车运行维护费 is not taken for 公务用车购置费.
 */
public final class FieldCatalog {
    /** What kind of figure a field takes. */
    public enum Unit { MONEY, PERSONS, PERCENT, SCORE }

    /** A canonical field and the words that name it. {@code exact} variants must match the whole label. */
    public record Field(String key, Unit unit, List<String> variants, List<String> exact) {
    }

    private static final List<String> SUFFIXES = List.of("", "数", "总额", "总数", "合计", "预算数", "决算数", "预算",
            "支出", "金额", "资金", "情况", "人数", "共计", "额", "为", "小计");

    public static final List<Field> FIELDS = List.of(
            new Field("staff.authorized", Unit.PERSONS, List.of("编制数", "人员编制", "编制人数", "核定编制", "事业编制人数", "行政编制人数", "行政编制", "事业编制", "专项编制"), List.of("编制")),
            new Field("staff.actual", Unit.PERSONS, List.of("实有人数", "实际在职人数", "在职人数", "在职人员", "实有人员"), List.of()),
            new Field("staff.retired", Unit.PERSONS, List.of("离退人员", "离退休人员", "离退休人数", "退休人员"), List.of()),
            new Field("budget.initial", Unit.MONEY, List.of("年初预算数", "年初预算批复", "年初预算", "年初批复预算"), List.of()),
            new Field("budget.full_year", Unit.MONEY, List.of("全年预算数", "调整后预算数", "调整后预算", "全年预算"), List.of("预算数", "预算")),
            new Field("spending.total", Unit.MONEY, List.of("支出合计", "全年执行数", "年度财政执行资金总额", "财政拨款支出", "支出预算", "本年支出合计", "支出总额", "总支出", "整体支出"), List.of("执行数", "支出")),
            new Field("spending.basic", Unit.MONEY, List.of("基本支出", "基本支出总额"), List.of()),
            new Field("spending.personnel", Unit.MONEY, List.of("人员经费", "人员支出", "人员经费支出"), List.of()),
            new Field("spending.public", Unit.MONEY, List.of("公用经费", "公用支出", "日常公用经费", "公用经费支出"), List.of()),
            new Field("spending.project", Unit.MONEY, List.of("项目支出", "项目支出总额", "专项支出"), List.of()),
            new Field("income.total", Unit.MONEY, List.of("收入合计", "本年收入", "实际收入", "收入预算", "本年收入合计", "收入总额"), List.of("收入")),
            new Field("income.appropriation", Unit.MONEY, List.of("财政拨款收入", "公共财政拨款", "一般公共预算拨款", "一般公共预算财政拨款收入", "一般公共预算", "本级财政拨款收入", "财政拨款预算收入"), List.of()),
            new Field("income.other", Unit.MONEY, List.of("其他收入", "其他资金", "其他预算收入"), List.of("其他")),
            new Field("carryover.opening", Unit.MONEY, List.of("上年结转", "年初结转和结余", "上年结转(归集调整后)", "上年结余", "年初结转结余", "上年结转结余", "上年结转和结余", "年初结余"), List.of()),
            new Field("three_public.total", Unit.MONEY, List.of("三公经费", "三公经费合计"), List.of()),
            new Field("three_public.reception", Unit.MONEY, List.of("公务接待费", "公务接待"), List.of()),
            new Field("three_public.vehicle", Unit.MONEY, List.of("公务用车购置及运行(维护)费", "公务用车购置及运行维护费", "公务用车购置及运行费", "公务用车购置和维护经费", "公务用车购置和运行维护费"), List.of()),
            new Field("three_public.vehicle_purchase", Unit.MONEY, List.of("公务用车购置费", "公车购置"), List.of()),
            new Field("three_public.vehicle_operation", Unit.MONEY, List.of("公务用车运行维护费", "公务用车运维费", "公车运行维护", "公务用车运行费", "公务用车运行维护"), List.of()),
            new Field("three_public.overseas", Unit.MONEY, List.of("因公出国(境)费", "出国经费", "因公出国费", "因公出国(境)经费"), List.of()),
            new Field("running_cost", Unit.MONEY, List.of("机关运行经费"), List.of()),
            new Field("execution_rate", Unit.PERCENT, List.of("执行率", "预算执行率"), List.of()),
            new Field("self_score", Unit.SCORE, List.of("自评得分", "综合得分", "绩效自评综合得分", "自评总分"), List.of("总分", "得分合计")));

    /** Each field's variants with every suffix appended, built once: {@link #match} runs for every label. */
    private static final List<String[][]> SUFFIXED = FIELDS.stream()
            .map(f -> f.variants().stream()
                    .map(v -> SUFFIXES.stream().filter(suffix -> !(suffix.equals("支出") && f.key().startsWith("income.")))
                            .map(suffix -> v + suffix).toArray(String[]::new))
                    .toArray(String[][]::new))
            .toList();
    /** The last characters any variant-with-suffix can end with: a label ending otherwise matches no variant. */
    private static final java.util.Set<Character> LAST_CHARS = SUFFIXED.stream()
            .flatMap(java.util.Arrays::stream).flatMap(java.util.Arrays::stream)
            .map(s -> s.charAt(s.length() - 1)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private FieldCatalog() {
    }

    /** The Chinese name an auditor reads for a field: its first label variant. */
    public static String chineseName(String key) {
        return FIELDS.stream().filter(f -> f.key().equals(key)).findFirst()
                .map(f -> f.variants().isEmpty() ? key : f.variants().get(0)).orElse(key);
    }

    /** The field with this key, or null (budget.<field> keys of actual fields have no entry of their own). */
    public static Field byKey(String key) {
        for (Field f : FIELDS) {
            if (f.key().equals(key)) {
                return f;
            }
        }
        return null;
    }

    /**
     * How many characters at the end of a cleaned label the matched field's variant explains (with its
     * modifier), or 0 when it names no field; the rest, before it, qualifies the field or names something else.
     */
    public static int matchedLength(String cleanedLabel) {
        return MATCHED_LENGTH.get(cleanedLabel);
    }

    private static final BoundedCache<Integer> MATCHED_LENGTH = new BoundedCache<>(50_000, FieldCatalog::matchedLengthUncached);

    private static int matchedLengthUncached(String cleanedLabel) {
        String label = cleanedLabel.replace("（", "(").replace("）", ")");
        int best = 0;
        for (int i = 0; i < FIELDS.size(); i++) {
            for (String e : FIELDS.get(i).exact()) {
                if (label.equals(e)) {
                    best = Math.max(best, e.length());
                }
            }
            for (String[] forVariant : SUFFIXED.get(i)) {
                for (String candidate : forVariant) {
                    if (candidate.length() > best && label.endsWith(candidate)) {
                        best = candidate.length();
                    }
                }
            }
        }
        return best;
    }

    /** The field a cleaned label names, if any. */
    public static java.util.Optional<Field> match(String cleanedLabel) {
        return match(cleanedLabel, true);
    }

    /**
     * The field a column header names. Bare words such as 预算数 name a field only as a row's own label:
     * over a column of project rows they say which year or kind, not which field.
     */
    public static java.util.Optional<Field> matchColumn(String cleanedHeader) {
        return match(cleanedHeader, false);
    }

    /** Labels repeat across a report and across reports: each is matched once. */
    private static final BoundedCache<java.util.Optional<Field>> ROW_CACHE =
            new BoundedCache<>(50_000, label -> matchUncached(label, true));
    private static final BoundedCache<java.util.Optional<Field>> COLUMN_CACHE =
            new BoundedCache<>(50_000, label -> matchUncached(label, false));

    private static java.util.Optional<Field> match(String cleanedLabel, boolean withExact) {
        return (withExact ? ROW_CACHE : COLUMN_CACHE).get(cleanedLabel);
    }

    private static java.util.Optional<Field> matchUncached(String cleanedLabel, boolean withExact) {
        String label = cleanedLabel.replace("（", "(").replace("）", ")");
        Field best = null;
        int bestLength = 0;
        boolean mayEndWithVariant = !label.isEmpty() && LAST_CHARS.contains(label.charAt(label.length() - 1));
        for (int i = 0; i < FIELDS.size(); i++) {
            Field f = FIELDS.get(i);
            for (String e : withExact ? f.exact() : List.<String>of()) {
                if (label.equals(e) && e.length() > bestLength) {
                    best = f;
                    bestLength = e.length();
                }
            }
            if (!mayEndWithVariant) {
                continue;
            }
            // the longest stretch of the label that a variant and its modifier explain wins:
            // 项目支出预算 is 项目支出 + 预算, not 支出预算
            for (String[] forVariant : SUFFIXED.get(i)) {
                for (String candidate : forVariant) {
                    if (candidate.length() > bestLength && label.endsWith(candidate)) {
                        best = f;
                        bestLength = candidate.length();
                    }
                }
            }
        }
        return java.util.Optional.ofNullable(best);
    }
}
