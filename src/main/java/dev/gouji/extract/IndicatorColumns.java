package dev.gouji.extract;

import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one performance indicator table, recognised by the words of its header row. A column
 * gouji does not read has no role; a role the table lacks has no column ({@link #of} gives -1).
 */
final class IndicatorColumns {
    enum Role {
        LEVEL1, LEVEL2, NAME, TARGET, ACTUAL, WEIGHT, SCORE, NOTE, COMPARATOR, UNIT, REMARK
    }

    private final Map<Role, Integer> columns;

    private IndicatorColumns(Map<Role, Integer> columns) {
        this.columns = columns;
    }

    /** The column holding {@code role}, or -1. */
    int of(Role role) {
        return columns.getOrDefault(role, -1);
    }

    static IndicatorColumns read(Table t, int header) {
        Map<Role, Integer> found = new EnumMap<>(Role.class);
        List<Integer> weights = new ArrayList<>();
        for (int col = 0; col < t.columnCount(); col++) {
            // only headers of this row: a cell merged down from above (绩效目标 over 一级指标…) names a group
            final int column = col;
            String h = t.cellAt(header, col).filter(cell -> cell.row() == header && cell.col() == column)
                    .map(cell -> cell.normalized()).orElse("").replace(" ", "");
            Role role = h.isEmpty() ? null : role(h);
            if (role == Role.WEIGHT) {
                weights.add(col);
            } else if (role != null) {
                found.putIfAbsent(role, col);
            }
        }
        if (!weights.isEmpty()) {
            found.put(Role.WEIGHT, rowWeight(weights, found.getOrDefault(Role.NAME, -1)));
        }
        return new IndicatorColumns(found);
    }

    /**
     * A 评分表 may give a weight at every level (分值 after 一级指标, after 二级指标, after 三级指标); the
     * weight of the indicator row is the one standing after the indicator's name. A single weight column
     * is the row's weight wherever it stands.
     */
    private static int rowWeight(List<Integer> weights, int name) {
        return weights.stream().filter(c -> c > name).findFirst().orElse(weights.get(0));
    }

    /** The role of a header cell; null for a column gouji does not read. The order of the tests matters. */
    private static Role role(String h) {
        if (h.equals("一级指标")) {
            return Role.LEVEL1;
        }
        if (h.equals("二级指标")) {
            return Role.LEVEL2;
        }
        if (h.contains("三级指标") || h.equals("指标名称") || h.equals("指标内容") || h.equals("绩效指标名称")) {
            return Role.NAME;
        }
        if (h.contains("指标值类型") || h.equals("指标类型")) {
            return Role.COMPARATOR;
        }
        if (h.equals("度量单位") || h.equals("计量单位") || h.equals("单位")) {
            return Role.UNIT;
        }
        if (h.contains("原因") || h.contains("扣)分标准") || h.contains("扣分标准") || h.contains("评分标准")
                || h.contains("改进措施")) {
            return Role.NOTE;
        }
        if (h.contains("完成值") || h.contains("完成情况") || h.contains("实际值") || h.contains("实际完成") || h.equals("实际")) {
            return Role.ACTUAL;
        }
        if (h.contains("得分") || h.equals("评分")) {
            return Role.SCORE;
        }
        if (h.contains("分值") || h.contains("权重") || h.equals("标准分") || h.equals("满分")) {
            return Role.WEIGHT;
        }
        if (h.equals("指标值") || h.contains("指标值") && !h.contains("内容") || h.contains("目标值") || h.equals("绩效目标")
                || h.equals("预期目标") || h.equals("年度目标") || h.equals("计划值") || h.contains("预期值")) {
            return Role.TARGET;
        }
        if (h.equals("备注")) {
            return Role.REMARK;
        }
        return null;
    }
}
