package dev.gouji.report;

import dev.gouji.record.Finding;
import dev.gouji.record.ReportRecord;
import dev.gouji.store.OutputWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * DIR/findings.csv: the 问题 sheet as CSV. UTF-8 with a byte-order mark (so Excel opens the Chinese text
 * correctly), RFC 4180 (comma, CRLF, fields with comma, quote or line break quoted, quotes doubled),
 * numbers as plain decimals as in reports.jsonl, text that a spreadsheet would read as a formula prefixed
 * with {@code '} ({@link CellText}).
 */
public final class FindingsCsv implements ReportOutput {
    private final Path target;
    private final Path tmp;
    /** The file itself, kept to close it when closing the writer fails (its encoder then leaves the file open). */
    private final java.io.OutputStream file;
    private final CSVPrinter printer;
    private boolean committed;

    public FindingsCsv(Path target) throws IOException {
        this.target = target;
        this.tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.file = Files.newOutputStream(tmp);
        BufferedWriter out = new BufferedWriter(new java.io.OutputStreamWriter(file, StandardCharsets.UTF_8));
        out.write('\uFEFF');
        this.printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(FindingRows.HEADER);
    }

    @Override
    public void add(ReportRecord record) throws IOException {
        for (Finding f : record.findings()) {
            printer.printRecord(cells(FindingRows.row(record, f)));
        }
    }

    private static List<Object> cells(List<Object> row) {
        List<Object> cells = new ArrayList<>();
        for (Object c : row) {
            if (c instanceof BigDecimal b) {
                cells.add(b.toPlainString());
            } else {
                cells.add(c instanceof String s ? CellText.neutralise(s) : c);
            }
        }
        return cells;
    }

    @Override
    public void addAcross(dev.gouji.across.Across.Result across) throws IOException {
        for (dev.gouji.across.CrossFinding f : across.findings()) {
            printer.printRecord(cells(FindingRows.row(f)));
        }
    }

    @Override
    public void commit() throws IOException {
        try {
            printer.close();
        } finally {
            file.close();
        }
        OutputWriter.move(tmp, target);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                printer.close(); // flushes what is buffered: on a full disk this throws, and the file must still go
            } finally {
                file.close();
                Files.deleteIfExists(tmp);
            }
        }
    }
}
