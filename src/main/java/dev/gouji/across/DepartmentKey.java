package dev.gouji.across;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A department's name taken apart for matching across reports: the regions it starts with (宜昌市, 夷陵区)
 * and the body after them, normalised so that the ways one department is written across years read alike —
 * brackets and what they hold dropped (「（本级）」), a trailing 本级/机关/本部 dropped, full names of common
 * departments shortened the way they are commonly abbreviated (城市管理综合行政执法局 → 城管局,
 * 人力资源和社会保障局 → 人社局). Two names are the same department when their bodies are equal, their
 * lowest regions are equal and one's regions end the other's (夷陵区 is within 宜昌市夷陵区); see
 * {@link DepartmentKeys} for the names that could belong to more than one.
 */
public record DepartmentKey(List<String> regions, String body) {
    /** A region: at least two characters then the word for its level (「沙县」 is missed; 「城市」 is no region). */
    private static final Pattern REGION = Pattern.compile(
            "[\\p{IsHan}]{2,9}?(?:特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|省|市|州|盟|地区|县|区|旗)");
    private static final Pattern BRACKETS = Pattern.compile("[(（\\[【〔][^)）\\]】〕]*[)）\\]】〕]");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\s“”\"'‘’「」《》·•、]");
    private static final Pattern TRAILING_UNIT = Pattern.compile("(?:本级|机关本级|机关|本部|部门)+$");
    /** Long form → the abbreviation auditors and the reports themselves use; longest forms first. */
    private static final List<Map.Entry<Pattern, String>> ABBREVIATIONS = List.of(
            abbreviation("城市管理(?:和|与)?(?:综合)?(?:行政)?执法", "城管"),
            abbreviation("城管(?:综合)?(?:行政)?执法", "城管"),
            abbreviation("城市管理", "城管"),
            abbreviation("人力资源(?:和)?社会保障", "人社"),
            abbreviation("住房(?:和)?城乡建设", "住建"),
            abbreviation("发展(?:和)?改革", "发改"),
            abbreviation("市场监督管理", "市场监管"),
            abbreviation("卫生(?:和)?健康", "卫健"),
            abbreviation("退役军人事务", "退役军人"),
            abbreviation("文化(?:和)?旅游", "文旅"),
            abbreviation("委员会", "委"));

    private static Map.Entry<Pattern, String> abbreviation(String longForm, String shortForm) {
        return Map.entry(Pattern.compile(longForm), shortForm);
    }

    public DepartmentKey {
        regions = List.copyOf(regions);
    }

    /** The name taken apart; regions only at its head, the body whatever follows them. */
    public static DepartmentKey of(String name) {
        String s = PUNCTUATION.matcher(BRACKETS.matcher(name == null ? "" : name).replaceAll("")).replaceAll("");
        List<String> regions = new ArrayList<>();
        int at = 0;
        Matcher m = REGION.matcher(s);
        while (at < s.length() && m.find(at) && m.start() == at && m.end() < s.length()) {
            regions.add(m.group());
            at = m.end();
        }
        String body = TRAILING_UNIT.matcher(s.substring(at)).replaceAll("");
        for (Map.Entry<Pattern, String> a : ABBREVIATIONS) {
            body = a.getKey().matcher(body).replaceAll(a.getValue());
        }
        return new DepartmentKey(regions, body.isEmpty() ? s.substring(at) : body);
    }

    /** The lowest region named, or "" when the name names none. */
    public String lowestRegion() {
        return regions.isEmpty() ? "" : regions.get(regions.size() - 1);
    }

    /** Whether this name's regions end {@code other}'s (夷陵区 within 宜昌市夷陵区): the same department if the bodies agree. */
    public boolean within(DepartmentKey other) {
        int n = regions.size();
        int m = other.regions.size();
        return body.equals(other.body) && n <= m && other.regions.subList(m - n, m).equals(regions);
    }

    /** The key as text: regions then body (宜昌市夷陵区教育局). */
    public String text() {
        return String.join("", regions) + body;
    }
}
