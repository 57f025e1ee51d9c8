package dev.gouji.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus of issue 15 in one folder, ingested the way a user runs gouji (forked workers, the default):
 * empty, truncated and random files under report names, a zip bomb, an XXE attempt, mislabelled files, an 80 MB
 * text file and file names and contents that a spreadsheet would run as formulas. Every file gives exactly one
 * record with the code its cause calls for, the run ends normally (exit 1: some files failed), the XXE's secret
 * is in no output, and neither findings.csv nor dataset.xlsx holds anything Excel would run as a formula.
 */
class HostileCorpusTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("fixtures/seeds/001_09338597f16afc81.txt");
    private static final Path SEED_DOCX = Path.of("fixtures/seeds-docx/000_e204f1bb94facd6e.docx");

    @TempDir
    Path dir;

    @Test
    void everyHostileFileGivesOneRecordWithItsCodeAndNoOutputHoldsAFormula() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Map<String, String> expected = new TreeMap<>();
        put(expected, in, "empty.docx", new byte[0], "empty");
        put(expected, in, "empty.pdf", new byte[0], "empty");
        put(expected, in, "empty.txt", new byte[0], "empty");
        copy(expected, in, "fixtures/bad/truncated.docx", "truncated.docx", "corrupt");
        copy(expected, in, "fixtures/bad/truncated.pdf", "truncated.pdf", "corrupt");
        put(expected, in, "random.docx", random(50_000, 1), "corrupt");
        put(expected, in, "random.pdf", random(50_000, 2), "corrupt");
        put(expected, in, "random.txt", random(50_000, 3), "unsupported");
        copy(expected, in, "fixtures/bad/zipbomb.docx", "zipbomb.docx", "too_large");
        Path secret = Files.writeString(dir.resolve("secret.txt"), "XXE-SECRET-7f3a");
        // Word never writes a DTD into a part: one that declares entities is refused as not a real Word file
        put(expected, in, "xxe.docx", xxe(secret), "corrupt");
        copy(expected, in, "fixtures/bad/text-named.docx", "mislabelled-text.docx", "ok");
        copy(expected, in, "fixtures/bad/doc-named.docx", "mislabelled-doc.docx", "ok");
        copy(expected, in, "fixtures/formats/report.pdf", "mislabelled-pdf.txt", "ok");
        expected.put("big.txt", "too_large");
        writeEightyMegabytesOfText(in.resolve("big.txt"));
        String formulaLines = "=HYPERLINK(\"http://attacker.example/\",\"点击\")\n+1+1\n-2+3\n@SUM(1,2)\n";
        String seed = Files.readString(SEED, StandardCharsets.UTF_8);
        for (String name : new String[] {"=1+2 报告.txt", "+SUM(A1) 报告.txt", "-3+4 报告.txt", "@cmd 报告.txt"}) {
            put(expected, in, name, (formulaLines + seed).getBytes(StandardCharsets.UTF_8), "ok");
        }

        Path out = dir.resolve("out");
        int status = Main.execute("ingest", in.toString(), "--out", out.toString(), "--jobs", "2");
        assertEquals(1, status, "some files failed, none broke the run");

        Map<String, String> got = new TreeMap<>();
        for (String line : Files.readAllLines(out.resolve("reports.jsonl"), StandardCharsets.UTF_8)) {
            JsonNode r = JSON.readTree(line);
            String code = r.path("status").asText().equals("ok") ? "ok" : r.path("error").path("code").asText();
            assertEquals(null, got.put(r.path("source").path("path").asText(), code), "one record per file: " + line);
            assertFalse(line.contains("XXE-SECRET"), "the entity was not expanded: " + line);
            if (!code.equals("ok")) {
                String message = r.path("error").path("message").asText();
                assertFalse(message.isBlank() || message.contains("Exception") || message.contains("poi"), message);
            }
        }
        assertEquals(expected, got);

        assertNoFormulaInCsv(out.resolve("findings.csv"));
        assertNoFormulaInWorkbook(out.resolve("dataset.xlsx"));
        for (String name : new String[] {"findings.csv", "review.html", "reports.jsonl"}) {
            assertFalse(Files.readString(out.resolve(name), StandardCharsets.UTF_8).contains("XXE-SECRET"), name);
        }
    }

    /** No cell begins with what makes Excel or LibreOffice evaluate it, unless it is a plain number (-3.88). */
    private static void assertNoFormulaInCsv(Path csv) throws IOException {
        String text = Files.readString(csv, StandardCharsets.UTF_8);
        int rows = 0;
        boolean sawNeutralised = false;
        try (Reader r = new java.io.StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text)) {
            for (CSVRecord row : CSVFormat.RFC4180.parse(r)) {
                rows++;
                for (String cell : row) {
                    assertFalse(formulaLike(cell), "formula in findings.csv: " + cell);
                    sawNeutralised |= cell.startsWith("'=") || cell.startsWith("'+") || cell.startsWith("'@");
                }
            }
        }
        assertTrue(rows > 4, "the seed copies raise findings: " + rows + " rows");
        assertTrue(sawNeutralised, "the formula-like file names are in findings.csv, neutralised");
    }

    private static void assertNoFormulaInWorkbook(Path xlsx) throws IOException {
        int strings = 0;
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertNotEquals(CellType.FORMULA, cell.getCellType(), sheet.getSheetName() + " " + cell.getAddress());
                        if (cell.getCellType() == CellType.STRING) {
                            strings++;
                            assertFalse(formulaLike(cell.getStringCellValue()),
                                    sheet.getSheetName() + " " + cell.getAddress() + ": " + cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertTrue(strings > 0);
    }

    private static boolean formulaLike(String cell) {
        if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
            return false;
        }
        try {
            new java.math.BigDecimal(cell);
            return false; // a number, negative or signed
        } catch (NumberFormatException notANumber) {
            return true;
        }
    }

    private static void put(Map<String, String> expected, Path in, String name, byte[] content, String code) throws IOException {
        Files.write(in.resolve(name), content);
        expected.put(name, code);
    }

    private static void copy(Map<String, String> expected, Path in, String from, String name, String code) throws IOException {
        put(expected, in, name, Files.readAllBytes(Path.of(from)), code);
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** 80 MB of report-like UTF-8 text: under the file size limit, far over the text limit. */
    private static void writeEightyMegabytesOfText(Path file) throws IOException {
        String line = "本年支出合计2612.36万元，其中基本支出1491.59万元，项目支出1120.78万元。\n";
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        long target = 80L << 20;
        try (var out = new java.io.BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            for (long written = 0; written < target; written += bytes.length) {
                out.write(bytes);
            }
        }
    }

    /** A real report whose document.xml declares an external entity naming a local file and uses it. */
    private static byte[] xxe(Path secret) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(SEED_DOCX)));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                byte[] data = zin.readAllBytes();
                if (e.getName().equals("word/document.xml")) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    int root = xml.indexOf("<w:document");
                    xml = xml.substring(0, root) + "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>"
                            + xml.substring(root).replaceFirst("<w:t>", "<w:t>&xxe;");
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                zip.write(data);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
