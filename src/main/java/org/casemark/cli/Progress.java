package org.casemark.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress of a long run on stderr, counting graded, needs-review and rejected write-ups apart. On a terminal a
 * bar redrawn in place (done / total, rate, ETA); otherwise a plain line every tenth of the run (at most every 50
 * write-ups), for logs. {@link #finish()} ends the bar's line.
 */
final class Progress {
    private static final int WIDTH = 24;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final int total;
    private final boolean quiet;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private final int before;
    private int done, graded, review, rejected;
    private long drawn;

    /** {@code before} of {@code total} were done by an earlier run (a resumed batch): they are not timed. */
    Progress(PrintStream err, int total, int before, boolean quiet, boolean terminal) {
        this.err = err;
        this.total = total;
        this.before = before;
        this.done = before;
        this.quiet = quiet;
        this.terminal = terminal;
    }

    /** True when {@code err} is the process's stderr and the process has a terminal. */
    static boolean onTerminal(PrintStream err) {
        return err == System.err && System.console() != null;
    }

    synchronized void step(String status) {
        done++;
        switch (status) {
            case "graded" -> graded++;
            case "needs_review" -> review++;
            default -> rejected++;
        }
        if (quiet) return;
        if (terminal) {
            long now = System.nanoTime();
            if (now - drawn >= REDRAW_NANOS || done == total) {
                drawn = now;
                err.print("\r" + line(true));
                err.flush();
            }
            return;
        }
        int every = Math.max(1, Math.min(50, total / 10));
        if ((done - before) % every == 0 || done == total) err.println(line(false));
    }

    synchronized void finish() {
        if (!quiet && terminal) err.println();
    }

    private String line(boolean bar) {
        double seconds = (System.nanoTime() - started) / 1e9;
        double rate = seconds <= 0 ? 0 : (done - before) / seconds;
        long eta = rate <= 0 ? 0 : Math.round((total - done) / rate);
        String counts = String.format(Locale.ROOT, "graded %d, needs review %d, rejected %d", graded, review, rejected);
        String head = String.format(Locale.ROOT, "%d/%d", done, total);
        String tail = String.format(Locale.ROOT, "%.1f/s, ETA %d:%02d", rate, eta / 60, eta % 60);
        if (!bar) return head + " (" + counts + "; " + tail + ")";
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * done / total);
        return "[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + head + "  " + tail + "  " + counts + "  ";
    }
}
