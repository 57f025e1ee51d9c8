package dev.gouji.extract.review;

import dev.gouji.model.Block;
import dev.gouji.model.Cell;
import dev.gouji.model.Document;
import dev.gouji.model.NormalizedText;
import dev.gouji.model.Paragraph;
import dev.gouji.model.Table;
import java.util.ArrayList;
import java.util.List;

/** Every piece of running text of a document in reading order: its paragraphs, and its table cells one by one. */
record TextSpans(String id, NormalizedText text, boolean cell) {

    static List<TextSpans> of(Document doc) {
        List<TextSpans> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            if (b instanceof Paragraph p) {
                out.add(new TextSpans(p.id(), p.text(), false));
            } else if (b instanceof Table t) {
                cells(t, out);
            }
        }
        return out;
    }

    private static void cells(Table t, List<TextSpans> out) {
        for (Cell c : t.cells()) {
            if (!c.text().isBlank()) {
                out.add(new TextSpans(c.id(), c.text(), true));
            }
            for (Table nested : c.nested()) {
                cells(nested, out);
            }
        }
    }
}
