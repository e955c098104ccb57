package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.Receiver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.casemark.http.ApiHttpTest.problem;
import static org.casemark.http.Essays.json;
import static org.casemark.http.TestServer.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhook intake against a real server and a real receiver: 202 at once, the grade called back signed (checked
 * by the npm {@code standardwebhooks} package), requests signed by that package accepted, and the refusals: a bad
 * signature, a stale timestamp, a replayed webhook-id, a private or non-https callback, a missing callback, a
 * tenant without a secret, a text over the limit.
 */
class WebhookIntakeHttpTest extends WithReceiver {
    static final Duration WAIT = Duration.ofSeconds(60);

    static String request(String learner, String text, String callback) {
        return "{\"rubric\":\"gm-case-study\",\"learner_id\":" + json(learner) + ",\"external_id\":\"attempt-1\","
                + "\"text\":" + json(text) + (callback == null ? "" : ",\"callback_url\":" + json(callback)) + "}";
    }

    static TestServer.Response intake(String body, String... headers) throws Exception {
        List<String> h = new ArrayList<>(List.of("Authorization", bearer(key)));
        h.addAll(List.of(headers));
        return s.postJson("/v1/webhooks/submissions", body, h.toArray(String[]::new));
    }

    /** A request signed by the npm library with {@code secret}, as a platform would send it. */
    static TestServer.Response signed(String tenant, String signingSecret, String id, long timestamp, String body)
            throws Exception {
        String sig = js.sign(signingSecret, id, timestamp, body);
        return s.postJson("/v1/webhooks/submissions?tenant=" + tenant, body, "webhook-id", id,
                "webhook-timestamp", Long.toString(timestamp), "webhook-signature", sig);
    }

    static List<Receiver.Received> callbacksFor(String submissionId) {
        return receiver.received().stream().filter(r -> r.body().contains("\"id\":\"" + submissionId + "\""))
                .toList();
    }

    @Test
    void anApiKeyIntakeAnswers202AtOnceAndTheGradeComesBackSignedTheStandardWay() throws Exception {
        TestServer.Response r = intake(request("learner-1", Essays.WAREHOUSE, receiver.url("/hook")));
        assertEquals(202, r.status(), r::toString);
        String id = r.json().path("id").asText();
        assertEquals("/v1/submissions/" + id, r.header("Location"));
        assertEquals("queued", r.json().path("status").asText());
        assertTrue(r.json().path("text").isMissingNode(), "the 202 does not echo the text");

        Receiver.Received cb = receiver.await(x -> x.body().contains(id), 1, WAIT).get(0);
        JsonNode verified = js.verify(secret, Map.of("webhook-id", cb.header("webhook-id"), "webhook-timestamp",
                cb.header("webhook-timestamp"), "webhook-signature", cb.header("webhook-signature")), cb.body());
        assertTrue(verified.path("ok").asBoolean(), "standardwebhooks verifies our callback: " + verified);
        JsonNode event = verified.path("payload");
        assertEquals("submission.completed", event.path("type").asText());
        assertEquals(id, event.path("data").path("id").asText());
        assertEquals("graded", event.path("data").path("status").asText());
        assertEquals("attempt-1", event.path("data").path("external_id").asText());
        assertEquals("application/json", cb.header("content-type"));

        JsonNode got = s.get(r.header("Location"), "Authorization", bearer(key)).json();
        assertEquals("graded", got.path("status").asText());
        assertEquals(Essays.WAREHOUSE, got.path("text").asText());
        assertEquals(got.path("grade"), event.path("data").path("grade"), "the callback carries the stored grade");

        JsonNode d = WebhookDeliveryHttpTest.awaitDelivery(s, key, id, "delivered");
        assertEquals(cb.header("webhook-id"), d.path("id").asText());
        // the OpenAPI document declares every field these carry
        OpenApiMatchesGradesTest.covers("PendingSubmission", r.json());
        OpenApiMatchesGradesTest.covers("CompletedEvent", event);
        OpenApiMatchesGradesTest.covers("CompletedSubmission", event.path("data"));
        OpenApiMatchesGradesTest.covers("Submission", got);
        OpenApiMatchesGradesTest.covers("Delivery", d);
        assertEquals(200, d.path("last_status_code").asInt());
        assertTrue(d.path("next_attempt_at").isNull());
    }

    @Test
    void aRequestSignedByTheNpmLibraryIsAcceptedWithoutAnApiKey() throws Exception {
        String body = request("learner-2", Essays.WAREHOUSE, receiver.url("/hook"));
        TestServer.Response r = signed("acme", secret, "msg_" + UUID.randomUUID(), Instant.now().getEpochSecond(), body);
        assertEquals(202, r.status(), r::toString);
        String id = r.json().path("id").asText();
        receiver.await(x -> x.body().contains(id), 1, WAIT);
    }

