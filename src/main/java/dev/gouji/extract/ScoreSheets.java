package dev.gouji.extract;

import dev.gouji.fact.Breakdown;
import dev.gouji.fact.CellFacts;
import dev.gouji.fact.Fact;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The scores of a self-evaluation table and the total they must make: the score of each indicator row (a row
 * naming its indicator, so that a 评分表 scoring every level is not counted twice) plus the score the table gives
 * for budget execution above its indicators (the 得分 of its 年度资金总额 row), against its 总分/合计 row.
 */
public final class ScoreSheets {
    private static final Pattern TOTAL_ROW = Pattern.compile("^(?:总分|合计|总计|得分合计|综合得分|总得分|评分合计|自评得分|总体得分)$");
    private static final Pattern SCORE_HEADER = Pattern.compile("得分$");

    private ScoreSheets() {
    }

    public static List<Breakdown> find(Document doc, List<Fact> facts) {
        CellFacts byCell = CellFacts.of(facts, f -> true);
        List<Breakdown> out = new ArrayList<>();
        for (Table t : doc.tables()) {
            int header = IndicatorTables.headerRow(t);
            if (header < 0) {
                continue;
            }
            IndicatorColumns cols = IndicatorColumns.read(t, header);
            int name = cols.of(IndicatorColumns.Role.NAME);
            int score = cols.of(IndicatorColumns.Role.SCORE);
            if (name < 0 || score < 0) {
                continue;
            }
            List<Fact> items = new ArrayList<>();
            Fact total = null;
            for (int r = header + 1; r < t.rowCount(); r++) {
                String first = firstText(t, r).replace(" ", "");
                if (TOTAL_ROW.matcher(first.replaceAll("[\\s:：]", "")).matches()) {
                    total = lastFigure(t, r, byCell);
                    break;
                }
                final int row = r;
                boolean named = t.cellAt(r, name).filter(c -> c.row() == row && !c.normalized().isBlank()).isPresent();
                Fact item = byCell.at(t.id(), r, score);
                if (named && item != null) {
                    items.add(item);
                }
            }
            if (total == null || items.size() < 3) {
                continue;
            }
            Fact funds = fundsScore(t, header, byCell);
            if (funds != null) {
                items.add(0, funds);
            }
            out.add(new Breakdown(total, items, true));
        }
        return out;
    }

    /** The score a 自评表 gives budget execution: the first figure under a 得分 header above the indicators. */
    private static Fact fundsScore(Table t, int header, CellFacts byCell) {
        for (int r = 0; r < header; r++) {
            for (Cell cell : t.rows().get(r)) {
                Fact f = byCell.at(t.id(), cell.row(), cell.col());
                if (f != null && cell.row() == r && SCORE_HEADER.matcher(f.candidate().column().replace(" ", "")).find()) {
                    return f;
                }
            }
        }
        return null;
    }

    private static String firstText(Table t, int r) {
        for (Cell cell : t.rows().get(r)) {
            if (!cell.normalized().isBlank()) {
                return cell.normalized();
            }
        }
        return "";
    }

    /** The total row's score: its last figure (「总分 | 100 | 99.65」 gives the maximum, then the score). */
    private static Fact lastFigure(Table t, int r, CellFacts byCell) {
        Fact last = null;
        for (int c = 0; c < t.columnCount(); c++) {
            Fact f = byCell.at(t.id(), r, c);
            if (f != null) {
                last = f;
            }
        }
        return last;
    }
}
