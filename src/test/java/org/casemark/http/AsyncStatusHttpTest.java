package org.casemark.http;

import org.casemark.Receiver;
import org.casemark.core.GradeResult;
import org.casemark.core.GradingService;
import org.casemark.core.RubricSummary;
import org.casemark.webhook.CallbackPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.casemark.http.Essays.json;
import static org.casemark.http.TestServer.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What {@code GET /v1/submissions/{id}} says of an asynchronous submission: queued, grading, graded, needs_review. */
class AsyncStatusHttpTest {

    /** The real grader, held at a gate until the test opens it. */
    record GatedGrader(GradingService real, CountDownLatch gate) implements GradingService {
        @Override
        public GradeResult grade(String rubricId, String id, String text) {
            try {
                assertTrue(gate.await(60, TimeUnit.SECONDS));
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return real.grade(rubricId, id, text);
        }

        @Override
        public List<RubricSummary> rubrics() {
            return real.rubrics();
        }

        @Override
        public String engineVersion() {
            return real.engineVersion();
        }
    }

    @Test
    void aSubmissionIsQueuedThenGradingThenGradedOrSentToReview(@TempDir Path dir) throws Exception {
        CountDownLatch gate = new CountDownLatch(1);
        GatedGrader grader = new GatedGrader(TestEngine.grading(), gate);
        var oneWorker = TestServer.webhooks().withWorkers(1, 2, Duration.ofMillis(100));
        try (Receiver receiver = Receiver.ok();
             TestServer s = TestServer.start(dir, TestServer.settings(), oneWorker, CallbackPolicy.Resolver.SYSTEM,
                     () -> grader).ready()) {
            String key = s.key("acme");
            s.webhookSecret("acme");
            String first = submit(s, key, Essays.WAREHOUSE, receiver.url("/hook"));
            String second = submit(s, key, "El robot fue entrenado en un simulador y aprendió a ir a la derecha en "
                    + "lugar de recoger la moneda. Cuando lo usaron en otro lugar, siguió yendo a la derecha.",
                    receiver.url("/hook"));
            awaitStatus(s, key, first, "grading");
            assertEquals("queued", status(s, key, second), "one worker: the second waits its turn");
            gate.countDown();
            awaitStatus(s, key, first, "graded");
            awaitStatus(s, key, second, "needs_review");
            receiver.await(r -> true, 2, Duration.ofSeconds(30));
        }
    }

    static String submit(TestServer s, String key, String text, String callback) throws Exception {
        TestServer.Response r = s.postJson("/v1/webhooks/submissions", "{\"rubric\":\"gm-case-study\","
                + "\"learner_id\":\"l\",\"text\":" + json(text) + ",\"callback_url\":" + json(callback) + "}",
                "Authorization", bearer(key));
        assertEquals(202, r.status(), r::toString);
        assertEquals("queued", r.json().path("status").asText());
        return r.json().path("id").asText();
    }

    static String status(TestServer s, String key, String id) throws Exception {
        TestServer.Response r = s.get("/v1/submissions/" + id, "Authorization", bearer(key));
        assertEquals(200, r.status(), r::toString);
        return r.json().path("status").asText();
    }

    static void awaitStatus(TestServer s, String key, String id, String want) throws Exception {
        long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String got;
        while (!(got = status(s, key, id)).equals(want)) {
            assertTrue(System.nanoTime() < end, id + " is " + got + ", never " + want);
            Thread.sleep(20);
        }
    }
}
