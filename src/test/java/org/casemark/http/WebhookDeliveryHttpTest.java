package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.Receiver;
import org.casemark.webhook.CallbackPolicy;
import org.casemark.webhook.RetrySchedule;
import org.casemark.webhook.WebhookSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.casemark.http.ApiHttpTest.problem;
import static org.casemark.http.Essays.json;
import static org.casemark.http.TestServer.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery against real receivers: backoff with jitter while a receiver fails and then recovers, Retry-After on 429
 * and 503, 410 disabling the endpoint until a redeliver, redirects not followed, a receiver that never answers,
 * one that fails until the retry window closes, a name that resolves to a forbidden address at connect time, the
 * delivery log and the metrics. Test retries start at 100 ms and double to 800 ms (TestServer.webhooks()).
 */
class WebhookDeliveryHttpTest extends WithReceiver {
    static final Duration WAIT = Duration.ofSeconds(60);

    /** Queues a submission whose result goes to {@code callback}; returns its id. */
    static String submit(TestServer server, String apiKey, String callback) throws Exception {
        TestServer.Response r = server.postJson("/v1/webhooks/submissions", "{\"rubric\":\"gm-case-study\","
                + "\"learner_id\":\"l\",\"text\":" + json(Essays.WAREHOUSE) + ",\"callback_url\":" + json(callback)
                + "}", "Authorization", bearer(apiKey));
        assertEquals(202, r.status(), r::toString);
        return r.json().path("id").asText();
    }

