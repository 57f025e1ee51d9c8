package dev.gouji.store;

import dev.gouji.model.Block;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The blocks of a document as JSON, for debugging readers (--dump-blocks). */
public final class BlockDump {
    private BlockDump() {
    }

    public static String json(Document doc) {
        List<Object> blocks = new ArrayList<>();
        for (Block b : doc.blocks()) {
            blocks.add(block(b));
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", doc.format());
        root.put("blocks", blocks);
        return RecordJson.pretty(root);
    }

    private static Object block(Block b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        if (b instanceof Paragraph p) {
            m.put("text", p.text().normalized());
        } else if (b instanceof Table t) {
            m.put("columns", t.columnCount());
            List<Object> rows = new ArrayList<>();
            for (List<Cell> row : t.rows()) {
                List<Object> cells = new ArrayList<>();
                for (Cell c : row) {
                    Map<String, Object> cm = new LinkedHashMap<>();
                    cm.put("id", c.id());
                    if (c.rowSpan() > 1) {
                        cm.put("row_span", c.rowSpan());
                    }
                    if (c.colSpan() > 1) {
                        cm.put("col_span", c.colSpan());
                    }
                    cm.put("text", c.normalized());
                    if (!c.nested().isEmpty()) {
                        cm.put("nested", c.nested().stream().map(BlockDump::block).toList());
                    }
                    cells.add(cm);
                }
                rows.add(cells);
            }
            m.put("rows", rows);
        }
        return m;
    }
}
