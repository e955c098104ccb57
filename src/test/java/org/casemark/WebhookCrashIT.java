package org.casemark;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.json.Json;
import org.casemark.store.ApiKey;
import org.casemark.store.Store;
import org.casemark.store.WebhookConfig;
import org.casemark.webhook.StandardWebhooks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code kill -9} of a real casemark process while it grades and delivers: submissions are accepted, the process is
 * killed with jobs leased and deliveries in flight, a new process on the same data directory takes over, and in
 * the end every accepted submission is graded once, has one delivery, and reached the receiver (a delivery in
 * flight at the kill may arrive twice under its one webhook-id: at-least-once).
 */
class WebhookCrashIT {
    static final int SUBMISSIONS = 150;
    static final List<String> OPTIONS = List.of("--allow-callbacks-to", "loopback", "--allow-http-callbacks",
            "--job-lease", "3s", "--webhook-connect-timeout", "500ms", "--webhook-read-timeout", "2s",
            "--webhook-retry-first", "200ms", "--webhook-retry-max", "1s", "--job-workers", "2");

    @TempDir
    Path dir;

    @Test
    void aJobAndADeliveryInFlightSurviveKill9WithNothingLostOrDoubled() throws Exception {
        Path data = dir.resolve("data");
        String key;
        String secret = StandardWebhooks.newSecret();
        try (Store s = Store.open(data)) {
            key = s.createKey("acme", ApiKey.TENANT).key();
            s.webhooks().addSecret("acme", WebhookConfig.newSecretId(), secret);
        }
        // slow at first, so that deliveries are in flight when the process dies
        try (Receiver receiver = Receiver.start((p, n, r) -> new Receiver.Answer(200, Map.of(),
                Duration.ofMillis(400)))) {
            Set<String> accepted = ConcurrentHashMap.newKeySet();
            // kill -9 while a job is leased and a delivery in flight; the kill can land a moment after the last
            // check, when no job is leased, so a round that missed it is followed by another (itself a kill -9 and a
            // restart on the same data: the invariants below cover every round)
            Snapshot atKill = null;
            int inFlightKilled = 0;
            for (int round = 1; round <= 5 && atKill == null; round++) {
                try (CasemarkProcess p = CasemarkProcess.serve(data, dir.resolve("round-" + round + ".log"), OPTIONS)) {
                    submitAll(p, key, receiver.url("/lms"), accepted, round);
                    Snapshot now;
                    long end = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                    while (!((now = snapshot(data)).runningJobs().size() >= 1 && now.inFlight().size() >= 1)) {
                        assertTrue(System.nanoTime() < end, "never both grading and delivering: " + now);
                        Thread.sleep(2);
                    }
                    p.kill9();
                }
                Snapshot killed = snapshot(data);
                System.out.println("round " + round + ", at kill -9: " + killed);
                inFlightKilled += killed.inFlight().size();
                if (!killed.runningJobs().isEmpty() && !killed.inFlight().isEmpty()) atKill = killed;
            }
            assertTrue(atKill != null, "no round killed the process with a job leased and a delivery in flight");
            assertTrue(atKill.doneJobs() < accepted.size(), "work was left");

            receiver.script((p, n, r) -> Receiver.Answer.status(200));
            try (CasemarkProcess last = CasemarkProcess.serve(data, dir.resolve("restart.log"), OPTIONS)) {
                long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
                while (snapshot(data).delivered() < accepted.size()) {
                    assertTrue(System.nanoTime() < end, "not all delivered: " + snapshot(data));
                    Thread.sleep(100);
                }
            }
            Snapshot after = snapshot(data);
            System.out.println("after restart: " + after);
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME))) {
                int n = accepted.size();
                assertEquals(accepted, strings(db, "SELECT id FROM submissions"), "every accepted submission graded");
                assertEquals(n, count(db, "SELECT COUNT(*) FROM submissions"), "none graded twice");
                assertEquals(n, count(db, "SELECT COUNT(*) FROM grading_jobs WHERE state = 'done'"));
                assertEquals(n, count(db, "SELECT COUNT(DISTINCT submission_id) FROM webhook_deliveries"));
                assertEquals(n, count(db, "SELECT COUNT(*) FROM webhook_deliveries"), "one delivery each");
                for (String job : atKill.runningJobs()) {
                    assertTrue(count(db, "SELECT attempts FROM grading_jobs WHERE submission_id = '" + job + "'") >= 2,
                            job + ": claimed again after its lease ran out, graded once");
                }
            }
            // the receiver's view: every submission called back, under one webhook-id each, correctly signed
            Map<String, Set<String>> idsBySubmission = new HashMap<>();
            int received = 0;
            for (Receiver.Received r : receiver.received()) {
                JsonNode event = Json.MAPPER.readTree(r.body());
                idsBySubmission.computeIfAbsent(event.path("data").path("id").asText(), k -> new HashSet<>())
                        .add(r.header("webhook-id"));
                StandardWebhooks.verify(List.of(secret), r.header("webhook-id"), r.header("webhook-timestamp"),
                        r.header("webhook-signature"), r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        r.at());
                received++;
            }
            assertEquals(accepted, idsBySubmission.keySet(), "every result reached the receiver");
            idsBySubmission.forEach((sub, ids) -> assertEquals(1, ids.size(), sub + " was delivered as " + ids));
            for (String d : atKill.inFlight()) {
                assertTrue(receiver.received().stream().anyMatch(r -> d.equals(r.header("webhook-id"))), d);
            }
            int duplicates = received - accepted.size();
            System.out.println("callbacks received: " + received + " for " + accepted.size() + " submissions ("
                    + duplicates + " repeated under the same webhook-id: in flight at a kill)");
            assertTrue(duplicates <= inFlightKilled, "only deliveries in flight at a kill repeat");
        }
    }

    /** Sends a round's submissions from four clients; records the accepted ids. */
    static void submitAll(CasemarkProcess p, String key, String callback, Set<String> accepted, int round)
            throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> sent = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            int n = round * 1000 + i;
            sent.add(clients.submit(() -> {
                String body = "{\"rubric\":\"gm-case-study\",\"learner_id\":\"learner-" + n + "\",\"external_id\":"
                        + "\"attempt-" + n + "\",\"text\":\"The AI system is a warehouse robot trained with "
                        + "reinforcement learning to deliver boxes. In training the loading bay was always lit, so it "
                        + "learned to drive towards the light instead of the bay.\",\"callback_url\":\"" + callback
                        + "\"}";
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(p.url("/v1/webhooks/submissions")))
                        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(202, r.statusCode(), r.body());
                accepted.add(Json.MAPPER.readTree(r.body()).path("id").asText());
                return null;
            }));
        }
        for (Future<?> f : sent) f.get();
        clients.shutdown();
        assertEquals(round * SUBMISSIONS, accepted.size(), "every submission accepted");
    }

    /** The queue tables as another process sees them. */
    record Snapshot(List<String> runningJobs, int doneJobs, List<String> inFlight, int delivered) {
    }

    static Snapshot snapshot(Path data) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve(Store.FILE_NAME))) {
            db.createStatement().execute("PRAGMA busy_timeout = 5000");
            return new Snapshot(
                    List.copyOf(strings(db, "SELECT submission_id FROM grading_jobs WHERE state = 'running'")),
                    count(db, "SELECT COUNT(*) FROM grading_jobs WHERE state = 'done'"),
                    List.copyOf(strings(db, "SELECT id FROM webhook_deliveries WHERE status = 'pending' AND "
                            + "lease_token IS NOT NULL")),
                    count(db, "SELECT COUNT(*) FROM webhook_deliveries WHERE status = 'delivered'"));
        }
    }

    static Set<String> strings(Connection db, String sql) throws Exception {
        Set<String> out = new java.util.TreeSet<>();
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    static int count(Connection db, String sql) throws Exception {
        try (ResultSet rs = db.createStatement().executeQuery(sql)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
