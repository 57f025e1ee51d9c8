package dev.gouji.extract;

import dev.gouji.extract.number.NumberReader;
import dev.gouji.extract.number.Quantity;
import dev.gouji.extract.number.QuantityKind;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import dev.gouji.record.Evidence;
import dev.gouji.record.Project;
import dev.gouji.record.Statement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Projects and their money: from sentences naming a 专项/经费/项目 with its amount, from project tables (a
 * 项目名称 column with an amount column), and from the detail rows under a 项目支出 row of a data table. The
 * same project met in several places (names alike but for a word: 城市管理综合执法经费专项 / 城市管理综合行政执法经费)
 * is one project carrying every statement, so the reconciler can compare them.
 */
public final class ProjectExtractor {
    private static final Pattern NAME_LEAD = Pattern.compile("^(?:年初预算项目|本年度|全年|主要用于|用于)");
    private static final Pattern ENUMERATED = Pattern.compile("^\\d+[、.．].*");
    private static final Pattern SPECIAL_FUND_SUFFIX = Pattern.compile("(?:专项资金|专项经费|专项)$");
    private static final Pattern ENUMERATION_MARK = Pattern.compile("^\\d+[、.．]");
    private static final Pattern PROJECT_WORDS = Pattern.compile(".{2,40}(?:专项|专项资金|专项经费|经费|项目|工程|资金)$");
    private static final Pattern NOT_A_PROJECT = Pattern.compile(
            ".*(?:收入|支出|合计|总额|小计|总计|结余|结转|预算|决算|执行|调增|调减|公用经费|人员经费|机关运行经费|三公|会议费|培训费|办公经费).*");

    /** Where a statement comes from: text, a budget column, an actual column, or a project table's total. */
    enum Source { TEXT, TEXT_ACTUAL, BUDGET, ACTUAL, TOTAL }

    /** Words that name a project's money but not the project: the project is named at the sentence's head. */
    private static final Pattern GENERIC_MONEY = Pattern.compile(
            "^(?:年初|全年|年度|本年)?(?:预算|预算数|预算资金|批复|批复资金|安排|实际支出|实际使用|支出|执行数|实际执行|到位资金|资金|金额|决算数|实际到位)$");
    private static final Pattern ACTUAL_WORDS = Pattern.compile(".*(?:实际|执行|决算|支出|使用).*");

    /** A project's money as one place states it. */
    record Sighting(String name, BigDecimal value, Source source, String label, String raw, Evidence evidence) {
    }

    private final NumberReader numbers;

    public ProjectExtractor(NumberReader numbers) {
        this.numbers = numbers;
    }

    public List<Project> extract(Document doc, List<Candidate> candidates, Integer fiscalYear) {
        List<Sighting> sightings = new ArrayList<>();
        for (Candidate c : candidates) {
            if (c.inTable() || c.quantity().kind() != QuantityKind.AMOUNT) {
                continue;
            }
            String name = projectName(c.label());
            if (name != null) {
                sightings.add(new Sighting(name, c.quantity().normalized(), Source.TEXT, c.rawLabel(), c.quantity().raw(), c.evidence()));
            } else if (GENERIC_MONEY.matcher(c.label()).matches()) {
                // 「城市管理执法经费专项，年初预算50万元，实际支出48.5万元」: the sentence's head names the project
                String head = sentenceHead(doc, c);
                String headName = head == null ? null : projectName(Labels.clean(head));
                if (headName != null) {
                    Source source = ACTUAL_WORDS.matcher(c.label()).matches() ? Source.TEXT_ACTUAL : Source.TEXT;
                    sightings.add(new Sighting(headName, c.quantity().normalized(), source, c.rawLabel(), c.quantity().raw(),
                            c.evidence()));
                }
            }
        }
        for (Table t : doc.tables()) {
            fromProjectTable(t, sightings);
            fromDetailRows(t, candidates, fiscalYear, sightings);
        }
        return merge(sightings);
    }

    /** The project a label names, or null: it ends like a project (专项, 经费, 项目) and is not a total. */
    private static String projectName(String label) {
        String name = NAME_LEAD.matcher(label).replaceFirst("");
        if (PROJECT_WORDS.matcher(name).matches() && !NOT_A_PROJECT.matcher(name).matches() && FieldCatalog.match(name).isEmpty()) {
            return name;
        }
        return null;
    }

    /** The words from the start of the figure's sentence to its first comma, when the figure comes later. */
    private static String sentenceHead(Document doc, Candidate c) {
        String text = doc.paragraphText(c.evidence().block());
        int at = Math.min(c.quantity().start(), text.length());
        int start = Math.max(text.lastIndexOf('。', at - 1), text.lastIndexOf('；', at - 1)) + 1;
        int comma = text.indexOf('，', start);
        if (comma < 0 || comma >= at) {
            comma = text.indexOf(',', start);
        }
        if (comma < 0 || comma >= at) {
            return null;
        }
        return text.substring(start, comma);
    }

