package dev.gouji.read;

import dev.gouji.model.Block;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Writes a {@link Document} as a .docx the way Word lays one out, so that fixtures can be made from
 * models: a paragraph per paragraph (its '\n' as line breaks), tables on a w:tblGrid of
 * {@link Table#columnCount()} columns, column spans as gridSpan, row spans as vMerge restart/continue,
 * empty grid positions at a row's start or end as gridBefore/gridAfter, a cell's lines as separate
 * paragraphs and nested tables inside their cell. Two tables in a row get an empty paragraph between them,
 * as Word needs to keep them apart.
 *
 * <p>An empty grid position between two cells has no Word form; it is written as an empty cell.
 */
public final class DocxWriter {
    private static final int TABLE_WIDTH_TWIPS = 9000;

    public byte[] write(Document document) {
        try (XWPFDocument docx = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CTBody body = docx.getDocument().getBody();
            Block previous = null;
            for (Block block : document.blocks()) {
                if (block instanceof Paragraph p) {
                    lines(docx, body.addNewP(), p.text().original());
                } else if (block instanceof Table t) {
                    if (previous instanceof Table) {
                        body.addNewP();
                    }
                    table(docx, body.addNewTbl(), t);
                }
                previous = block;
            }
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void lines(XWPFDocument docx, CTP ctp, String text) {
        XWPFParagraph p = new XWPFParagraph(ctp, docx);
        String[] lines = text.split("\n", -1);
        XWPFRun run = p.createRun();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }

    private static void table(XWPFDocument docx, CTTbl tbl, Table table) {
        int columns = Math.max(1, table.columnCount());
        CTTblPr pr = tbl.addNewTblPr();
        borders(pr.addNewTblBorders());
        CTTblGrid grid = tbl.addNewTblGrid();
        BigInteger colWidth = BigInteger.valueOf(TABLE_WIDTH_TWIPS / columns);
        for (int c = 0; c < columns; c++) {
            grid.addNewGridCol().setW(colWidth);
        }
        for (int r = 0; r < table.rowCount(); r++) {
            row(docx, tbl.addNewTr(), table, r);
        }
    }

    private static void row(XWPFDocument docx, CTRow tr, Table table, int r) {
        int columns = table.columnCount();
        int c = 0;
        while (c < columns && table.cellAt(r, c).isEmpty()) {
            c++;
        }
        if (c > 0) {
            trPr(tr).addNewGridBefore().setVal(BigInteger.valueOf(c));
        }
        int end = c;
        while (c < columns) {
            Optional<Cell> at = table.cellAt(r, c);
            if (at.isEmpty()) {
                int holeEnd = c;
                while (holeEnd < columns && table.cellAt(r, holeEnd).isEmpty()) {
                    holeEnd++;
                }
                if (holeEnd == columns) {
                    break; // trailing: gridAfter below
                }
                emptyCell(tr.addNewTc(), holeEnd - c);
                c = holeEnd;
                end = c;
                continue;
            }
            Cell cell = at.get();
            CTTc tc = tr.addNewTc();
            CTTcPr tcPr = tc.addNewTcPr();
            if (cell.colSpan() > 1) {
                tcPr.addNewGridSpan().setVal(BigInteger.valueOf(cell.colSpan()));
            }
            if (cell.row() == r) {
                if (cell.rowSpan() > 1) {
                    tcPr.addNewVMerge().setVal(STMerge.RESTART);
                }
                content(docx, tc, cell);
            } else {
                tcPr.addNewVMerge(); // no val: continue
                tc.addNewP();
            }
            c = Math.max(c + 1, cell.col() + cell.colSpan());
            end = c;
        }
        if (end < columns) {
            trPr(tr).addNewGridAfter().setVal(BigInteger.valueOf(columns - end));
        }
    }

    private static void content(XWPFDocument docx, CTTc tc, Cell cell) {
        String text = cell.text().original();
        if (text.isEmpty()) {
            tc.addNewP();
        } else {
            for (String line : text.split("\n", -1)) {
                lines(docx, tc.addNewP(), line);
            }
        }
        if (!cell.nested().isEmpty()) {
            for (Table nested : cell.nested()) {
                table(docx, tc.addNewTbl(), nested);
            }
            tc.addNewP(); // a cell must end with a paragraph
        }
    }

    private static void emptyCell(CTTc tc, int span) {
        if (span > 1) {
            tc.addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(span));
        }
        tc.addNewP();
    }

    private static CTTrPr trPr(CTRow tr) {
        return tr.isSetTrPr() ? tr.getTrPr() : tr.addNewTrPr();
    }

    private static void borders(CTTblBorders b) {
        for (CTBorder border : new CTBorder[] {b.addNewTop(), b.addNewLeft(), b.addNewBottom(), b.addNewRight(),
                b.addNewInsideH(), b.addNewInsideV()}) {
            border.setVal(STBorder.SINGLE);
            border.setSz(BigInteger.valueOf(4));
        }
    }
}
