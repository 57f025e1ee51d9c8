package dev.gouji.extract;

import dev.gouji.model.Table;

/** Recognises performance indicator tables (绩效指标表, 自评表) by their header words. */
public final class IndicatorTables {
    private IndicatorTables() {
    }

    /**
     * The row holding the indicator header (一级指标 … 三级指标), or -1. Rows below it are indicator rows;
     * a 自评表 often has a budget block above its indicators.
     */
    public static int headerRow(Table t) {
        for (int r = 0; r < t.rowCount(); r++) {
            boolean level = false;
            boolean name = false;
            for (var cell : t.rows().get(r)) {
                String s = cell.normalized().replace(" ", "");
                if (s.equals("一级指标") || s.equals("二级指标")) {
                    level = true;
                }
                if (s.equals("三级指标") || s.equals("指标名称") || s.equals("指标内容")) {
                    name = true;
                }
            }
            if (level && name) {
                return r;
            }
        }
        return -1;
    }
}
