package dev.gouji.report;

import dev.gouji.record.ReportRecord;
import java.io.IOException;

/**
 * One review output file, fed record by record. Nothing appears under the final name until
 * {@link #commit()}: the content goes to a temporary file that is renamed into place; {@link #close()}
 * without a commit removes it.
 */
interface ReportOutput extends AutoCloseable {
    void add(ReportRecord record) throws IOException;

    /** The cross-report series and findings, once every record is added and before the commit. */
    void addAcross(dev.gouji.across.Across.Result across) throws IOException;

    void commit() throws IOException;

    @Override
    void close() throws IOException;
}
