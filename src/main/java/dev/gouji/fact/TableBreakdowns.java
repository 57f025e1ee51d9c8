package dev.gouji.fact;

import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the totals of a table from its structure, column by column, whatever the rows are called:
 * <ul>
 * <li>a 合计/总计 row sums the rows of the highest level below it (a total on top) or above it (a total at the
 * bottom);
 * <li>a row numbered at one level (一、, (一), 1., (1)) sums the rows numbered at the next level under it, and a
 * row's 「其中」 rows are some of its parts;
 * <li>a classification code (类 201, 款 20101, 项 2010101; 经济分类 301, 30101) sums the codes under it, read
 * across side-by-side blocks of code, name and amount columns in reading order.
 * </ul>
 * A blank cell under a total is a zero (disclosure tables leave zero lines blank); a dash or a word means the
 * part is not stated, and the total is not checked.
 */
public final class TableBreakdowns {
    private static final Pattern CODE = ClassificationCodes.CODE;
    private static final Pattern[] LEVELS = {
        Pattern.compile("^[一二三四五六七八九十]+[、.．]"),
        Pattern.compile("^[(（][一二三四五六七八九十]+[)）]"),
        Pattern.compile("^\\d+[、.．](?!\\d)"),
        Pattern.compile("^[(（]\\d+[)）]"),
        Pattern.compile("^[①-⑳]"),
    };
    private static final int UNNUMBERED = 9;

    private TableBreakdowns() {
    }

    public static List<Breakdown> find(Document doc, List<Fact> facts) {
        CellFacts byCell = CellFacts.of(facts, f -> f.money() && !f.candidate().indicatorTable());
        List<Breakdown> out = new ArrayList<>();
        for (Table t : doc.tables()) {
            if (!byCell.inTable(t.id())) {
                continue;
            }
            List<int[]> codeBlocks = codeBlocks(t);
            if (!codeBlocks.isEmpty()) {
                byCodes(t, codeBlocks, byCell, out);
            } else {
                byLevels(t, byCell, out);
            }
        }
        return out;
    }

    // ---- numbered rows and 合计 rows ----

    /** One row as one column of the table sees it. */
    private record Entry(int row, String label, int level, Fact fact, boolean stated, boolean listed) {
    }

    private static final int BOUNDARY = Integer.MIN_VALUE;
    private static final int QIZHONG = -1;
    private static final Pattern DASH = Pattern.compile("^[—－\\-/／无]+$");
    private static final Pattern BARE_NUMBER = Pattern.compile("[\\d.,，%\\s]*");
    private static final Pattern ENDS_TOTAL = Pattern.compile("(?:合计|小计|总计|共计)$");

