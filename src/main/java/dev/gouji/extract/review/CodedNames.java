package dev.gouji.extract.review;

import dev.gouji.extract.Evidences;
import dev.gouji.fact.ClassificationCodes;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import dev.gouji.record.Evidence;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The classification codes of a report's tables with the names written beside them: a column that is mostly
 * codes (类 205, 款 20502, 项 2050205; 经济分类 301, 30101), read with the next column as the name, block by
 * block where a table sets two code | name | amount blocks side by side; or a column whose cells hold both
 * (「2050205 高等教育」).
 */
final class CodedNames {
    /** A code and its name in one cell (「2010101 行政运行」), as a table whose columns ran together writes them. */
    private static final Pattern CODE_AND_NAME = Pattern.compile("^(\\d{3}(?:\\d{2}){0,2})\\s+(\\p{IsHan}.*)$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    private CodedNames() {
    }

    static void find(Document doc, List<CodedName> out) {
        for (Table t : doc.tables()) {
            for (int c = 0; c < t.columnCount(); c++) {
                if (codeColumn(t, c)) {
                    if (together(t, c)) {
                        readTogether(t, c, out);
                    } else {
                        read(t, c, out);
                    }
                }
            }
        }
    }

    /**
     * Whether column {@code c} is a column of classification codes: mostly codes, and codes that nest (a 款 or 项
     * code under a 类 or 款 code of the same column), which counts (「120」, 「300 人次」) never do.
     */
    private static boolean codeColumn(Table t, int c) {
        int filled = 0;
        java.util.Set<String> codes = new java.util.HashSet<>();
        for (int r = 0; r < t.rowCount(); r++) {
            String s = t.cellStartingAt(r, c).map(Cell::normalized).orElse("").trim();
            if (s.isEmpty()) {
                continue;
            }
            filled++;
            var together = CODE_AND_NAME.matcher(s);
            if (ClassificationCodes.isCode(s)) {
                codes.add(s);
            } else if (together.matches()) {
                codes.add(together.group(1));
            }
        }
        boolean nested = codes.stream().anyMatch(code -> code.length() > 3 && codes.contains(code.substring(0, code.length() - 2)));
        return nested && codes.size() >= 3 && codes.size() * 2 > filled;
    }

    /** Whether a code and its name share column {@code c}'s cells. */
    private static boolean together(Table t, int c) {
        return t.cells().stream().anyMatch(cell -> cell.col() == c && CODE_AND_NAME.matcher(cell.normalized().trim()).matches());
    }

    private static void read(Table t, int c, List<CodedName> out) {
        for (int r = 0; r < t.rowCount(); r++) {
            Optional<Cell> code = t.cellStartingAt(r, c);
            if (code.isEmpty() || !ClassificationCodes.isCode(code.get().normalized().trim())) {
                continue;
            }
            int next = c + code.get().colSpan();
            Optional<Cell> name = t.cellStartingAt(r, next);
            if (name.isEmpty() || !HAN.matcher(name.get().normalized()).find()) {
                continue;
            }
            out.add(new CodedName(code.get().normalized().trim(), name.get().normalized().trim(),
                    Evidences.ofCell(code.get().id(), code.get().text()), Evidences.ofCell(name.get().id(), name.get().text())));
        }
    }

    private static void readTogether(Table t, int c, List<CodedName> out) {
        for (int r = 0; r < t.rowCount(); r++) {
            Optional<Cell> cell = t.cellStartingAt(r, c);
            if (cell.isEmpty()) {
                continue;
            }
            var m = CODE_AND_NAME.matcher(cell.get().normalized().trim());
            if (m.matches()) {
                Evidence e = Evidences.ofCell(cell.get().id(), cell.get().text());
                out.add(new CodedName(m.group(1), m.group(2).trim(), e, e));
            }
        }
    }
}
