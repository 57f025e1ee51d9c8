package dev.gouji.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.gouji.record.Evidence;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.RecordStatus;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.Severity;
import dev.gouji.record.Warning;
import dev.gouji.store.OutputWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * DIR/review.html: one self-contained page (inline CSS and JS, nothing fetched) for reviewing the findings.
 * A table of documents and one of findings, each finding with its figures, the evidence snippet with the
 * figure marked, and the block it stands in; filters by severity, rule family, department and year, and a
 * search box. The data travels as one JSON blob in a {@code <script type="application/json">}; the page's
 * script renders 200 rows a page, so 10,000 documents and 20,000 findings stay quick.
 */
public final class ReviewPage implements ReportOutput {
    static final String DATA_ID = "gouji-data";

    private final Path target;
    private final StringWriter json = new StringWriter();
    private final JsonGenerator docs;
    private final StringWriter findingsJson = new StringWriter();
    private final JsonGenerator findings;
    private final TreeSet<String> departments = new TreeSet<>(Collator.getInstance(Locale.CHINA));
    private final TreeSet<Integer> years = new TreeSet<>();
    private final TreeMap<String, Integer> families = new TreeMap<>();
    private final TreeMap<String, Integer> severities = new TreeMap<>();
    private int docCount;
    private int failedCount;
    private int findingCount;
    private dev.gouji.across.Across.Result across = dev.gouji.across.Across.Result.EMPTY;

    public ReviewPage(Path target) throws IOException {
        this.target = target;
        JsonFactory f = new JsonFactory();
        docs = f.createGenerator(json);
        docs.writeStartArray();
        findings = f.createGenerator(findingsJson);
        findings.writeStartArray();
    }

    @Override
    public void add(ReportRecord r) throws IOException {
        int index = docCount++;
        String department = Terms.value(r.department());
        Integer year = Terms.value(r.fiscalYear());
        if (department != null) {
            departments.add(department);
        }
        if (year != null) {
            years.add(year);
        }
        if (!RecordStatus.OK.is(r.status())) {
            failedCount++;
        }
        // [path, department, year, kind, status, failed, error code, error message, errors, warnings, infos,
        //  parts not read fully: [[code, message, block], ...]]
        docs.writeStartArray();
        docs.writeString(r.source().path());
        docs.writeString(department);
        if (year == null) {
            docs.writeNull();
        } else {
            docs.writeNumber(year);
        }
        docs.writeString(Terms.of(Terms.KIND, Terms.value(r.reportKind())));
        docs.writeString(Terms.status(r.status()));
        docs.writeBoolean(!RecordStatus.OK.is(r.status()));
        docs.writeString(r.error() == null ? null : r.error().code());
        docs.writeString(r.error() == null ? null : r.error().message());
        for (Severity s : Severity.values()) {
            docs.writeNumber(Terms.count(r, s));
        }
        docs.writeStartArray();
        for (Warning w : r.warnings()) {
            docs.writeStartArray();
            docs.writeString(w.code());
            docs.writeString(w.message());
            docs.writeString(w.block());
            docs.writeEndArray();
        }
        docs.writeEndArray();
        docs.writeEndArray();
        for (Finding f : r.findings()) {
            findingCount++;
            families.merge(Terms.family(f.rule()), 1, Integer::sum);
            severities.merge(f.severity() == null ? "" : f.severity(), 1, Integer::sum);
            // [document, rule, severity, message, expected, actual, difference, figures]
            findings.writeStartArray();
            findings.writeNumber(index);
            findings.writeString(f.rule());
            findings.writeString(f.severity());
            findings.writeString(f.message());
            findings.writeString(Terms.plain(f.expected()));
            findings.writeString(Terms.plain(f.actual()));
            findings.writeString(Terms.plain(f.difference()));
            findings.writeStartArray();
            for (Figure x : f.figures()) {
                // [label, value, unit, block, snippet, mark start, mark end]
                Evidence e = x.evidence();
                int[] mark = FigureMark.locate(x);
                findings.writeStartArray();
                findings.writeString(x.label());
                findings.writeString(Terms.plain(x.value()));
                findings.writeString(x.unit());
                findings.writeString(Terms.place(e));
                findings.writeString(e == null ? null : e.snippet());
                findings.writeNumber(mark == null ? -1 : mark[0]);
                findings.writeNumber(mark == null ? -1 : mark[1]);
                findings.writeEndArray();
            }
            findings.writeEndArray();
            findings.writeEndArray();
        }
    }

    @Override
    public void addAcross(dev.gouji.across.Across.Result result) {
        this.across = result;
    }

    @Override
    public void commit() throws IOException {
        docs.writeEndArray();
        docs.close();
        findings.writeEndArray();
        findings.close();
        // one blob; "<" escaped so no text from a report can close the script element
        String data = ("{\"docs\":" + json + ",\"findings\":" + findingsJson + "}").replace("<", "\\u003c");
        OutputWriter.writeAtomically(target, page(data).outerHtml());
    }

    @Override
    public void close() {
        // everything is in memory until commit
    }

