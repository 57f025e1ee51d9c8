package dev.gouji.extract.number;

import dev.gouji.model.NormalizedText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds figures in report text: amounts, counts, percentages, measures and scores, written in Arabic or
 * Chinese numerals, with thousands separators, multipliers (万, 亿, 千), qualifiers (余, 以上, ≥) and
 * spaces where line breaks fell. Years, dates, phone and document numbers, codes and list markers are not
 * figures: in running text a number only counts with a unit, and the unit must not start another word
 * (处理, 条例, 个月). Stateless and thread-safe.
 */
public final class NumberReader {
    private static final String COUNT_UNITS = "人次|台次|辆次|场次|户次|批次|人|名|件|起|处|辆|台|次|场|个|项|条|份|张|家|栋|户|块|笔|篇|期|批|所|座|套|宗|例|盏|棵|株|间|床|只|头|根|部|本|艘|架|种|类|组|支|队|网格|路段|单";
    private static final String MEASURE_UNITS = "平方公里|平方千米|平方米|立方米|公里|千米|公顷|亩|吨|米|㎡|km";
    private static final String UNITS = "元|%|‰|分|" + MEASURE_UNITS + "|" + COUNT_UNITS;
    private static final Pattern FIGURE = Pattern.compile(
            "(?<pre>大于等于|小于等于|不低于|不少于|不超过|不高于|不大于|不小于|大于|小于|低于|高于|超过|>=|<=|≥|≤|>|<|=|约|近)?\\s?"
                    + "(?:百分之(?<pctcn>[零〇一二两三四五六七八九十百]+(?:点[零〇一二三四五六七八九]+)?)"
                    + "|(?<num>-?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)"
                    + "|(?<cn>[零〇一二两三四五六七八九十百千]+))"
                    + "\\s?(?<yu0>余|多)?(?<mult>万|亿|千)?(?<yu1>余|多)?\\s?(?<unit>" + UNITS + ")?"
                    + "(?<post>以上|以下|以内|左右|余|多)?");
    /** Characters that, right after a unit, show the unit is the start of another word. */
    private static final Map<String, String> UNIT_BLOCKERS = Map.ofEntries(
            Map.entry("处", "理置罚长室"), Map.entry("条", "例件款"), Map.entry("个", "月人体别性案"),
            Map.entry("分", "别类析解布配钟局队之管期批散工"), Map.entry("项", "目"), Map.entry("期", "间限末初"),
            Map.entry("部", "门分署"), Map.entry("所", "属在以有"), Map.entry("家", "庭"), Map.entry("场", "所地景"),
            Map.entry("名", "称单义额"), Map.entry("台", "账"), Map.entry("本", "级单年"), Map.entry("次", "数"),
            Map.entry("支", "出付持队"), Map.entry("队", "伍员"), Map.entry("类", "别型"), Map.entry("种", "类"),
            Map.entry("单", "位"), Map.entry("组", "织成长"), Map.entry("人", "员民大事口"), Map.entry("起", "来"),
            Map.entry("件", "事"), Map.entry("元", "素旦"), Map.entry("米", "饭"), Map.entry("间", "隔"));
    private static final Set<String> CHINESE_NUMERAL_UNITS = Set.of("人", "名", "件", "起", "处", "辆", "台", "次", "场",
            "项", "条", "份", "张", "家", "栋", "户", "人次", "场次", "元", "分", "%");
    private static final Set<String> MEASURES = Set.of(MEASURE_UNITS.split("\\|"));

    /** Every figure in running text, in order. */
    public List<Quantity> find(String text) {
        String s = fold(text);
        List<Quantity> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(s);
        int from = 0;
        while (from < s.length() && m.find(from)) {
            Quantity q = toQuantity(s, text, m, false);
            if (q != null) {
                out.add(q);
                from = m.end();
            } else {
                from = m.start() + Math.max(1, m.group().trim().isEmpty() ? 1 : firstNumberEnd(m) - m.start());
            }
        }
        return out;
    }

    private static int firstNumberEnd(Matcher m) {
        for (String g : new String[] {"num", "cn", "pctcn"}) {
            if (m.group(g) != null) {
                return m.end(g);
            }
        }
        return m.start() + 1;
    }

