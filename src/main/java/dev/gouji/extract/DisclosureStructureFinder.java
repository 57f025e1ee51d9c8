package dev.gouji.extract;

import dev.gouji.extract.DisclosureStructure.ContentsEntry;
import dev.gouji.extract.DisclosureStructure.FoundTable;
import dev.gouji.extract.DisclosureStructure.FundNote;
import dev.gouji.fact.Fact;
import dev.gouji.model.Block;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import dev.gouji.record.Evidence;
import dev.gouji.record.Sourced;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structure of a disclosure ({@link DisclosureStructure}): a table is the standard table its title
 * names, the title standing in one of the few paragraphs just before it (above the 「单位：万元」 line) or
 * in a first row that is one cell across the table.
 */
public final class DisclosureStructureFinder {
    /** How many paragraphs above a table its title may stand (title, 公开NN表 line, unit line). */
    private static final int TITLE_REACH = 3;
    private static final int CONTENTS_REACH = 80;
    private static final int HEADING_LENGTH = 40;
    private static final Pattern CONTENTS = Pattern.compile("^目\\s*录$");
    private static final Pattern QUOTES = Pattern.compile("[“”\"‘’'「」『』]");
    private static final String NO_FUNDS_BEFORE = "(?:无|没有|未安排|未使用|不涉及)[^，。；,;]{0,12}?";
    private static final String NO_FUNDS_AFTER = "[^，。；,;]{0,24}?(?:(?:收入|支出)[^，。；,;0-9]{0,6}?0(?:\\.0+)?万?元|无数据|为空|空表)";
    /** A heading that names the report and its year, and ends there (not 「2021年预算执行情况」). */
    private static final Pattern HEADING_YEAR = Pattern.compile(
            "(\\d{4})年度?(?:部门|单位)?(决算|预算)(?:公开|报告|情况说明|说明|表|公开表)?[。:：\\s]*$");
    /** A table's header line naming its unit (「公开01表 部门：…」「编制单位：…」), not 「主管部门：…」 in the text. */
    private static final Pattern UNIT_NAME = Pattern.compile(
            "(?:^|\\s|表)(?:编制)?(?:部门|单位)(?:名称)?\\s*[:：]\\s*([^\\s:：,，]{2,40}?)(?=\\s|金额单位|单位\\s*[:：]|$)");
    private static final Pattern MONEY_UNIT = Pattern.compile("^(?:万元|元|千元|亿元)$");

    private DisclosureStructureFinder() {
    }

