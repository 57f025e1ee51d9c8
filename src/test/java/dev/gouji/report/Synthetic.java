package dev.gouji.report;

import dev.gouji.record.ErrorInfo;
import dev.gouji.record.Evidence;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Figure;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import dev.gouji.record.Project;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.SourceInfo;
import dev.gouji.record.Sourced;
import dev.gouji.record.Statement;
import dev.gouji.record.TargetParsed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Made-up records shaped like real ones, for quoting cases and the scale check. */
final class Synthetic {
    static final String[] DEPARTMENTS = {"某某区教育局", "某某区卫生健康局", "某某区城市管理局", "某某区财政局",
        "某某区民政局", "某某区交通运输局", "某某区水利局", "某某区农业农村局"};
    static final String[] RULES = {"R-SUM/basic-breakdown", "R-CONFLICT", "R-RATE/execution", "R-SCORE/weights",
        "R-PART", "R-PRICE", "R-YEAR", "R-ROLL"};

    private Synthetic() {
    }

    static Evidence evidence(String block, String snippet, int start, int end) {
        return new Evidence(block, start, end, snippet);
    }

    static Finding finding(String rule, String severity, String message, Figure... figures) {
        return new Finding(rule, severity, message, List.of(figures), new BigDecimal("100.00"),
                new BigDecimal("103.88"), new BigDecimal("3.88"));
    }

    static ReportRecord record(String path, String department, int year, List<Finding> findings) {
        Map<String, FieldValue> fields = new TreeMap<>();
        fields.put("spending.basic", new FieldValue(new BigDecimal("1491.59"), "万元", "1,491.59万元", "基本支出",
                evidence("p3", "本年支出合计2612.36万元，其中：基本支出1,491.59万元，项目支出1120.78万元。", 17, 28),
                List.of()));
        fields.put("grade", new FieldValue("优秀", null, "优秀", "评价等次", evidence("p9", "自评等次为优秀。", 5, 7),
                List.of()));
        List<Project> projects = List.of(new Project("协管员经费", new BigDecimal("933.30"), new BigDecimal("965.12"),
                evidence("t1r11c4", "965.12", 0, 6), List.of()));
        List<Indicator> indicators = List.of(new Indicator(null, null, "产出指标", "数量指标", "执法案件查处数", "200起以上",
                new TargetParsed("≥", new BigDecimal("200"), "起"), "401", new BigDecimal("8"), new BigDecimal("8"),
                null, evidence("t2r12c4", "执法案件查处数", 0, 7), null));
        return new ReportRecord(1, new SourceInfo(path, "0".repeat(64), "docx", 12345),
                "ok", null, new Sourced<>(department, evidence("p1", department, 0, department.length())),
                new Sourced<>(year, evidence("p1", year + "年度", 0, 4)),
                new Sourced<>("performance_self_evaluation", evidence("p1", "整体支出绩效自评报告", 0, 10)),
                fields, projects, indicators, List.of(), List.of(), findings);
    }

    /**
     * A report in which every text taken from a document begins with {@code lead} (each followed by a word naming
     * the field, e.g. 「=1+2基本支出部门」), and the figures are negative where a record allows it.
     */
    static ReportRecord startingWith(String lead) {
        Map<String, FieldValue> fields = new TreeMap<>();
        fields.put("spending.basic", new FieldValue(new BigDecimal("-12.50"), "万元", lead + "原文", lead + "标签",
                evidence("p3", lead + "字段摘录", 0, 2), List.of(new Statement(new BigDecimal("-3"), "万元",
                        lead + "其他表述", lead + "其他标签", evidence("p4", lead + "其他摘录", 0, 2)))));
        List<Project> projects = List.of(new Project(lead + "项目", new BigDecimal("-933.30"), new BigDecimal("965.12"),
                evidence("t1r11c4", lead + "项目摘录", 0, 2), List.of()));
        List<Indicator> indicators = List.of(new Indicator(lead + "所属项目", new BigDecimal("-1.5"), lead + "一级",
                lead + "二级", lead + "指标", lead + "目标", new TargetParsed("≥", new BigDecimal("-200"), lead + "单位"),
                lead + "实际", new BigDecimal("-8"), new BigDecimal("7.5"), lead + "备注",
                evidence("t2r12c4", lead + "指标摘录", 0, 2), null));
        Finding finding = new Finding("R-SUM/basic-breakdown", "error", lead + "说明",
                List.of(new Figure(lead + "数字", new BigDecimal("-2324.41"), "万元",
                        evidence("p55", lead + "证据摘录", 0, 2))),
                new BigDecimal("-2256.92"), new BigDecimal("-2324.41"), new BigDecimal("-67.49"));
        String department = lead + "部门";
        return new ReportRecord(1, new SourceInfo(lead + "报告.docx", "0".repeat(64), "docx", 12345), "ok", null,
                new Sourced<>(department, evidence("p1", department, 0, department.length())),
                new Sourced<>(2021, evidence("p1", "2021年度", 0, 4)),
                new Sourced<>("performance_self_evaluation", evidence("p1", "整体支出绩效自评报告", 0, 10)),
                fields, projects, indicators, List.of(), List.of(), List.of(finding));
    }

    static ReportRecord failed(String path) {
        return ReportRecord.failed(new SourceInfo(path, "1".repeat(64), "pdf", 99),
                new ErrorInfo("encrypted", "the PDF is password-protected; ask the department for an unprotected copy"));
    }

    /**
     * {@code n} reports with {@code findingsPerReport} findings each on average: every 10th report failed
     * (no findings), the one after it twice as many; n a multiple of 10 gives exactly n × findingsPerReport.
     */
    static List<ReportRecord> many(int n, int findingsPerReport) {
        List<ReportRecord> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String path = String.format("batch%02d/report-%05d.docx", i % 50, i);
            if (i % 10 == 3) {
                out.add(failed(path));
                continue;
            }
            String dept = DEPARTMENTS[i % DEPARTMENTS.length] + (i % 13);
            List<Finding> fs = new ArrayList<>();
            int count = i % 10 == 4 ? findingsPerReport * 2 : findingsPerReport;
            for (int k = 0; k < count; k++) {
                BigDecimal a = new BigDecimal(100 + (i * 7 + k) % 900 + ".66");
                BigDecimal b = a.add(new BigDecimal("3.88"));
                String rule = RULES[(i + k) % RULES.length];
                fs.add(new Finding(rule, k % 3 == 2 ? "warning" : "error",
                        "项目「第" + i + "号专项经费」在正文中为" + a + "万元，而表中为" + b + "万元，相差3.88万元",
                        List.of(new Figure("第" + i + "号专项经费", a, "万元",
                                        evidence("p" + (20 + k), "2.第" + i + "号专项经费" + a.toPlainString()
                                                + "万元。主要用于日常运转", 8, 16)),
                                new Figure("第" + i + "号专项经费", b, "万元",
                                        evidence("t1r" + (12 + k) + "c4", b.toPlainString(), 0, 6))),
                        b, a, a.subtract(b)));
            }
            out.add(record(path, dept, 2019 + i % 5, fs));
        }
        return out;
    }
}
