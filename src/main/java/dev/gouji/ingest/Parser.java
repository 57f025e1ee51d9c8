package dev.gouji.ingest;

import dev.gouji.read.ErrorCode;
import java.io.IOException;

/**
 * Turns one input file into its record JSON, within a time limit, for one parallel job. Two kinds:
 * {@link ForkedParser} (a worker JVM, the default) and {@link ThreadParser} (in this JVM, for tests and
 * debugging), chosen by {@code gouji.ingest.isolation}.
 */
interface Parser extends AutoCloseable {
    /** What became of a file: a record made by the pipeline, or a failure the parser saw from outside. */
    sealed interface Outcome permits Done, Failed {
    }

    /** The pipeline ran: its record JSON (one line, UTF-8), the milliseconds it took, and the block dump if asked for. */
    record Done(byte[] recordJson, long processMillis, String blocksJson) implements Outcome {
    }

    /** The pipeline did not finish: {@code code} is the record's error code (timeout, too_large, internal_error). */
    record Failed(ErrorCode code, String message, long processMillis) implements Outcome {
    }

    Outcome parse(InputFiles.Input input, boolean blocks) throws IOException, InterruptedException;

    /** A name for the catalog's {@code worker} column (e.g. {@code pid 1234}). */
    String name();

    @Override
    void close();
}
