package dev.gouji.report;

import dev.gouji.across.Across;
import dev.gouji.across.CrossFigure;
import dev.gouji.across.CrossFinding;
import dev.gouji.across.DepartmentKeys;
import dev.gouji.across.SeriesLine;
import dev.gouji.record.Evidence;
import dev.gouji.record.Figure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * The 跨年 section of review.html, rendered into the page (no script needed): for each department with figures
 * for two years or more, a small inline SVG chart of its budget and its actual spending by year, the
 * cross-report findings about it with each report's evidence, and its series as a table folded away. The
 * chart takes each year's own report's figure; a year only a later report restates is drawn hollow.
 */
final class AcrossSection {
    static final String ID = "across-section";
    /** The actual line: total spending as spent. */
    private static final String[] ACTUAL = {"spending.total", "actual"};
    /** The budget line: the first of these a department's reports give (全年预算, then 年初预算, then 支出预算). */
    private static final List<String[]> BUDGET = List.of(new String[] {"budget.full_year", "budget"},
            new String[] {"budget.initial", "budget_initial"}, new String[] {"spending.total", "budget"},
            new String[] {"spending.total", "budget_initial"}, new String[] {"budget.full_year", "budget_initial"});
    private static final int WIDTH = 360;
    private static final int HEIGHT = 170;
    private static final int LEFT = 70;
    private static final int RIGHT = 16;
    private static final int TOP = 26;
    private static final int BOTTOM = 28;

    private AcrossSection() {
    }

    /** A point of a chart line; {@code own} false when only another year's report states it. */
    private record Point(int year, BigDecimal value, boolean own) {
    }

    static void render(Element body, Across.Result result) {
        Element section = body.appendElement("section").attr("id", ID);
        section.appendElement("h2").text("跨年 ").appendElement("span")
                .text(result.departments().size() + " 个部门，" + result.findings().size() + " 条跨年问题");
        Map<String, List<SeriesLine>> lines = new TreeMap<>();
        result.series().forEach(l -> lines.computeIfAbsent(l.departmentKey(), k -> new ArrayList<>()).add(l));
        Map<String, List<CrossFinding>> findings = new TreeMap<>();
        result.findings().forEach(f -> findings.computeIfAbsent(f.department(), k -> new ArrayList<>()).add(f));
        int shown = 0;
        for (DepartmentKeys.Department d : result.departments()) {
            List<SeriesLine> series = lines.getOrDefault(d.key(), List.of());
            List<CrossFinding> own = findings.getOrDefault(d.name(), List.of());
            TreeSet<Integer> years = new TreeSet<>();
            series.forEach(l -> years.add(l.year()));
            if (years.size() < 2 && own.isEmpty()) {
                continue;
            }
            shown++;
            Element dept = section.appendElement("article").addClass("dept");
            dept.appendElement("h3").text(d.name());
            if (d.names().size() > 1 || d.ambiguous()) {
                dept.appendElement("p").addClass("names").text("报告中的写法：" + String.join("、", d.names())
                        + (d.ambiguous() ? "（也可能是" + String.join("、", d.ambiguousWith()) + "，未合并）" : ""));
            }
            chart(dept, series);
            if (!own.isEmpty()) {
                Element list = dept.appendElement("ul").addClass("cross-findings");
                for (CrossFinding f : own) {
                    finding(list.appendElement("li"), f);
                }
            }
            table(dept.appendElement("details"), series);
        }
        if (shown < result.departments().size()) {
            section.appendElement("p").addClass("meta").text("另有 " + (result.departments().size() - shown)
                    + " 个部门只有一个年度的数字，未绘图；全部序列见 dataset.xlsx 的「跨年」表和 series.jsonl。");
        }
    }

