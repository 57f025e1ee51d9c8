package dev.gouji.read;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Regenerates the committed fixtures under {@code fixtures/formats} and {@code fixtures/bad}. Not a test:
 * run it by hand from the project root when the fixture report changes:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) dev.gouji.read.FormatFixtures
 * </pre>
 *
 * report.pdf needs a TrueType CJK font to embed (default /usr/share/fonts/truetype/wqy/wqy-zenhei.ttc from
 * Debian's fonts-wqy-zenhei; override with -Dfixtures.cjkFont=path). The .doc fixtures need LibreOffice,
 * which this class does not run; after it has written report-for-doc.html, convert it once:
 *
 * <pre>
 * soffice --headless --infilter="HTML (StarWriter)" --convert-to doc:"MS Word 97" \
 *     --outdir fixtures/formats target/fixtures/report-for-doc.html &amp;&amp; \
 *     mv fixtures/formats/report-for-doc.doc fixtures/formats/report.doc
 * </pre>
 *
 * then run this class again with the argument {@code doc} to derive the .doc failure fixtures from it.
 */
public final class FormatFixtures {
    static final String TITLE = "2023年度某某区教育局部门整体支出绩效自评报告";
    static final String SENTENCE = "2023年度部门整体支出1,234.56万元，其中：基本支出800.00万元，项目支出434.56万元。";
    static final String CAPTION = "表1 2023年度部门预算执行情况（单位：万元）";
    static final String CLOSING = "部门整体支出预算执行率为94.97%。";
    static final List<String> BUDGET_HEADER = List.of("年初预算数", "全年预算数", "全年执行数");
    /** Rows below the two header rows: label, then 年初预算数, 全年预算数, 全年执行数. */
    static final String[][] BUDGET_ROWS = {
        {"合计", "1,200.00", "1,300.00", "1,234.56"},
        {"基本支出", "780.00", "800.00", "800.00"},
        {"项目支出", "420.00", "500.00", "434.56"},
    };

    private FormatFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path formats = Path.of("fixtures/formats");
        Path bad = Path.of("fixtures/bad");
        Files.createDirectories(formats);
        Files.createDirectories(bad);
        if (args.length > 0 && args[0].equals("doc")) {
            docFailures(formats, bad);
            return;
        }
        Files.writeString(formats.resolve("report.html"), html("utf-8", true), StandardCharsets.UTF_8);
        Files.write(formats.resolve("report-gbk.html"), html("gbk", false).getBytes(Charset.forName("GBK")));
        Path forDoc = Path.of("target/fixtures/report-for-doc.html");
        Files.createDirectories(forDoc.getParent());
        Files.writeString(forDoc, html("utf-8", false), StandardCharsets.UTF_8);

        byte[] pdf = pdf(null);
        Files.write(formats.resolve("report.pdf"), pdf);
        Files.write(bad.resolve("encrypted.pdf"), pdf("open-sesame"));
        Files.write(bad.resolve("truncated.pdf"), Arrays.copyOf(pdf, pdf.length / 3));

        Files.write(formats.resolve("report.xlsx"), workbook(new XSSFWorkbook()));
        Files.write(formats.resolve("report.xls"), workbook(new HSSFWorkbook()));
        Files.write(bad.resolve("encrypted.xlsx"), encryptedXlsx("open-sesame"));
        Biff8EncryptionKey.setCurrentUserPassword("open-sesame");
        try {
            Files.write(bad.resolve("encrypted.xls"), workbook(new HSSFWorkbook()));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }

        byte[] png = new byte[512];
        new Random(42).nextBytes(png);
        byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        System.arraycopy(magic, 0, png, 0, magic.length);
        Files.write(bad.resolve("binary.txt"), png);
        Files.write(bad.resolve("gbk.txt"), text().getBytes(Charset.forName("GBK")));
        ByteArrayOutputStream utf16 = new ByteArrayOutputStream();
        utf16.write(0xFF);
        utf16.write(0xFE);
        utf16.write(text().getBytes(StandardCharsets.UTF_16LE));
        Files.write(bad.resolve("utf16.txt"), utf16.toByteArray());
    }

    static String text() {
        return TITLE + "\n\n一、部门基本情况\n" + SENTENCE + "\n" + CLOSING + "\n";
    }

    /**
     * The fixture report as HTML. {@code extras} adds what only the HTML reader is tested on: a table
     * nested in a cell, a {@code <br>} inside a cell, and script/style that must not leak into the text.
     */
    static String html(String charset, boolean extras) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"").append(charset).append("\">\n")
                .append("<title>").append(TITLE).append("</title>\n");
        if (extras) {
            h.append("<style>p { margin: 0 } .x:before { content: '样式不应出现' }</style>\n");
        }
        h.append("</head>\n<body>\n<h1>").append(TITLE).append("</h1>\n")
                .append("<p>一、部门基本情况</p>\n<p>").append(SENTENCE).append("</p>\n")
                .append("<div>").append(CAPTION).append("</div>\n")
                .append("<table border=\"1\">\n<tr><td rowspan=\"2\">项目</td><td colspan=\"3\">资金情况（万元）</td></tr>\n<tr>");
        BUDGET_HEADER.forEach(s -> h.append("<td>").append(s).append("</td>"));
        h.append("</tr>\n");
        for (String[] row : BUDGET_ROWS) {
            h.append("<tr>");
            for (String s : row) {
                h.append("<td>").append(s).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n<p>").append(CLOSING).append("</p>\n");
        if (extras) {
            h.append("<script>document.write('脚本不应出现');</script>\n")
                    .append("<table border=\"1\">\n<tr><th>一级指标</th><th>二级指标</th><th>指标值</th></tr>\n")
                    .append("<tr><td>产出指标</td><td>数量指标<br>质量指标</td><td>完成情况\n")
                    .append("<table><tr><td>计划</td><td>实际</td></tr><tr><td>100%</td><td>98%</td></tr></table>\n")
                    .append("</td></tr>\n</table>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    static byte[] pdf(String userPassword) throws IOException {
        File fontFile = new File(System.getProperty("fixtures.cjkFont", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));
        try (PDDocument doc = new PDDocument(); TrueTypeCollection ttc = new TrueTypeCollection(fontFile)) {
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiZenHei");
            PDType0Font font = PDType0Font.load(doc, ttf, true);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 780;
                y = line(cs, font, 16, 60, y, TITLE) - 10;
                y = line(cs, font, 11, 60, y, "一、部门基本情况");
                y = line(cs, font, 11, 60, y, SENTENCE);
                y = line(cs, font, 11, 60, y, CAPTION) - 6;
                float[] xs = {60, 160, 280, 400};
                row(cs, font, xs, y, "项目", "资金情况（万元）", "", "");
                y -= 18;
                row(cs, font, xs, y, "", BUDGET_HEADER.get(0), BUDGET_HEADER.get(1), BUDGET_HEADER.get(2));
                y -= 18;
                for (String[] r : BUDGET_ROWS) {
                    row(cs, font, xs, y, r);
                    y -= 18;
                }
                line(cs, font, 11, 60, y - 6, CLOSING);
            }
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static float line(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
        return y - size * 1.8f;
    }

    private static void row(PDPageContentStream cs, PDType0Font font, float[] xs, float y, String... cells)
            throws IOException {
        for (int i = 0; i < cells.length; i++) {
            if (!cells[i].isEmpty()) {
                line(cs, font, 11, xs[i], y, cells[i]);
            }
        }
    }

    /**
     * The fixture report as a workbook: title in A1 merged across A1:D1, the header's 项目 merged down
     * A3:A4 and 资金情况 across B3:D3, figures as numbers formatted #,##0.00 and the 合计 row as SUM
     * formulas whose cached values are evaluated before saving. A second, empty sheet must be skipped.
     */
    static byte[] workbook(Workbook wb) throws IOException {
        try (wb) {
            Sheet sheet = wb.createSheet("部门预算执行");
            wb.createSheet("Sheet2");
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            sheet.createRow(0).createCell(0).setCellValue(TITLE);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            Row h1 = sheet.createRow(2);
            h1.createCell(0).setCellValue("项目");
            h1.createCell(1).setCellValue("资金情况（万元）");
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 1, 3));
            Row h2 = sheet.createRow(3);
            for (int c = 0; c < 3; c++) {
                h2.createCell(c + 1).setCellValue(BUDGET_HEADER.get(c));
            }
            for (int r = 0; r < BUDGET_ROWS.length; r++) {
                Row row = sheet.createRow(4 + r);
                row.createCell(0).setCellValue(BUDGET_ROWS[r][0]);
                for (int c = 1; c <= 3; c++) {
                    var cell = row.createCell(c);
                    cell.setCellStyle(money);
                    if (r == 0) {
                        char col = (char) ('A' + c);
                        cell.setCellFormula("SUM(" + col + "6:" + col + "7)");
                    } else {
                        cell.setCellValue(Double.parseDouble(BUDGET_ROWS[r][c].replace(",", "")));
                    }
                }
            }
            // a styled but empty row and column after the data: must be trimmed, not read as blank cells
            sheet.createRow(9).createCell(6).setCellStyle(money);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    static byte[] encryptedXlsx(String password) throws Exception {
        byte[] plain = workbook(new XSSFWorkbook());
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword(password);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** Derives the .doc failure fixtures from the committed report.doc. */
    static void docFailures(Path formats, Path bad) throws IOException {
        byte[] doc = Files.readAllBytes(formats.resolve("report.doc"));
        Files.write(bad.resolve("doc-named.docx"), doc);
        Biff8EncryptionKey.setCurrentUserPassword("open-sesame");
        try (HWPFDocument word = new HWPFDocument(new java.io.ByteArrayInputStream(doc))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            word.write(out);
            Files.write(bad.resolve("encrypted.doc"), out.toByteArray());
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }
}
