package dev.gouji.extract;

import dev.gouji.extract.number.QuantityKind;
import dev.gouji.fact.Basis;
import dev.gouji.fact.Fact;
import dev.gouji.model.Block;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import dev.gouji.record.Evidence;
import dev.gouji.record.Project;
import dev.gouji.record.Statement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Projects and their money, read from facts: the rows of project tables ({@link ProjectTables}) and the
 * sentences that name a project with its money. A figure's basis and year are the fact's: a budget column or
 * clause gives the project's amount, an actual its actual, another year's figure nothing. The same project met
 * in several places (names alike but for a word) is one project carrying every statement, so the reconciler
 * can compare them.
 */
public final class ProjectExtractor {
    /** Columns whose figures are a project's money when their header names no basis (资金总额, 金额). */
    private static final Pattern MONEY_HEADER = Pattern.compile(".*(?:资金|金额|总额|合计|小计|万元).*");
    private static final Pattern NOT_MONEY_HEADER = Pattern.compile(".*(?:个数|数量|人数|结余|结转|差额|率|分值|得分|权重|来源).*");
    /** Words that break down the figure before them: the items after are its parts, not projects. */
    private static final Pattern PARTS = Pattern.compile("其中|包括|分别为|按[^，。；,;]{0,8}(?:划分|分)");
    /** A heading: a marker, a few words, no sentence. */
    private static final Pattern HEADING = Pattern.compile(
            "^[\\s\\u3000]*(?:[(（][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[、.．](?!\\d))[^。；;，,]{2,40}$");
    /** A paragraph led by a project's name: 「（一）国省干线公路养护项目。该项目预算安排…」. */
    private static final Pattern LEAD = Pattern.compile(
            "^[\\s\\u3000]*(?:[(（][一二三四五六七八九十\\d]+[)）]|[一二三四五六七八九十]+[、.．]|\\d+[、.．](?!\\d))([^。；;，,:：]{2,40})[。:：]");

    /** One statement of a project's money; {@code basis} null when the words do not say which. */
    record Sighting(String name, BigDecimal value, Basis basis, boolean inTable, String label, String raw, Evidence evidence) {
    }

    public List<Project> extract(Document doc, List<Fact> facts, Integer fiscalYear) {
        Map<String, Map<Integer, List<Fact>>> byTableRow = new HashMap<>();
        Map<String, List<Fact>> byParagraph = new HashMap<>();
        for (Fact f : facts) {
            Candidate c = f.candidate();
            if (c.inTable()) {
                byTableRow.computeIfAbsent(c.tableId(), k -> new HashMap<>()).computeIfAbsent(c.row(), k -> new ArrayList<>()).add(f);
            } else {
                byParagraph.computeIfAbsent(c.evidence().block(), k -> new ArrayList<>()).add(f);
            }
        }
        List<Sighting> sightings = new ArrayList<>();
        for (Table t : tables(doc)) {
            for (ProjectTables.Row row : ProjectTables.rows(t, byTableRow.getOrDefault(t.id(), Map.of()))) {
                for (Fact f : row.facts()) {
                    Sighting s = fromCell(row.name(), f, row.header(f), fiscalYear);
                    if (s != null) {
                        sightings.add(s);
                    }
                }
            }
        }
        List<String> known = sightings.stream().map(Sighting::name).distinct().toList();
        fromText(doc, byParagraph, fiscalYear, known, sightings);
        return merge(sightings);
    }

