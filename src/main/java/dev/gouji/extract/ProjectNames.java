package dev.gouji.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Project names as written, and what a clause before a figure says of them: it names a project
 * (「区级科技创新专项资金安排预算」 → 区级科技创新专项资金), refers back to one (「该项目预算安排」, 「全年预算」,
 * 「安排补助资金」), or names something else (人员经费, 中央补助资金, 职业技能培训补贴).
 */
final class ProjectNames {
    /** List markers and spaces before a name: 1. 1、 (1) （一） 一、 ①. */
    private static final Pattern MARKER = Pattern.compile(
            "^[\\s\\u3000]*(?:[(（][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[、.．](?!\\d)|[①-⑳])?[\\s\\u3000]*");
    /** Words before a name that are not part of it: time, 「其中」, pronouns of place, light verbs. */
    private static final Pattern LEAD = Pattern.compile("^(?:[:：,，、\\s]|其中|另外|此外|另|包括|分别为|分别是|主要用于|用于"
            + "|截至(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?|(?:19|20)\\d{2}年度?|上半年|下半年|全年|本年度?|当年|年内|年中|年度"
            + "|[全本我](?:县|市|区|省|州|镇|乡|局)|调整后|涉及|(?:年初预算|年中追加|追加|新增|结转)项目(?=.{4})"
            + "|共计|累计|合计|共|已|均|控制在|安排|下达|发放|拨付|兑付|投入|使用|执行|完成|支出)");
    /** Words after a name that say the basis or link it to its figure. */
    private static final Pattern TRAIL = Pattern.compile("(?:年初预算数|年初预算|年初批复|调整后全年预算数|调整后预算数|调整后预算|调整后"
            + "|全年预算数|全年预算|年度预算数|年度预算|预算数|预算安排|预算资金|预算金额|预算执行数|预算|批复|安排|下达资金|下达|拨付资金|拨付"
            + "|执行数|实际执行|执行金额|执行|实际支出|支出数|支出|实际使用|使用|实际到位|到位资金|到位|决算数|决算|兑付金额|兑付|发放|资金总额|总额|金额"
            + "|全年|年度|本年|当年|累计|共计|合计|共|计|为|达到|达|约|已|均|分别|的|[:：,，、\\s])$");
    /** A note in brackets after a basis word: 「年初预算（提前下达）」. */
    private static final Pattern TRAILING_NOTE = Pattern.compile("^(.*?)[(（][^()（）]*[)）]$");
    /** Words that point back to a project named before: 该项目, 本项目, 项目, 我县资金, 补助资金. */
    private static final Pattern REFERENCE = Pattern.compile(
            "^(?:[该本此我全]|同一)?(?:县|市|区|局|单位|部门)?(?:项目|专项)?(?:专项|财政|补助|配套|补偿|项目|工作)?(?:资金|经费|补助|补贴)?$");
    /** Where the money comes from, not what it is for: 中央补助资金, 省级补助, 本级安排, 县级财政资金. */
    private static final Pattern FUNDING_SOURCE = Pattern.compile(
            "^(?:中央|省|省级|市|市级|州|州级|县|县级|区|区级|乡镇|本级|地方|上级|财政|单位自有)+(?:财政)?(?:专项|补助|配套|安排|转移支付)?(?:资金|经费|拨款|补助|补贴)?$");
    /** Department-level quantities, totals and funding categories: never a project. */
    private static final Pattern NOT_A_PROJECT = Pattern.compile(
            ".*(?:收入|合计|总额|小计|总计|结余|结转|三公|一般公共预算|政府性基金|国有资本经营|财政拨款).*"
                    + "|^(?:会议费|培训费|办公费|办公经费|差旅费|接待费|栏次|行次|序号|编号)$"
                    + "|^(?:对(?:个人和家庭|附属单位|企业)的?补助|工资福利|商品和服务|资本性支出).*");
    /** Money moving (下达, 安排, 追加): words that describe a flow of funds, not a project's name. */
    private static final Pattern FLOW = Pattern.compile(".+(?:下达|安排|拨付|追加|提前|调减|调增|到位|兑付|发放|支付).+");
    /** A figure per head, per unit or a standard, not a project's money: 「按每生每年3000元」, 「16元/亩标准」. */
    private static final Pattern PER_UNIT = Pattern.compile("每|/|单价|人均|户均|平均|标准(?:为|是)?$");
    /** How the name of a project, fund or programme ends. */
    private static final Pattern PROJECT_END = Pattern.compile(".{2,}(?:项目|专项|经费|资金|工程|补助|补贴|奖励|奖补|贴息|服务费)$");
    /** A tranche of a project's money (第一批), not the project's whole amount. */
    private static final Pattern TRANCHE = Pattern.compile(".*第[一二三四五六七八九十\\d]+批次?$");