    private static void byLevels(Table t, CellFacts byCell, List<Breakdown> out) {
        boolean[] labelColumns = new boolean[t.columnCount()];
        for (int c = 0; c < t.columnCount(); c++) {
            labelColumns[c] = isLabelColumn(t, c);
        }
        for (int c = 0; c < t.columnCount(); c++) {
            if (labelColumns[c]) {
                continue;
            }
            List<Entry> entries = entries(t, c, byCell, labelColumns);
            if (entries.stream().filter(e -> e.fact() != null).count() < 2) {
                continue;
            }
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                if (e.fact() == null || e.level() == QIZHONG) {
                    continue; // a 「其中」 row is a part, never the total of the rows after it
                }
                List<Entry> parts = e.level() == 0 ? totalParts(entries, i) : childrenOf(entries, i);
                if (parts.isEmpty() || parts.stream().anyMatch(p -> !p.stated())) {
                    continue;
                }
                boolean complete = parts.stream().noneMatch(p -> p.level() == QIZHONG);
                List<Fact> facts = parts.stream().map(Entry::fact).filter(f -> f != null).toList();
                if (!facts.isEmpty() && (parts.size() > 1 || !complete)) {
                    out.add(new Breakdown(e.fact(), facts, complete));
                }
            }
        }
    }

    /** The rows as column c sees them: each labelled by the text nearest left of c, headers and groups as boundaries. */
    private static List<Entry> entries(Table t, int c, CellFacts byCell, boolean[] labelColumns) {
        List<Entry> entries = new ArrayList<>();
        boolean inQizhong = false;
        for (int r = 0; r < t.rowCount(); r++) {
            Fact fact = byCell.at(t.id(), r, c);
            String here = t.cellAt(r, c).map(Cell::normalized).orElse("").trim();
            boolean blank = here.isEmpty();
            boolean dash = DASH.matcher(here).matches();
            if (fact == null && !blank && !dash) {
                entries.add(new Entry(r, here, BOUNDARY, null, false, false));
                inQizhong = false;
                continue;
            }
            String label = labelLeftOf(t, r, c, labelColumns);
            if (label.isEmpty()) {
                continue;
            }
            String plain = label.replace(" ", "");
            int level;
            if (ENDS_TOTAL.matcher(plain).find() && level(plain) == UNNUMBERED) {
                level = 0;
                inQizhong = false;
            } else if (plain.startsWith("其中")) {
                level = QIZHONG;
                inQizhong = true;
            } else {
                level = level(plain);
                if (inQizhong && level == UNNUMBERED) {
                    level = QIZHONG; // 「其中：公务用车购置费」 then 「公务用车运行维护费」: the list goes on
                } else {
                    inQizhong = false;
                }
            }
            entries.add(new Entry(r, plain, level, fact, fact != null || blank, plain.startsWith("其中")));
        }
        return entries;
    }

    /**
     * The parts of a total row: the rows after it when it opens its section, else the rows before it back to
     * the section's start; a total below an earlier total (总计 under 本年支出合计 and 年末结转) sums that total and
     * the rows after it.
     */
    private static List<Entry> totalParts(List<Entry> entries, int i) {
        int start = i;
        while (start > 0 && entries.get(start - 1).level() != BOUNDARY) {
            start--;
        }
        if (start == i) {
            int end = i + 1;
            while (end < entries.size() && entries.get(end).level() != BOUNDARY && entries.get(end).level() != 0) {
                end++;
            }
            return topLevel(entries, i + 1, end);
        }
        int previousTotal = -1;
        for (int j = i - 1; j >= start; j--) {
            if (entries.get(j).level() == 0) {
                previousTotal = j;
                break;
            }
        }
        if (previousTotal >= 0 && previousTotal > start) {
            List<Entry> parts = new ArrayList<>(List.of(entries.get(previousTotal)));
            parts.addAll(topLevel(entries, previousTotal + 1, i));
            return parts;
        }
        return topLevel(entries, start, i);
    }

    private static List<Entry> topLevel(List<Entry> entries, int from, int to) {
        int top = Integer.MAX_VALUE;
        for (int j = from; j < to; j++) {
            if (entries.get(j).level() > 0) {
                top = Math.min(top, entries.get(j).level());
            }
        }
        List<Entry> out = new ArrayList<>();
        for (int j = from; j < to; j++) {
            if (entries.get(j).level() == top) {
                out.add(entries.get(j));
            }
        }
        return out;
    }

    /**
     * The rows right under row i: its 「其中」 rows, or, for a numbered row, the rows numbered at the next level
     * down until a row at its own level, an unnumbered row or a boundary.
     */
    private static List<Entry> childrenOf(List<Entry> entries, int i) {
        int level = entries.get(i).level();
        // the rows after a 「其中」 row may go on with the list or start something else: only the row that says
        // 其中 is surely a part
        List<Entry> qizhong = new ArrayList<>();
        for (int j = i + 1; j < entries.size() && entries.get(j).level() == QIZHONG; j++) {
            if (entries.get(j).listed()) {
                qizhong.add(entries.get(j));
            }
        }
        if (!qizhong.isEmpty() || level == QIZHONG || level == UNNUMBERED) {
            return qizhong;
        }
        int end = i + 1;
        while (end < entries.size()) {
            int l = entries.get(end).level();
            if (l == BOUNDARY || l == 0 || l == UNNUMBERED || l > 0 && l <= level) {
                break;
            }
            end++;
        }
        return topLevel(entries, i + 1, end);
    }

    private static int level(String label) {
        for (int l = 0; l < LEVELS.length; l++) {
            if (LEVELS[l].matcher(label).find()) {
                return l + 1;
            }
        }
        return UNNUMBERED;
    }

    /**
     * The row's label as column c sees it: the text in the nearest label column left of c (a column mostly of
     * words), so that in a table of 收入 and 支出 side by side the 支出 amounts take the 支出 side's labels.
     */
    private static String labelLeftOf(Table t, int r, int c, boolean[] labelColumns) {
        for (int col = c - 1; col >= 0; col--) {
            if (labelColumns[col]) {
                String s = t.cellAt(r, col).map(Cell::normalized).orElse("").trim();
                return BARE_NUMBER.matcher(s).matches() || DASH.matcher(s).matches() ? "" : s;
            }
        }
        return "";
    }

    private static boolean isLabelColumn(Table t, int col) {
        int words = 0;
        int filled = 0;
        for (int r = 0; r < t.rowCount(); r++) {
            String s = text(t, r, col);
            if (!s.isEmpty()) {
                filled++;
                words += BARE_NUMBER.matcher(s).matches() || DASH.matcher(s).matches() ? 0 : 1;
            }
        }
        return filled > 0 && words * 2 > filled;
    }

    // ---- classification codes ----

    /** The code, name and amount columns of each side-by-side block: {code column, amount column}. */
    private static List<int[]> codeBlocks(Table t) {
        return ClassificationCodes.blocks(t);
    }

    private static void byCodes(Table t, List<int[]> blocks, CellFacts byCell, List<Breakdown> out) {
        // the amount columns of a block, read in order: the first block's rows, then the next block's
        int width = blocks.get(0)[1] - blocks.get(0)[0];
        for (int offset = 1; offset <= width; offset++) {
            List<String> codes = new ArrayList<>();
            List<Fact> amounts = new ArrayList<>();
            List<Boolean> blanks = new ArrayList<>();
            for (int[] block : blocks) {
                int c = block[0] + offset;
                if (c > block[1]) {
                    continue;
                }
                for (int r = 0; r < t.rowCount(); r++) {
                    String code = text(t, r, block[0]);
                    if (!CODE.matcher(code).matches()) {
                        continue;
                    }
                    codes.add(code);
                    amounts.add(byCell.at(t.id(), r, c));
                    blanks.add(blank(t, r, c));
                }
            }
            for (int i = 0; i < codes.size(); i++) {
                Fact total = amounts.get(i);
                if (total == null) {
                    continue;
                }
                List<Fact> parts = new ArrayList<>();
                boolean stated = true;
                int children = 0;
                for (int j = 0; j < codes.size(); j++) {
                    if (codes.get(j).length() == codes.get(i).length() + 2 && codes.get(j).startsWith(codes.get(i))) {
                        children++;
                        if (amounts.get(j) != null) {
                            parts.add(amounts.get(j));
                        } else {
                            stated &= blanks.get(j);
                        }
                    }
                }
                if (children > 0 && stated && !parts.isEmpty()) {
                    out.add(new Breakdown(total, parts, true));
                }
            }
        }
    }

    // ---- cells ----

    private static String text(Table t, int r, int c) {
        return t.cellStartingAt(r, c).map(Cell::normalized).orElse("").trim();
    }

    /** A cell with nothing in it: a zero in a disclosure table. */
    private static boolean blank(Table t, int r, int c) {
        return text(t, r, c).isEmpty();
    }
}