    @Test
    void aBadSignatureIsRefused() throws Exception {
        String body = request("learner-3", Essays.WAREHOUSE, receiver.url("/hook"));
        long now = Instant.now().getEpochSecond();
        String other = org.casemark.webhook.StandardWebhooks.newSecret();
        JsonNode p = problem(signed("acme", other, "msg_bad-1", now, body), 401);
        assertTrue(p.path("detail").asText().contains("no v1 signature"), p.toString());
        // a body changed after signing
        String sig = js.sign(secret, "msg_bad-2", now, body);
        problem(s.postJson("/v1/webhooks/submissions?tenant=acme", body.replace("learner-3", "learner-4"),
                "webhook-id", "msg_bad-2", "webhook-timestamp", Long.toString(now), "webhook-signature", sig), 401);
        problem(signed("globex", secret, "msg_bad-3", now, body), 401);   // acme's secret does not sign for globex
        problem(s.postJson("/v1/webhooks/submissions", body), 401);       // neither a key nor a signature
    }

    @Test
    void whileASecretRotatesBothSignAndEitherVerifies() throws Exception {
        s.key("hooli");
        String old = s.webhookSecret("hooli");
        String oldId = s.store.webhooks().secrets("hooli").get(0).secretId();
        String fresh = org.casemark.webhook.StandardWebhooks.newSecret();
        s.store.webhooks().rotateSecret("hooli", org.casemark.store.WebhookConfig.newSecretId(), fresh,
                Instant.now().plusSeconds(3600));
        String body = request("learner-r", Essays.WAREHOUSE, receiver.url("/hooli"));
        long now = Instant.now().getEpochSecond();
        assertEquals(202, signed("hooli", old, "msg_rot-1", now, body).status(), "the old secret, in its grace");
        assertEquals(202, signed("hooli", fresh, "msg_rot-2", now, body).status(), "the new secret");
        String both = js.sign(old, "msg_rot-3", now, body) + " " + js.sign(fresh, "msg_rot-3", now, body);
        assertEquals(202, s.postJson("/v1/webhooks/submissions?tenant=hooli", body, "webhook-id", "msg_rot-3",
                "webhook-timestamp", Long.toString(now), "webhook-signature", both).status(), "both, space-separated");

        Receiver.Received cb = receiver.await(r -> r.path().equals("/hooli"), 1, WAIT).get(0);
        assertEquals(2, cb.header("webhook-signature").split(" ").length, "signed with both live secrets");
        for (String secretNow : List.of(old, fresh)) {
            JsonNode v = js.verify(secretNow, Map.of("webhook-id", cb.header("webhook-id"), "webhook-timestamp",
                    cb.header("webhook-timestamp"), "webhook-signature", cb.header("webhook-signature")), cb.body());
            assertTrue(v.path("ok").asBoolean(), "a receiver with either secret verifies: " + v);
        }
        assertTrue(s.store.webhooks().revokeSecret(oldId));
        problem(signed("hooli", old, "msg_rot-4", now, body), 401);
    }

    @Test
    void aTimestampMoreThanFiveMinutesOffIsRefused() throws Exception {
        String body = request("learner-5", Essays.WAREHOUSE, receiver.url("/hook"));
        long now = Instant.now().getEpochSecond();
        // a margin of 30 s on either side of the 300 s tolerance: a host clock that steps while the test runs (CI
        // once saw 301 s accepted) must not decide the outcome
        JsonNode old = problem(signed("acme", secret, "msg_old", now - 330, body), 401);
        assertTrue(old.path("detail").asText().contains("in the past"), old.toString());
        JsonNode future = problem(signed("acme", secret, "msg_future", now + 330, body), 401);
        assertTrue(future.path("detail").asText().contains("in the future"), future.toString());
        assertEquals(202, signed("acme", secret, "msg_edge", now - 240, body).status());
    }

    @Test
    void aReplayedWebhookIdGetsTheFirstAnswerAndIsGradedOnce() throws Exception {
        String body = request("learner-6", Essays.WAREHOUSE, receiver.url("/hook"));
        String msgId = "msg_" + UUID.randomUUID();
        TestServer.Response first = signed("acme", secret, msgId, Instant.now().getEpochSecond(), body);
        assertEquals(202, first.status(), first::toString);
        String id = first.json().path("id").asText();
        receiver.await(x -> x.body().contains(id), 1, WAIT);

        // the platform retries later, signing afresh (new timestamp, new signature), with other spacing
        TestServer.Response again = signed("acme", secret, msgId, Instant.now().getEpochSecond() + 1,
                body.replace("{\"rubric\":", "{ \"rubric\" : "));
        assertEquals(202, again.status(), again::toString);
        assertEquals(first.body(), again.body(), "the first answer again");
        assertEquals("true", again.header("Idempotent-Replayed"));
        assertEquals(first.header("Location"), again.header("Location"));
        // a replay through the API key and the same webhook-id is the same message
        assertEquals(first.body(), intake(body, "webhook-id", msgId).body());

        Thread.sleep(1500);   // time enough for a second grade and callback, were there one
        assertEquals(1, callbacksFor(id).size(), "graded and called back once");
        JsonNode page = s.get("/v1/submissions?learner_id=learner-6", "Authorization", bearer(key)).json();
        assertEquals(1, page.path("items").size(), "one submission stored");

        JsonNode p = problem(signed("acme", secret, msgId, Instant.now().getEpochSecond(),
                body.replace("learner-6", "learner-7")), 422);
        assertTrue(p.path("detail").asText().contains("webhook-id was used with a different request body"), p.toString());
    }

