package dev.gouji.report;

import dev.gouji.extract.FieldCatalog;
import dev.gouji.reconcile.RuleId;
import dev.gouji.record.Evidence;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.RecordStatus;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.Severity;
import dev.gouji.record.Sourced;
import java.math.BigDecimal;
import java.util.Map;
import java.util.StringJoiner;

/** The Chinese words the review outputs show for the record contract's codes, and shared formatting. */
final class Terms {
    private static final Map<Severity, String> SEVERITY = Map.of(Severity.ERROR, "错误", Severity.WARNING, "警告",
            Severity.INFO, "提示");
    static final Map<String, String> BASIS = Map.of("budget_initial", "年初预算数", "budget", "预算数（全年）",
            "actual", "决算数（执行数）");
    private static final Map<RecordStatus, String> STATUS = Map.of(RecordStatus.OK, "已读取", RecordStatus.FAILED, "读取失败");
    static final Map<String, String> KIND = Map.of(
            "performance_self_evaluation", "部门整体支出绩效自评",
            "project_self_evaluation", "项目支出绩效自评",
            "budget_disclosure", "部门预算公开",
            "final_accounts", "部门决算公开");
    static final Map<String, String> FAMILY = Map.ofEntries(
            Map.entry("R-SUM", "合计与分项不符"),
            Map.entry("R-PART", "部分大于整体"),
            Map.entry("R-CONFLICT", "前后表述不一致"),
            Map.entry("R-RATE", "比率与分子分母不符"),
            Map.entry("R-SCORE", "分值不符"),
            Map.entry("R-PRICE", "数量×单价与金额不符"),
            Map.entry("R-ROLL", "结转不平"),
            Map.entry("R-YEAR", "年份矛盾"),
            Map.entry("R-TARGET", "未达目标仍给满分"),
            Map.entry("R-STRUCT", "文档结构不符"),
            Map.entry("R-CODE", "科目编码与名称不符"),
            Map.entry("R-WORDING", "文字与数字或规范不符"),
            Map.entry("R-ACROSS", "跨年报告不一致"));

    private Terms() {
    }

    static String of(Map<String, String> words, String code) {
        return code == null ? null : words.getOrDefault(code, code);
    }

    /** The word for a record's severity string; an unknown one as it stands. */
    static String severity(String code) {
        return code == null ? null : Severity.fromCode(code).map(SEVERITY::get).orElse(code);
    }

    /** The word for a record's status string; an unknown one as it stands. */
    static String status(String code) {
        return code == null ? null : RecordStatus.fromCode(code).map(STATUS::get).orElse(code);
    }

    /** R-SUM for R-SUM/basic-breakdown. */
    static String family(String rule) {
        return rule == null ? "" : RuleId.familyOf(rule);
    }

    /** The name an auditor reads for a canonical field key. */
    static String fieldName(String key) {
        if ("grade".equals(key)) {
            return "评价等次";
        }
        return FieldCatalog.chineseName(key);
    }

    static <T> T value(Sourced<T> s) {
        return s == null ? null : s.value();
    }

    static String plain(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }

    /**
     * Where evidence stands as a reader looks it up: the block, and for a PDF the page to turn to
     * (「p12（第3页）」); null without evidence or block.
     */
    static String place(Evidence e) {
        if (e == null || e.block() == null) {
            return null;
        }
        return e.page() == null ? e.block() : e.block() + "（第" + e.page() + "页）";
    }

    /** 「城市管理综合执法经费专项 155.66 万元 @p20」 for each figure, joined by 「；」. */
    static String figures(Finding f) {
        StringJoiner j = new StringJoiner("；");
        for (Figure x : f.figures()) {
            j.add(figure(x.label(), x.value(), x.unit(), x.evidence()));
        }
        return j.toString();
    }

    /** Each figure's evidence as 「[p20] snippet」, one per line. */
    static String snippets(Finding f) {
        StringJoiner j = new StringJoiner("\n");
        for (Figure x : f.figures()) {
            if (x.evidence() != null) {
                j.add(snippet(x.evidence()));
            }
        }
        return j.toString();
    }

    /** As {@link #figures}, each figure after the file it stands in: 「a.docx：项目支出 7868.08 万元 @t3r4c2」. */
    static String figures(dev.gouji.across.CrossFinding f) {
        StringJoiner j = new StringJoiner("；");
        for (dev.gouji.across.CrossFigure x : f.figures()) {
            j.add(x.path() + "：" + figure(x.label(), x.value(), x.unit(), x.evidence()));
        }
        return j.toString();
    }

    /** Each figure's evidence as 「a.docx [p20] snippet」, one per line. */
    static String snippets(dev.gouji.across.CrossFinding f) {
        StringJoiner j = new StringJoiner("\n");
        for (dev.gouji.across.CrossFigure x : f.figures()) {
            if (x.evidence() != null) {
                j.add(x.path() + " " + snippet(x.evidence()));
            }
        }
        return j.toString();
    }

    private static String figure(String label, java.math.BigDecimal value, String unit, Evidence evidence) {
        StringBuilder b = new StringBuilder();
        append(b, label);
        append(b, plain(value));
        append(b, unit);
        String place = place(evidence);
        if (place != null) {
            append(b, "@" + place);
        }
        return b.toString();
    }

    private static String snippet(Evidence e) {
        return "[" + (e.block() == null ? "" : place(e)) + "] " + (e.snippet() == null ? "" : e.snippet());
    }

    static long count(ReportRecord r, Severity severity) {
        return r.findings().stream().filter(f -> severity.is(f.severity())).count();
    }

    private static void append(StringBuilder b, String s) {
        if (s != null && !s.isEmpty()) {
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(s);
        }
    }
}