    /**
     * A table cell that holds one figure, possibly bare or with a few words around it (「到达90%以上」,
     * 「增长10%」); empty for text cells, dates and cells with several figures.
     */
    public Optional<Quantity> parseCell(String text) {
        String s = fold(text).trim();
        if (s.isEmpty() || s.length() > 24) {
            return Optional.empty();
        }
        Matcher m = FIGURE.matcher(s);
        Quantity found = null;
        int from = 0;
        while (from < s.length() && m.find(from)) {
            if (m.group("num") == null && m.group("cn") == null && m.group("pctcn") == null) {
                from = m.end() + 1;
                continue;
            }
            if (m.group("cn") != null && m.group("unit") == null) {
                from = m.end();
                continue;
            }
            Quantity q = toQuantity(s, s, m, true);
            if (q == null) {
                return Optional.empty();
            }
            if (found != null) {
                return Optional.empty();
            }
            found = q;
            from = m.end();
        }
        if (found == null) {
            return Optional.empty();
        }
        String rest = (s.substring(0, found.start()) + s.substring(found.end())).replaceAll("[\\s:：,，。;；()（）]", "");
        if (rest.length() > 3 || rest.matches(".*\\d.*")) {
            return Optional.empty();
        }
        int offset = fold(text).indexOf(s);
        return Optional.of(shift(found, offset, text));
    }

    private static Quantity shift(Quantity q, int offset, String original) {
        if (offset <= 0) {
            return q;
        }
        return new Quantity(q.start() + offset, q.end() + offset, original.substring(q.start() + offset, q.end() + offset),
                q.value(), q.scale(), q.unit(), q.kind(), q.normalized(), q.normalizedUnit(), q.qualifier());
    }

