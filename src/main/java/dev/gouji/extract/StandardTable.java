package dev.gouji.extract;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table of the national template of a 部门决算 or 部门预算 disclosure, recognised by its title.
 * {@link #CATALOG} is the one list of them: which report kind has which tables, which are required, which
 * may be left out when the unit has no such funds (their {@code fund} words name what a note says is absent).
 *
 * @param id       stable id, e.g. {@code final.income}
 * @param name     the template's title, as findings name the table
 * @param kind     the report kind (IdentityExtractor) the table belongs to
 * @param title    matches the end of a title once {@link #core} cleaned it
 * @param required whether a report of the kind must have it (or a note saying the unit has no such funds)
 * @param rowsAddUp whether each row's 合计 (小计) column is the sum of the columns after it (基本支出 + 项目支出 …)
 * @param fund     words a 空表说明 names (「无政府性基金预算财政拨款…」), or null when no note can excuse the table
 */
public record StandardTable(String id, String name, String kind, Pattern title, boolean required, boolean rowsAddUp,
        String fund) {
    public static final String FINAL = "final_accounts";
    public static final String BUDGET = "budget_disclosure";

    private static StandardTable of(String id, String name, String kind, String title, boolean required, boolean rowsAddUp,
            String fund) {
        return new StandardTable(id, name, kind, Pattern.compile("(?:" + title + ")$"), required, rowsAddUp, fund);
    }

    public static final List<StandardTable> CATALOG = List.of(
            of("final.total", "收入支出决算总表", FINAL, "收入支出决算总表|收支决算总表", true, false, null),
            of("final.income", "收入决算表", FINAL, "收入决算表", true, true, null),
            of("final.expenditure", "支出决算表", FINAL, "支出决算表", true, true, null),
            of("final.appropriation", "财政拨款收入支出决算总表", FINAL, "财政拨款收入支出决算总表|财政拨款收支决算总表", true, true, null),
            of("final.general", "一般公共预算财政拨款支出决算表", FINAL, "一般公共预算财政拨款支出决算(?:明细)?表", true, true, null),
            of("final.general_basic", "一般公共预算财政拨款基本支出决算表", FINAL,
                    "一般公共预算财政拨款基本支出决算(?:明细)?表", true, false, null),
            of("final.three_public", "“三公”经费支出决算表", FINAL, "(?:一般公共预算)?(?:财政拨款)?三公经费[^表]*表", true, true, "三公经费"),
            of("final.gov_fund", "政府性基金预算财政拨款收入支出决算表", FINAL,
                    "政府性基金预算财政拨款(?:收入)?支出决算表", true, false, "政府性基金"),
            of("final.state_capital", "国有资本经营预算财政拨款收入支出决算表", FINAL,
                    "国有资本经营预算财政拨款(?:收入)?支出决算表", true, false, "国有资本经营"),
            of("final.project", "项目支出决算表", FINAL, "项目支出决算表", false, false, null),
            // budget templates differ more between provinces than the 决算 one: the four tables every one of them
            // carries are required, the rest recognised when present
            of("budget.total", "收支预算总表", BUDGET, "收支预算总表|收支总表|收入支出预算总表", true, false, null),
            of("budget.income", "收入预算表", BUDGET, "收入预算表|收入总表", true, true, null),
            of("budget.expenditure", "支出预算表", BUDGET, "支出预算表|支出总表", true, true, null),
            of("budget.appropriation", "财政拨款收支预算总表", BUDGET, "财政拨款收支(?:预算)?总表|财政拨款收入支出预算总表", false, true, null),
            of("budget.general", "一般公共预算支出预算表", BUDGET, "一般公共预算(?:财政拨款)?(?:当年拨款)?支出(?:预算)?表", false, true, null),
            of("budget.general_basic", "一般公共预算基本支出预算表", BUDGET, "一般公共预算(?:财政拨款)?基本支出(?:预算)?表", false, false, null),
            of("budget.three_public", "“三公”经费支出预算表", BUDGET, "(?:一般公共预算)?(?:财政拨款)?三公经费[^表]*表", true, true, "三公经费"),
            of("budget.gov_fund", "政府性基金预算支出预算表", BUDGET, "政府性基金预算(?:财政拨款)?(?:收入)?支出(?:预算)?表", false, false, "政府性基金"),
            of("budget.state_capital", "国有资本经营预算支出预算表", BUDGET, "国有资本经营预算(?:财政拨款)?(?:收入)?支出(?:预算)?表", false,
                    false, "国有资本经营"),
            of("budget.project", "项目支出预算表", BUDGET, "项目支出(?:预算)?表", false, false, null));

    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’'「」『』《》\\s]");
    /** A number in front: 「表1」「表一」「附表3」「公开02表」「一、」「3.」「（二）」. */
    private static final Pattern NUMBER = Pattern.compile("^\\s*(?:(?:附表|表|公开)[0-9一二三四五六七八九十]+表?[、.．:：]?"
            + "|[0-9一二三四五六七八九十]+[、.．:：]|[0-9]+(?=\\s)|\\(?[0-9一二三四五六七八九十]+\\))");
    private static final Pattern UNIT_WORDS = Pattern.compile("部门|单位|本级");
    /** What may stand before a title's standard name: a unit and a year; not a word that makes it another table. */
    private static final Pattern FOREIGN_PREFIX = Pattern.compile("(?:拨款|预算|基本|项目|经营|基金|公共|资本|经费|财政|收入|支出|收支|当年)$");

    /** A contents line's page number, with the dot leaders or space before it (「收入决算表……3」「收入决算表\t3」). */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?:[.…·・．_\\-—]{2,}|\\s)\\s*[0-9]{1,3}\\s*$|[.…·・．_\\-—]{2,}\\s*$");
    /** A note after a title (「（续）」「（本单位无此项收支，为空表）」). */
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    /** A contents line without its page number and dot leaders. */
    public static String withoutPageNumber(String line) {
        return PAGE_NUMBER.matcher(line).replaceFirst("").strip();
    }

    /** The title as matched: quotes, spaces, a number in front, a page number or note after, the words 部门/单位 taken out. */
    static String core(String title) {
        String t = NUMBER.matcher(dev.gouji.model.NormalizedText.normalize(title)).replaceFirst("");
        t = TRAILING_NOTE.matcher(withoutPageNumber(t)).replaceFirst("");
        t = QUOTES.matcher(t).replaceAll("");
        return UNIT_WORDS.matcher(t).replaceAll("");
    }

    /**
     * The standard table of {@code kind} a title names, the longest match winning (财政拨款收入支出决算总表 is not
     * taken for 收入支出决算总表). A title longer than a heading, or one whose name runs on from another word
     * (「项目支出决算表」 is not the 支出决算表), names none.
     */
    public static Optional<StandardTable> recognise(String kind, String title) {
        if (title == null || kind == null) {
            return Optional.empty();
        }
        String core = core(title);
        if (core.isEmpty() || core.length() > 60) {
            return Optional.empty();
        }
        StandardTable best = null;
        int bestLength = 0;
        for (StandardTable t : CATALOG) {
            if (!t.kind.equals(kind)) {
                continue;
            }
            Matcher m = t.title.matcher(core);
            if (m.find() && m.end() - m.start() > bestLength) {
                best = t;
                bestLength = m.end() - m.start();
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        String prefix = core.substring(0, core.length() - bestLength);
        return FOREIGN_PREFIX.matcher(prefix).find() ? Optional.empty() : Optional.of(best);
    }

    /** The tables a report of {@code kind} must have. */
    public static List<StandardTable> required(String kind) {
        return CATALOG.stream().filter(t -> t.kind.equals(kind) && t.required).toList();
    }
}
