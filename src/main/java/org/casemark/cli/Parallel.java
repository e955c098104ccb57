package org.casemark.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Runs work on a fixed pool and hands results to a sink in input order, so output is the same for any thread count.
 * Work that throws on one item does not stop the others: {@code onFault} turns that item's exception into its result.
 */
final class Parallel {
    interface Sink<T, R> {
        void accept(T item, R result) throws Exception;
    }

    private Parallel() {
    }

    /** The error a text gets when the engine failed on it: where it is, what failed, and that the rest went on. */
    static String fault(String where, RuntimeException e) {
        String message = e.getMessage() == null ? "" : ": " + e.getMessage();
        if (message.length() > 200) message = message.substring(0, 200) + "...";
        return where + ": casemark failed on this text (" + e.getClass().getSimpleName() + message
                + "); it was not graded, the other texts were; please report it with the text";
    }

    static <T, R> void inOrder(List<T> items, int threads, Function<T, R> work, BiFunction<T, RuntimeException, R> onFault,
                               Sink<T, R> sink) {
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
                    futures.add(pool.submit(() -> {
                        try {
                            return work.apply(item);
                        } catch (RuntimeException e) {
                            return onFault.apply(item, e);
                        }
                    }));
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
