package org.casemark;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.json.Json;
import org.casemark.store.ApiKey;
import org.casemark.store.Store;
import org.casemark.store.WebhookConfig;
import org.casemark.webhook.StandardWebhooks;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Time from intake to delivered callback, measured against a real {@code casemark serve} process and an
 * in-process receiver: {@code -Dwebhook.load=1000} submissions from {@code -Dwebhook.clients=8} clients, as fast as
 * they can send ({@code -Dwebhook.rate=N} paces them to N a second in all). Skipped unless {@code webhook.load} is
 * given:
 * {@code mvn -B verify -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=WebhookLoadIT -Dwebhook.load=1000}.
 * The essays are the ten ~700-word write-ups of {@code samples/bench/essays.jsonl}, in turn.
 */
class WebhookLoadIT {
    @TempDir
    Path dir;

    @Test
    void intakeToDeliveredCallback() throws Exception {
        int total = Integer.getInteger("webhook.load", 0);
        Assumptions.assumeTrue(total > 0, "set -Dwebhook.load=N to measure");
        int clients = Integer.getInteger("webhook.clients", 8);
        int rate = Integer.getInteger("webhook.rate", 0);
        List<String> essays = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("samples/bench/essays.jsonl"))) {
            if (!line.isBlank()) essays.add(Json.MAPPER.readTree(line).path("text").asText());
        }
        Path data = dir.resolve("data");
        String key;
        try (Store s = Store.open(data)) {
            key = s.createKey("lms", ApiKey.TENANT).key();
            s.webhooks().addSecret("lms", WebhookConfig.newSecretId(), StandardWebhooks.newSecret());
        }
        Map<String, Instant> delivered = new ConcurrentHashMap<>();
        AtomicInteger callbacks = new AtomicInteger();
        try (Receiver receiver = Receiver.start((p, n, r) -> {
            callbacks.incrementAndGet();
            try {
                delivered.putIfAbsent(Json.MAPPER.readTree(r.body()).path("data").path("id").asText(), r.at());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            return Receiver.Answer.status(204);
        });
             CasemarkProcess server = CasemarkProcess.serve(data, dir.resolve("serve.log"), serveOptions())) {
            HttpClient client = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(clients)).build();
            String callback = receiver.url("/lms");
            // warm-up: the first submissions through the queue, the store and the callback client (not measured)
            Map<String, Instant> warm = new ConcurrentHashMap<>();
            send(client, server, key, essays, callback, 40, clients, 0, warm, new ConcurrentHashMap<>());
            awaitAll(delivered, warm.keySet(), Duration.ofMinutes(2));

            Map<String, Instant> sentAt = new ConcurrentHashMap<>();
            Map<String, Duration> intake = new ConcurrentHashMap<>();
            Instant start = Instant.now();
            send(client, server, key, essays, callback, total, clients, rate, sentAt, intake);
            Instant allSent = Instant.now();
            awaitAll(delivered, sentAt.keySet(), Duration.ofMinutes(10));
            Instant end = Instant.now();

            List<Long> lat = new ArrayList<>();
            for (var e : sentAt.entrySet()) lat.add(Duration.between(e.getValue(), delivered.get(e.getKey())).toMillis());
            List<Long> in = new ArrayList<>();
            for (Duration d : intake.values()) in.add(d.toMillis());
            Collections.sort(lat);
            Collections.sort(in);
            System.out.printf("webhook load: %d submissions, %d clients%s, %d callbacks received%n", total, clients,
                    rate > 0 ? ", paced at " + rate + "/s" : ", unpaced", callbacks.get() - warm.size());
            System.out.printf("  intake (202):             p50 %d ms, p99 %d ms, max %d ms; all sent in %.1f s%n",
                    pct(in, 50), pct(in, 99), in.get(in.size() - 1), Duration.between(start, allSent).toMillis() / 1e3);
            System.out.printf("  intake -> callback:       p50 %d ms, p90 %d ms, p99 %d ms, max %d ms%n",
                    pct(lat, 50), pct(lat, 90), pct(lat, 99), lat.get(lat.size() - 1));
            System.out.printf("  throughput: %.1f graded and delivered a second (%.1f s in all)%n",
                    total / (Duration.between(start, end).toMillis() / 1e3), Duration.between(start, end).toMillis() / 1e3);
            assertEquals(total, lat.size());
        }
    }

    /** Loopback callbacks allowed, plus {@code -Dwebhook.serve="--job-workers 4 ..."} if given. */
    static List<String> serveOptions() {
        List<String> options = new ArrayList<>(List.of("--allow-callbacks-to", "loopback", "--allow-http-callbacks"));
        String extra = System.getProperty("webhook.serve", "").strip();
        if (!extra.isEmpty()) options.addAll(List.of(extra.split("\\s+")));
        return options;
    }

    static void send(HttpClient client, CasemarkProcess server, String key, List<String> essays, String callback,
                     int n, int clients, int rate, Map<String, Instant> sentAt, Map<String, Duration> intake)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        long startNanos = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                int i;
                while ((i = next.getAndIncrement()) < n) {
                    if (rate > 0) {
                        long due = startNanos + (long) (i * 1e9 / rate);
                        long wait = due - System.nanoTime();
                        if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    }
                    String body = "{\"rubric\":\"gm-case-study\",\"learner_id\":\"learner-" + i + "\",\"external_id\":"
                            + "\"attempt-" + i + "\",\"callback_url\":\"" + callback + "\",\"text\":"
                            + Json.MAPPER.writeValueAsString(essays.get(i % essays.size())) + "}";
                    Instant t0 = Instant.now();
                    HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                                    URI.create(server.url("/v1/webhooks/submissions")))
                            .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                    Instant t1 = Instant.now();
                    assertEquals(202, r.statusCode(), r.body());
                    JsonNode j = Json.MAPPER.readTree(r.body());
                    sentAt.put(j.path("id").asText(), t0);
                    intake.put(j.path("id").asText(), Duration.between(t0, t1));
                }
                return null;
            }));
        }
        for (Future<?> f : workers) f.get();
        pool.shutdown();
    }

    static void awaitAll(Map<String, Instant> delivered, java.util.Set<String> ids, Duration timeout)
            throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (!delivered.keySet().containsAll(ids)) {
            assertTrue(System.nanoTime() < end, "not all delivered in " + timeout);
            Thread.sleep(20);
        }
    }

    static long pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
