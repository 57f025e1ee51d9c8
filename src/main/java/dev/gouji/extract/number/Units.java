package dev.gouji.extract.number;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The units a figure can carry, matched longest first so 人次 wins over 人 and 个月 over 个. */
final class Units {

    /**
     * @param text           unit as written
     * @param kind           what it measures
     * @param normalizedUnit canonical unit
     * @param shift          power of ten from the written unit to the canonical one (元 → 万元 is -4)
     * @param multipliable   whether 万/亿 may precede it (not for %, 分)
     */
    record Unit(String text, QuantityKind kind, String normalizedUnit, int shift, boolean multipliable) {
    }

    /** A multiplier written after an arabic number: 万, 亿, 千, 百万 ... */
    record Multiplier(String text, int exponent) {
    }

    private static final List<Unit> UNITS = new ArrayList<>();
    /** The units by their first character, longest first: a lookup per position, not a scan of all units. */
    private static final Map<Character, List<Unit>> BY_FIRST_CHAR = new java.util.HashMap<>();
    private static final List<Multiplier> MULTIPLIERS = List.of(
            new Multiplier("万亿", 12), new Multiplier("千万", 7), new Multiplier("百万", 6),
            new Multiplier("亿", 8), new Multiplier("万", 4), new Multiplier("千", 3), new Multiplier("百", 2));

    /**
     * A one-character unit followed by one of these chars is the start of a word, not a unit:
     * 两部分, 440 人员经费, 3 项目支出, 三分之一, 十分钟 is caught by 分钟 itself.
     */
    private static final Map<String, String> NOT_FOLLOWED_BY = Map.ofEntries(
            Map.entry("分", "之局队类期批级别包解析数值"), Map.entry("部", "分署"), Map.entry("人", "员民事大口才力均"),
            Map.entry("个", "人性体别"), Map.entry("项", "目"), Map.entry("条", "件例款"), Map.entry("期", "间末初限"),
            Map.entry("次", "数序要"), Map.entry("台", "账阶"), Map.entry("处", "理置罚"), Map.entry("起", "草来诉点"),
            Map.entry("场", "所地景馆"), Map.entry("门", "口户槛类"), Map.entry("所", "有属在"), Map.entry("家", "庭长属"),
            Map.entry("户", "外籍口"), Map.entry("间", "隔"), Map.entry("支", "出付持援部"), Map.entry("组", "织成建"),
            Map.entry("类", "型别"), Map.entry("种", "类"), Map.entry("位", "置于"), Map.entry("名", "单称义列额"),
            Map.entry("张", "贴"), Map.entry("篇", "幅"), Map.entry("批", "准复示"), Map.entry("座", "谈"),
            Map.entry("套", "餐"), Map.entry("根", "据本"), Map.entry("只", "有是要能"), Map.entry("宗", "旨教"),
            Map.entry("例", "如"), Map.entry("遍", "布及"), Map.entry("天", "然津气空"));

    static {
        UNITS.add(new Unit("元", QuantityKind.AMOUNT, "万元", -4, true));

        for (String c : List.of("人次", "台次", "场次", "车次", "架次", "户次", "辆次", "部门",
                "人", "名", "件", "起", "处", "辆", "台", "次", "场", "个", "项", "条", "份", "张", "家", "栋", "户",
                "块", "笔", "篇", "期", "批", "所", "座", "套", "株", "棵", "盏", "根", "只", "部", "间", "宗",
                "例", "门", "支", "组", "种", "类", "位", "趟", "遍")) {
            UNITS.add(new Unit(c, QuantityKind.COUNT, c, 0, true));
        }

        measure("平方公里", "平方公里");
        measure("平方千米", "平方公里");
        measure("平方米", "平方米");
        measure("平米", "平方米");
        measure("㎡", "平方米");
        measure("立方米", "立方米");
        measure("m³", "立方米");
        measure("公里", "公里");
        measure("㎞", "公里");
        measure("千米", "千米");
        measure("延米", "延米");
        measure("米", "米");
        measure("吨", "吨");
        measure("千克", "千克");
        measure("公斤", "公斤");
        measure("亩", "亩");
        measure("公顷", "公顷");
        measure("千瓦", "千瓦");
        measure("小时", "小时");
        measure("分钟", "分钟");
        measure("天", "天");
        measure("个工作日", "工作日");
        measure("工作日", "工作日");
        measure("个月", "个月");

        UNITS.add(new Unit("%", QuantityKind.PERCENT, "%", 0, false));
        UNITS.add(new Unit("‰", QuantityKind.PERCENT, "%", -1, false));
        UNITS.add(new Unit("个百分点", QuantityKind.PERCENT, "百分点", 0, false));
        UNITS.add(new Unit("百分点", QuantityKind.PERCENT, "百分点", 0, false));

        UNITS.add(new Unit("分", QuantityKind.SCORE, "分", 0, false));

        UNITS.sort(Comparator.comparingInt((Unit u) -> u.text().length()).reversed());
        for (Unit u : UNITS) {
            BY_FIRST_CHAR.computeIfAbsent(u.text().charAt(0), c -> new ArrayList<>()).add(u);
        }
    }


    private static void measure(String text, String normalized) {
        UNITS.add(new Unit(text, QuantityKind.MEASURE, normalized, 0, true));
    }

    private Units() {
    }

    static Unit matchUnit(char[] s, int p) {
        if (p < 0 || p >= s.length) {
            return null;
        }
        for (Unit u : BY_FIRST_CHAR.getOrDefault(s[p], List.of())) {
            if (regionMatches(s, p, u.text())) {
                int after = p + u.text().length();
                String blocked = NOT_FOLLOWED_BY.get(u.text());
                if (blocked != null && after < s.length && blocked.indexOf(s[after]) >= 0) {
                    continue;
                }
                return u;
            }
        }
        return null;
    }

    static Multiplier matchMultiplier(char[] s, int p) {
        for (Multiplier m : MULTIPLIERS) {
            if (regionMatches(s, p, m.text())) {
                return m;
            }
        }
        return null;
    }

    static boolean regionMatches(char[] s, int p, String word) {
        if (p < 0 || p + word.length() > s.length) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (s[p + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