    private static void chart(Element dept, List<SeriesLine> series) {
        List<Point> actual = line(series, ACTUAL[0], ACTUAL[1]);
        List<Point> budget = List.of();
        for (String[] b : BUDGET) {
            budget = line(series, b[0], b[1]);
            if (!budget.isEmpty()) {
                break;
            }
        }
        TreeSet<Integer> years = new TreeSet<>();
        actual.forEach(p -> years.add(p.year()));
        budget.forEach(p -> years.add(p.year()));
        if (years.isEmpty()) {
            dept.appendElement("p").addClass("meta").text("报告中没有部门预算或支出总数可绘图。");
            return;
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Point p : concat(actual, budget)) {
            min = Math.min(min, p.value().doubleValue());
            max = Math.max(max, p.value().doubleValue());
        }
        // the axis spans the figures with some room, on round steps: budget and actual of one department are
        // close, and an axis from 0 would draw them as one flat line
        double room = Math.max((max - min) * 0.25, Math.max(Math.abs(max) * 0.02, 0.01));
        double step = niceStep((max - min + 2 * room) / 2);
        double bottom = Math.floor((min - room) / step) * step;
        if (min >= 0 && bottom < 0) {
            bottom = 0;
        }
        double top = Math.ceil((max + room) / step) * step;
        int first = years.first();
        int span = Math.max(1, years.last() - first);
        Element svg = dept.appendElement("svg").addClass("chart").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", String.valueOf(WIDTH)).attr("height", String.valueOf(HEIGHT))
                .attr("viewBox", "0 0 " + WIDTH + " " + HEIGHT).attr("role", "img")
                .attr("aria-label", "预算与决算（万元）按年度");
        int plotW = WIDTH - LEFT - RIGHT;
        int plotH = HEIGHT - TOP - BOTTOM;
        int ticks = (int) Math.round((top - bottom) / step);
        for (int i = 0; i <= ticks; i++) {
            double v = bottom + step * i;
            double y = TOP + plotH - plotH * i / (double) ticks;
            svg.appendElement("line").addClass("grid").attr("x1", fmt(LEFT)).attr("x2", fmt(WIDTH - RIGHT))
                    .attr("y1", fmt(y)).attr("y2", fmt(y));
            svg.appendElement("text").addClass("axis").attr("x", fmt(LEFT - 6)).attr("y", fmt(y + 4))
                    .attr("text-anchor", "end").text(String.format(Locale.ROOT, step < 1 ? "%,.2f" : "%,.0f", v));
        }
        for (int year : years) {
            double x = LEFT + (years.size() == 1 ? plotW / 2.0 : plotW * (year - first) / (double) span);
            svg.appendElement("text").addClass("axis").attr("x", fmt(x)).attr("y", fmt(HEIGHT - 8))
                    .attr("text-anchor", "middle").text(String.valueOf(year));
        }
        drawLine(svg, budget, "budget", "预算", first, span, years.size(), bottom, top, plotW, plotH);
        drawLine(svg, actual, "actual", "决算", first, span, years.size(), bottom, top, plotW, plotH);
        Element legend = svg.appendElement("g").addClass("legend");
        legend.appendElement("rect").addClass("key budget").attr("x", fmt(LEFT)).attr("y", "8").attr("width", "14").attr("height", "4");
        legend.appendElement("text").attr("x", fmt(LEFT + 18)).attr("y", "14").text("预算（万元）");
        legend.appendElement("rect").addClass("key actual").attr("x", fmt(LEFT + 110)).attr("y", "8").attr("width", "14").attr("height", "4");
        legend.appendElement("text").attr("x", fmt(LEFT + 128)).attr("y", "14").text("决算（万元）");
    }

