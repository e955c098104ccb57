package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import static org.casemark.http.Essays.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The anonymous endpoints and the error policy, over real HTTP against the real grader. */
class ApiHttpTest {
    @TempDir
    static Path data;
    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data, TestServer.settings().withLimits(l -> l
                .withFeedbackRate(new Limits.Rate(1000, 1000)).withQuizRate(new Limits.Rate(1000, 1000))), TestEngine::grading).ready();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String feedback(String rubric, String text) {
        return "{\"rubric\":" + json(rubric) + ",\"text\":" + json(text) + "}";
    }

    /** Every error is problem+json with type, title, status and detail, and no stack trace. */
    static JsonNode problem(TestServer.Response r, int status) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.header("Content-Type").startsWith("application/problem+json"), r.header("Content-Type"));
        JsonNode p = r.json();
        assertEquals(status, p.path("status").asInt());
        for (String f : new String[]{"type", "title", "detail"}) assertTrue(p.path(f).isTextual(), f + " in " + p);
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), r.body());
        return p;
    }

    @Test
    void feedbackReturnsTheGradeInTheCliShape() throws Exception {
        TestServer.Response r = s.postJson("/v1/feedback", feedback("gm-case-study", Essays.WAREHOUSE));
        assertEquals(200, r.status(), r::toString);
        assertEquals("application/json", r.header("Content-Type"));
        JsonNode g = r.json();
        assertEquals("gm-case-study", g.path("rubric").asText());
        assertEquals("graded", g.path("status").asText());
        assertTrue(g.path("total").asInt() > 0, g::toString);
        assertTrue(g.has("rubric_version") && g.has("engine_version") && g.path("components").size() > 0);
        assertTrue(g.path("components").get(0).has("criteria_met"), "snake_case names");
        assertFalse(g.has("quiz"));
        // deterministic: the same request gives the same bytes
        assertEquals(r.body(), s.postJson("/v1/feedback", feedback("gm-case-study", Essays.WAREHOUSE)).body());
    }

    @Test
    void feedbackWithQuizAnswersCarriesTheQuizResults() throws Exception {
        String body = "{\"rubric\":\"gm-case-study\",\"text\":" + json(Essays.WAREHOUSE)
                + ",\"quiz\":{\"id\":\"gm-lesson\",\"answers\":{\"fraud-2024\":\"b\"}}}";
        TestServer.Response r = s.postJson("/v1/feedback", body);
        assertEquals(200, r.status(), r::toString);
        JsonNode quiz = r.json().path("quiz");
        assertEquals("gm-lesson", quiz.path("quiz").asText());
        assertTrue(quiz.path("items").size() > 0);
        assertEquals("graded", r.json().path("status").asText());

        problem(s.postJson("/v1/feedback", body.replace("gm-lesson", "no-quiz")), 404);
        problem(s.postJson("/v1/feedback", body.replace("\"b\"", "\"zz\"")), 422);
    }

    @Test
    void quizScoring() throws Exception {
        TestServer.Response r = s.postJson("/v1/quizzes/gm-lesson/score",
                "{\"answers\":{\"fraud-2024\":\"b\",\"in-distribution\":\"a\"},\"reveal\":true}");
        assertEquals(200, r.status(), r::toString);
        JsonNode items = r.json().path("items");
        JsonNode fraud = null;
        for (JsonNode i : items) if (i.path("id").asText().equals("fraud-2024")) fraud = i;
        assertNotNull(fraud, items::toString);
        assertTrue(fraud.path("correct").asBoolean());
        assertTrue(r.json().path("reveal").asBoolean());

        problem(s.postJson("/v1/quizzes/nope/score", "{\"answers\":{}}"), 404);
        problem(s.postJson("/v1/quizzes/gm-lesson/score", "{\"answers\":{\"no-such-item\":\"a\"}}"), 422);
        problem(s.postJson("/v1/quizzes/gm-lesson/score", "{}"), 422);
        problem(s.postJson("/v1/quizzes/gm-lesson/score", "{\"answers\":{},\"reveal\":\"yes\"}"), 422);
    }

    @Test
    void rubricsShowWhatALearnerMaySee() throws Exception {
        TestServer.Response list = s.get("/v1/rubrics");
        assertEquals(200, list.status());
        JsonNode first = list.json().path("rubrics").get(0);
        assertEquals("gm-case-study", first.path("id").asText());
        TestServer.Response one = s.get("/v1/rubrics/gm-case-study");
        assertEquals(200, one.status());
        assertEquals(first, one.json());
        JsonNode criterion = one.json().path("components").get(0).path("criteria").get(0);
        assertTrue(criterion.has("id") && criterion.has("description"));
        assertFalse(one.body().contains("concepts") || one.body().contains("phrases"), "no matching vocabulary");
        problem(s.get("/v1/rubrics/nope"), 404);
    }

    @Test
    void healthMetricsAndOpenApi() throws Exception {
        assertEquals("live", s.get("/health/live").json().path("status").asText());
        assertEquals("ready", s.get("/health/ready").json().path("status").asText());
        s.postJson("/v1/feedback", feedback("gm-case-study", Essays.WAREHOUSE));
        TestServer.Response m = s.get("/metrics");
        assertEquals(200, m.status());
        assertTrue(m.header("Content-Type").startsWith("text/plain"));
        assertTrue(m.body().contains("http_server_requests_seconds_count{method=\"POST\",outcome=\"SUCCESS\","
                + "status=\"200\",uri=\"/v1/feedback\"}"), m.body());
        assertTrue(m.body().contains("http_server_requests_seconds_bucket{method=\"POST\",outcome=\"SUCCESS\","
                + "status=\"200\",uri=\"/v1/feedback\",le=\"+Inf\"}"));
        assertTrue(m.body().contains("casemark_grading_seconds_count{rubric=\"gm-case-study\"}"));
        assertTrue(m.body().contains("casemark_ready 1"));
        for (String standard : new String[]{"jvm_memory_used_bytes", "jvm_gc_max_data_size_bytes", "jvm_threads_live_threads", "process_cpu_usage",
                "executor_queued_tasks{name=\"grading\"}", "jetty_threads_busy"}) {
            assertTrue(m.body().contains(standard), standard);
        }

        JsonNode doc = s.get("/openapi.json").json();
        assertTrue(doc.path("openapi").asText().startsWith("3."));
        for (String p : new String[]{"/v1/feedback", "/v1/submissions", "/v1/submissions/{id}",
                "/v1/quizzes", "/v1/quizzes/{quiz_id}", "/v1/quizzes/{quiz_id}/score", "/v1/rubrics",
                "/v1/rubrics/{id}", "/health/live", "/health/ready", "/metrics", "/openapi.json", "/v1/batches",
                "/v1/batches/{id}", "/v1/batches/{id}/events", "/v1/batches/{id}/results", "/v1/batches/{id}/report"}) {
            assertTrue(doc.path("paths").has(p), "OpenAPI documents " + p);
        }
    }

    @Test
    void malformedJsonSaysWhereItBroke() throws Exception {
        JsonNode p = problem(s.postJson("/v1/feedback", "{\n  \"rubric\": \"gm-case-study\",\n  \"text\": oops\n}"), 400);
        assertTrue(p.path("detail").asText().startsWith("line 3, column "), p::toString);
        problem(s.postJson("/v1/feedback", ""), 400);
        problem(s.postJson("/v1/feedback", "{\"rubric\":\"gm-case-study\"} trailing"), 400);
    }

    @Test
    void missingBlankOrWrongTypedTextIs422() throws Exception {
        problem(s.postJson("/v1/feedback", "{\"rubric\":\"gm-case-study\"}"), 422);
        problem(s.postJson("/v1/feedback", feedback("gm-case-study", "   \n ")), 422);
        problem(s.postJson("/v1/feedback", "{\"rubric\":\"gm-case-study\",\"text\":42}"), 422);
        problem(s.postJson("/v1/feedback", "{\"text\":\"a robot\"}"), 422);
        problem(s.postJson("/v1/feedback", "[1,2]"), 422);
    }

    @Test
    void unknownRubricIs404() throws Exception {
        JsonNode p = problem(s.postJson("/v1/feedback", feedback("no-such-rubric", Essays.WAREHOUSE)), 404);
        assertTrue(p.path("detail").asText().contains("no-such-rubric"));
    }

    @Test
    void textOverTheLimitIs413() throws Exception {
        problem(s.postJson("/v1/feedback", feedback("gm-case-study", "word ".repeat(12_001))), 413);
    }

    @Test
    void bodyOverTheLimitIs413DeclaredOrChunked() throws Exception {
        String big = feedback("gm-case-study", "x".repeat(1_100_000));
        problem(s.postJson("/v1/feedback", big), 413);
        // no Content-Length: the body arrives chunked and is cut off while it is read
        HttpRequest.Builder chunked = HttpRequest.newBuilder(s.uri("/v1/feedback"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big.getBytes())));
        problem(s.send(chunked), 413);
        // a small chunked body is fine
        String small = feedback("gm-case-study", Essays.WAREHOUSE);
        HttpRequest.Builder ok = HttpRequest.newBuilder(s.uri("/v1/feedback"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(small.getBytes())));
        assertEquals(200, s.send(ok).status());
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.uri("/v1/feedback")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(feedback("gm-case-study", Essays.WAREHOUSE)));
        problem(s.send(b), 415);
        problem(s.send(HttpRequest.newBuilder(s.uri("/v1/feedback"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))), 415);
        assertEquals(200, s.postJson("/v1/feedback", feedback("gm-case-study", Essays.WAREHOUSE),
                "Content-Type", "application/json; charset=utf-8").status());
    }

    @Test
    void aDeclaredLatin1BodyIsDecodedAndOtherCharsetsAre415() throws Exception {
        String text = "The AI system is a café robot trained to serve crème brûlée to the guests of a hotel.";
        byte[] latin1 = feedback("gm-case-study", text).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        TestServer.Response r = s.send(HttpRequest.newBuilder(s.uri("/v1/feedback"))
                .header("Content-Type", "application/json; charset=iso-8859-1")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1)));
        assertEquals(200, r.status(), r::toString);
        TestServer.Response utf8 = s.postJson("/v1/feedback", feedback("gm-case-study", text));
        assertEquals(utf8.body(), r.body(), "the same grade as the UTF-8 request");
        problem(s.send(HttpRequest.newBuilder(s.uri("/v1/feedback"))
                .header("Content-Type", "application/json; charset=utf-16")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1))), 415);
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405() throws Exception {
        problem(s.get("/v1/nothing-here"), 404);
        problem(s.get("/v1/feedback"), 405);
        problem(s.send(HttpRequest.newBuilder(s.uri("/v1/rubrics")).DELETE()), 405);
    }

    @Test
    void feedbackIsRateLimitedPerClient(@TempDir Path dir) throws Exception {
        try (TestServer limited = TestServer.start(dir, TestServer.settings().withLimits(l -> l.withFeedbackRate(new Limits.Rate(2, 1))),
                TestEngine::grading).ready()) {
            String body = feedback("gm-case-study", "The AI system is a warehouse robot.");
            assertEquals(200, limited.postJson("/v1/feedback", body).status());
            assertEquals(200, limited.postJson("/v1/feedback", body).status());
            TestServer.Response r = limited.postJson("/v1/feedback", body);
            problem(r, 429);
            long retry = Long.parseLong(r.header("Retry-After"));
            assertTrue(retry >= 1 && retry <= 60, r.header("Retry-After"));
            assertEquals(200, limited.get("/v1/rubrics").status(), "only feedback is limited");
        }
    }

    @Test
    void notReadyUntilTheGraderIsLoaded(@TempDir Path dir) throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        try (TestServer loading = TestServer.start(dir, TestServer.settings(), () -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return TestEngine.grading();
        })) {
            assertEquals(200, loading.get("/health/live").status());
            TestServer.Response r = loading.get("/health/ready");
            problem(r, 503);
            assertNotNull(r.header("Retry-After"));
            problem(loading.postJson("/v1/feedback", feedback("gm-case-study", Essays.WAREHOUSE)), 503);
            assertTrue(loading.get("/metrics").body().contains("casemark_ready 0"));
            release.countDown();
            loading.ready();
            assertEquals(200, loading.get("/health/ready").status());
        }
    }
}