    /** Tables with a project-name column and an amount column (项目支出绩效目标表, 项目支出表). */
    private void fromProjectTable(Table t, List<Sighting> out) {
        for (int header = 0; header < Math.min(3, t.rowCount()); header++) {
            int nameCol = -1;
            int amountCol = -1;
            for (int c = 0; c < t.columnCount(); c++) {
                String h = t.textAt(header, c).replace(" ", "");
                if (nameCol < 0 && (h.equals("项目名称") || h.equals("单位(项目)名称") || h.equals("项目"))) {
                    nameCol = c;
                } else if (amountCol < 0 && nameCol >= 0 && (h.contains("资金总额") || h.equals("金额") || h.equals("项目金额")
                        || h.equals("预算数") || h.equals("合计") || h.equals("预算金额"))) {
                    amountCol = c;
                }
            }
            if (nameCol < 0 || amountCol < 0) {
                continue;
            }
            String amountHeader = t.textAt(header, amountCol);
            for (int r = header + 1; r < t.rowCount(); r++) {
                Optional<Cell> name = t.cellAt(r, nameCol).filter(cell -> cell.normalized().length() > 1);
                Optional<Cell> amount = t.cellAt(r, amountCol);
                if (name.isEmpty() || amount.isEmpty() || name.get().row() != r) {
                    continue;
                }
                Optional<Quantity> q = numbers.parseCell(amount.get().normalized());
                if (q.isPresent() && q.get().kind() != QuantityKind.PERCENT) {
                    out.add(new Sighting(name.get().normalized(), q.get().normalized(), Source.TOTAL, amountHeader, q.get().raw(),
                            Evidences.ofCell(amount.get().id(), amount.get().text())));
                }
            }
            return;
        }
    }

    /** Rows under a 项目支出 row of a data table: 「1、协管员经费 | 1083.53 | 933.30 | 965.12」. */
    private void fromDetailRows(Table t, List<Candidate> candidates, Integer fiscalYear, List<Sighting> out) {
        boolean under = false;
        for (int r = 0; r < t.rowCount(); r++) {
            String label = t.textAt(r, 0).trim();
            String cleaned = Labels.clean(label);
            if (FieldCatalog.match(cleaned).map(f -> f.key().equals("spending.project")).orElse(false)) {
                under = true;
                continue;
            }
            boolean enumerated = ENUMERATED.matcher(label).matches() || label.startsWith("…");
            if (!under || !enumerated) {
                under &= label.isEmpty();
                continue;
            }
            if (cleaned.isEmpty() || cleaned.startsWith("…") || cleaned.contains("一个专项一行")) {
                continue;
            }
            for (Candidate c : candidates) {
                QuantityKind kind = c.quantity().kind();
                if (!t.id().equals(c.tableId()) || c.row() != r || c.indicatorTable() || c.col() == 0
                        || kind != QuantityKind.NUMBER && kind != QuantityKind.AMOUNT) {
                    continue;
                }
                Integer year = FieldExtractor.yearOf(c.column());
                if (fiscalYear != null && year != null && !year.equals(fiscalYear)) {
                    continue;
                }
                Source source = FieldExtractor.isBudgetContext(c.column()) ? Source.BUDGET : Source.ACTUAL;
                out.add(new Sighting(cleaned, c.quantity().value(), source, c.column(), c.quantity().raw(), c.evidence()));
            }
        }
    }

    /** Joins the sightings of one project; the text's name and amount come first, as the report words them. */
    static List<Project> merge(List<Sighting> sightings) {
        List<List<Sighting>> groups = new ArrayList<>();
        for (Sighting s : sightings) {
            List<Sighting> home = null;
            for (List<Sighting> g : groups) {
                if (sameProject(g.get(0).name(), s.name())) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(s);
        }
        List<Project> out = new ArrayList<>();
        for (List<Sighting> g : groups) {
            Sighting first = g.get(0);
            BigDecimal amount = firstOf(g, Source.TEXT);
            if (amount == null) {
                amount = firstOf(g, Source.BUDGET);
            }
            if (amount == null) {
                amount = firstOf(g, Source.TOTAL);
            }
            BigDecimal actual = firstOf(g, Source.ACTUAL);
            if (actual == null) {
                actual = firstOf(g, Source.TEXT_ACTUAL);
            }
            List<Statement> statements = g.stream()
                    .map(s -> new Statement(s.value(), "万元", s.raw(), s.source().name().toLowerCase().replace('_', '-') + ": " + s.label(), s.evidence()))
                    .toList();
            out.add(new Project(first.name(), amount, actual, first.evidence(), statements));
        }
        return out;
    }

    private static BigDecimal firstOf(List<Sighting> g, Source source) {
        return g.stream().filter(s -> s.source() == source).map(Sighting::value).findFirst().orElse(null);
    }

    /** Names of one project: equal but for 专项/专项资金, one inside the other, or alike but for a word or two. */
    static boolean sameProject(String a, String b) {
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

    static String core(String name) {
        return ENUMERATION_MARK.matcher(SPECIAL_FUND_SUFFIX.matcher(name).replaceAll("")).replaceAll("").replace(" ", "");
    }

}
