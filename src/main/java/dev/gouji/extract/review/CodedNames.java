package dev.gouji.extract.review;

import dev.gouji.extract.Evidences;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The classification codes of a report's tables with the names written beside them: a column that is mostly
 * codes (类 205, 款 20502, 项 2050205; 经济分类 301, 30101), read with the next column as the name, block by
 * block where a table sets two code | name | amount blocks side by side.
 */
final class CodedNames {
    private static final Pattern CODE = Pattern.compile("^\\d{3}(?:\\d{2}){0,2}$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private CodedNames() {
    }

    static void find(Document doc, List<CodedName> out) {
        for (Table t : doc.tables()) {
            for (int c = 0; c + 1 < t.columnCount(); c++) {
                if (codeColumn(t, c)) {
                    read(t, c, out);
                }
            }
        }
    }

    private static boolean codeColumn(Table t, int c) {
        int codes = 0;
        int filled = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            String s = own(t, r, c).map(Cell::normalized).orElse("").trim();
            if (!s.isEmpty()) {
                filled++;
                codes += CODE.matcher(s).matches() ? 1 : 0;
            }
        }
        return codes >= 3 && codes * 2 > filled;
    }

    private static void read(Table t, int c, List<CodedName> out) {
        for (int r = 0; r < t.rowCount(); r++) {
            Optional<Cell> code = own(t, r, c);
            if (code.isEmpty() || !CODE.matcher(code.get().normalized().trim()).matches()) {
                continue;
            }
            int next = c + code.get().colSpan();
            Optional<Cell> name = own(t, r, next);
            if (name.isEmpty() || !HAN.matcher(name.get().normalized()).find()) {
                continue;
            }
            out.add(new CodedName(code.get().normalized().trim(), name.get().normalized().trim(),
                    Evidences.ofCell(code.get().id(), code.get().text()), Evidences.ofCell(name.get().id(), name.get().text())));
        }
    }

    /** The cell that starts at (r, c); empty where a merged cell from above or the left covers it. */
    private static Optional<Cell> own(Table t, int r, int c) {
        return t.cellAt(r, c).filter(cell -> cell.row() == r && cell.col() == c);
    }
}
