package dev.gouji.reconcile;

import dev.gouji.extract.DisclosureStructure;
import dev.gouji.extract.DisclosureStructure.ContentsEntry;
import dev.gouji.extract.DisclosureStructure.FoundTable;
import dev.gouji.extract.StandardTable;
import dev.gouji.record.Evidence;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.Sourced;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * R-STRUCT: a disclosure's structure contradicts its kind or itself. A standard table the kind requires is
 * missing and no note says the unit has no such funds (error), when the document has standard tables at all
 * (one with none publishes them elsewhere: said once, as info); a standard table is empty without such a note
 * (info); the table of contents lists a table the body lacks, or the body has one it does not list (warning);
 * a heading gives another year than the report's (error) or a table's header another unit (warning).
 */
final class StructRule implements Rule {
    @Override
    public String family() {
        return "R-STRUCT";
    }

    @Override
    public List<Finding> check(Context ctx) {
        var extraction = ctx.extraction();
        String kind = extraction.reportKind() == null ? null : extraction.reportKind().value();
        DisclosureStructure s = extraction.disclosure();
        if (!StandardTable.FINAL.equals(kind) && !StandardTable.BUDGET.equals(kind)) {
            return List.of();
        }
        Evidence title = extraction.reportKind().evidence();
        List<Finding> out = new ArrayList<>();
        if (s.tables().isEmpty()) {
            // the 说明 alone, its tables published as an attachment (a web page, a separate .xls): nothing here
            // to miss one of; what the auditor needs to know is that the tables were not checked
            Evidence where = s.contents().isEmpty() ? title : s.contents().get(0).evidence();
            out.add(new Finding("R-STRUCT/no-tables", "info",
                    "正文未见任何" + kindName(kind) + "标准表" + (s.contents().isEmpty() ? "" : "（目录列有" + s.contents().size() + "张）")
                            + "：表格可能另行公开，未能核对",
                    List.of(new Figure("标准表", null, null, where)), null, null, null));
            out.addAll(years(ctx, s));
            out.addAll(units(ctx, s));
            return out;
        }
        Set<String> found = new HashSet<>();
        s.tables().forEach(t -> found.add(t.standard().id()));
        Set<String> reported = new HashSet<>();
        for (StandardTable t : StandardTable.required(kind)) {
            if (found.contains(t.id()) || s.noteFor(t.fund()).isPresent()) {
                continue;
            }
            reported.add(t.id());
            out.add(new Finding("R-STRUCT/missing-table", "error",
                    "缺少" + kindName(kind) + "的标准表「" + t.name() + "」：正文未见该表，也无说明本单位没有此类资金的空表说明",
                    List.of(new Figure(t.name(), null, null, title)), null, null, null));
        }
        for (FoundTable t : s.tables()) {
            if (t.empty() && t.standard().fund() != null && s.noteFor(t.standard().fund()).isEmpty()) {
                out.add(new Finding("R-STRUCT/empty-table", "info",
                        "「" + t.standard().name() + "」为空表，但未说明本单位没有此类资金（空表说明）",
                        List.of(new Figure(t.standard().name(), null, null, t.title())), null, null, null));
            }
        }
        out.addAll(contents(s, found, reported));
        out.addAll(years(ctx, s));
        out.addAll(units(ctx, s));
        return out;
    }

    private static List<Finding> contents(DisclosureStructure s, Set<String> found, Set<String> reported) {
        List<Finding> out = new ArrayList<>();
        if (s.contents().isEmpty()) {
            return out;
        }
        Set<String> listed = new HashSet<>();
        for (ContentsEntry e : s.contents()) {
            listed.add(e.standard().id());
            if (!found.contains(e.standard().id()) && !reported.contains(e.standard().id())) {
                out.add(new Finding("R-STRUCT/contents", "warning",
                        "目录列有「" + e.standard().name() + "」，正文未见该表",
                        List.of(new Figure(e.standard().name(), null, null, e.evidence())), null, null, null));
            }
        }
        for (FoundTable t : s.tables()) {
            if (listed.add(t.standard().id())) {
                out.add(new Finding("R-STRUCT/contents", "warning",
                        "正文有「" + t.standard().name() + "」，目录未列该表",
                        List.of(new Figure(t.standard().name(), null, null, t.title())), null, null, null));
            }
        }
        return out;
    }

    /** A heading naming the report with another year than the fiscal year. */
    private static List<Finding> years(Context ctx, DisclosureStructure s) {
        List<Finding> out = new ArrayList<>();
        var fiscal = ctx.extraction().fiscalYear();
        if (fiscal == null) {
            return out;
        }
        Set<Integer> seen = new HashSet<>();
        for (Sourced<Integer> y : s.headingYears()) {
            if (!y.value().equals(fiscal.value()) && seen.add(y.value())) {
                out.add(new Finding("R-STRUCT/heading-year", "error",
                        "标题或表头写" + y.value() + "年度，与报告的" + fiscal.value() + "年度不符",
                        List.of(new Figure("标题年度", java.math.BigDecimal.valueOf(y.value()), "年", y.evidence()),
                                new Figure("报告年度", java.math.BigDecimal.valueOf(fiscal.value()), "年", fiscal.evidence())),
                        java.math.BigDecimal.valueOf(fiscal.value()), java.math.BigDecimal.valueOf(y.value()), null));
            }
        }
        return out;
    }

    /** A table header naming another unit than the report's department. */
    private static List<Finding> units(Context ctx, DisclosureStructure s) {
        List<Finding> out = new ArrayList<>();
        var department = ctx.extraction().department();
        if (department == null || department.value() == null || department.value().isBlank()) {
            return out;
        }
        String dept = bare(department.value());
        Set<String> seen = new HashSet<>();
        for (Sourced<String> u : s.unitNames()) {
            String name = bare(u.value());
            if (name.isEmpty() || abbreviates(name, dept) || abbreviates(dept, name) || !seen.add(name)) {
                continue;
            }
            out.add(new Finding("R-STRUCT/unit-name", "warning",
                    "表头单位「" + u.value() + "」与报告单位「" + department.value() + "」不符",
                    List.of(new Figure("表头单位", null, null, u.evidence()), new Figure("报告单位", null, null, department.evidence())),
                    null, null, null));
        }
        return out;
    }

    /**
     * Whether {@code short} is {@code full} or a short form of it: its characters in the same order, the last the
     * same (「开福区城管执法局」 for 「长沙市开福区城市管理和综合执法局」, 「市教育局」 for 「杭州市教育局」), as a
     * header line shortens the name its report's title spells out.
     */
    static boolean abbreviates(String shortName, String full) {
        if (full.contains(shortName)) {
            return true;
        }
        if (shortName.length() < 3 || shortName.length() > full.length()
                || shortName.charAt(shortName.length() - 1) != full.charAt(full.length() - 1)) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < shortName.length(); i++) {
            at = full.indexOf(shortName.charAt(i), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return true;
    }

    /** A unit name without the bracketed 本级 and spaces. */
    private static String bare(String name) {
        return name.replaceAll("[(（][^)）]*[)）]", "").replaceAll("\\s", "");
    }

    private static String kindName(String kind) {
        return StandardTable.FINAL.equals(kind) ? "部门决算" : "部门预算";
    }
}
