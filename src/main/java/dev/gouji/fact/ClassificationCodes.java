package dev.gouji.fact;

import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The classification codes of a table (功能分类科目编码 2010801, 经济分类科目编码 30201): a column mostly of 3-, 5-
 * or 7-digit codes heads a block of columns up to the next such column (a 基本支出表 sets blocks side by side);
 * a figure in a coded row of a block is that code's.
 */
public final class ClassificationCodes {
    static final Pattern CODE = Pattern.compile("^\\d{3}(?:\\d{2}){0,2}$");
    /** A code column holds at least this many codes, and codes in more than half of its filled cells. */
    private static final int MIN_CODES = 3;

    private ClassificationCodes() {
    }

    /** Whether a cell's text is a classification code: 3 digits (类), 5 (款) or 7 (项). */
    public static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    /** The code and amount columns of each side-by-side block: {code column, last column of the block}. */
    static List<int[]> blocks(Table t) {
        List<int[]> blocks = new ArrayList<>();
        for (int c = 0; c < t.columnCount(); c++) {
            int codes = 0;
            int filled = 0;
            for (int r = 0; r < t.rowCount(); r++) {
                String s = origin(t, r, c);
                if (!s.isEmpty()) {
                    filled++;
                    codes += CODE.matcher(s).matches() ? 1 : 0;
                }
            }
            if (codes >= MIN_CODES && codes * 2 > filled) {
                blocks.add(new int[] {c, -1});
            }
        }
        for (int b = 0; b < blocks.size(); b++) {
            int end = b + 1 < blocks.size() ? blocks.get(b + 1)[0] : t.columnCount();
            blocks.get(b)[1] = end - 1;
        }
        return blocks;
    }

    /** The text of the cell that starts at (r, c); "" where a merged cell only covers it. */
    private static String origin(Table t, int r, int c) {
        return t.cellStartingAt(r, c).map(cell -> cell.normalized().trim()).orElse("");
    }

    /** The code of the row a cell of a coded block stands in; null outside a block or in an uncoded row. */
    static String codeAt(Table t, List<int[]> blocks, int row, int col) {
        for (int[] b : blocks) {
            if (col > b[0] && col <= b[1]) {
                String code = origin(t, row, b[0]);
                return CODE.matcher(code).matches() ? code : null;
            }
        }
        return null;
    }
}
