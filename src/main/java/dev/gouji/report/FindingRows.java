package dev.gouji.report;

import dev.gouji.record.Finding;
import dev.gouji.record.ReportRecord;
import java.util.Arrays;
import java.util.List;

/** The rows of the 问题 sheet, which findings.csv repeats: one per finding, figures and evidence inline. */
final class FindingRows {
    static final List<String> HEADER = List.of("文件", "部门", "年度", "规则", "严重程度", "说明", "数字", "证据摘录",
            "应为", "实为", "差额");

    private FindingRows() {
    }

    /** Cells as String, Integer or BigDecimal (null for empty), in {@link #HEADER} order. */
    static List<Object> row(ReportRecord r, Finding f) {
        return Arrays.asList(r.source().path(), Terms.value(r.department()), Terms.value(r.fiscalYear()), f.rule(),
                Terms.severity(f.severity()), f.message(), Terms.figures(f), Terms.snippets(f),
                f.expected(), f.actual(), f.difference());
    }

    /** A cross-report finding: every file it cites, joined by 「；」, and each figure after its file. */
    static List<Object> row(dev.gouji.across.CrossFinding f) {
        return Arrays.asList(String.join("；", f.paths()), f.department(), f.year(), f.rule(),
                Terms.severity(f.severity()), f.message(), Terms.figures(f), Terms.snippets(f),
                f.expected(), f.actual(), f.difference());
    }
}