    private static void drawLine(Element svg, List<Point> points, String cls, String word, int first, int span,
            int yearCount, double bottom, double top, int plotW, int plotH) {
        if (points.isEmpty()) {
            return;
        }
        StringBuilder path = new StringBuilder();
        List<double[]> xy = new ArrayList<>();
        for (Point p : points) {
            double x = LEFT + (yearCount == 1 ? plotW / 2.0 : plotW * (p.year() - first) / (double) span);
            double y = TOP + plotH - plotH * (p.value().doubleValue() - bottom) / (top - bottom);
            xy.add(new double[] {x, y});
            path.append(path.length() == 0 ? "" : " ").append(fmt(x)).append(',').append(fmt(y));
        }
        svg.appendElement("polyline").addClass("series " + cls).attr("points", path.toString());
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            svg.appendElement("circle").addClass("dot " + cls + (p.own() ? "" : " restated"))
                    .attr("cx", fmt(xy.get(i)[0])).attr("cy", fmt(xy.get(i)[1])).attr("r", "3.5")
                    .appendElement("title").text(p.year() + "年" + word + " " + p.value().toPlainString() + "万元"
                            + (p.own() ? "" : "（仅见于其他年度报告）"));
        }
    }

    /** Each year's figure of the quantity on the basis: the first own figure, else the first restated one. */
    private static List<Point> line(List<SeriesLine> series, String quantity, String basis) {
        List<Point> out = new ArrayList<>();
        for (SeriesLine l : series) {
            if (l.quantity().equals(quantity) && l.basis().equals(basis) && !l.sources().isEmpty()) {
                BigDecimal own = l.ownValue();
                out.add(own != null ? new Point(l.year(), own, true) : new Point(l.year(), l.sources().get(0).value(), false));
            }
        }
        return out;
    }

    private static void finding(Element li, CrossFinding f) {
        li.appendElement("span").addClass("sev sev-" + f.severity()).text(Terms.severity(f.severity()));
        li.appendText(" ");
        li.appendElement("code").text(f.rule());
        li.appendText(" " + f.message());
        Element evidence = li.appendElement("ul").addClass("evidence");
        for (CrossFigure x : f.figures()) {
            Element item = evidence.appendElement("li");
            item.appendElement("span").addClass("path").text(x.path());
            Evidence e = x.evidence();
            String place = Terms.place(e);
            if (place != null) {
                item.appendText(" [" + place + "] ");
            }
            if (e != null && e.snippet() != null) {
                String s = e.snippet();
                int[] mark = FigureMark.locate(new Figure(x.label(), x.value(), x.unit(), e));
                Element snippet = item.appendElement("span").addClass("snippet");
                if (mark == null) {
                    snippet.text(s);
                } else {
                    snippet.appendText(s.substring(0, mark[0]));
                    snippet.appendElement("mark").text(s.substring(mark[0], mark[1]));
                    snippet.appendText(s.substring(mark[1]));
                }
            }
        }
    }

    private static void table(Element details, List<SeriesLine> series) {
        details.appendElement("summary").text("序列（" + series.size() + " 项）");
        Element table = details.appendElement("table").addClass("series-table");
        Element head = table.appendElement("thead").appendElement("tr");
        for (String h : List.of("字段", "年度", "口径", "各报告所列（万元）")) {
            head.appendElement("th").text(h);
        }
        Element tbody = table.appendElement("tbody");
        for (SeriesLine l : series) {
            Element tr = tbody.appendElement("tr");
            tr.appendElement("td").text(l.name());
            tr.appendElement("td").addClass("num").text(String.valueOf(l.year()));
            tr.appendElement("td").text(Terms.of(Terms.BASIS, l.basis()));
            List<String> values = new ArrayList<>();
            for (SeriesLine.Source s : l.sources()) {
                values.add(s.value().toPlainString() + "（" + s.path() + (SeriesLine.OWN.equals(s.role()) ? "" : "，重述") + "）");
            }
            tr.appendElement("td").text(String.join("；", values));
        }
    }

    private static List<Point> concat(List<Point> a, List<Point> b) {
        List<Point> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** A round step of at least {@code v}: 1, 2, 2.5 or 5 times a power of ten. */
    private static double niceStep(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 2.5, 5}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
