package org.casemark.http;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Where grading runs: a fixed pool (one thread per core by default) in front of a bounded queue. Work that finds
 * the queue full is refused at once with 503 and {@code Retry-After}, so a burst costs a quick refusal instead of a
 * queue, and latency, that grows without bound; grading never runs on more threads than there are cores.
 */
final class GradingPool implements AutoCloseable {
    private final ThreadPoolExecutor executor;

    GradingPool(int threads, int queue) {
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(queue),
                r -> {
                    Thread t = new Thread(r, "casemark-grading-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /** Runs {@code work} on the pool and waits for it; 503 when the queue is full. */
    <T> T run(Supplier<T> work) {
        Future<T> result;
        try {
            result = executor.submit(work::get);
        } catch (RejectedExecutionException e) {
            throw Problem.busy(executor.getMaximumPoolSize() + executor.getQueue().size());
        }
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for grading", e);
        }
    }

    ExecutorService executor() {
        return executor;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