    private Document page(String data) {
        Document doc = Document.createShell("");
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(false);
        doc.prependChild(new DocumentType("html", "", ""));
        doc.selectFirst("html").attr("lang", "zh-CN");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text("勾稽复核：" + docCount + " 份报告，" + findingCount + " 条问题");
        head.appendElement("style").appendChild(new DataNode(resource("review.css")));

        Element body = doc.body();
        Element header = body.appendElement("header");
        header.appendElement("h1").text("勾稽复核");
        header.appendElement("p").addClass("meta").text("共 " + docCount + " 份报告（读取失败 " + failedCount + " 份），"
                + findingCount + " 条问题（错误 " + severities.getOrDefault(Severity.ERROR.code(), 0) + " 条，警告 "
                + severities.getOrDefault(Severity.WARNING.code(), 0) + " 条，提示 " + severities.getOrDefault(Severity.INFO.code(), 0)
                + " 条）" + (across.findings().isEmpty() ? "" : "，另有跨年问题 " + across.findings().size() + " 条（见「跨年」）")
                + "。数字在证据摘录中以黄色标出，位置如 p12 为第 12 段，t3r4c2 为表 3 第 4 行第 2 列。"
                + "「未完整读取」列出读取时未能读全的部分（如图片、嵌入对象、无法重建的表格），其中的数字不在核对之内。");

        Element filters = body.appendElement("form").addClass("filters").attr("id", "filters")
                .attr("onsubmit", "return false");
        Element sev = select(filters, "f-severity", "严重程度");
        sev.appendElement("option").val("").text("全部");
        for (Severity s : Severity.values()) {
            sev.appendElement("option").val(s.code()).text(Terms.severity(s.code()));
        }
        Element fam = select(filters, "f-family", "规则类别");
        fam.appendElement("option").val("").text("全部");
        for (String f : families.keySet()) {
            String name = Terms.FAMILY.get(f);
            fam.appendElement("option").val(f).text(name == null ? f : f + " " + name);
        }
        Element dept = select(filters, "f-dept", "部门");
        dept.appendElement("option").val("").text("全部");
        for (String d : departments) {
            dept.appendElement("option").val(d).text(d);
        }
        Element year = select(filters, "f-year", "年度");
        year.appendElement("option").val("").text("全部");
        for (Integer y : years.descendingSet()) {
            year.appendElement("option").val(y.toString()).text(y + "年");
        }
        Element search = filters.appendElement("label");
        search.appendElement("span").text("搜索");
        search.appendElement("input").attr("type", "search").attr("id", "f-search")
                .attr("placeholder", "文件、部门、说明、数字或摘录").attr("autocomplete", "off");
        filters.appendElement("button").attr("type", "button").attr("id", "f-reset").text("清除筛选");

        body.appendElement("p").attr("id", "summary").attr("aria-live", "polite").text("正在载入……");

        Element docSection = body.appendElement("section").attr("id", "docs-section");
        docSection.appendElement("h2").text("文档 ").appendElement("span").attr("id", "count-docs");
        Element docTable = docSection.appendElement("table").attr("id", "docs");
        Element docHead = docTable.appendElement("thead").appendElement("tr");
        for (String h : List.of("文件", "部门", "年度", "报告类型", "状态", "错误", "警告", "未完整读取")) {
            docHead.appendElement("th").text(h);
        }
        docTable.appendElement("tbody");
        docSection.appendElement("nav").addClass("pager").attr("id", "docs-pager");

        Element findingSection = body.appendElement("section").attr("id", "findings-section");
        findingSection.appendElement("h2").text("问题 ").appendElement("span").attr("id", "count-findings");
        findingSection.appendElement("p").addClass("only-doc").attr("id", "only-doc").attr("hidden", "");
        Element findingTable = findingSection.appendElement("table").attr("id", "findings");
        Element findingHead = findingTable.appendElement("thead").appendElement("tr");
        for (String h : List.of("文件", "规则", "严重程度", "说明", "数字与证据", "应为", "实为", "差额")) {
            findingHead.appendElement("th").text(h);
        }
        findingTable.appendElement("tbody");
        findingSection.appendElement("nav").addClass("pager").attr("id", "findings-pager");

        AcrossSection.render(body, across);

        body.appendElement("noscript").text("本页需要启用 JavaScript 才能显示文档和问题。");
        body.appendElement("script").attr("type", "application/json").attr("id", DATA_ID)
                .appendChild(new DataNode(data));
        String families = familyNames();
        body.appendElement("script").appendChild(new DataNode(
                "var GOUJI_WORDS = {severity: {error: '错误', warning: '警告', info: '提示'}, families: " + families
                        + "};\n" + resource("review.js")));
        return doc;
    }

    private static Element select(Element form, String id, String label) {
        Element l = form.appendElement("label");
        l.appendElement("span").text(label);
        return l.appendElement("select").attr("id", id);
    }

    private static String familyNames() {
        StringBuilder b = new StringBuilder("{");
        for (var e : new TreeMap<>(Terms.FAMILY).entrySet()) {
            b.append(b.length() > 1 ? ", " : "").append('\'').append(e.getKey()).append("': '").append(e.getValue())
                    .append('\'');
        }
        return b.append('}').toString();
    }

    private static String resource(String name) {
        try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
