package org.casemark.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Runs work on a fixed pool and hands results to a sink in input order, so output is the same for any thread count. */
final class Parallel {
    interface Sink<T, R> {
        void accept(T item, R result) throws Exception;
    }

    private Parallel() {
    }

    static <T, R> void inOrder(List<T> items, int threads, Function<T, R> work, Sink<T, R> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "casemark-grade");
            t.setDaemon(true);
            return t;
        });
        try {
            // a bounded window keeps memory flat on large inputs
            int window = threads * 4;
            List<Future<R>> futures = new ArrayList<>();
            int submitted = 0;
            for (int i = 0; i < items.size(); i++) {
                while (submitted < items.size() && submitted < i + window) {
                    T item = items.get(submitted++);
                    futures.add(pool.submit(() -> work.apply(item)));
                }
                R result = futures.get(i).get();
                futures.set(i, null);
                sink.accept(items.get(i), result);
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }
}