    public static DisclosureStructure find(Document doc, String kind, List<Fact> facts) {
        if (!StandardTable.FINAL.equals(kind) && !StandardTable.BUDGET.equals(kind)) {
            return DisclosureStructure.NONE;
        }
        Set<String> figured = new HashSet<>();
        for (Fact f : facts) {
            if (f.inTable() && f.money() && f.value().signum() != 0) {
                figured.add(f.candidate().tableId());
            }
        }
        List<FoundTable> tables = new ArrayList<>();
        List<Block> blocks = doc.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Table t) {
                titleOf(kind, blocks, i).ifPresent(found -> tables.add(
                        new FoundTable(found.standard(), t.id(), found.evidence(), !figured.contains(t.id()))));
            }
        }
        return new DisclosureStructure(tables, fundNotes(doc), contents(kind, blocks), headingYears(doc, kind), unitNames(doc));
    }

    /** A standard table's title and where it stands. */
    private record Title(StandardTable standard, Evidence evidence) {
    }

    private static Optional<Title> titleOf(String kind, List<Block> blocks, int tableIndex) {
        Table t = (Table) blocks.get(tableIndex);
        for (int j = tableIndex - 1, seen = 0; j >= 0 && seen < TITLE_REACH; j--) {
            if (!(blocks.get(j) instanceof Paragraph p)) {
                break;
            }
            seen++;
            var found = StandardTable.recognise(kind, p.text().normalized());
            if (found.isPresent()) {
                String text = p.text().normalized();
                return Optional.of(new Title(found.get(), Evidences.of(p.id(), p.text(), 0, text.length())));
            }
        }
        if (t.rowCount() > 0 && t.columnCount() > 1) {
            Cell first = t.cellAt(0, 0).orElse(null);
            if (first != null && first.colSpan() >= t.columnCount()) {
                var found = StandardTable.recognise(kind, first.normalized());
                if (found.isPresent()) {
                    return Optional.of(new Title(found.get(), Evidences.ofCell(first.id(), first.text())));
                }
            }
        }
        return Optional.empty();
    }

    /** Sentences saying the unit has no funds of a kind a standard table reports. */
    private static List<FundNote> fundNotes(Document doc) {
        Set<String> funds = new LinkedHashSet<>();
        for (StandardTable t : StandardTable.CATALOG) {
            if (t.fund() != null) {
                funds.add(t.fund());
            }
        }
        List<FundNote> out = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            String text = p.text().normalized();
            String plain = QUOTES.matcher(text).replaceAll(" ");
            for (String fund : funds) {
                String f = String.join("\\s*", fund.split(""));
                Matcher m = Pattern.compile(NO_FUNDS_BEFORE + f + "|" + f + NO_FUNDS_AFTER).matcher(plain);
                if (m.find()) {
                    out.add(new FundNote(fund, Evidences.of(p.id(), p.text(), m.start(), m.end())));
                }
            }
        }
        return out;
    }

    /** The lines of the table of contents that name a standard table: from 「目录」 to the first line the body repeats. */
    private static List<ContentsEntry> contents(String kind, List<Block> blocks) {
        List<ContentsEntry> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < blocks.size() && start < 0; i++) {
            if (blocks.get(i) instanceof Paragraph p && CONTENTS.matcher(p.text().normalized().trim()).matches()) {
                start = i + 1;
            }
        }
        if (start < 0) {
            return out;
        }
        String firstEntry = null;
        for (int i = start; i < blocks.size() && i < start + CONTENTS_REACH; i++) {
            if (!(blocks.get(i) instanceof Paragraph p)) {
                break;
            }
            String text = p.text().normalized().trim();
            String entry = StandardTable.withoutPageNumber(text);
            if (entry.isEmpty()) {
                continue;
            }
            if (entry.length() > HEADING_LENGTH || entry.equals(firstEntry)) {
                break;
            }
            if (firstEntry == null) {
                firstEntry = entry;
            }
            StandardTable.recognise(kind, entry)
                    .ifPresent(t -> out.add(new ContentsEntry(t, Evidences.of(p.id(), p.text(), 0, text.length()))));
        }
        return out;
    }

    /**
     * The years headings give the report (「2023年度部门决算」「2024年部门预算情况说明」): headings of the report's own
     * kind only; a 预算 may head a part with the 决算 of the year before, a 决算 with the next year's 预算.
     */
    private static List<Sourced<Integer>> headingYears(Document doc, String kind) {
        String word = StandardTable.FINAL.equals(kind) ? "决算" : "预算";
        List<Sourced<Integer>> out = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            String text = p.text().normalized();
            if (text.length() > HEADING_LENGTH) {
                continue;
            }
            Matcher m = HEADING_YEAR.matcher(text);
            if (m.find() && m.group(2).equals(word)) {
                out.add(new Sourced<>(Integer.parseInt(m.group(1)), Evidences.of(p.id(), p.text(), m.start(1), m.end(1))));
            }
        }
        return out;
    }

    /** The unit names the tables' header lines give (「部门：…」「编制单位：…」). */
    private static List<Sourced<String>> unitNames(Document doc) {
        List<Sourced<String>> out = new ArrayList<>();
        for (Paragraph p : doc.paragraphs()) {
            String text = p.text().normalized();
            if (text.length() > 80) {
                continue;
            }
            Matcher m = UNIT_NAME.matcher(text);
            while (m.find()) {
                if (!MONEY_UNIT.matcher(m.group(1)).matches()) {
                    out.add(new Sourced<>(m.group(1), Evidences.of(p.id(), p.text(), m.start(1), m.end(1))));
                }
            }
        }
        return out;
    }
}
