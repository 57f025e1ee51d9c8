package dev.gouji.reconcile;

import dev.gouji.extract.Candidate;
import dev.gouji.extract.Extraction.Assignment;
import dev.gouji.fact.Fact;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * R-SUM: a total differs from the sum of its parts. The standard identities between canonical fields are
 * checked within each place that states them together (one paragraph, one table row), so a sentence that
 * contradicts a table is caught even when each is consistent in itself; plus a budget split two ways
 * (按收入性质分 vs 按支出性质分) and a project's cost items against its amount.
 */
final class SumRule implements Rule {
    /** total = sum of parts, by canonical keys; the suffix names the identity. */
    private record Identity(String id, String total, List<String> parts, String message) {
        /** The parts to add, where 公务用车购置及运行费 not stated stands for its own two parts. */
        List<String> partsGiven(java.util.function.Predicate<String> stated) {
            List<String> keys = new ArrayList<>(parts);
            if (keys.contains("three_public.vehicle") && !stated.test("three_public.vehicle")) {
                keys.remove("three_public.vehicle");
                keys.add("three_public.vehicle_purchase");
                keys.add("three_public.vehicle_operation");
            }
            return keys;
        }
    }

    private static final List<Identity> IDENTITIES = List.of(
            new Identity("basic-breakdown", "spending.basic", List.of("spending.personnel", "spending.public"), "基本支出"),
            new Identity("spending-breakdown", "spending.total", List.of("spending.basic", "spending.project"), "支出合计"),
            new Identity("three-public", "three_public.total",
                    List.of("three_public.reception", "three_public.vehicle", "three_public.overseas"), "“三公”经费"),
            new Identity("vehicle", "three_public.vehicle",
                    List.of("three_public.vehicle_purchase", "three_public.vehicle_operation"), "公务用车购置及运行费"));

    @Override
    public String family() {
        return "R-SUM";
    }

    @Override
    public List<Finding> check(Context ctx) {
        List<Finding> out = new ArrayList<>();
        Map<String, Map<String, Candidate>> groups = new LinkedHashMap<>();
        for (Assignment a : ctx.extraction().assignments()) {
            if (a.budget() || a.candidate().indicatorTable()) {
                continue;
            }
            Candidate c = a.candidate();
            String group = c.inTable() ? Fact.rowPlace(c.tableId(), c.row()) : c.evidence().block();
            groups.computeIfAbsent(group, g -> new LinkedHashMap<>()).putIfAbsent(a.field(), c);
        }
        for (Map<String, Candidate> group : groups.values()) {
            for (Identity id : IDENTITIES) {
                Candidate total = group.get(id.total());
                if (total == null) {
                    continue;
                }
                List<String> keys = id.partsGiven(group::containsKey);
                List<Candidate> parts = new ArrayList<>();
                for (String p : keys) {
                    if (group.containsKey(p)) {
                        parts.add(group.get(p));
                    }
                }
                // a part that is not stated makes the sum incomplete: say nothing rather than guess
                if (parts.size() < keys.size()) {
                    continue;
                }
                BigDecimal[] values = parts.stream().map(c -> c.quantity().normalized()).toArray(BigDecimal[]::new);
                BigDecimal t = total.quantity().normalized();
                if (!ctx.tolerance().sumHolds(t, values)) {
                    out.add(finding(ctx, "R-SUM/" + id.id(), id.message(), total, parts, keys));
                }
            }
        }
        out.addAll(fieldValues(ctx));
        out.addAll(breakdowns(ctx));
        out.addAll(splitTotals(ctx));
        out.addAll(costItems(ctx));
        return out;
    }

