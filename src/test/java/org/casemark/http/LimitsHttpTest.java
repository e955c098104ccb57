package org.casemark.http;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.casemark.http.ApiHttpTest.problem;
import static org.casemark.http.Essays.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10, item 2, against a real server: the quiz "why" answers, ids and lists have limits, checked before
 * anything is graded, and every anonymous route but health is rate limited per client address.
 */
class LimitsHttpTest {
    @TempDir
    static Path data;
    static TestServer s;
    static final Limits LIMITS = Limits.defaults();

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data, TestServer.settings().withLimits(l -> l.withQuizRate(new Limits.Rate(1000, 1000))
                .withFeedbackRate(new Limits.Rate(1000, 1000))), TestEngine::grading).ready();
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String why(String text) {
        return "{\"answers\":{\"fraud-2024\":{\"answer\":\"a\",\"why\":" + json(text) + "}}}";
    }

    @Test
    void aWhyOverTheLimitIs413BeforeAnyGrading() throws Exception {
        String sentence = "The proxy coincided with fraud in the old data. ";
        String atLimit = sentence.repeat(LIMITS.maxWhyChars() / sentence.length());
        assertEquals(200, s.postJson("/v1/quizzes/gm-lesson/score", why(atLimit)).status());
        problem(s.postJson("/v1/quizzes/gm-lesson/score", why(atLimit + "x".repeat(LIMITS.maxWhyChars()))), 413);

        // the body: 968 KB, two 480,000-character answers; refused at once instead of graded for seconds
        String huge = "{\"answers\":{\"fraud-2024\":{\"answer\":\"a\",\"why\":" + json("word ".repeat(96_000))
                + "},\"in-distribution\":{\"answer\":\"b\",\"why\":" + json("word ".repeat(96_000)) + "}}}";
        long start = System.nanoTime();
        TestServer.Response r = s.postJson("/v1/quizzes/gm-lesson/score", huge);
        problem(r, 413);
        assertTrue(r.json().path("detail").asText().contains("limit is " + LIMITS.maxWhyChars()), r::toString);
        assertTrue(System.nanoTime() - start < 1_000_000_000L, "refused in under a second");

        // the same limit holds for answers sent along with a write-up
        String withText = "{\"rubric\":\"gm-case-study\",\"text\":\"The AI system is a robot.\",\"quiz\":{\"id\":"
                + "\"gm-lesson\",\"answers\":{\"fraud-2024\":{\"answer\":\"a\",\"why\":"
                + json("x".repeat(LIMITS.maxWhyChars() + 1)) + "}}}}";
        problem(s.postJson("/v1/feedback", withText), 413);
    }

    @Test
    void idsAndListsOverTheLimitAre422() throws Exception {
        String longId = "x".repeat(LIMITS.maxIdChars() + 1);
        problem(s.postJson("/v1/quizzes/gm-lesson/score", "{\"answers\":{" + json(longId) + ":\"a\"}}"), 422);
        problem(s.postJson("/v1/quizzes/gm-lesson/score", "{\"answers\":{\"fraud-2024\":" + json(longId) + "}}"), 422);
        StringBuilder many = new StringBuilder("[");
        for (int i = 0; i <= LIMITS.maxListItems(); i++) many.append(i == 0 ? "" : ",").append("\"randomize\"");
        problem(s.postJson("/v1/quizzes/gm-lesson/score", "{\"answers\":{\"remedies\":" + many + "]}}"), 422);
        problem(s.postJson("/v1/feedback", "{\"rubric\":" + json(longId) + ",\"text\":\"a robot\"}"), 422);
        String key = s.key("limits");
        problem(s.postJson("/v1/submissions", "{\"rubric\":\"gm-case-study\",\"learner_id\":" + json(longId)
                + ",\"text\":\"a robot\"}", "Authorization", TestServer.bearer(key)), 422);
        problem(s.get("/v1/submissions?learner_id=" + longId, "Authorization", TestServer.bearer(key)), 400);
        problem(s.get("/v1/quizzes/" + longId), 404);
        String veryLong = "y".repeat(2_000);
        TestServer.Response notFound = s.get("/v1/quizzes/" + veryLong);
        problem(notFound, 404);
        assertTrue(!notFound.body().contains(veryLong), "a long id is not echoed back: " + notFound.body().length());
    }

    @Test
    void everyAnonymousRouteButHealthIsRateLimited(@TempDir Path dir) throws Exception {
        ServerSettings tight = TestServer.settings().withLimits(l -> l.withQuizRate(new Limits.Rate(2, 1))
                .withReadRate(new Limits.Rate(3, 1)));
        try (TestServer limited = TestServer.start(dir, tight, TestEngine::grading).ready()) {
            String answers = "{\"answers\":{\"fraud-2024\":\"b\"}}";
            assertEquals(200, limited.postJson("/v1/quizzes/gm-lesson/score", answers).status());
            assertEquals(200, limited.postJson("/v1/quizzes/gm-lesson/score", answers).status());
            TestServer.Response r = limited.postJson("/v1/quizzes/gm-lesson/score", answers);
            problem(r, 429);
            assertTrue(Long.parseLong(r.header("Retry-After")) >= 1, r::toString);

            for (String read : new String[]{"/v1/quizzes", "/v1/rubrics", "/openapi.json"}) {
                assertEquals(200, limited.get(read).status(), read);
            }
            problem(limited.get("/v1/quizzes/gm-lesson"), 429);
            problem(limited.get("/metrics"), 429);
            for (int i = 0; i < 20; i++) assertEquals(200, limited.get("/health/live").status(), "health is never limited");
            assertEquals(200, limited.get("/health/ready").status());
        }
    }
}
