package org.casemark;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.function.Predicate;

/**
 * A real HTTP receiver on a loopback port, in the test's own process: it records every request (time, headers with
 * lowercase names, body) and answers as the test's {@link Script} says (status, headers, a delay first).
 */
public final class Receiver implements AutoCloseable {
    /** One request as it arrived. */
    public record Received(Instant at, String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** How to answer: a status, headers, and how long to wait before answering. */
    public record Answer(int status, Map<String, String> headers, Duration delay) {
        public static Answer status(int status) {
            return new Answer(status, Map.of(), Duration.ZERO);
        }
    }

    /** Chooses the answer to the {@code n}-th request to {@code path} (counting from 1). */
    @FunctionalInterface
    public interface Script {
        Answer answer(String path, int n, Received r);
    }

    private final HttpServer server;
    private final List<Received> received = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private volatile Script script;

    private Receiver(Script script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(Executors.newFixedThreadPool(16, r -> {
            Thread t = new Thread(r, "test-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", this::handle);
        server.start();
    }

    public static Receiver start(Script script) throws IOException {
        return new Receiver(script);
    }

    /** Answers 200 to everything. */
    public static Receiver ok() throws IOException {
        return start((p, n, r) -> Answer.status(200));
    }

    public void script(Script s) {
        this.script = s;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    private void handle(HttpExchange x) throws IOException {
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Map<String, String> headers = new TreeMap<>();
        x.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), String.join(",", v)));
        String path = x.getRequestURI().getPath();
        Received r = new Received(Instant.now(), path, headers, body);
        int n;
        synchronized (this) {
            received.add(r);
            n = counts.merge(path, 1, Integer::sum);
            notifyAll();
        }
        Answer a = script.answer(path, n, r);
        try {
            Thread.sleep(a.delay().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        a.headers().forEach((k, v) -> x.getResponseHeaders().add(k, v));
        try {
            x.sendResponseHeaders(a.status(), -1);
        } catch (IOException e) {
            // the caller gave up waiting (a timeout test): nothing to answer
        }
        x.close();
    }

    public synchronized List<Received> received() {
        return List.copyOf(received);
    }

    public synchronized List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** Waits until {@code count} requests match, or fails after {@code timeout}. */
    public synchronized List<Received> await(Predicate<Received> match, int count, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            List<Received> got = received.stream().filter(match).toList();
            if (got.size() >= count) return got;
            long left = end - System.nanoTime();
            if (left <= 0) throw new AssertionError("received " + got.size() + " of " + count + " in " + timeout
                    + "; all: " + received.size());
            wait(Math.max(1, left / 1_000_000));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
