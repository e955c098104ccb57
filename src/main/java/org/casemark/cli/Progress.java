package org.casemark.cli;

import java.io.PrintStream;

/** Progress on stderr for long runs: a line every 10% (or every 50 essays), and a closing summary. */
final class Progress {
    private final PrintStream err;
    private final int total;
    private final boolean quiet;
    private final long started = System.nanoTime();
    private int done;

    Progress(PrintStream err, int total, boolean quiet) {
        this.err = err;
        this.total = total;
        this.quiet = quiet;
    }

    void step() {
        done++;
        int every = Math.max(1, Math.min(50, total / 10));
        if (!quiet && (done % every == 0 || done == total)) {
            err.printf("graded %d/%d (%.1f s)%n", done, total, (System.nanoTime() - started) / 1e9);
        }
    }

    void done(int rejected) {
        if (!quiet) err.printf("done: %d essays, %d rejected%n", total, rejected);
    }
}