    private Quantity toQuantity(String s, String original, Matcher m, boolean cell) {
        String num = m.group("num");
        String cn = m.group("cn");
        String pctcn = m.group("pctcn");
        String unit = m.group("unit");
        String mult = m.group("mult");
        int numStart = num != null ? m.start("num") : cn != null ? m.start("cn") : m.start();
        char before = numStart > 0 ? s.charAt(numStart - 1) : ' ';
        if (Character.isLetter(before) && before < 0x80 || before == '.' || Character.isDigit(before) || before == '〔'
                || before == '[' || before == '第' || before == '_' || before == '-' && numStart > 1 && Character.isDigit(s.charAt(numStart - 2))) {
            return null;
        }
        if (num != null && numStart < s.length() && s.charAt(numStart) == '-' && numStart > 0 && Character.isDigit(before)) {
            return null;
        }
        int end = m.end();
        // a trailing space belongs to the next word, not to the figure
        while (end > m.start() && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        char after = end < s.length() ? s.charAt(end) : ' ';
        if (unit == null && mult == null && pctcn == null) {
            if (!cell || cn != null) {
                return null;
            }
            if (after == '年' || after == '月' || after == '日' || after == '号' || after == '.' && num != null) {
                return null;
            }
        }
        if (num != null && (after == '.' || Character.isDigit(after) || Character.isLetter(after) && after < 0x80 && unit == null
                || after == '〕' || after == ']')) {
            return null;
        }
        if (unit == null && mult != null) {
            // 「40万」 alone is money in these reports; 「万」 before a non-unit word is not
            if (Character.isLetter(after) && after >= 0x80 && after != '/' && "元".indexOf(after) < 0) {
                if (!cell) {
                    return null;
                }
            }
        }
        if (unit != null && m.group("post") == null) {
            String blockers = UNIT_BLOCKERS.get(unit);
            if (blockers != null && blockers.indexOf(after) >= 0) {
                return null;
            }
            if ((unit.equals("个") || unit.equals("次")) && after == '月') {
                return null;
            }
        }
        BigDecimal value;
        int scale;
        if (pctcn != null) {
            value = BigDecimal.valueOf(ChineseNumerals.parse(pctcn.split("点")[0]));
            scale = 0;
            unit = "%";
        } else if (cn != null) {
            if (unit == null || !CHINESE_NUMERAL_UNITS.contains(unit) || before == '第' || cn.length() > 6) {
                return null;
            }
            long v;
            try {
                v = ChineseNumerals.parse(cn);
            } catch (IllegalArgumentException e) {
                return null;
            }
            if (v < 2) {
                return null;
            }
            value = BigDecimal.valueOf(v);
            scale = 0;
        } else {
            String digits = num.replace(",", "");
            if (num.contains(",") && !num.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
                return null;
            }
            value = new BigDecimal(digits);
            int dot = digits.indexOf('.');
            scale = dot < 0 ? 0 : digits.length() - dot - 1;
        }
        String writtenUnit = (mult == null ? "" : mult) + (unit == null ? "" : unit);
        if (unit == null && mult != null && !cell) {
            writtenUnit = mult + "元";
        }
        QuantityKind kind = kindOf(unit, mult, !cell);
        BigDecimal multiplier = switch (mult == null ? "" : mult) {
            case "万" -> BigDecimal.valueOf(10000);
            case "亿" -> BigDecimal.valueOf(100000000);
            case "千" -> BigDecimal.valueOf(1000);
            default -> BigDecimal.ONE;
        };
        BigDecimal normalized;
        String normalizedUnit;
        if (kind == QuantityKind.AMOUNT) {
            normalized = value.multiply(multiplier).divide(BigDecimal.valueOf(10000), MathContext.DECIMAL64).stripTrailingZeros();
            if (normalized.scale() < 0) {
                normalized = normalized.setScale(0);
            }
            if (mult != null && mult.equals("万")) {
                normalized = value;
            }
            normalizedUnit = "万元";
        } else {
            normalized = multiplier.equals(BigDecimal.ONE) ? value : value.multiply(multiplier).stripTrailingZeros();
            if (normalized.scale() < 0) {
                normalized = normalized.setScale(0);
            }
            normalizedUnit = unit == null ? "" : unit;
        }
        Qualifier qualifier = qualifier(m.group("pre"), m.group("yu0"), m.group("yu1"), m.group("post"));
        int start = m.group("pre") != null ? m.start("pre") : numStart;
        if (pctcn != null) {
            start = m.group("pre") != null ? m.start("pre") : m.start(0) + (m.group(0).indexOf("百分之"));
        }
        return new Quantity(start, end, original.substring(start, end), value, scale, writtenUnit.replace(" ", ""), kind,
                normalized, normalizedUnit, qualifier);
    }

    private static QuantityKind kindOf(String unit, String mult, boolean text) {
        if (unit == null) {
            return mult != null && text ? QuantityKind.AMOUNT : QuantityKind.NUMBER;
        }
        return switch (unit) {
            case "元" -> QuantityKind.AMOUNT;
            case "%", "‰" -> QuantityKind.PERCENT;
            case "分" -> QuantityKind.SCORE;
            default -> MEASURES.contains(unit) ? QuantityKind.MEASURE : QuantityKind.COUNT;
        };
    }

    private static Qualifier qualifier(String pre, String yu0, String yu1, String post) {
        if (post != null) {
            switch (post) {
                case "以上":
                    return Qualifier.AT_LEAST;
                case "以下":
                case "以内":
                    return Qualifier.AT_MOST;
                default:
                    return Qualifier.APPROXIMATE;
            }
        }
        if (pre != null) {
            switch (pre) {
                case "大于等于", "不低于", "不少于", ">=", "≥", "不小于":
                    return Qualifier.AT_LEAST;
                case "小于等于", "不超过", "不高于", "<=", "≤", "不大于":
                    return Qualifier.AT_MOST;
                case "大于", "高于", "超过", ">":
                    return Qualifier.MORE_THAN;
                case "小于", "低于", "<":
                    return Qualifier.LESS_THAN;
                case "=":
                    return Qualifier.EQUAL;
                default:
                    return Qualifier.APPROXIMATE;
            }
        }
        if (yu0 != null || yu1 != null) {
            return Qualifier.APPROXIMATE;
        }
        return Qualifier.NONE;
    }

    /** Full-width digits and signs to ASCII, one char for one char, so offsets stay valid. */
    static String fold(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = NormalizedText.fold(text.charAt(i));
            b.append(c == '＝' ? '=' : c);
        }
        return b.toString();
    }
}
