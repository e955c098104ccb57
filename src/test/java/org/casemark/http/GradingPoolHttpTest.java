package org.casemark.http;

import org.casemark.core.GradeResult;
import org.casemark.core.GradingService;
import org.casemark.core.RubricSummary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.casemark.http.ApiHttpTest.feedback;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bounded grading pool, against a real server: with one grading thread and a queue of one, a third request
 * while two are held is refused at once with 503 and Retry-After, health still answers, and the held two complete.
 */
class GradingPoolHttpTest {

    /** The real grader behind a gate: each grading waits until the test opens it. */
    static final class GatedGrader implements GradingService {
        final CountDownLatch gate = new CountDownLatch(1);
        final AtomicInteger entered = new AtomicInteger();

        @Override
        public GradeResult grade(String rubricId, String id, String text) {
            entered.incrementAndGet();
            try {
                gate.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestEngine.grading().grade(rubricId, id, text);
        }

        @Override
        public List<RubricSummary> rubrics() {
            return TestEngine.grading().rubrics();
        }

        @Override
        public String engineVersion() {
            return TestEngine.grading().engineVersion();
        }
    }

    @Test
    void aFullQueueIs503WithRetryAfterAndHealthStillAnswers(@TempDir Path dir) throws Exception {
        TestEngine.grading();
        GatedGrader gated = new GatedGrader();
        ServerSettings settings = TestServer.settings().withLimits(l -> l.withGrading(1, 1));
        try (TestServer s = TestServer.start(dir, settings, () -> gated).ready()) {
            HttpRequest post = HttpRequest.newBuilder(s.uri("/v1/feedback")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(feedback("gm-case-study", Essays.WAREHOUSE))).build();
            CompletableFuture<HttpResponse<String>> running = TestServer.CLIENT.sendAsync(post,
                    HttpResponse.BodyHandlers.ofString());
            long deadline = System.currentTimeMillis() + 10_000;
            while (gated.entered.get() < 1 && System.currentTimeMillis() < deadline) Thread.sleep(20);
            CompletableFuture<HttpResponse<String>> queued = TestServer.CLIENT.sendAsync(post,
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(500);   // the second is in the queue now

            long start = System.nanoTime();
            TestServer.Response refused = s.send(HttpRequest.newBuilder(s.uri("/v1/feedback"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(feedback("gm-case-study", Essays.WAREHOUSE))));
            ApiHttpTest.problem(refused, 503);
            assertEquals("1", refused.header("Retry-After"));
            assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused at once, not queued");
            assertEquals(200, s.get("/health/live").status());
            assertEquals(200, s.get("/health/ready").status());

            gated.gate.countDown();
            assertEquals(200, running.get(30, TimeUnit.SECONDS).statusCode());
            assertEquals(200, queued.get(30, TimeUnit.SECONDS).statusCode());
            assertEquals(2, gated.entered.get(), "the refused request was never graded");
        }
    }
}
