package dev.gouji.model;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects blocks in reading order and numbers them: paragraphs p1, p2, … and tables t1, t2, … (1-based).
 * Blank paragraphs are dropped. A table that comes right after another table and starts with that table's
 * header rows (a table continued after a page break, its header repeated) is joined onto it.
 *
 * <p>Readers report what they read only partially as warnings: {@link #warnNext} for the block about to be
 * added (the paragraph holding a skipped image, the table holding it), {@link #warning} for none. A warning
 * whose block turns out blank (an image alone in its paragraph) concerns no block and says where it stood.
 */
public final class DocumentBuilder {
    private final String format;
    private final List<Object> entries = new ArrayList<>(); // Paragraph or TableBuilder
    private int paragraphs;
    private final List<PendingWarning> warnings = new ArrayList<>();
    private final List<PendingWarning> unplaced = new ArrayList<>();

    /** A warning and the entry it concerns (Paragraph or TableBuilder), or the entry it came after. */
    private static final class PendingWarning {
        final String code;
        final String message;
        final boolean located;
        Object entry;
        Object after;

        PendingWarning(String code, String message, boolean located) {
            this.code = code;
            this.message = message;
            this.located = located;
        }
    }

    public DocumentBuilder(String format) {
        this.format = format;
    }

    public DocumentBuilder paragraph(String text) {
        return paragraph(text, 0);
    }

    /** A paragraph that starts on 1-based {@code page} of a paged format. */
    public DocumentBuilder paragraph(String text, int page) {
        NormalizedText t = NormalizedText.of(text, page);
        if (!t.isBlank()) {
            Paragraph p = new Paragraph("p" + (++paragraphs), t);
            entries.add(p);
            place(p);
        } else {
            place(null);
        }
        return this;
    }

    /** A warning about the next block added (paragraph or table); none if that block is blank. */
    public DocumentBuilder warnNext(String code, String message) {
        PendingWarning w = new PendingWarning(code, message, true);
        warnings.add(w);
        unplaced.add(w);
        return this;
    }

    /** A warning that concerns no block (a part of the file, the document as a whole). */
    public DocumentBuilder warning(String code, String message) {
        warnings.add(new PendingWarning(code, message, false));
        return this;
    }

    private void place(Object entry) {
        for (PendingWarning w : unplaced) {
            w.entry = entry;
            w.after = entries.isEmpty() || entry != null ? null : entries.get(entries.size() - 1);
        }
        unplaced.clear();
    }

    public DocumentBuilder table(TableBuilder table) {
        if (table.isEmpty()) {
            place(null);
            return this;
        }
        Object last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last instanceof TableBuilder previous) {
            int header = repeatedHeaderRows(previous, table);
            if (header > 0) {
                previous.appendRows(table, header);
                place(previous);
                return this;
            }
        }
        entries.add(table);
        place(table);
        return this;
    }

    /** How many leading rows of {@code next} repeat the leading rows of {@code previous} (0 if none). */
    static int repeatedHeaderRows(TableBuilder previous, TableBuilder next) {
        int n = 0;
        while (n < previous.rowCount() && n < next.rowCount() && n < 3) {
            List<String> a = previous.rowTexts(n);
            List<String> b = next.rowTexts(n);
            if (!a.equals(b) || a.stream().allMatch(String::isEmpty) || n + 1 >= next.rowCount()) {
                break;
            }
            n++;
        }
        if (n == 0) {
            return 0;
        }
        // one repeated row counts only when it reads as a header: several non-numeric labels
        return HeaderRow.readsAsHeader(previous.rowTexts(0)) ? n : 0;
    }

    public Document build() {
        place(null);
        List<Block> blocks = new ArrayList<>();
        Map<Object, String> ids = new IdentityHashMap<>();
        int tables = 0;
        for (Object e : entries) {
            Block b = e instanceof Paragraph p ? p : ((TableBuilder) e).build("t" + (++tables));
            blocks.add(b);
            ids.put(e, b.id());
        }
        List<ReadWarning> read = new ArrayList<>();
        for (PendingWarning w : warnings) {
            if (w.entry != null) {
                read.add(new ReadWarning(w.code, w.message, ids.get(w.entry)));
            } else if (w.located) {
                String where = w.after == null ? "at the start of the document" : "after " + ids.get(w.after);
                read.add(new ReadWarning(w.code, w.message + " (" + where + ")", null));
            } else {
                read.add(new ReadWarning(w.code, w.message, null));
            }
        }
        return new Document(format, blocks, read);
    }
}
