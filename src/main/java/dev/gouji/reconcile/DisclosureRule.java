package dev.gouji.reconcile;

import dev.gouji.extract.DisclosureStructure;
import dev.gouji.extract.DisclosureStructure.FoundTable;
import dev.gouji.extract.StandardTable;
import dev.gouji.fact.Fact;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * R-SUM over the standard tables of a disclosure (rules.md, "Disclosure tables"): the 总表's 收入/支出 totals
 * balance and each equals its 本年 figure plus the carry-overs listed with it; the 总表's 本年收入/本年支出 equal
 * the 收入表's and 支出表's 合计; the 基本支出表's 人员经费 + 公用经费 equal the 基本支出 of the 一般公共预算
 * 支出表; in the tables whose columns add up (支出表, 收入表, 财政拨款总表, 三公 …) each row's 合计 equals its
 * part columns. Each identity is a {@link Check} that held, broke or could not be checked (a figure absent).
 */
final class DisclosureRule implements Rule {
    enum Status { HELD, BROKEN, UNCHECKED }

    /** One identity over the tables: which, whether it held, and the finding when it did not. */
    record Check(String id, Status status, List<Finding> findings) {
    }

    private static final Pattern PREFIX = Pattern.compile("^(?:[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[.、])");
    private static final Pattern TOTAL_ROW = Pattern.compile("^(?:合计|总计|收入总计|支出总计|收支总计)$");
    private static final Pattern TOTAL_COLUMN = Pattern.compile("(?:合计|小计|总计)$");
    private static final Pattern GRAND = Pattern.compile("总计$");
    private static final Pattern INCOME_YEAR = Pattern.compile("^(?:本年收入(?:合计)?|收入合计)$");
    private static final Pattern SPENDING_YEAR = Pattern.compile("^(?:本年支出(?:合计)?|支出合计)$");
    private static final Pattern INCOME_ADDED = Pattern.compile(
            "^(?:使用非财政拨款结余(?:和专用结余)?|使用专用结余|用事业基金弥补收支差额|年初(?:财政拨款)?结转和?结余|上年结转(?:结余|和结余)?)$");
    private static final Pattern SPENDING_ADDED = Pattern.compile("^(?:结余分配|年末(?:财政拨款)?结转和?结余|结转下年(?:结余)?)$");
    /** A row under another (「其中：…」, 「一、一般公共预算财政拨款」 under 年初结转和结余): not an addition of its own. */
    private static final Pattern SUB_ROW = Pattern.compile("^(?:其中|[一二三四五六七八九十]+、|\\([一二三四五六七八九十]+\\)|\\d+[.、])");