    private static Finding finding(Context ctx, String rule, String name, Candidate total, List<Candidate> parts,
            List<String> keys) {
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder partText = new StringBuilder();
        List<Figure> figures = new ArrayList<>();
        figures.add(Findings.figure(total));
        StringBuilder elsewhere = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            Candidate p = parts.get(i);
            String fieldName = dev.gouji.extract.FieldCatalog.chineseName(keys.get(i));
            sum = sum.add(p.quantity().normalized());
            if (partText.length() > 0) {
                partText.append('、');
            }
            partText.append(fieldName).append(Findings.show(p.quantity().normalized())).append("万元");
            figures.add(Findings.figure(p));
            // the same part stated differently elsewhere (a table) is part of the proof
            for (var other : ctx.actuals(keys.get(i))) {
                BigDecimal v = other.candidate().quantity().normalized();
                if (!ctx.tolerance().same(v, p.quantity().normalized()) && !other.candidate().evidence().block().equals(p.evidence().block())) {
                    figures.add(Findings.figure(other.candidate()));
                    elsewhere.append("；另处").append(fieldName).append("为").append(Findings.show(v)).append("万元（")
                            .append(other.candidate().evidence().block()).append("）");
                    break;
                }
            }
        }
        BigDecimal t = total.quantity().normalized();
        BigDecimal diff = t.subtract(sum);
        String message = name + Findings.show(t) + "万元与" + partText + "之和" + Findings.show(sum) + "万元不符，相差"
                + Findings.show(diff.abs()) + "万元" + elsewhere;
        return new Finding(rule, "error", message, figures, sum, t, diff);
    }

    /**
     * The standard identities between the fields' values when one table gives them all, in different rows
     * (附表1's 三公 total and its items), which no single row or sentence states together.
     */
    private List<Finding> fieldValues(Context ctx) {
        List<Finding> out = new ArrayList<>();
        var fields = ctx.extraction().fields();
        for (Identity id : IDENTITIES) {
            var total = fields.get(id.total());
            if (total == null || total.number() == null) {
                continue;
            }
            List<String> keys = id.partsGiven(fields::containsKey);
            if (!keys.stream().allMatch(k -> fields.containsKey(k) && fields.get(k).number() != null)) {
                continue;
            }
            // values from different tables may be of different coverage (a 自评表's 年度资金总额, a 决算 table):
            // the identity binds the figures of one table
            String table = tableOf(ctx, total.evidence());
            if (table == null || !keys.stream().allMatch(k -> table.equals(tableOf(ctx, fields.get(k).evidence())))) {
                continue;
            }
            BigDecimal[] values = keys.stream().map(k -> fields.get(k).number()).toArray(BigDecimal[]::new);
            if (ctx.tolerance().sumHolds(total.number(), values)) {
                continue;
            }
            BigDecimal sum = java.util.Arrays.stream(values).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Figure> figures = new ArrayList<>();
            figures.add(Findings.figure(id.message(), total.number(), "万元", total.evidence()));
            StringBuilder parts = new StringBuilder();
            for (String k : keys) {
                String name = dev.gouji.extract.FieldCatalog.chineseName(k);
                figures.add(Findings.figure(name, fields.get(k).number(), "万元", fields.get(k).evidence()));
                parts.append(parts.length() > 0 ? "、" : "").append(name).append(Findings.show(fields.get(k).number())).append("万元");
            }
            BigDecimal diff = total.number().subtract(sum);
            out.add(new Finding("R-SUM/" + id.id(), "error", id.message() + Findings.show(total.number()) + "万元与" + parts
                    + "之和" + Findings.show(sum) + "万元不符，相差" + Findings.show(diff.abs()) + "万元", figures, sum, total.number(), diff));
        }
        return out;
    }

    /** The table a field's value was read from, or null when it comes from a sentence. */
    private static String tableOf(Context ctx, dev.gouji.record.Evidence evidence) {
        for (Fact f : ctx.facts()) {
            if (f.inTable() && f.evidence().equals(evidence)) {
                return f.candidate().tableId();
            }
        }
        return null;
    }

    /** A table's total against the rows it sums (合计 rows, numbered sub-rows, classification codes). */
    private List<Finding> breakdowns(Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (dev.gouji.fact.Breakdown b : ctx.extraction().breakdowns()) {
            if (!b.complete()) {
                continue; // a 「其中」 list: R-PART's
            }
            BigDecimal[] values = b.parts().stream().map(Fact::value).toArray(BigDecimal[]::new);
            BigDecimal total = b.total().value();
            if (ctx.tolerance().sumHolds(total, values)) {
                continue;
            }
            BigDecimal sum = java.util.Arrays.stream(values).reduce(BigDecimal.ZERO, BigDecimal::add);
            List<Figure> figures = new ArrayList<>();
            figures.add(Findings.figure(b.total().candidate()));
            StringBuilder parts = new StringBuilder();
            for (Fact p : b.parts()) {
                figures.add(Findings.figure(p.candidate()));
                parts.append(parts.length() > 0 ? " + " : "").append(Findings.show(p.value()));
            }
            BigDecimal diff = total.subtract(sum);
            String column = b.total().candidate().column().isBlank() ? "" : "（" + b.total().candidate().column() + "）";
            out.add(new Finding("R-SUM/table-total", "error",
                    b.total().label() + column + Findings.show(total) + "万元，但其所列各项" + parts + " = " + Findings.show(sum)
                            + "万元，相差" + Findings.show(diff.abs()) + "万元",
                    figures, sum, total, diff));
        }
        return out;
    }

    /**
     * One total split two ways (「按收入性质分：2623.42」 and 「按支出性质分：2628.42」, by source and by nature, by
     * function and by economic class): the splits stated side by side in one table or paragraph must agree.
     */
    private List<Finding> splitTotals(Context ctx) {
        Map<String, List<Fact>> byBlock = new LinkedHashMap<>();
        for (Fact f : ctx.facts()) {
            if (f.money() && SPLIT.matcher(f.candidate().rawLabel().replace(" ", "")).find()) {
                String block = f.inTable() ? f.candidate().tableId() : f.evidence().block();
                byBlock.computeIfAbsent(block, b -> new ArrayList<>()).add(f);
            }
        }
        List<Finding> out = new ArrayList<>();
        for (List<Fact> splits : byBlock.values()) {
            if (splits.size() < 2) {
                continue;
            }
            Fact a = splits.get(0);
            for (Fact b : splits.subList(1, splits.size())) {
                if (splitKey(a).equals(splitKey(b)) || ctx.tolerance().same(a.value(), b.value())) {
                    continue;
                }
                out.add(new Finding("R-SUM/two-splits", "error",
                        splitKey(a) + "的资金总额" + Findings.show(a.value()) + "万元与" + splitKey(b) + "的" + Findings.show(b.value())
                                + "万元不符，相差" + Findings.show(b.value().subtract(a.value()).abs()) + "万元",
                        List.of(Findings.figure(a.candidate()), Findings.figure(b.candidate())), b.value(), a.value(),
                        a.value().subtract(b.value())));
                break;
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern SPLIT = java.util.regex.Pattern.compile("按[^，。；:：]{1,8}?(?:分|划分)");

    private static String splitKey(Fact f) {
        java.util.regex.Matcher m = SPLIT.matcher(f.candidate().rawLabel().replace(" ", ""));
        return m.find() ? m.group() : "";
    }

    /** A project's cost indicators in 万元 (成本指标) add up to more than the project's amount. */
    private List<Finding> costItems(Context ctx) {
        Map<String, List<Indicator>> byProject = new LinkedHashMap<>();
        for (Indicator i : ctx.extraction().indicators()) {
            if (i.project() == null || i.projectAmount() == null || i.level1() == null || !i.level1().contains("成本")
                    || i.targetParsed() == null) {
                continue;
            }
            String unit = i.targetParsed().unit();
            if (unit == null || !(unit.equals("万元") || unit.equals("万"))) {
                continue;
            }
            byProject.computeIfAbsent(i.project(), p -> new ArrayList<>()).add(i);
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<Indicator>> e : byProject.entrySet()) {
            List<Indicator> items = e.getValue();
            BigDecimal amount = items.get(0).projectAmount();
            BigDecimal sum = BigDecimal.ZERO;
            double slack = Tolerance.halfUnit(amount);
            List<Figure> figures = new ArrayList<>();
            figures.add(Findings.figure(e.getKey(), amount, "万元", items.get(0).evidence()));
            StringBuilder list = new StringBuilder();
            for (Indicator i : items) {
                sum = sum.add(i.targetParsed().value());
                slack += Tolerance.halfUnit(i.targetParsed().value());
                figures.add(Findings.figure(i.name(), i.targetParsed().value(), "万元", i.evidence()));
                if (list.length() > 0) {
                    list.append(" + ");
                }
                list.append(i.name()).append(Findings.show(i.targetParsed().value()));
            }
            // items may list only part of the costs; more than the whole cannot be right
            if (items.size() >= 2 && sum.doubleValue() > amount.doubleValue() + slack + 1e-9) {
                out.add(new Finding("R-SUM/project-cost-items", "error",
                        "项目「" + e.getKey() + "」资金总额" + Findings.show(amount) + "万元，但其成本指标" + list + " = "
                                + Findings.show(sum) + "万元，超出" + Findings.show(sum.subtract(amount)) + "万元",
                        figures, amount, sum, sum.subtract(amount)));
            }
        }
        return out;
    }
}