    @Test
    void callbacksToPrivateLoopbackOrLinkLocalAddressesAreRefusedUnlessAllowed() throws Exception {
        for (String url : List.of("http://10.0.0.7/hook", "http://192.168.1.20/hook", "http://172.20.0.1/hook",
                "http://169.254.169.254/latest/meta-data", "http://[fd00::1]/hook", "http://0.0.0.0/hook")) {
            JsonNode p = problem(intake(request("learner-8", Essays.WAREHOUSE, url)), 422);
            assertTrue(p.path("detail").asText().startsWith("callback_url refused: "), p.toString());
        }
        // loopback is allowed on this (test) server: the in-process receivers live there
        assertEquals(202, intake(request("learner-8", Essays.WAREHOUSE, receiver.url("/hook"))).status());
    }

    @Test
    void plainHttpAndLoopbackAreRefusedWhereTheOperatorHasNotAllowedThem(@TempDir Path dir) throws Exception {
        var strict = TestServer.webhooks().withPolicy(new org.casemark.webhook.CallbackPolicy(false, Set.of()));
        try (TestServer t = TestServer.start(dir, TestServer.settings(), strict,
                org.casemark.webhook.CallbackPolicy.Resolver.SYSTEM, TestEngine::grading).ready()) {
            String k = t.key("acme");
            t.webhookSecret("acme");
            JsonNode http = problem(t.postJson("/v1/webhooks/submissions", request("l", Essays.WAREHOUSE,
                    receiver.url("/hook")), "Authorization", bearer(k)), 422);
            assertTrue(http.path("detail").asText().contains("must use https"), http.toString());
            JsonNode loop = problem(t.postJson("/v1/webhooks/submissions", request("l", Essays.WAREHOUSE,
                    "https://127.0.0.1:" + receiver.port() + "/hook"), "Authorization", bearer(k)), 422);
            assertTrue(loop.path("detail").asText().contains("loopback address"), loop.toString());
        }
    }

    @Test
    void aTenantsEndpointTakesTheResultWhenTheRequestNamesNoCallback() throws Exception {
        String k = s.key("globex");
        s.webhookSecret("globex");
        JsonNode p = problem(s.postJson("/v1/webhooks/submissions", request("l-9", Essays.WAREHOUSE, null),
                "Authorization", bearer(k)), 422);
        assertTrue(p.path("detail").asText().contains("callback_url is required"), p.toString());

        s.store.webhooks().setDefaultEndpoint("globex", receiver.url("/globex"));
        TestServer.Response r = s.postJson("/v1/webhooks/submissions", request("l-9", Essays.WAREHOUSE, null),
                "Authorization", bearer(k));
        assertEquals(202, r.status(), r::toString);
        assertNull(r.json().get("callback_url"));
        String id = r.json().path("id").asText();
        assertEquals("/globex", receiver.await(x -> x.body().contains(id), 1, WAIT).get(0).path());
    }

    @Test
    void aTenantWithoutASigningSecretCannotQueueWork() throws Exception {
        String k = s.key("initech");
        JsonNode p = problem(s.postJson("/v1/webhooks/submissions", request("l", Essays.WAREHOUSE,
                receiver.url("/hook")), "Authorization", bearer(k)), 422);
        assertTrue(p.path("detail").asText().contains("webhooks secret create --tenant initech"), p.toString());
    }

    @Test
    void badInputIsRefusedBeforeAnythingIsQueued() throws Exception {
        long before = s.store.jobs().counts().values().stream().mapToLong(Long::longValue).sum();
        problem(intake(request("l", "x".repeat(60_001), receiver.url("/hook"))), 413);
        problem(intake(request("l", "   ", receiver.url("/hook"))), 422);
        problem(intake("{\"rubric\":\"no-such-rubric\",\"learner_id\":\"l\",\"text\":\"t\",\"callback_url\":"
                + json(receiver.url("/hook")) + "}"), 404);
        problem(intake(request("l", Essays.WAREHOUSE, "not a url")), 422);
        problem(intake("{\"rubric\":\"gm-case-study\",\"learner_id\":\"l\",\"text\":\"t\",\"callback_url\":"
                + json(receiver.url("/hook")) + ",\"quiz\":{\"id\":\"gm-lesson\",\"answers\":{\"nope\":\"b\"}}}"), 422);
        long after = s.store.jobs().counts().values().stream().mapToLong(Long::longValue).sum();
        assertEquals(before, after, "nothing queued");
    }

    static JsonNode find(JsonNode items, String submissionId) {
        for (JsonNode d : items) if (d.path("submission_id").asText().equals(submissionId)) return d;
        throw new AssertionError("no delivery for " + submissionId + " in " + items);
    }
}