    /** Every table of the document in reading order, nested ones after their parent. */
    private static List<Table> tables(Document doc) {
        List<Table> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Table t) {
                addWithNested(t, out);
            }
        }
        return out;
    }

    private static void addWithNested(Table t, List<Table> out) {
        out.add(t);
        for (Cell c : t.cells()) {
            c.nested().forEach(n -> addWithNested(n, out));
        }
    }

    /** A table figure of a project row: a budget or actual of the fiscal year, or the money of a 资金总额 column. */
    private static Sighting fromCell(String name, Fact f, String header, Integer fiscalYear) {
        Candidate c = f.candidate();
        QuantityKind kind = c.quantity().kind();
        if (kind != QuantityKind.AMOUNT && kind != QuantityKind.NUMBER || !f.about(fiscalYear) || c.indicatorTable() && f.basisStated()) {
            return null;
        }
        Basis basis = moneyBasis(f);
        if (basis == null && (f.basisStated() || !MONEY_HEADER.matcher(header).matches()
                || NOT_MONEY_HEADER.matcher(header).matches())) {
            return null;
        }
        return new Sighting(name, money(c), basis, true, header.isBlank() ? c.rawLabel() : header, c.quantity().raw(),
                c.evidence());
    }

    /** The fact's basis when the words state a budget or an actual; null otherwise. */
    private static Basis moneyBasis(Fact f) {
        if (!f.basisStated()) {
            return null;
        }
        return f.basis().isBudget() || f.basis() == Basis.ACTUAL ? f.basis() : null;
    }

    private static BigDecimal money(Candidate c) {
        return c.quantity().kind() == QuantityKind.AMOUNT ? c.quantity().normalized() : c.quantity().value();
    }

    /**
     * Sentences that name a project with its money. A clause names the project itself (「区级科技创新专项资金
     * 安排预算360万元」) or refers back to one: to the project named earlier in the sentence or paragraph
     * (「…，支出356.8万元」, 「执法办案经费。全年预算350万元」), or with 该项目 to the project a heading names. A project
     * is named in words that end like one (经费, 资金, 项目) or that a table lists.
     */
    private static void fromText(Document doc, Map<String, List<Fact>> byParagraph, Integer fiscalYear, List<String> known,
            List<Sighting> out) {
        String heading = null;
        for (Block b : doc.blocks()) {
            if (!(b instanceof Paragraph p)) {
                continue;
            }
            String text = p.text().normalized();
            List<Fact> facts = byParagraph.getOrDefault(p.id(), List.of());
            if (facts.isEmpty() && HEADING.matcher(text).matches()) {
                String name = ProjectNames.ofCell(text);
                heading = names(name, known) ? asWritten(p.text(), name, text.length()) : null;
                continue;
            }
            String paragraph = lead(p.text(), known);
            String sentence = null;
            String place = null;
            Fact previous = null;
            boolean parts = false;
            for (Fact f : facts) {
                Candidate c = f.candidate();
                if (!f.place().equals(place)) {
                    place = f.place();
                    sentence = subjectOf(p.text(), f, known);
                    previous = null;
                    parts = false;
                }
                if (c.quantity().kind() != QuantityKind.AMOUNT) {
                    continue;
                }
                // 「项目支出…万元，其中：A经费…」 lists projects; after any other figure 其中 lists its parts
                parts |= previous != null && !"spending.project".equals(previous.quantity())
                        && PARTS.matcher(between(text, previous, c)).find();
                previous = f;
                String raw = c.rawLabel();
                if (parts || f.basis() == Basis.OTHER || f.basis() == Basis.RATE || ProjectNames.perUnit(raw) || perUnit(text, c)) {
                    continue; // a change (调减20万元), a rate or a unit price says nothing of a project's money
                }
                String words = ProjectNames.ofClause(raw);
                String project;
                if (f.inferred() && f.scope() != null || ProjectNames.refersBack(words)) {
                    project = sentence != null ? sentence : paragraph != null ? paragraph : words.isEmpty() ? null : heading;
                } else if (startsClause(text, c) && namedInText(words, known)) {
                    project = asWritten(p.text(), words, c.quantity().start());
                } else {
                    sentence = null;
                    paragraph = null;
                    continue;
                }
                if (project == null) {
                    continue;
                }
                sentence = project;
                paragraph = project;
                Basis basis = moneyBasis(f);
                if (f.about(fiscalYear) && (basis != null || !f.basisStated()) && c.quantity().normalized().signum() != 0) {
                    out.add(new Sighting(project, c.quantity().normalized(), basis, false, raw, c.quantity().raw(), c.evidence()));
                }
            }
        }
    }

    /** Whether the words name a project: by their form, or as a table lists it. */
    private static boolean names(String words, List<String> known) {
        if (!ProjectNames.possible(words)) {
            return false;
        }
        return ProjectNames.looksLikeProject(words) || known.stream().anyMatch(k -> ProjectNames.same(k, words));
    }

    /** As {@link #names}, for a clause of running text, where a flow of funds is not a name. */
    private static boolean namedInText(String words, List<String> known) {
        // a table's name shortened (维修改造) or varied, not a clause that holds a name among other words
        return ProjectNames.possible(words) && (ProjectNames.namedInText(words) || known.stream().anyMatch(k -> ProjectNames.same(k, words)
                && ProjectNames.core(words).length() <= ProjectNames.core(k).length() + 2));
    }

    /** The words as the file writes them (full-width brackets kept), found before {@code before}. */
    static String asWritten(dev.gouji.model.NormalizedText text, String words, int before) {
        int at = text.normalized().lastIndexOf(words, before);
        return at < 0 ? words : text.originalSpan(at, at + words.length()).strip();
    }

    /** The text between two figures of a sentence. */
    private static String between(String text, Fact previous, Candidate c) {
        int from = Math.min(previous.candidate().quantity().end(), text.length());
        int to = Math.min(c.quantity().start(), text.length());
        return from < to ? text.substring(from, to) : "";
    }

    /** A figure followed by 「/亩」 or 「每…」: a unit price. */
    private static boolean perUnit(String text, Candidate c) {
        int end = c.quantity().end();
        return end < text.length() && "/每".indexOf(text.charAt(end)) >= 0;
    }

    /**
     * The project a sentence names in its first clause when that clause holds no figure: 「2.年初预算项目城市管理
     * 综合执法经费专项资金，年中执行调增0万元，实际支出159.54万元」.
     */
    private static String subjectOf(dev.gouji.model.NormalizedText text, Fact first, List<String> known) {
        String s = text.normalized();
        int start = Integer.parseInt(first.place().substring(first.place().lastIndexOf('#') + 1));
        int end = start;
        while (end < s.length() && "，,：:".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        if (end >= s.length() || end > first.candidate().quantity().start()) {
            return null;
        }
        String words = ProjectNames.ofClause(s.substring(start, end));
        return namedInText(words, known) ? asWritten(text, words, end) : null;
    }

    /** The project a paragraph's lead names (「1.执法办案经费。全年预算…」), or null. */
    private static String lead(dev.gouji.model.NormalizedText text, List<String> known) {
        java.util.regex.Matcher m = LEAD.matcher(text.normalized());
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).strip();
        return names(name, known) ? asWritten(text, name, m.end(1)) : null;
    }


    /** Whether the figure's words start a clause (not right after another figure: 「按16元/亩标准安排补偿资金」). */
    private static boolean startsClause(String text, Candidate c) {
        int end = Math.min(c.quantity().start(), text.length());
        String raw = c.rawLabel();
        int at = text.lastIndexOf(raw, end);
        if (at < 0) {
            return false;
        }
        int i = at - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i < 0 || "，。；;,!?！？:：、\n（(".indexOf(text.charAt(i)) >= 0;
    }

    /**
     * Joins the sightings of one project and reads its money. {@code actual}: a stated actual, a table's before
     * the text's. {@code amount}: the figure the text states for the project without saying which, unless it
     * restates one of the project's other figures (fields.md: a figure that does not say which is the amount);
     * else a stated budget (the adjusted before the initial one), a table's before the text's; else a table's
     * figure whose column names no basis (资金总额).
     */
    static List<Project> merge(List<Sighting> sightings) {
        Map<String, List<Sighting>> groups = new LinkedHashMap<>();
        for (Sighting s : sightings) {
            String home = groups.keySet().stream().filter(n -> ProjectNames.same(n, s.name())).findFirst().orElse(s.name());
            groups.computeIfAbsent(home, k -> new ArrayList<>()).add(s);
        }
        List<Project> out = new ArrayList<>();
        for (Map.Entry<String, List<Sighting>> e : groups.entrySet()) {
            List<Sighting> g = e.getValue();
            Sighting actual = first(g, Basis.ACTUAL);
            Sighting amount = g.stream().filter(s -> !s.inTable() && s.basis() == null && restatesNone(s, g)).findFirst()
                    .orElse(null);
            if (amount == null) {
                amount = first(g, Basis.BUDGET);
            }
            if (amount == null) {
                amount = first(g, Basis.BUDGET_INITIAL);
            }
            if (amount == null) {
                amount = g.stream().filter(s -> s.basis() == null && (s.inTable() || actual == null)).findFirst().orElse(null);
            }
            List<Statement> statements = g.stream().map(s -> new Statement(s.value(), "万元", s.raw(), s.label(), s.evidence(),
                    s.basis() == null ? null : s.basis().json(), s.inTable() ? Statement.TABLE : Statement.TEXT)).toList();
            Sighting shown = amount != null ? amount : actual != null ? actual : g.get(0);
            out.add(new Project(nameOf(g), amount == null ? null : amount.value(), actual == null ? null : actual.value(),
                    shown.evidence(), statements));
        }
        return out;
    }

    /**
     * The name the project goes by: of the names its table rows and sentences give it, the one with the fewest
     * words besides 专项/专项资金 (区退役军人服务中心运行保障经费 and 退役军人服务中心运行保障经费 are the latter); a
     * table's on a tie. A sentence's words count as a name only when they read as one by themselves.
     */
    private static String nameOf(List<Sighting> g) {
        String best = null;
        for (Sighting s : g) {
            boolean name = s.inTable() || ProjectNames.namedInText(s.name());
            if (name && (best == null || ProjectNames.core(s.name()).length() < ProjectNames.core(best).length())) {
                best = s.name();
            }
        }
        return best == null ? g.get(0).name() : best;
    }

    /** The first sighting on this basis, a table's before the text's. */
    private static Sighting first(List<Sighting> g, Basis basis) {
        return g.stream().filter(s -> s.basis() == basis && s.inTable()).findFirst()
                .orElseGet(() -> g.stream().filter(s -> s.basis() == basis).findFirst().orElse(null));
    }

    private static boolean restatesNone(Sighting s, List<Sighting> g) {
        return g.stream().filter(o -> o != s && (o.basis() != null || o.inTable())).noneMatch(o -> same(o.value(), s.value()));
    }

    /** Equal as written to two decimals (a table in 元 restated in 万元 rounds). */
    static boolean same(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(new BigDecimal("0.0051")) <= 0;
    }
}
