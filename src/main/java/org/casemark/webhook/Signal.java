package org.casemark.webhook;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Wakes idle workers when work arrives; they also wake on their own after a while, to find work that fell due. At
 * most one pending wake-up per worker is kept: a worker that wakes claims until the queue is empty, so more would
 * only make empty claims.
 */
final class Signal {
    private final Semaphore permits = new Semaphore(0);
    private final int cap;

    Signal(int workers) {
        this.cap = workers;
    }

    void raise() {
        if (permits.availablePermits() < cap) permits.release();
    }

    /** Waits for a raise or until {@code timeout}. */
    void await(Duration timeout) throws InterruptedException {
        permits.tryAcquire(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS);
    }
}
