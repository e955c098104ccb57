package org.casemark.webhook;

import org.casemark.store.StoreBusyException;
import org.slf4j.Logger;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The threads of a pool of workers that claim from a queue in the store: each claims one item at a time and hands
 * it on, waits for a {@link #wake} (or a while) when nothing is claimable, and outlives the store failing. While
 * the database is {@code held} by another connection the workers keep off it for {@code quiet} at a time (a worker
 * waiting out the lock would keep requests waiting behind it on the store's one connection); a claim that finds it
 * held ({@link StoreBusyException}) is one WARN line for the pool until a claim goes through again, and the worker
 * backs off for {@code quiet}. Any other failure is an ERROR with its stack, and the worker tries again after one
 * poll.
 *
 * @param <T> what is claimed (a grading job, a delivery)
 */
final class ClaimLoop<T> implements AutoCloseable {
    /** Handles one claimed item. */
    @FunctionalInterface
    interface Handler<T> {
        void handle(T item) throws InterruptedException;
    }

    private final String name;
    private final String what;
    private final int count;
    private final Duration poll;
    private final Duration stopWait;
    private final BooleanSupplier held;
    private final Duration quiet;
    private final Logger log;
    private final Signal work;
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicBoolean busyReported = new AtomicBoolean();
    private volatile boolean running = true;

    /**
     * {@code name} names the threads ({@code name-0}, {@code name-1}, …), {@code what} the workers in what
     * {@code log} says; closing waits up to {@code stopWait} for items being handled.
     */
    ClaimLoop(String name, String what, int count, Duration poll, Duration stopWait, BooleanSupplier held,
              Duration quiet, Logger log) {
        this.name = name;
        this.what = what;
        this.count = count;
        this.poll = poll;
        this.stopWait = stopWait;
        this.held = held;
        this.quiet = quiet;
        this.log = log;
        this.work = new Signal(count);
    }

    /**
     * Starts the threads: each {@code claim}s one item and has {@code handler} handle it, or, when none was
     * claimable, waits {@code idle} (or until woken) before claiming again. A no-op once closed (the grader may
     * finish loading after the server was stopped).
     */
    synchronized void start(Supplier<Optional<T>> claim, Supplier<Duration> idle, Handler<T> handler) {
        if (!running) return;
        for (int i = 0; i < count; i++) {
            Thread t = new Thread(() -> run(claim, idle, handler), name + "-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
    }

    /** Work arrived: wake a worker. */
    void wake() {
        work.raise();
    }

    /** False once closing has begun. */
    boolean running() {
        return running;
    }

    private void run(Supplier<Optional<T>> claim, Supplier<Duration> idle, Handler<T> handler) {
        while (running) {
            try {
                if (held.getAsBoolean()) {
                    Thread.sleep(quiet.toMillis());   // stay out of the requests' way for a while
                    continue;
                }
                Optional<T> claimed = claim.get();
                if (busyReported.compareAndSet(true, false)) log.info("{}: the database answers again", what);
                if (claimed.isEmpty()) {
                    work.await(idle.get());
                    continue;
                }
                handler.handle(claimed.get());
            } catch (InterruptedException e) {
                return;
            } catch (StoreBusyException e) {
                // another connection holds the database: not a fault here; say so once, and keep off for a while
                if (busyReported.compareAndSet(false, true)) {
                    log.warn("{}: the database is held by another connection; trying again in {} s", what,
                            quiet.toSeconds());
                } else {
                    log.debug("{}: the database is still held: {}", what, e.getMessage());
                }
                if (!pause(quiet)) return;
            } catch (RuntimeException e) {
                // the store failed (disk) or the handler did: keep the thread, try again after a pause
                log.error("{}: {}", what, e.getMessage(), e);
                if (!pause(poll)) return;
            }
        }
    }

    /** Sleeps {@code d}; false when interrupted. */
    private static boolean pause(Duration d) {
        try {
            Thread.sleep(d.toMillis());
            return true;
        } catch (InterruptedException e) {
            return false;
        }
    }

    /** Stops the threads: idle ones at once; those handling an item are waited for up to {@code stopWait}. */
    @Override
    public synchronized void close() {
        running = false;
        for (Thread t : threads) work.raise();
        long end = System.nanoTime() + stopWait.toNanos();
        for (Thread t : threads) {
            try {
                t.join(Math.max(1, (end - System.nanoTime()) / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
