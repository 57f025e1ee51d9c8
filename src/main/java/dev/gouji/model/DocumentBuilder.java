package dev.gouji.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Collects blocks in reading order and numbers them: paragraphs p1, p2, … and tables t1, t2, … (1-based).
 * Blank paragraphs are dropped. A table that comes right after another table and starts with that table's
 * header rows (a table continued after a page break, its header repeated) is joined onto it.
 */
public final class DocumentBuilder {
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private final String format;
    private final List<Object> entries = new ArrayList<>(); // Paragraph or TableBuilder
    private int paragraphs;

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
            entries.add(new Paragraph("p" + (++paragraphs), t));
        }
        return this;
    }

    public DocumentBuilder table(TableBuilder table) {
        if (table.isEmpty()) {
            return this;
        }
        Object last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last instanceof TableBuilder previous) {
            int header = repeatedHeaderRows(previous, table);
            if (header > 0) {
                previous.appendRows(table, header);
                return this;
            }
        }
        entries.add(table);
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
        List<String> first = previous.rowTexts(0);
        long labels = first.stream().filter(s -> !s.isEmpty() && !HAS_DIGIT.matcher(s).matches()).count();
        return labels >= 2 ? n : 0;
    }

    public Document build() {
        List<Block> blocks = new ArrayList<>();
        int tables = 0;
        for (Object e : entries) {
            if (e instanceof Paragraph p) {
                blocks.add(p);
            } else {
                blocks.add(((TableBuilder) e).build("t" + (++tables)));
            }
        }
        return new Document(format, blocks);
    }
}