    @Override
    public String family() {
        return "R-SUM";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Check c : checks(ctx)) {
            out.addAll(c.findings());
        }
        return out;
    }

    /** Every identity of the report's standard tables, checked. */
    static List<Check> checks(Context ctx) {
        DisclosureStructure s = ctx.extraction().disclosure();
        List<Check> out = new ArrayList<>();
        if (s.tables().isEmpty()) {
            return out;
        }
        Map<String, List<Fact>> byTable = new LinkedHashMap<>();
        for (Fact f : ctx.facts()) {
            if (f.inTable() && f.money()) {
                byTable.computeIfAbsent(f.candidate().tableId(), k -> new ArrayList<>()).add(f);
            }
        }
        Optional<List<Fact>> total = facts(s, byTable, "total");
        Optional<List<Fact>> income = facts(s, byTable, "income");
        Optional<List<Fact>> spending = facts(s, byTable, "expenditure");
        Optional<List<Fact>> appropriation = facts(s, byTable, "appropriation");
        Optional<List<Fact>> general = facts(s, byTable, "general");
        Optional<List<Fact>> basic = facts(s, byTable, "general_basic");

        out.add(equal(ctx, "disclosure-balance", "收支总表的收入总计与支出总计",
                total.flatMap(t -> side(t, false, GRAND)), total.flatMap(t -> side(t, true, GRAND))));
        out.add(carried(ctx, "disclosure-income-carried", total, false, INCOME_YEAR, INCOME_ADDED, "收入总计", "本年收入合计"));
        out.add(carried(ctx, "disclosure-spending-carried", total, true, SPENDING_YEAR, SPENDING_ADDED, "支出总计", "本年支出合计"));
        List<Fact> carriedIn = income.map(DisclosureRule::carriedColumns).orElse(List.of());
        out.add(carriedIn.isEmpty()
                ? equal(ctx, "disclosure-income", "收支总表的本年收入合计与收入表的合计",
                        total.flatMap(t -> side(t, false, INCOME_YEAR)), income.flatMap(DisclosureRule::rowTotal))
                : equalWith(ctx, "disclosure-income", "收支总表的本年收入合计加收入表的上年结转与收入表的合计",
                        total.flatMap(t -> side(t, false, INCOME_YEAR)), carriedIn, income.flatMap(DisclosureRule::rowTotal)));
        out.add(equal(ctx, "disclosure-spending", "收支总表的本年支出合计与支出表的合计",
                total.flatMap(t -> side(t, true, SPENDING_YEAR)), spending.flatMap(DisclosureRule::rowTotal)));
        out.add(equal(ctx, "disclosure-appropriation-balance", "财政拨款收支总表的收入总计与支出总计",
                appropriation.flatMap(t -> side(t, false, GRAND)), appropriation.flatMap(t -> side(t, true, GRAND))));
        Optional<Fact> basicTotal = general.or(() -> spending).flatMap(DisclosureRule::basicOf);
        out.add(basic(ctx, basic, basicTotal));
        for (FoundTable t : s.tables()) {
            if (t.standard().rowsAddUp() && byTable.containsKey(t.tableId())) {
                out.add(rows(ctx, t, byTable.get(t.tableId())));
            }
        }
        return out;
    }

    /** The facts of the first table of the report kind's standard {@code role} ({@code final.income} …). */
    private static Optional<List<Fact>> facts(DisclosureStructure s, Map<String, List<Fact>> byTable, String role) {
        return s.tables().stream().filter(t -> t.standard().id().endsWith("." + role)).findFirst()
                .map(t -> byTable.getOrDefault(t.tableId(), List.of()));
    }

    /** A row label as written, without its numbering, quotes or spaces. */
    private static String row(Fact f) {
        String raw = f.candidate().rawLabel() == null ? "" : f.candidate().rawLabel();
        return PREFIX.matcher(raw.replaceAll("[\\s“”\"]", "")).replaceFirst("");
    }

    /** A row label as written, spaces and quotes taken out, its numbering kept. */
    private static String rawRow(Fact f) {
        String raw = f.candidate().rawLabel() == null ? "" : f.candidate().rawLabel();
        return raw.replaceAll("[\\s“”\"]", "");
    }

    private static String[] headers(Fact f) {
        String column = f.candidate().column() == null ? "" : f.candidate().column().trim();
        return column.isEmpty() ? new String[0] : column.split("\\s+");
    }

    private static String lastHeader(Fact f) {
        String[] h = headers(f);
        return h.length == 0 ? "" : h[h.length - 1];
    }

    /**
     * The first column of the 支出 side of a side-by-side 收入 | 支出 table: the leftmost figure in a row a 支出
     * names; failing that, under a 支出 header (rows' words are surer than headers a text layout may have
     * stretched over both sides); beyond the table when neither.
     */
    private static int spendingColumn(List<Fact> table) {
        java.util.OptionalInt byRow = table.stream()
                .filter(f -> row(f).endsWith("支出") || row(f).startsWith("支出") || row(f).startsWith("本年支出"))
                .mapToInt(f -> f.candidate().col()).min();
        return byRow.orElseGet(() -> table.stream().filter(f -> f.candidate().column() != null && f.candidate().column().contains("支出"))
                .mapToInt(f -> f.candidate().col()).min().orElse(Integer.MAX_VALUE));
    }

    /** The first figure of one side whose row the pattern names (the side's first column when it has several). */
    private static Optional<Fact> side(List<Fact> table, boolean spending, Pattern rowName) {
        int split = spendingColumn(table);
        return table.stream().filter(f -> (f.candidate().col() >= split) == spending && rowName.matcher(row(f)).find()).findFirst();
    }

    /** The 合计 row's figure in the table's first total column (本年收入合计, 合计, 小计). */
    private static Optional<Fact> rowTotal(List<Fact> table) {
        return table.stream().filter(f -> TOTAL_ROW.matcher(row(f)).matches() && TOTAL_COLUMN.matcher(lastHeader(f)).find())
                .findFirst();
    }

    /**
     * The 合计 row's figures under a carry-over column (「上年结转」「年初结转和结余」「使用非财政拨款结余」): a budget's
     * 收入表 often counts them in its 合计, where the 收支总表 lists them below its 本年收入合计.
     */
    private static List<Fact> carriedColumns(List<Fact> table) {
        return table.stream().filter(f -> TOTAL_ROW.matcher(row(f)).matches() && INCOME_ADDED.matcher(lastHeader(f)).matches())
                .toList();
    }

    /** {@code a} plus {@code addends} = {@code b}. */
    private static Check equalWith(Context ctx, String id, String what, Optional<Fact> a, List<Fact> addends, Optional<Fact> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return new Check(id, Status.UNCHECKED, List.of());
        }
        BigDecimal x = a.get().value();
        for (Fact f : addends) {
            x = x.add(f.value());
        }
        BigDecimal y = b.get().value();
        if (ctx.tolerance().same(x, y)) {
            return new Check(id, Status.HELD, List.of());
        }
        BigDecimal diff = x.subtract(y);
        List<Figure> figures = new ArrayList<>();
        figures.add(Findings.figure(a.get().candidate()));
        addends.forEach(f -> figures.add(Findings.figure(f.candidate())));
        figures.add(Findings.figure(b.get().candidate()));
        return new Check(id, Status.BROKEN, List.of(new Finding("R-SUM/" + id, "error",
                what + "不符：" + Findings.show(x) + "万元与" + Findings.show(y) + "万元，相差" + Findings.show(diff.abs()) + "万元",
                figures, y, x, diff)));
    }

    /** The 合计 row's 基本支出 (a 「基本支出 小计」 column where 基本支出 has sub-columns). */
    private static Optional<Fact> basicOf(List<Fact> table) {
        return table.stream().filter(f -> TOTAL_ROW.matcher(row(f)).matches()).filter(f -> {
            String[] h = headers(f);
            String last = lastHeader(f);
            return last.endsWith("基本支出") || last.equals("小计") && h.length >= 2 && h[h.length - 2].endsWith("基本支出");
        }).findFirst();
    }

    private static Check equal(Context ctx, String id, String what, Optional<Fact> a, Optional<Fact> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return new Check(id, Status.UNCHECKED, List.of());
        }
        BigDecimal x = a.get().value();
        BigDecimal y = b.get().value();
        if (ctx.tolerance().same(x, y)) {
            return new Check(id, Status.HELD, List.of());
        }
        BigDecimal diff = x.subtract(y);
        return new Check(id, Status.BROKEN, List.of(new Finding("R-SUM/" + id, "error",
                what + "不符：" + Findings.show(x) + "万元与" + Findings.show(y) + "万元，相差" + Findings.show(diff.abs()) + "万元",
                List.of(Findings.figure(a.get().candidate()), Findings.figure(b.get().candidate())), y, x, diff)));
    }

    /** 总计 = the 本年 figure + the carry-overs the same side lists (年初结转和结余, 结余分配, 年末结转和结余 …). */
    private static Check carried(Context ctx, String id, Optional<List<Fact>> table, boolean spending, Pattern year,
            Pattern added, String totalName, String yearName) {
        if (table.isEmpty()) {
            return new Check(id, Status.UNCHECKED, List.of());
        }
        Optional<Fact> total = side(table.get(), spending, GRAND);
        Optional<Fact> thisYear = side(table.get(), spending, year);
        int split = spendingColumn(table.get());
        List<Fact> extra = table.get().stream()
                .filter(f -> (f.candidate().col() >= split) == spending && added.matcher(row(f)).matches()).toList();
        if (total.isEmpty() || thisYear.isEmpty() || extra.isEmpty()) {
            return new Check(id, Status.UNCHECKED, List.of());
        }
        // a figure between the 本年 row and the 总计 row that is neither a known addition nor a sub-row: a
        // template this check does not know, so it says nothing rather than guess
        int from = thisYear.get().candidate().row();
        int to = total.get().candidate().row();
        boolean unknown = table.get().stream().anyMatch(f -> (f.candidate().col() >= split) == spending
                && f.candidate().row() > from && f.candidate().row() < to && f.value().signum() != 0
                && !added.matcher(row(f)).matches() && !SUB_ROW.matcher(rawRow(f)).find());
        if (unknown) {
            return new Check(id, Status.UNCHECKED, List.of());
        }
        List<Fact> parts = new ArrayList<>();
        parts.add(thisYear.get());
        parts.addAll(extra);
        return sum(ctx, id, total.get(), parts, totalName + "与" + yearName + "及结转结余之和");
    }

    private static Check basic(Context ctx, Optional<List<Fact>> basicTable, Optional<Fact> basicTotal) {
        String id = "disclosure-basic";
        if (basicTable.isEmpty() || basicTotal.isEmpty()) {
            return new Check(id, Status.UNCHECKED, List.of());
        }
        Optional<Fact> personnel = named(basicTable.get(), "人员经费");
        Optional<Fact> common = named(basicTable.get(), "公用经费");
        if (personnel.isEmpty() || common.isEmpty()) {
            return new Check(id, Status.UNCHECKED, List.of());
        }
        return sum(ctx, id, basicTotal.get(), List.of(personnel.get(), common.get()),
                "一般公共预算支出表的基本支出与基本支出表的人员经费、公用经费之和");
    }

    /** A 「人员经费合计」 row, or the 合计 row's 人员经费 column. */
    private static Optional<Fact> named(List<Fact> table, String name) {
        Predicate<Fact> byRow = f -> row(f).equals(name + "合计") || row(f).equals(name);
        Predicate<Fact> byColumn = f -> TOTAL_ROW.matcher(row(f)).matches() && lastHeader(f).equals(name);
        return table.stream().filter(byRow).findFirst().or(() -> table.stream().filter(byColumn).findFirst());
    }

    private static Check sum(Context ctx, String id, Fact total, List<Fact> parts, String what) {
        BigDecimal[] values = parts.stream().map(Fact::value).toArray(BigDecimal[]::new);
        if (ctx.tolerance().sumHolds(total.value(), values)) {
            return new Check(id, Status.HELD, List.of());
        }
        return new Check(id, Status.BROKEN, List.of(sumFinding("R-SUM/" + id, what, total, parts)));
    }

    private static Finding sumFinding(String rule, String what, Fact total, List<Fact> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder list = new StringBuilder();
        List<Figure> figures = new ArrayList<>();
        figures.add(Findings.figure(total.candidate()));
        for (Fact p : parts) {
            sum = sum.add(p.value());
            list.append(list.length() > 0 ? " + " : "").append(Findings.show(p.value()));
            figures.add(Findings.figure(p.candidate()));
        }
        BigDecimal diff = total.value().subtract(sum);
        return new Finding(rule, "error", what + "不符：" + Findings.show(total.value()) + "万元，而" + list + " = "
                + Findings.show(sum) + "万元，相差" + Findings.show(diff.abs()) + "万元", figures, sum, total.value(), diff);
    }

    /**
     * Each row of a table whose 合计 column sums the columns after it: a 小计 column under a heading of its own
     * (「基本支出 小计」) is a part's subtotal, not a new total; a 合计 under another heading (「决算数 合计」 after
     * 「预算数 …」) starts the next group. A blank cell is a zero.
     */
    private static Check rows(Context ctx, FoundTable table, List<Fact> facts) {
        String id = "disclosure-rows";
        Map<Integer, List<Fact>> byRow = new LinkedHashMap<>();
        for (Fact f : facts) {
            byRow.computeIfAbsent(f.candidate().row(), r -> new ArrayList<>()).add(f);
        }
        List<Finding> broken = new ArrayList<>();
        int checked = 0;
        for (List<Fact> cells : byRow.values()) {
            List<Fact> sorted = cells.stream().sorted(java.util.Comparator.comparingInt(f -> f.candidate().col())).toList();
            for (List<Fact> group : groups(sorted)) {
                Fact total = group.get(0);
                List<Fact> parts = leaves(group.subList(1, group.size()));
                if (parts.isEmpty()) {
                    continue;
                }
                checked++;
                BigDecimal[] values = parts.stream().map(Fact::value).toArray(BigDecimal[]::new);
                if (!ctx.tolerance().sumHolds(total.value(), values)) {
                    broken.add(sumFinding("R-SUM/" + id, "「" + table.standard().name() + "」" + row(total) + "行的"
                            + String.join("", headers(total)) + "与各分项之和", total, parts));
                }
                // a heading's 小计 (「基本支出 小计」 = 人员经费 + 公用经费) against the columns under that heading
                for (Fact sub : group.subList(1, group.size())) {
                    String[] h = headers(sub);
                    if (h.length < 2 || !TOTAL_COLUMN.matcher(h[h.length - 1]).find()) {
                        continue;
                    }
                    String heading = String.join(" ", java.util.Arrays.copyOf(h, h.length - 1)) + " ";
                    List<Fact> under = parts.stream().filter(p -> p.candidate().column().trim().startsWith(heading)).toList();
                    if (under.isEmpty()) {
                        continue;
                    }
                    BigDecimal[] subValues = under.stream().map(Fact::value).toArray(BigDecimal[]::new);
                    if (!ctx.tolerance().sumHolds(sub.value(), subValues)) {
                        broken.add(sumFinding("R-SUM/" + id, "「" + table.standard().name() + "」" + row(sub) + "行的"
                                + String.join("", h) + "与其下各项之和", sub, under));
                    }
                }
            }
        }
        Status status = checked == 0 ? Status.UNCHECKED : broken.isEmpty() ? Status.HELD : Status.BROKEN;
        return new Check(id + ":" + table.standard().id(), status, broken);
    }

    /** A row's cells split at its total columns: each group a total followed by its parts. */
    private static List<List<Fact>> groups(List<Fact> row) {
        List<List<Fact>> out = new ArrayList<>();
        List<Fact> current = null;
        String parent = null;
        for (Fact f : row) {
            String[] h = headers(f);
            boolean totalColumn = TOTAL_COLUMN.matcher(lastHeader(f)).find();
            String own = h.length <= 1 ? "" : String.join(" ", java.util.Arrays.copyOf(h, h.length - 1));
            if (totalColumn && (current == null || !(own.length() > parent.length() && own.startsWith(parent)))) {
                current = new ArrayList<>();
                current.add(f);
                out.add(current);
                parent = own;
            } else if (current != null) {
                current.add(f);
            }
        }
        return out;
    }

    /** The parts that are leaves: not a 小计 of its own heading, not a heading over other part columns. */
    private static List<Fact> leaves(List<Fact> parts) {
        List<Fact> out = new ArrayList<>();
        for (Fact p : parts) {
            String column = p.candidate().column() == null ? "" : p.candidate().column().trim();
            boolean subtotal = TOTAL_COLUMN.matcher(lastHeader(p)).find();
            boolean heading = parts.stream().anyMatch(o -> o != p && o.candidate().column() != null
                    && o.candidate().column().trim().startsWith(column + " "));
            if (!subtotal && !heading) {
                out.add(p);
            }
        }
        return out;
    }
}
