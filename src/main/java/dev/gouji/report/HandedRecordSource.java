package dev.gouji.report;

import dev.gouji.record.ReportRecord;
import dev.gouji.store.RecordJson;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Records handed over one by one, as JSON lines in path order, by a producer on another thread (the pass
 * that writes reports.jsonl from the catalog), so the review outputs are written alongside instead of
 * after. Bounded: the producer waits when the consumer falls behind.
 */
public final class HandedRecordSource implements RecordSource {
    private static final String END = new String("end");

    private final BlockingQueue<String> lines = new ArrayBlockingQueue<>(256);
    private final java.util.function.Consumer<ReportRecord> seen;

    /** {@code seen} is told of each record as the consumer reads it (on the consumer's thread). */
    public HandedRecordSource(java.util.function.Consumer<ReportRecord> seen) {
        this.seen = seen;
    }

    /** Offers the next record's JSON line, or with null the end; false if there was no room in time. */
    public boolean offer(String jsonLine, long millis) throws InterruptedException {
        return lines.offer(jsonLine == null ? END : jsonLine, millis, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public Stream<ReportRecord> records() {
        Iterator<ReportRecord> it = new Iterator<>() {
            private String next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = lines.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for records", e);
                    }
                }
                return next != END;
            }

            @Override
            public ReportRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                String line = next;
                next = null;
                ReportRecord record = RecordJson.readWithoutMentions(line);
                seen.accept(record);
                return record;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }
}