    private ProjectNames() {
    }

    /** A table cell's name: the words as written, without list marker and surrounding spaces. */
    static String ofCell(String text) {
        return MARKER.matcher(text.strip()).replaceFirst("").replaceAll("[\\s\\u3000]+", "");
    }

    /** The words of a clause that are left once markers, leading light words and trailing basis words go. */
    static String ofClause(String clause) {
        String s = MARKER.matcher(clause.strip()).replaceFirst("");
        String prev;
        do {
            prev = s;
            s = LEAD.matcher(s).replaceFirst("");
            s = MARKER.matcher(s).replaceFirst("");
        } while (!s.equals(prev));
        do {
            prev = s;
            s = TRAIL.matcher(s).replaceFirst("");
            Matcher note = TRAILING_NOTE.matcher(s);
            if (note.matches() && TRAIL.matcher(note.group(1)).find()) {
                s = note.group(1);
            }
        } while (!s.equals(prev));
        return s.strip();
    }

    /** Whether the words left of a clause only point back to a project named before (or are empty). */
    static boolean refersBack(String words) {
        return words.isEmpty() || REFERENCE.matcher(words).matches();
    }

    /** Whether a row label or clause names a project at all (not a total, a field, a source of funds). */
    static boolean possible(String name) {
        if (name.length() < 2 || name.length() > 60 || name.contains("/") || name.contains("%")) {
            return false;
        }
        String cleaned = Labels.clean(name);
        return cleaned.codePoints().filter(Character::isLetter).count() >= 2 && Character.isLetterOrDigit(cleaned.charAt(0)) && !NOT_A_PROJECT.matcher(cleaned).matches()
                && !namesField(cleaned) && !FUNDING_SOURCE.matcher(cleaned).matches() && !REFERENCE.matcher(cleaned).matches()
                && !TRANCHE.matcher(cleaned).matches() && !cleaned.startsWith("其中");
    }

    /**
     * Whether the label is one of the department's fields: the catalogue matches labels by their ending, but
     * a name that only ends like a field (警务辅助人员经费, 人员经费) is a project's.
     */
    private static boolean namesField(String cleaned) {
        if (FieldCatalog.match(cleaned).isEmpty()) {
            return false;
        }
        String label = cleaned.replace('（', '(').replace('）', ')');
        for (FieldCatalog.Field f : FieldCatalog.FIELDS) {
            for (String v : f.variants()) {
                int at = label.indexOf(v);
                // a long field name is the field whatever precedes it (本部门机关运行经费); a short one only alone
                if (at >= 0 && (at <= 2 || v.length() >= 5 && label.endsWith(v))) {
                    return true;
                }
            }
            if (f.exact().contains(label)) {
                return true;
            }
        }
        return false;
    }

    /** Whether words in running text name a project by their form alone (no table lists it). */
    static boolean looksLikeProject(String name) {
        return possible(name) && PROJECT_END.matcher(name).matches();
    }

    /** Whether a sentence's words name a project by their form alone: a name, not a flow of funds. */
    static boolean namedInText(String name) {
        return name.length() >= 5 && looksLikeProject(name) && !FLOW.matcher(name).matches() && !LISTING.matcher(name).find();
    }

    /** Several things listed in one clause (「办案费、夜市整治等重点专项」): not one project's name. */
    private static final Pattern LISTING = Pattern.compile("、|等(?:重点)?(?:专项|项目|经费|资金)");

    /** Whether the words before a figure make it a per-unit figure or a standard. */
    static boolean perUnit(String clause) {
        return PER_UNIT.matcher(clause).find();
    }

    /** Names of one project: equal but for 专项/专项资金, one inside the other, or alike but for a word or two. */
    static boolean same(String a, String b) {
        String x = core(a);
        String y = core(b);
        if (x.equals(y)) {
            return true;
        }
        if (x.length() < 4 || y.length() < 4) {
            return false;
        }
        if (x.contains(y) || y.contains(x)) {
            return true;
        }
        return TextSimilarity.lcs(x, y) >= 0.8 * Math.max(x.length(), y.length());
    }

    private static final Pattern SPECIAL_FUND_SUFFIX = Pattern.compile("(?:专项资金|专项经费|专项)$");
    private static final Pattern YEAR_PREFIX = Pattern.compile("^(?:19|20)\\d{2}年度?");

    static String core(String name) {
        String s = ofCell(name).replaceAll("[\\s\\u3000]", "").replace('（', '(').replace('）', ')');
        return SPECIAL_FUND_SUFFIX.matcher(YEAR_PREFIX.matcher(s).replaceFirst("")).replaceAll("");
    }
}
