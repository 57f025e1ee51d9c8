package dev.gouji.ingest;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Shows how a run is going. On a terminal ({@code System.console() != null}): a bar redrawn in place, with
 * files done/total, files per second, failures so far and the time left. Otherwise (a log file, CI): a plain
 * line every {@code LOG_EVERY_MILLIS}. Log lines (failures) go above the bar.
 */
final class Progress implements AutoCloseable {
    private static final long LOG_EVERY_MILLIS = 10_000;
    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger cached = new AtomicInteger();
    private volatile long total = -1;
    private final Thread ticker;
    private volatile boolean closed;
    private int lastLogged = -1;

    Progress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
        ticker = new Thread(this::tick, "gouji-progress");
        ticker.setDaemon(true);
        ticker.start();
    }

    void total(long n) {
        total = n;
    }

    void done(boolean ok, boolean fromCatalog) {
        done.incrementAndGet();
        if (!ok) {
            failed.incrementAndGet();
        }
        if (fromCatalog) {
            cached.incrementAndGet();
        }
    }

    int doneCount() {
        return done.get();
    }

    double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    /** Prints a line above the bar. */
    synchronized void log(String line) {
        if (terminal) {
            out.print("\r\033[K");
        }
        out.println(line);
        if (terminal) {
            draw();
        }
        out.flush();
    }

    private void tick() {
        long last = System.nanoTime();
        while (!closed) {
            try {
                Thread.sleep(terminal ? 200 : 500);
            } catch (InterruptedException e) {
                return;
            }
            synchronized (this) {
                if (closed) {
                    return;
                }
                if (terminal) {
                    draw();
                    out.flush();
                } else if ((System.nanoTime() - last) / 1_000_000 >= LOG_EVERY_MILLIS && done.get() != lastLogged) {
                    last = System.nanoTime();
                    lastLogged = done.get();
                    out.println("gouji: " + status());
                    out.flush();
                }
            }
        }
    }

    private void draw() {
        long t = total;
        int d = done.get();
        StringBuilder bar = new StringBuilder("\r[");
        int filled = t > 0 ? (int) Math.min(WIDTH, d * WIDTH / t) : 0;
        bar.append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ").append(status());
        out.print(bar.append("\033[K"));
    }

    private String status() {
        int d = done.get();
        long t = total;
        double secs = Math.max(seconds(), 1e-3);
        double rate = d / secs;
        StringBuilder s = new StringBuilder();
        s.append(d).append('/').append(t >= 0 ? Long.toString(t) : "?").append(" files, ")
                .append(String.format(Locale.ROOT, "%.1f", rate)).append(" files/s, ")
                .append(failed.get()).append(" failed");
        if (cached.get() > 0) {
            s.append(", ").append(cached.get()).append(" from the catalog");
        }
        if (t > 0 && d > 0 && d < t) {
            long left = (long) ((t - d) / rate);
            s.append(String.format(Locale.ROOT, ", %d:%02d left", left / 60, left % 60));
        }
        return s.toString();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        ticker.interrupt();
        if (terminal) {
            draw();
            out.println();
        }
        out.flush();
    }
}