    /** The submission's delivery, once its grade (and with it the delivery) is stored. */
    static JsonNode deliveryOf(TestServer server, String apiKey, String submissionId) throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        while (true) {
            JsonNode items = server.get("/v1/webhooks/deliveries?limit=100", "Authorization", bearer(apiKey)).json()
                    .path("items");
            for (JsonNode d : items) if (d.path("submission_id").asText().equals(submissionId)) return d;
            if (System.nanoTime() > end) throw new AssertionError("no delivery for " + submissionId + " in " + items);
            Thread.sleep(20);
        }
    }

    /** Waits until the submission's delivery reaches {@code status}. */
    static JsonNode awaitDelivery(TestServer server, String apiKey, String submissionId, String status)
            throws Exception {
        long end = System.nanoTime() + WAIT.toNanos();
        JsonNode d;
        while (!(d = deliveryOf(server, apiKey, submissionId)).path("status").asText().equals(status)) {
            if (System.nanoTime() > end) throw new AssertionError("delivery never " + status + ": " + d);
            Thread.sleep(50);
        }
        return d;
    }

    static long millisBetween(Receiver.Received a, Receiver.Received b) {
        return Duration.between(a.at(), b.at()).toMillis();
    }

    static void verified(Receiver.Received r) throws Exception {
        JsonNode v = js.verify(secret, Map.of("webhook-id", r.header("webhook-id"), "webhook-timestamp",
                r.header("webhook-timestamp"), "webhook-signature", r.header("webhook-signature")), r.body());
        assertTrue(v.path("ok").asBoolean(), v.toString());
    }

    @Test
    void aReceiverThatFailsAndThenRecoversGetsTheResultAfterBackoffWithJitter() throws Exception {
        receiver.script((path, n, r) -> path.equals("/flaky") && n <= 3 ? Receiver.Answer.status(500)
                : Receiver.Answer.status(200));
        String id = submit(s, key, receiver.url("/flaky"));
        List<Receiver.Received> got = receiver.await(r -> r.path().equals("/flaky"), 4, WAIT);
        JsonNode d = awaitDelivery(s, key, id, "delivered");
        assertEquals(4, d.path("attempts").asInt());
        assertEquals(200, d.path("last_status_code").asInt());
        // nominal delays 100, 200, 400 ms; jitter draws each from [d/2, d]; a little slack for the worker's wake-up
        long[] nominal = {100, 200, 400};
        for (int i = 0; i < 3; i++) {
            long gap = millisBetween(got.get(i), got.get(i + 1));
            assertTrue(gap >= nominal[i] / 2 - 5 && gap <= nominal[i] + 250, "gap " + (i + 1) + " was " + gap + " ms");
        }
        for (Receiver.Received r : got) {
            assertEquals(got.get(0).header("webhook-id"), r.header("webhook-id"), "one webhook-id on every attempt");
            assertEquals(got.get(0).body(), r.body(), "the same body on every attempt");
            verified(r);   // each attempt signed afresh, with its own timestamp
        }
    }

    @Test
    void retryAfterOn429And503IsHonoured() throws Exception {
        receiver.script((path, n, r) -> !path.equals("/throttled") || n > 2 ? Receiver.Answer.status(204)
                : new Receiver.Answer(n == 1 ? 429 : 503, Map.of("Retry-After", "1"), Duration.ZERO));
        String id = submit(s, key, receiver.url("/throttled"));
        List<Receiver.Received> got = receiver.await(r -> r.path().equals("/throttled"), 3, WAIT);
        assertTrue(millisBetween(got.get(0), got.get(1)) >= 990, "429 Retry-After: 1 waited "
                + millisBetween(got.get(0), got.get(1)) + " ms");
        assertTrue(millisBetween(got.get(1), got.get(2)) >= 990, "503 Retry-After: 1");
        assertEquals(204, awaitDelivery(s, key, id, "delivered").path("last_status_code").asInt());
    }

    @Test
    void goneDisablesTheEndpointUntilADeliveryIsRedelivered() throws Exception {
        AtomicInteger gone = new AtomicInteger(1);
        receiver.script((path, n, r) -> path.equals("/gone") && gone.get() == 1 ? Receiver.Answer.status(410)
                : Receiver.Answer.status(200));
        String id = submit(s, key, receiver.url("/gone"));
        JsonNode d = awaitDelivery(s, key, id, "failed");
        assertEquals(410, d.path("last_status_code").asInt());
        assertEquals(1, d.path("attempts").asInt(), "410 is not retried");
        JsonNode p = problem(s.postJson("/v1/webhooks/submissions", "{\"rubric\":\"gm-case-study\",\"learner_id\":"
                + "\"l\",\"text\":\"t\",\"callback_url\":" + json(receiver.url("/gone")) + "}", "Authorization",
                bearer(key)), 422);
        assertTrue(p.path("detail").asText().contains("was disabled"), p.toString());

        gone.set(0);
        TestServer.Response again = s.postJson("/v1/webhooks/deliveries/" + d.path("id").asText() + "/redeliver",
                "{}", "Authorization", bearer(key));
        assertEquals(202, again.status(), again::toString);
        assertEquals("pending", again.json().path("status").asText());
        assertEquals(2, awaitDelivery(s, key, id, "delivered").path("attempts").asInt());
        assertEquals(202, s.postJson("/v1/webhooks/submissions", "{\"rubric\":\"gm-case-study\",\"learner_id\":"
                + "\"l\",\"text\":\"t\",\"callback_url\":" + json(receiver.url("/gone")) + "}", "Authorization",
                bearer(key)).status(), "enabled again");
        problem(s.postJson("/v1/webhooks/deliveries/msg_none/redeliver", "{}", "Authorization", bearer(key)), 404);
    }

    @Test
    void redirectsAreNotFollowed() throws Exception {
        receiver.script((path, n, r) -> path.equals("/moved") ? new Receiver.Answer(302,
                Map.of("Location", receiver.url("/elsewhere")), Duration.ZERO) : Receiver.Answer.status(200));
        String id = submit(s, key, receiver.url("/moved"));
        receiver.await(r -> r.path().equals("/moved"), 2, WAIT);
        JsonNode d = deliveryOf(s, key, id);
        assertEquals(302, d.path("last_status_code").asInt());
        assertTrue(d.path("last_error").asText().contains("redirect to " + receiver.url("/elsewhere") + " not followed"),
                d.toString());
        assertEquals(List.of(), receiver.received("/elsewhere"));
    }

    @Test
    void aCallbackThatNeverAnswersTimesOutAndIsTriedAgain() throws Exception {
        AtomicInteger slow = new AtomicInteger(1);
        receiver.script((path, n, r) -> path.equals("/slow") && slow.get() == 1
                ? new Receiver.Answer(200, Map.of(), Duration.ofSeconds(6)) : Receiver.Answer.status(200));
        String id = submit(s, key, receiver.url("/slow"));
        receiver.await(r -> r.path().equals("/slow"), 1, WAIT);
        long end = System.nanoTime() + WAIT.toNanos();
        JsonNode d;
        while ((d = deliveryOf(s, key, id)).path("last_error").isNull()) {
            assertTrue(System.nanoTime() < end, "no timeout recorded");
            Thread.sleep(50);
        }
        assertTrue(d.path("last_error").asText().contains("no answer within")
                || d.path("last_error").asText().contains("timed out"), d.toString());
        assertTrue(d.path("last_status_code").isNull());
        slow.set(0);
        assertTrue(awaitDelivery(s, key, id, "delivered").path("attempts").asInt() >= 2);
    }

    @Test
    void aReceiverThatFailsForeverIsGivenUpWhenTheWindowClosesAndNothingIsLost(@TempDir Path dir) throws Exception {
        WebhookSettings shortWindow = TestServer.webhooks().withRetries(
                new RetrySchedule(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(1500), 0.5));
        try (TestServer t = TestServer.start(dir, TestServer.settings(), shortWindow, CallbackPolicy.Resolver.SYSTEM,
                TestEngine::grading).ready()) {
            String k = t.key("acme");
            t.webhookSecret("acme");
            receiver.script((path, n, r) -> path.equals("/down") ? Receiver.Answer.status(500)
                    : Receiver.Answer.status(200));
            String id = submit(t, k, receiver.url("/down"));
            JsonNode d = awaitDelivery(t, k, id, "failed");
            assertTrue(d.path("attempts").asInt() >= 4, d.toString());
            assertEquals(500, d.path("last_status_code").asInt());
            assertTrue(d.path("last_error").asText().contains("gave up after"), d.toString());
            assertEquals(d.path("attempts").asInt(), receiver.received("/down").stream()
                    .filter(r -> r.body().contains(id)).count(), "every attempt reached the receiver");
            assertEquals("graded", t.get("/v1/submissions/" + id, "Authorization", bearer(k)).json()
                    .path("status").asText(), "the grade is kept");
            assertEquals(1, t.get("/v1/webhooks/deliveries?status=failed", "Authorization", bearer(k)).json()
                    .path("items").size());
        }
    }

    @Test
    void aNameThatResolvesToAForbiddenAddressAtConnectTimeIsNeverCalled(@TempDir Path dir) throws Exception {
        // DNS rebinding: public when the URL is accepted, loopback (where the receiver is) when delivering
        AtomicInteger lookups = new AtomicInteger();
        CallbackPolicy.Resolver rebinding = host -> host.equals("rebind.example")
                ? List.of(InetAddress.getByName(lookups.incrementAndGet() == 1 ? "93.184.216.34" : "127.0.0.1"))
                : CallbackPolicy.Resolver.SYSTEM.resolve(host);
        WebhookSettings noLoopback = TestServer.webhooks().withPolicy(new CallbackPolicy(true, Set.of()));
        try (TestServer t = TestServer.start(dir, TestServer.settings(), noLoopback, rebinding,
                TestEngine::grading).ready()) {
            String k = t.key("acme");
            t.webhookSecret("acme");
            String id = submit(t, k, "http://rebind.example:" + receiver.port() + "/rebound");
            long end = System.nanoTime() + WAIT.toNanos();
            JsonNode d;
            while ((d = deliveryOf(t, k, id)).path("last_error").isNull()) {
                assertTrue(System.nanoTime() < end, "no attempt recorded");
                Thread.sleep(50);
            }
            assertTrue(d.path("last_error").asText().startsWith("refused at connect time: the callback host "
                    + "'rebind.example' resolves to 127.0.0.1, a loopback address"), d.toString());
            assertEquals(List.of(), receiver.received("/rebound"), "no connection was made");
        }
    }

    @Test
    void theDeliveryLogFiltersByStatusAndTheMetricsCountAttempts() throws Exception {
        receiver.script((path, n, r) -> Receiver.Answer.status(200));
        String id = submit(s, key, receiver.url("/log"));
        JsonNode d = awaitDelivery(s, key, id, "delivered");
        TestServer.Response one = s.get("/v1/webhooks/deliveries/" + d.path("id").asText(), "Authorization",
                bearer(key));
        assertEquals(d, one.json());
        for (JsonNode x : s.get("/v1/webhooks/deliveries?status=delivered&limit=100", "Authorization", bearer(key))
                .json().path("items")) {
            assertEquals("delivered", x.path("status").asText());
        }
        problem(s.get("/v1/webhooks/deliveries?status=sent", "Authorization", bearer(key)), 400);
        problem(s.get("/v1/webhooks/deliveries"), 401);
        String other = s.key("umbrella");
        assertEquals(0, s.get("/v1/webhooks/deliveries", "Authorization", bearer(other)).json().path("items").size(),
                "a tenant sees only its own deliveries");
        problem(s.get("/v1/webhooks/deliveries/" + d.path("id").asText(), "Authorization", bearer(other)), 404);

        String metrics = s.get("/metrics").body();
        assertTrue(metrics.contains("casemark_webhook_attempts_total{result=\"delivered\",status_class=\"2xx\"}"),
                metrics);
        assertTrue(metrics.contains("casemark_webhook_deliveries{status=\"delivered\"}"), metrics);
        assertTrue(metrics.contains("casemark_webhook_delivery_lag_seconds_count"), metrics);
        assertTrue(metrics.contains("casemark_jobs{state=\"done\"}"), metrics);
    }
}
