package dev.gouji.report;

import dev.gouji.record.Evidence;
import dev.gouji.record.FieldValue;
import dev.gouji.record.Finding;
import dev.gouji.record.Indicator;
import dev.gouji.record.Project;
import dev.gouji.record.ReportRecord;
import dev.gouji.record.Severity;
import dev.gouji.record.Statement;
import dev.gouji.record.TargetParsed;
import dev.gouji.record.Warning;
import dev.gouji.store.OutputWriter;
import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * DIR/dataset.xlsx: every record as spreadsheet rows, for filtering and pivoting in Excel. Sheets 报告 (one row
 * per file), 字段, 项目, 指标, 问题 and 未完整读取 (one row per field, project, indicator row, finding and warning of
 * a part the reader could not read fully). Written with
 * POI's streaming {@link SXSSFWorkbook}: only a small window of rows per sheet is in memory, so 10,000 reports
 * fit in the default heap. Figures are numeric cells shown as #,##0.00; text that Excel would read as a formula
 * is prefixed with {@code '} ({@link CellText}); headers are frozen and filtered. A sheet that would pass
 * Excel's 1,048,576 rows continues in 「指标 (2)」 and so on.
 */
public final class DatasetWorkbook implements ReportOutput {
    static final String REPORTS = "报告";
    static final String FIELDS = "字段";
    static final String PROJECTS = "项目";
    static final String INDICATORS = "指标";
    static final String FINDINGS = "问题";
    static final String PARTIAL = "未完整读取";
    static final String ACROSS = "跨年";

    static final List<String> REPORT_HEADER = List.of("文件", "格式", "部门", "年度", "报告类型", "状态", "错误代码",
            "错误说明", "字段数", "项目数", "指标数", "问题数", "错误数", "警告数", "未完整读取数");
    static final List<String> FIELD_HEADER = List.of("文件", "字段键", "字段名称", "报告中的标签", "数值", "单位", "原文",
            "证据位置", "证据摘录", "其他表述");
    static final List<String> PROJECT_HEADER = List.of("文件", "项目名称", "金额(万元)", "实际支出(万元)", "证据位置",
            "证据摘录");
    static final List<String> INDICATOR_HEADER = List.of("文件", "所属项目", "项目金额(万元)", "一级指标", "二级指标",
            "三级指标", "指标值", "目标比较", "目标数值", "目标单位", "实际完成值", "分值", "得分", "备注", "证据位置",
            "证据摘录");
    static final List<String> PARTIAL_HEADER = List.of("文件", "代码", "说明", "位置");

    static final List<String> ACROSS_HEADER = List.of("部门", "部门名称写法", "字段键", "字段名称", "年度", "口径",
            "数值(万元)", "来源文件", "来源报告年度", "来源", "原文", "报告中的标签", "证据位置", "证据摘录");

    private static final int MAX_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final int MAX_ROWS = SpreadsheetVersion.EXCEL2007.getMaxRows();

    private final Path target;
    private final Path tmp;
    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle decimal;
    private final CellStyle integer;
    private final CellStyle plain;
    private final SheetWriter reports;
    private final SheetWriter fields;
    private final SheetWriter projects;
    private final SheetWriter indicators;
    private final SheetWriter findings;
    private final SheetWriter partial;
    private final int rowLimit;
    private boolean committed;

    public DatasetWorkbook(Path target) {
        this(target, MAX_ROWS);
    }

    /** {@code rowLimit} below Excel's maximum lets a test see a sheet continue without a million rows. */
    DatasetWorkbook(Path target, int rowLimit) {
        this.target = target;
        this.tmp = target.resolveSibling(target.getFileName() + ".tmp");
        this.rowLimit = rowLimit;
        this.workbook = new FastSXSSFWorkbook(200);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        decimal = workbook.createCellStyle();
        decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
        integer = workbook.createCellStyle();
        integer.setDataFormat(workbook.createDataFormat().getFormat("0"));
        plain = workbook.getCellStyleAt(0);
        reports = new SheetWriter(REPORTS, REPORT_HEADER, 40, 6, 30, 7, 18, 9, 12, 40, 7, 7, 7, 7, 7, 7, 10);
        fields = new SheetWriter(FIELDS, FIELD_HEADER, 40, 22, 16, 24, 14, 6, 14, 9, 50, 40);
        projects = new SheetWriter(PROJECTS, PROJECT_HEADER, 40, 30, 14, 14, 9, 50);
        indicators = new SheetWriter(INDICATORS, INDICATOR_HEADER, 40, 24, 14, 12, 12, 24, 16, 6, 12, 6, 16, 7, 7,
                20, 9, 50);
        findings = new SheetWriter(FINDINGS, FindingRows.HEADER, 40, 30, 7, 26, 8, 70, 50, 60, 14, 14, 14);
        partial = new SheetWriter(PARTIAL, PARTIAL_HEADER, 40, 22, 90, 9);
    }

    @Override
    public void add(ReportRecord r) {
        String path = r.source().path();
        reports.row(path, r.source().format(), Terms.value(r.department()), Terms.value(r.fiscalYear()),
                Terms.of(Terms.KIND, Terms.value(r.reportKind())), Terms.status(r.status()),
                r.error() == null ? null : r.error().code(), r.error() == null ? null : r.error().message(),
                r.fields().size(), r.projects().size(), r.indicators().size(), r.findings().size(),
                (int) Terms.count(r, Severity.ERROR), (int) Terms.count(r, Severity.WARNING), r.warnings().size());
        for (Map.Entry<String, FieldValue> e : r.fields().entrySet()) {
            FieldValue f = e.getValue();
            fields.row(path, e.getKey(), Terms.fieldName(e.getKey()), f.label(), f.value(), f.unit(), f.raw(),
                    block(f.evidence()), snippet(f.evidence()), others(f.others()));
        }
        for (Project p : r.projects()) {
            projects.row(path, p.name(), p.amount(), p.actual(), block(p.evidence()), snippet(p.evidence()));
        }
        for (Indicator i : r.indicators()) {
            TargetParsed t = i.targetParsed();
            indicators.row(path, i.project(), i.projectAmount(), i.level1(), i.level2(), i.name(), i.target(),
                    t == null ? null : t.comparator(), t == null ? null : t.value(), t == null ? null : t.unit(),
                    i.actual(), i.weight(), i.score(), i.note(), block(i.evidence()), snippet(i.evidence()));
        }
        for (Finding f : r.findings()) {
            findings.row(FindingRows.row(r, f).toArray());
        }
        for (Warning w : r.warnings()) {
            partial.row(path, w.code(), w.message(), w.block());
        }
    }

    private SheetWriter across;

    /**
     * The 跨年 sheet (one row per department × quantity × year × basis × source, as series.jsonl) and the
     * cross-report findings at the end of 问题.
     */
    @Override
    public void addAcross(dev.gouji.across.Across.Result result) {
        for (dev.gouji.across.CrossFinding f : result.findings()) {
            findings.row(FindingRows.row(f).toArray());
        }
        across = new SheetWriter(ACROSS, ACROSS_HEADER, 30, 40, 22, 16, 7, 12, 14, 40, 9, 10, 14, 24, 9, 50);
        for (dev.gouji.across.SeriesLine l : result.series()) {
            for (dev.gouji.across.SeriesLine.Source src : l.sources()) {
                across.row(l.department(), String.join("；", l.names()), l.quantity(), l.name(), l.year(),
                        Terms.of(Terms.BASIS, l.basis()), src.value(), src.path(), src.fiscalYear(),
                        dev.gouji.across.SeriesLine.OWN.equals(src.role()) ? "本年报告" : "其他年度报告重述",
                        src.raw(), src.label(), block(src.evidence()), snippet(src.evidence()));
            }
        }
    }

    @Override
    public void commit() throws IOException {
        if (across == null) {
            addAcross(dev.gouji.across.Across.Result.EMPTY);
        }
        for (SheetWriter s : List.of(reports, fields, projects, indicators, findings, partial, across)) {
            s.finish();
        }
        Files.createDirectories(target.toAbsolutePath().getParent());
        // POI stamps the package with the time of writing: left out, so that the same records give the same bytes
        workbook.getXSSFWorkbook().getProperties().getCoreProperties().setCreated(Optional.empty());
        try (OutputStream out = Files.newOutputStream(tmp)) {
            workbook.write(out);
        }
        OutputWriter.move(tmp, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.close();
        } finally {
            workbook.dispose();
            if (!committed) {
                Files.deleteIfExists(tmp); // also when closing failed (a full disk)
            }
        }
    }

    /** The workbook being filled (tests check that it streams). */
    SXSSFWorkbook workbook() {
        return workbook;
    }

    private static String block(Evidence e) {
        return Terms.place(e);
    }

    private static String snippet(Evidence e) {
        return e == null ? null : e.snippet();
    }

    /** 「800.00万元（基本支出）@p3；780.00（基本支出）@t1r4c2」. */
    private static String others(List<Statement> others) {
        if (others.isEmpty()) {
            return null;
        }
        StringJoiner j = new StringJoiner("；");
        for (Statement s : others) {
            String raw = s.raw() != null ? s.raw() : Terms.plain(s.value());
            j.add(raw + (s.label() == null ? "" : "（" + s.label() + "）")
                    + (s.evidence() == null ? "" : "@" + Terms.place(s.evidence())));
        }
        return j.toString();
    }

    /**
     * SXSSF with its two deflate passes (the gzipped temporary sheet files and the final package) at the
     * fastest level: at the default level they took a quarter of the time of writing the review outputs,
     * for files about a fifth smaller.
     */
    private static final class FastSXSSFWorkbook extends SXSSFWorkbook {
        FastSXSSFWorkbook(int rowWindow) {
            super(rowWindow);
            setCompressTempFiles(true);
        }

        @Override
        protected SheetDataWriter createSheetDataWriter() throws IOException {
            return new GZIPSheetDataWriter(getSharedStringSource()) {
                @Override
                public Writer createWriter(File file) throws IOException {
                    FileOutputStream out = new FileOutputStream(file);
                    try {
                        return new UnlockedBufferedWriter(new OutputStreamWriter(decorateOutputStream(out), StandardCharsets.UTF_8));
                    } catch (IOException e) {
                        out.close();
                        throw e;
                    }
                }

                @Override
                protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
                    return new GZIPOutputStream(fos, 1 << 16) {
                        {
                            def.setLevel(Deflater.BEST_SPEED);
                        }
                    };
                }
            };
        }

        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    }

    /** Rows of one sheet, continued on a new sheet of the same name plus 「 (2)」 when a sheet is full. */
    private final class SheetWriter {
        private final String name;
        private final List<String> headerRow;
        private final int[] widths;
        private final List<SXSSFSheet> sheets = new ArrayList<>();
        private SXSSFSheet sheet;
        private int next;

        SheetWriter(String name, List<String> headerRow, int... widths) {
            this.name = name;
            this.headerRow = headerRow;
            this.widths = Arrays.copyOf(widths, headerRow.size());
            startSheet();
        }

        private void startSheet() {
            String sheetName = sheets.isEmpty() ? name : name + " (" + (sheets.size() + 1) + ")";
            sheet = workbook.createSheet(sheetName);
            if (!sheets.isEmpty()) {
                // right after the sheet it continues, not after the other kinds
                workbook.setSheetOrder(sheetName, workbook.getSheetIndex(sheets.get(sheets.size() - 1)) + 1);
            }
            sheets.add(sheet);
            Row h = sheet.createRow(0);
            for (int c = 0; c < headerRow.size(); c++) {
                Cell cell = h.createCell(c);
                cell.setCellValue(headerRow.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, Math.max(6, widths[c]) * 256);
            }
            sheet.createFreezePane(0, 1);
            next = 1;
        }

        void row(Object... values) {
            if (next >= rowLimit) {
                finishSheet();
                startSheet();
            }
            Row row = sheet.createRow(next++);
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                if (v == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof BigDecimal b) {
                    cell.setCellValue(b.doubleValue());
                    cell.setCellStyle(decimal);
                } else if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                    cell.setCellStyle(integer);
                } else {
                    String s = CellText.neutralise(v.toString());
                    cell.setCellValue(s.length() > MAX_TEXT ? s.substring(0, MAX_TEXT - 1) + "…" : s);
                    // the default style, said explicitly: a cell without one has POI look up its column's style
                    // in the sheet's XML at write time, which took a sixth of the whole workbook's time
                    cell.setCellStyle(plain);
                }
            }
        }

        private void finishSheet() {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next - 1), 0, headerRow.size() - 1));
        }

        void finish() {
            finishSheet();
        }
    }
}
