package dev.gouji.read;

import dev.gouji.model.Document;
import dev.gouji.model.DocumentBuilder;
import dev.gouji.model.TableBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.hssf.usermodel.HSSFSimpleShape;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.ObjectData;
import org.apache.poi.ss.usermodel.Picture;
import org.apache.poi.ss.usermodel.Shape;
import org.apache.poi.ss.usermodel.ShapeContainer;
import org.apache.poi.ss.usermodel.SimpleShape;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;

/**
 * Excel workbooks, .xlsx or .xls (one instance per format): each non-empty sheet becomes its name as a
 * paragraph followed by one table. Cells read as Excel shows them (thousands separators, decimals as
 * formatted); formulas give their cached result, never re-evaluated, so figures match what the department
 * saw. Merged regions become spans carried by the top-left cell.
 */
public final class SpreadsheetReader implements DocumentReader {
    private final String format;

    public SpreadsheetReader(String format) {
        if (!format.equals("xlsx") && !format.equals("xls")) {
            throw new IllegalArgumentException("not a spreadsheet format: " + format);
        }
        this.format = format;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public Document read(byte[] content, ReadLimits limits) throws ReadException {
        try (Workbook wb = open(content)) {
            DataFormatter formatter = new DataFormatter(Locale.CHINA);
            formatter.setUseCachedValuesForFormulaCells(true);
            DocumentBuilder doc = new DocumentBuilder(format);
            long chars = 0;
            for (Sheet sheet : wb) {
                SheetGrid grid = new SheetGrid(sheet, formatter);
                chars += grid.chars;
                if (chars > limits.maxTextChars()) {
                    throw ReadFailures.tooMuchText(kind(), limits.maxTextChars());
                }
                if (grid.lastRow < 0) {
                    continue;
                }
                doc.paragraph(sheet.getSheetName());
                drawings(sheet, doc);
                doc.table(grid.table());
            }
            Document result = doc.build();
            if (result.blocks().isEmpty()) {
                throw new ReadException(ErrorCode.EMPTY, "every sheet of the workbook is empty");
            }
            return result;
        } catch (IOException e) {
            throw ReadFailures.classify(kind(), e);
        }
    }

    /**
     * Warnings, on the sheet's table, for what its drawing layer holds and gouji does not read: pictures,
     * charts, embedded objects, text boxes and other shapes with text.
     */
    private static void drawings(Sheet sheet, DocumentBuilder doc) {
        Drawing<?> drawing;
        try {
            drawing = sheet.getDrawingPatriarch();
        } catch (RuntimeException e) {
            doc.warnNext("parts_unchecked", "could not look at the drawings of sheet " + sheet.getSheetName() + " ("
                    + e.getClass().getSimpleName() + "): pictures, charts or text boxes there may be missing");
            return;
        }
        if (drawing == null) {
            return;
        }
        int pictures = 0;
        int objects = 0;
        int charts = 0;
        int texts = 0;
        for (Shape shape : drawing) {
            if (shape instanceof ObjectData) { // before Picture: an .xls object is a picture too
                objects++;
            } else if (shape instanceof Picture) {
                pictures++;
            } else if (shape instanceof XSSFGraphicFrame) {
                charts++;
            } else if (shape instanceof SimpleShape simple && hasText(simple)) {
                texts++;
            } else if (shape instanceof ShapeContainer<?>) {
                texts++; // a group: its pieces may hold text or pictures
            }
        }
        String where = " on sheet " + sheet.getSheetName();
        if (pictures > 0) {
            doc.warnNext("image_skipped", notRead(pictures, "picture", "pictures", where) + " (no OCR)");
        }
        if (charts > 0) {
            doc.warnNext("chart_skipped", notRead(charts, "chart", "charts", where)
                    + ": figures that stand only in them are missing");
        }
        if (objects > 0) {
            doc.warnNext("object_skipped", notRead(objects, "embedded object", "embedded objects", where));
        }
        if (texts > 0) {
            doc.warnNext("text_box_skipped", notRead(texts, "text box or shape group", "text boxes or shape groups", where)
                    + ": text in them is missing");
        }
    }

    private static boolean hasText(SimpleShape shape) {
        return shape instanceof XSSFSimpleShape x ? !x.getText().isBlank()
                : shape instanceof HSSFSimpleShape h && h.getString() != null && !h.getString().getString().isBlank();
    }

    private static String notRead(int n, String one, String many, String where) {
        return n + " " + (n == 1 ? one : many) + where + (n == 1 ? " was" : " were") + " not read";
    }

    private Workbook open(byte[] content) throws ReadException {
        try {
            return WorkbookFactory.create(new ByteArrayInputStream(content));
        } catch (IOException | RuntimeException e) {
            throw ReadFailures.classify(kind(), e);
        }
    }

    private FileKind kind() {
        return FileKind.ofFormat(format, FileKind.XLSX);
    }

    /** A sheet's displayed texts and merged regions, trimmed to the last row and column holding text. */
    private static final class SheetGrid {
        final Map<Long, String> texts = new HashMap<>();
        final Map<Long, CellRangeAddress> merged = new HashMap<>();
        int lastRow = -1;
        int lastCol = -1;
        long chars;

        SheetGrid(Sheet sheet, DataFormatter formatter) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    String t = formatter.formatCellValue(cell);
                    if (t.isBlank()) {
                        continue;
                    }
                    texts.put(key(cell.getRowIndex(), cell.getColumnIndex()), t);
                    chars += t.length();
                    lastRow = Math.max(lastRow, cell.getRowIndex());
                    lastCol = Math.max(lastCol, cell.getColumnIndex());
                }
            }
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        merged.put(key(r, c), region);
                    }
                }
            }
        }

        TableBuilder table() {
            TableBuilder tb = new TableBuilder();
            for (int r = 0; r <= lastRow; r++) {
                tb.startRow();
                for (int c = 0; c <= lastCol; c++) {
                    CellRangeAddress region = merged.get(key(r, c));
                    if (region == null) {
                        tb.cell(texts.getOrDefault(key(r, c), ""));
                        continue;
                    }
                    if (c != region.getFirstColumn()) {
                        continue; // covered from the left: the first column's cell already spans it
                    }
                    int colSpan = Math.min(region.getLastColumn(), lastCol) - c + 1;
                    if (r == region.getFirstRow()) {
                        tb.cell(texts.getOrDefault(key(r, c), ""), colSpan, 1);
                    } else {
                        tb.mergedFromAbove(colSpan);
                    }
                }
            }
            return tb;
        }

        private static long key(int row, int col) {
            return ((long) row << 32) | (col & 0xffffffffL);
        }
    }
}
