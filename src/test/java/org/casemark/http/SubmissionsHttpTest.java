package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.casemark.http.ApiHttpTest.problem;
import static org.casemark.http.Essays.json;
import static org.casemark.http.TestServer.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Stored submissions: API keys, tenant isolation, pagination, idempotency and restart persistence. */
class SubmissionsHttpTest {
    @TempDir
    static Path data;
    static TestServer s;
    static String acme;
    static String globex;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data).ready();
        acme = s.key("acme");
        globex = s.key("globex");
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static String submission(String learner, String text) {
        return "{\"rubric\":\"gm-case-study\",\"learner_id\":" + json(learner) + ",\"text\":" + json(text) + "}";
    }

    static TestServer.Response submit(TestServer server, String key, String body, String... headers) throws Exception {
        List<String> h = new ArrayList<>(List.of("Authorization", bearer(key)));
        h.addAll(List.of(headers));
        return server.postJson("/v1/submissions", body, h.toArray(String[]::new));
    }

    @Test
    void createdSubmissionIsStoredWithItsGrade() throws Exception {
        String body = "{\"rubric\":\"gm-case-study\",\"learner_id\":\"l-1\",\"external_id\":\"ext-9\",\"text\":"
                + json(Essays.WAREHOUSE) + ",\"quiz\":{\"id\":\"gm-lesson\",\"answers\":{\"fraud-2024\":\"b\"}}}";
        TestServer.Response r = submit(s, acme, body);
        assertEquals(201, r.status(), r::toString);
        JsonNode sub = r.json();
        String id = sub.path("id").asText();
        assertTrue(id.startsWith("sub_"), id);
        assertEquals("/v1/submissions/" + id, r.header("Location"));
        assertEquals("l-1", sub.path("learner_id").asText());
        assertEquals("ext-9", sub.path("external_id").asText());
        assertEquals(Essays.WAREHOUSE, sub.path("text").asText());
        assertEquals(id, sub.path("grade").path("id").asText());
        assertEquals("graded", sub.path("grade").path("status").asText());
        assertEquals("gm-lesson", sub.path("grade").path("quiz").path("quiz").asText());
        assertEquals(sub.path("grade").path("rubric_version"), sub.path("rubric_version"));
        assertEquals(sub.path("grade").path("engine_version"), sub.path("engine_version"));

        TestServer.Response got = s.get("/v1/submissions/" + id, "Authorization", bearer(acme));
        assertEquals(200, got.status());
        assertEquals(sub, got.json());
    }

    @Test
    void keysAreRequiredAndChecked() throws Exception {
        String body = submission("l-2", Essays.WAREHOUSE);
        problem(s.postJson("/v1/submissions", body), 401);
        assertTrue(s.postJson("/v1/submissions", body).header("WWW-Authenticate").startsWith("Bearer"));
        problem(submit(s, "cm_0000000000000000_not-a-key", body), 401);
        problem(submit(s, acme + "x", body), 401);
        problem(s.postJson("/v1/submissions", body, "Authorization", "Basic " + acme), 401);
        problem(s.get("/v1/submissions", "Authorization", bearer("nonsense")), 401);

        String doomed = s.key("acme");
        assertEquals(201, submit(s, doomed, body).status());
        s.store.revokeKey(doomed.split("_")[1]);
        problem(submit(s, doomed, body), 401);
        problem(s.get("/v1/submissions", "Authorization", bearer(doomed)), 401);
    }

    @Test
    void submissionErrors() throws Exception {
        problem(submit(s, acme, "{\"rubric\":\"gm-case-study\",\"text\":\"a robot\"}"), 422);   // no learner_id
        problem(submit(s, acme, submission("l-3", "  ")), 422);
        problem(submit(s, acme, submission("l-3", Essays.WAREHOUSE).replace("gm-case-study", "nope")), 404);
        problem(submit(s, acme, "{\"rubric\":"), 400);
        problem(s.get("/v1/submissions/sub_doesnotexist", "Authorization", bearer(acme)), 404);
        problem(s.get("/v1/submissions?cursor=bogus", "Authorization", bearer(acme)), 400);
        problem(s.get("/v1/submissions?limit=0", "Authorization", bearer(acme)), 400);
    }

    @Test
    void tenantsSeeOnlyTheirOwnSubmissions() throws Exception {
        String id = submit(s, globex, submission("g-1", Essays.WAREHOUSE)).json().path("id").asText();
        assertEquals(200, s.get("/v1/submissions/" + id, "Authorization", bearer(globex)).status());
        JsonNode p = problem(s.get("/v1/submissions/" + id, "Authorization", bearer(acme)), 404);
        assertEquals(problem(s.get("/v1/submissions/sub_missing", "Authorization", bearer(acme)), 404).path("title"),
                p.path("title"));
        for (JsonNode item : s.get("/v1/submissions?limit=100", "Authorization", bearer(acme)).json().path("items")) {
            assertNotEquals(id, item.path("id").asText());
        }
    }

    @Test
    void cursorPaginationWithFilters() throws Exception {
        String key = s.key("paging");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(submit(s, key, submission("p-1", "The AI system is robot number " + i + " in a warehouse."))
                    .json().path("id").asText());
        }
        submit(s, key, submission("p-2", "The AI system is another robot in a warehouse."));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = s.get("/v1/submissions?learner_id=p-1&rubric=gm-case-study&limit=2"
                    + (cursor == null ? "" : "&cursor=" + cursor), "Authorization", bearer(key)).json();
            page.path("items").forEach(it -> {
                assertEquals("p-1", it.path("learner_id").asText());
                seen.add(it.path("id").asText());
            });
            cursor = page.path("next_cursor").isNull() ? null : page.path("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 10);
        assertEquals(ids, seen);
        assertEquals(3, pages);
        assertEquals(6, s.get("/v1/submissions", "Authorization", bearer(key)).json().path("items").size());
        assertEquals(0, s.get("/v1/submissions?rubric=other", "Authorization", bearer(key)).json().path("items").size());
    }

    @Test
    void idempotencyKeyReplaysTheFirstResponse() throws Exception {
        String key = s.key("idem");
        String body = submission("i-1", Essays.WAREHOUSE);
        TestServer.Response first = submit(s, key, body, "Idempotency-Key", "attempt-1");
        assertEquals(201, first.status());
        TestServer.Response again = submit(s, key, body, "Idempotency-Key", "attempt-1");
        assertEquals(201, again.status());
        assertEquals(first.body(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        problem(submit(s, key, submission("i-1", "A different text about a robot."), "Idempotency-Key", "attempt-1"), 422);
        // the key is the tenant's: another tenant may use the same key for its own submission
        TestServer.Response other = submit(s, s.key("idem-2"), body, "Idempotency-Key", "attempt-1");
        assertEquals(201, other.status());
        assertNotEquals(first.json().path("id"), other.json().path("id"));
        // only one submission was stored for the replayed key
        assertEquals(1, s.get("/v1/submissions", "Authorization", bearer(key)).json().path("items").size());
        problem(submit(s, key, body, "Idempotency-Key", "x".repeat(300)), 400);
    }

    @Test
    void idempotencyComparesTheParsedRequestNotItsBytes() throws Exception {
        String key = s.key("idem-parsed");
        String body = "{\"rubric\":\"gm-case-study\",\"learner_id\":\"p-1\",\"text\":" + json(Essays.WAREHOUSE) + "}";
        TestServer.Response first = submit(s, key, body, "Idempotency-Key", "spacing");
        assertEquals(201, first.status());
        String respaced = "{\n  \"text\" : " + json(Essays.WAREHOUSE) + ",\n  \"learner_id\" : \"p-\\u0031\",\n"
                + "  \"rubric\" : \"gm-case-study\"\n}\n";
        TestServer.Response again = submit(s, key, respaced, "Idempotency-Key", "spacing");
        assertEquals(201, again.status(), again::toString);
        assertEquals(first.body(), again.body());
        assertEquals("true", again.header("Idempotent-Replayed"));
        problem(submit(s, key, respaced.replace("p-\\u0031", "p-2"), "Idempotency-Key", "spacing"), 422);
    }

    @Test
    void aRestartKeepsEverything(@TempDir Path dir) throws Exception {
        String key;
        String id;
        JsonNode stored;
        try (TestServer first = TestServer.start(dir).ready()) {
            key = first.key("persist");
            TestServer.Response r = submit(first, key, submission("r-1", Essays.WAREHOUSE), "Idempotency-Key", "k1");
            assertEquals(201, r.status());
            id = r.json().path("id").asText();
            stored = r.json();
        }
        try (TestServer second = TestServer.start(dir).ready()) {
            TestServer.Response got = second.get("/v1/submissions/" + id, "Authorization", bearer(key));
            assertEquals(200, got.status(), got::toString);
            assertEquals(stored, got.json());
            TestServer.Response replay = submit(second, key, submission("r-1", Essays.WAREHOUSE), "Idempotency-Key", "k1");
            assertEquals(stored, replay.json());
        }
    }
}
