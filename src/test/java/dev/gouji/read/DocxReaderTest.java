package dev.gouji.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gouji.config.PipelineConfig;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.TableBuilder;
import dev.gouji.model.Table;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxReaderTest {
    private static Document read(byte[] docx) throws ReadException {
        return new DocxReader().read(docx, PipelineConfig.defaults().readLimits());
    }

    private static int rowWhere(Table t, String startsWith) {
        for (Cell c : t.cells()) {
            if (c.normalized().startsWith(startsWith)) {
                return c.row();
            }
        }
        throw new AssertionError("no cell starting with " + startsWith + " in " + t);
    }

    private static Cell cellStarting(Table t, String startsWith) {
        return t.cells().stream().filter(c -> c.normalized().startsWith(startsWith)).findFirst()
                .orElseThrow(() -> new AssertionError("no cell starting with " + startsWith + " in " + t));
    }

    @Test
    void seed001IndicatorGroupSpansItsIndicatorRows() throws Exception {
        Document doc = SeedDocxEquivalenceTest.docx("001_09338597f16afc81");
        Table selfEval = doc.tables().stream()
                .filter(t -> t.cells().stream().anyMatch(c -> c.normalized().equals("一级指标")))
                .findFirst().orElseThrow();
        Cell output = cellStarting(selfEval, "产出指标");
        assertTrue(output.rowSpan() > 1, "产出指标 spans rows: " + output);
        for (String indicator : List.of("执法案件查处数", "秩序维护数量", "执法准确率", "城市管理维护时效")) {
            int row = rowWhere(selfEval, indicator);
            assertEquals(output, selfEval.cellAt(row, output.col()).orElseThrow(), indicator + " under 产出指标");
        }
        // the indicator rows hold their figures in the columns right of the merged cells
        int row = rowWhere(selfEval, "秩序维护数量");
        Cell name = cellStarting(selfEval, "秩序维护数量");
        assertEquals("500辆以上", selfEval.textAt(row, name.col() + 1));
        assertEquals("5840", selfEval.textAt(row, name.col() + 2));
    }

    @Test
    void seed003ProjectTargetsContinuedOverPagesAreOneTable() throws Exception {
        Document doc = SeedDocxEquivalenceTest.docx("003_cb4f80606216139f");
        List<Table> targets = doc.tables().stream()
                .filter(t -> t.textAt(0, 0).equals("单位编码") && t.textAt(0, 1).equals("单位(项目)名称"))
                .toList();
        assertEquals(1, targets.size(), "项目支出绩效目标表 read as " + targets);
        Table t = targets.get(0);
        assertEquals("资金总额", t.textAt(0, 2));
        int oil = rowWhere(t, "2023年餐饮油烟维护经费");
        int hq = rowWhere(t, "指挥部工作经费");
        assertTrue(oil > 1 && hq > oil, "both projects after the header: " + oil + ", " + hq);
        assertEquals("一级指标", t.textAt(1, 4), "second header row");
        long headers = t.rows().stream().filter(row -> !row.isEmpty() && row.get(0).normalized().equals("单位编码")).count();
        assertEquals(1, headers, "the header repeated on every page is read once");
        // 单位（项目）名称 spans the two header rows, as in the report
        assertEquals(2, t.cellAt(0, 1).orElseThrow().rowSpan());
    }

    /**
     * <pre>
     * | A (gridSpan 2)  | B |
     * | C (vMerge 3)| D | E |
     * |   ↓         | F | G + nested 2x2 |
     * |   ↓         | H | I |
     * </pre>
     */
    @Test
    void handBuiltDocxWithMergesAndNestedTable() throws Exception {
        byte[] bytes;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun intro = d.createParagraph().createRun();
            intro.setText("第一行");
            intro.addBreak();
            intro.setText("第二行");
            XWPFTable t = d.createTable(4, 3);
            XWPFTableRow r0 = t.getRow(0);
            r0.getCell(0).setText("A");
            r0.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
            r0.removeCell(1);
            r0.getCell(1).setText("B");
            String[][] texts = {{"C", "D", "E"}, {null, "F", "G"}, {null, "H", "I"}};
            for (int r = 1; r <= 3; r++) {
                for (int c = 0; c < 3; c++) {
                    XWPFTableCell cell = t.getRow(r).getCell(c);
                    if (c == 0) {
                        CTTcPr pr = cell.getCTTc().addNewTcPr();
                        if (r == 1) {
                            pr.addNewVMerge().setVal(STMerge.RESTART);
                        } else {
                            pr.addNewVMerge(); // no val: continue
                        }
                    }
                    if (texts[r - 1][c] != null) {
                        cell.setText(texts[r - 1][c]);
                    }
                }
            }
            XWPFTableCell g = t.getRow(2).getCell(2);
            g.addParagraph().createRun().setText("G2");
            CTTbl inner = g.getCTTc().addNewTbl();
            XWPFTable nested = new XWPFTable(inner, g, 2, 2);
            nested.getRow(0).getCell(0).setText("n11");
            nested.getRow(0).getCell(1).setText("n12");
            nested.getRow(1).getCell(0).setText("n21");
            nested.getRow(1).getCell(1).setText("n22");
            g.getCTTc().addNewP();
            d.createParagraph().createRun().setText("表后文字");
            d.write(out);
            bytes = out.toByteArray();
        }

        Document doc = read(bytes);
        assertEquals(List.of("p1", "t1", "p2"), doc.blocks().stream().map(b -> b.id()).toList());
        assertEquals("第一行\n第二行", doc.paragraphs().get(0).text().original());
        Table t = doc.tables().get(0);
        assertEquals(4, t.rowCount());
        assertEquals(3, t.columnCount());

        Cell a = t.cellAt(0, 0).orElseThrow();
        assertEquals(new Cell("t1r1c1", 0, 0, 1, 2, a.text(), List.of()), a);
        assertEquals("A", a.normalized());
        assertEquals(a, t.cellAt(0, 1).orElseThrow());
        assertEquals("t1r1c3", t.cellAt(0, 2).orElseThrow().id());

        Cell c = t.cellAt(1, 0).orElseThrow();
        assertEquals("t1r2c1", c.id());
        assertEquals("C", c.normalized());
        assertEquals(3, c.rowSpan());
        assertEquals(1, c.colSpan());
        assertEquals(c, t.cellAt(2, 0).orElseThrow());
        assertEquals(c, t.cellAt(3, 0).orElseThrow());

        String[][] ids = {{"t1r2c2", "t1r2c3"}, {"t1r3c2", "t1r3c3"}, {"t1r4c2", "t1r4c3"}};
        String[][] expected = {{"D", "E"}, {"F", "G G2"}, {"H", "I"}};
        for (int r = 1; r <= 3; r++) {
            for (int col = 1; col <= 2; col++) {
                Cell cell = t.cellAt(r, col).orElseThrow();
                assertEquals(ids[r - 1][col - 1], cell.id());
                assertEquals(expected[r - 1][col - 1], cell.normalized());
                assertEquals(1, cell.rowSpan());
                assertEquals(1, cell.colSpan());
            }
        }
        assertEquals(List.of(2, 3, 2, 2), t.rows().stream().map(List::size).toList(), "cells starting per row");

        Cell gCell = t.cellAt(2, 2).orElseThrow();
        assertEquals("G\nG2", gCell.text().original());
        assertEquals(1, gCell.nested().size());
        Table n = gCell.nested().get(0);
        assertEquals("t1r3c3t1", n.id());
        assertEquals(2, n.rowCount());
        assertEquals(2, n.columnCount());
        assertEquals("t1r3c3t1r2c1", n.cellAt(1, 0).orElseThrow().id());
        assertEquals("n22", n.textAt(1, 1));
        assertEquals("表后文字", doc.paragraphs().get(1).text().normalized());
    }

    @Test
    void gridBeforeLeavesLeadingPositionsEmpty() throws Exception {
        byte[] bytes;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFTable t = d.createTable(2, 3);
            for (int c = 0; c < 3; c++) {
                t.getRow(0).getCell(c).setText("h" + c);
            }
            XWPFTableRow r1 = t.getRow(1);
            r1.getCtRow().addNewTrPr().addNewGridBefore().setVal(BigInteger.ONE);
            r1.removeCell(2);
            r1.getCell(0).setText("x");
            r1.getCell(1).setText("y");
            d.write(out);
            bytes = out.toByteArray();
        }
        Table t = read(bytes).tables().get(0);
        assertTrue(t.cellAt(1, 0).isEmpty());
        assertEquals("t1r2c2", t.cellAt(1, 1).orElseThrow().id());
        assertEquals("x", t.textAt(1, 1));
        assertEquals("y", t.textAt(1, 2));
    }

    @Test
    void tableInsideContentControlIsRead() throws Exception {
        byte[] bytes;
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            d.createParagraph().createRun().setText("前言");
            CTSdtBlock sdt = d.getDocument().getBody().addNewSdt();
            var content = sdt.addNewSdtContent();
            new XWPFParagraph(content.addNewP(), d).createRun().setText("控件内段落");
            XWPFTable t = new XWPFTable(content.addNewTbl(), d, 1, 2);
            t.getRow(0).getCell(0).setText("项目");
            t.getRow(0).getCell(1).setText("金额");
            d.write(out);
            bytes = out.toByteArray();
        }
        Document doc = read(bytes);
        assertEquals(List.of("p1", "p2", "t1"), doc.blocks().stream().map(b -> b.id()).toList());
        assertEquals("控件内段落", doc.paragraphs().get(1).text().normalized());
        assertEquals("金额", doc.tables().get(0).textAt(0, 1));
    }

    @Test
    void externalEntitiesAreNeverResolved(@TempDir Path dir) throws Exception {
        String marker = "SECRET-" + UUID.randomUUID();
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, marker);
        String xml = """
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "%s">]>
                <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
                <w:p><w:r><w:t>before &xxe; after</w:t></w:r></w:p></w:body></w:document>"""
                .formatted(secret.toUri());
        byte[] docx = replaceEntry(Files.readAllBytes(BadFixtures.SOURCE_DOCX), "word/document.xml", xml);
        try {
            Document doc = read(docx);
            doc.paragraphs().forEach(p -> assertFalse(p.text().original().contains(marker)));
        } catch (ReadException e) {
            assertEquals(ErrorCode.CORRUPT, e.code());
            assertFalse(String.valueOf(e.getMessage()).contains(marker));
        }
    }

    @Test
    void writerRoundTripKeepsTheModel() throws Exception {
        Document fromTxt = SeedDocxEquivalenceTest.txt("001_09338597f16afc81");
        Document roundTrip = read(new DocxWriter().write(fromTxt));
        assertEquals(fromTxt.tables().size(), roundTrip.tables().size());
        for (int i = 0; i < fromTxt.tables().size(); i++) {
            SeedDocxEquivalenceTest.assertSameTable(fromTxt.tables().get(i), roundTrip.tables().get(i));
        }
    }

    @Test
    void writerKeepsNestedTablesAndEmptyGridPositions() throws Exception {
        TableBuilder inner = new TableBuilder().startRow().cell("内1").cell("内2").startRow().cell("内3", 2, 1);
        TableBuilder outer = new TableBuilder()
                .startRow().cell("甲").cell("乙").cell("丙")
                .startRow().mergedFromAbove(1).cell("丁\n戊", 1, 1, List.of(inner)).cell("己")
                .startRow().skip(1).cell("庚", 2, 1);
        Document model = new DocumentBuilder("txt").paragraph("前").table(outer).paragraph("后").build();
        byte[] docx = new DocxWriter().write(model);
        Document back = read(docx);
        assertEquals(List.of("p1", "t1", "p2"), back.blocks().stream().map(b -> b.id()).toList());
        SeedDocxEquivalenceTest.assertSameTable(model.tables().get(0), back.tables().get(0));
        Table t = back.tables().get(0);
        assertEquals(2, t.cellAt(1, 0).orElseThrow().rowSpan());
        assertTrue(t.cellAt(2, 0).isEmpty(), "gridBefore position stays empty");
        Cell withNested = t.cellAt(1, 1).orElseThrow();
        assertEquals("丁\n戊", withNested.text().original());
        assertEquals("内3", withNested.nested().get(0).textAt(1, 1));
    }

    static byte[] replaceEntry(byte[] zipBytes, String name, String content) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(name)) {
                    zip.write(content.getBytes(StandardCharsets.UTF_8));
                    replaced = true;
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        assertTrue(replaced, name + " not in package");
        assertNotNull(out);
        return out.toByteArray();
    }
}
