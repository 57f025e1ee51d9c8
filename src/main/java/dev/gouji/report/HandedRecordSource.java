package dev.gouji.report;

import dev.gouji.record.ReportRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Records handed over one by one, in path order, by a producer on another thread (the pass that writes
 * reports.jsonl from the catalog and parses each record for this), so the review outputs are written
 * alongside instead of after. Bounded: the producer waits when the consumer falls behind.
 */
public final class HandedRecordSource implements RecordSource {
    private static final Object END = new Object();

    private final BlockingQueue<Object> records = new ArrayBlockingQueue<>(256);
    private volatile boolean aborted;

    /**
     * Ends the pass without a complete set of records (the producer failed): the consumer's stream throws
     * instead of ending, so that no review output is committed from part of the records.
     */
    public void abort() {
        aborted = true;
        records.offer(END); // wakes a consumer waiting on an empty queue; a full one is read on and sees the flag
    }

    /** Offers the next record, or with null the end; false if there was no room in time. */
    public boolean offer(ReportRecord record, long millis) throws InterruptedException {
        return records.offer(record == null ? END : record, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public Stream<ReportRecord> records() {
        Iterator<ReportRecord> it = new Iterator<>() {
            private Object next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    try {
                        next = records.take();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while waiting for records", e);
                    }
                }
                if (aborted) {
                    throw new UncheckedIOException(new IOException("the records stopped coming: the run failed"));
                }
                return next != END;
            }

            @Override
            public ReportRecord next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                ReportRecord record = (ReportRecord) next;
                next = null;
                return record;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }
}
