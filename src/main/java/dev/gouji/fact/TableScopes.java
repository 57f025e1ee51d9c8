package dev.gouji.fact;

import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Whose figures a table holds. A table that names its project in a key-value row (「项目名称 | 基本公共卫生服务
 * 补助资金」, the head of a 项目支出绩效自评表) holds that project's figures, not the department's — except in a
 * project self-evaluation about that one project, where the project is what the report is about. A table whose
 * row labels stand under 项目名称 lists projects row by row.
 */
final class TableScopes {
    /** The scope of a project table's total row: the projects together, not the department. */
    static final String PROJECT_TOTAL = "项目合计";
    private static final Pattern NAME_KEY = Pattern.compile("^(?:项目|专项|资金)名称$");
    private static final Pattern PROJECT_ROWS = Pattern.compile("(?:项目|专项|资金)名称");
    private static final Pattern HEADER_WORDS = Pattern.compile("预算|执行|决算|金额|单位|名称|[数率]$|(?:19|20)\\d{2}年|序号");

    private final Map<String, String> scopes;

    private TableScopes(Map<String, String> scopes) {
        this.scopes = scopes;
    }

    static TableScopes of(Document doc, String reportKind) {
        Map<String, String> named = new HashMap<>();
        collect(doc.tables(), named);
        if ("project_self_evaluation".equals(reportKind) && named.values().stream().distinct().count() == 1) {
            named.clear();
        }
        return new TableScopes(named);
    }

    private static void collect(List<Table> tables, Map<String, String> named) {
        for (Table t : tables) {
            String name = projectName(t);
            if (name != null) {
                named.put(t.id(), name);
            }
            for (List<Cell> row : t.rows()) {
                for (Cell c : row) {
                    collect(c.nested(), named);
                }
            }
        }
    }

    /** The project a key-value row of the table's first rows names, or null. */
    private static String projectName(Table t) {
        for (int r = 0; r < Math.min(3, t.rowCount()); r++) {
            List<Cell> cells = t.rows().get(r).stream().filter(c -> !c.normalized().isBlank()).distinct().toList();
            if (cells.size() > 4) {
                continue;
            }
            for (int i = 0; i + 1 < cells.size(); i++) {
                String key = cells.get(i).normalized().replace(" ", "");
                String value = cells.get(i + 1).normalized().trim();
                if (NAME_KEY.matcher(key).matches() && !HEADER_WORDS.matcher(value.replace(" ", "")).find()) {
                    return value;
                }
            }
        }
        return null;
    }

    /** The project the table's figures belong to, or null for the department's. */
    String scopeOf(String tableId) {
        return scopes.get(tableId);
    }

    /** Whether a row label standing under {@code rowHeader} names a project. */
    boolean projectRows(String rowHeader) {
        return rowHeader != null && PROJECT_ROWS.matcher(rowHeader.replace(" ", "")).find();
    }
}
