package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.Receiver;
import org.casemark.cli.Main;
import org.casemark.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.casemark.http.TestServer.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reviews over HTTP: the queue lists what the grader sent to review; a review must score every component within
 * its max; once stored, the submission shows the reviewed grade with the machine grade and the review (who, when)
 * beside it, every review is kept, a called-back submission is called back with {@code submission.reviewed}, and
 * the reviews download as labels that {@code casemark calibrate} reads.
 */
class ReviewHttpTest {
    static final String FRENCH = InstructorPagesBrowserTest.FRENCH;
    static final String SCORES = "{\"system\":2,\"aligned_goal\":2,\"proxy_goal\":1,\"distribution_shift\":1,"
            + "\"fix_training\":2,\"fix_evaluation\":0}";

    @TempDir
    static Path dir;
    static TestServer s;
    static Receiver receiver;
    static String key;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(dir.resolve("data"), TestServer.settings(), TestServer.webhooks(),
                org.casemark.webhook.CallbackPolicy.Resolver.SYSTEM, TestEngine::grading).ready();
        receiver = Receiver.ok();
        key = s.key("school");
        s.webhookSecret("school");
    }

    @AfterAll
    static void stop() {
        if (s != null) s.close();
        if (receiver != null) receiver.close();
    }

    static String submit(String learner, String text, String key) throws Exception {
        TestServer.Response r = s.postJson("/v1/submissions", Json.MAPPER.createObjectNode().put("rubric", "gm-case-study")
                .put("learner_id", learner).put("text", text).toString(), "Authorization", bearer(key));
        assertEquals(201, r.status(), r.toString());
        return r.json().path("id").asText();
    }

    static TestServer.Response review(String id, String body, String k) throws Exception {
        return s.postJson("/v1/submissions/" + id + "/reviews", body, "Authorization", bearer(k));
    }

    @Test
    void theQueueTheChecksAndBothGradesKept() throws Exception {
        String key = s.key("queue");
        String french = submit("learner-fr", FRENCH, key);
        String english = submit("learner-en", Essays.WAREHOUSE, key);

        JsonNode queue = s.get("/v1/reviews", "Authorization", bearer(key)).json();
        JsonNode item = queue.path("items").get(0);
        assertEquals(french, item.path("id").asText(), queue.toString());
        assertEquals(1, queue.path("items").size(), "only what was sent to review");
        assertTrue(item.path("review_reasons").get(0).asText().contains("English"), item.toString());
        assertTrue(item.path("provisional_total").isNull());
        assertEquals(6, item.path("components").size());
        OpenApiMatchesGradesTest.covers("ReviewQueueItem", item);

        assertEquals(422, review(french, "{\"scores\":{\"system\":2}}", key).status(), "every component");
        TestServer.Response over = review(french, "{\"scores\":" + SCORES.replace("\"system\":2", "\"system\":3") + "}", key);
        assertEquals(422, over.status());
        assertTrue(over.json().path("detail").asText().contains("scores.system must be a whole number in 0..2"));
        assertEquals(422, review(french, "{\"scores\":" + SCORES.replace("}", ",\"style\":1}") + "}", key).status());
        assertEquals(404, review(french, "{\"scores\":" + SCORES + "}", s.key("other")).status(), "another tenant's");
        assertEquals(404, review("sub_nothing", "{\"scores\":" + SCORES + "}", key).status());

        TestServer.Response first = review(french, "{\"scores\":" + SCORES + ",\"comment\":\"Good case.\","
                + "\"reviewer\":\"Prof. Hopper\"}", key);
        assertEquals(201, first.status(), first.toString());
        JsonNode sub = s.get("/v1/submissions/" + french, "Authorization", bearer(key)).json();
        OpenApiMatchesGradesTest.covers("Submission", sub);
        assertEquals("graded", sub.path("status").asText());
        assertEquals(8, sub.path("grade").path("total").asInt());
        assertEquals("graded", sub.path("grade").path("status").asText());
        assertTrue(sub.path("grade").path("feedback").asText().endsWith("Good case."));
        assertEquals("needs_review", sub.path("machine_grade").path("status").asText(), "the machine grade, as it was");
        assertEquals("Prof. Hopper", sub.path("review").path("reviewer").asText());
        assertEquals(key.split("_")[1], sub.path("review").path("key_id").asText());
        assertEquals(0, s.get("/v1/reviews", "Authorization", bearer(key)).json().path("items").size(), "cleared");

        assertEquals(201, review(french, "{\"scores\":" + SCORES.replace("\"fix_evaluation\":0",
                "\"fix_evaluation\":1") + "}", key).status());
        assertEquals(9, s.get("/v1/submissions/" + french, "Authorization", bearer(key)).json()
                .path("grade").path("total").asInt(), "the latest review is the grade");
        assertEquals(2, s.store.reviews().history("queue", french).size(), "every review kept");
        assertEquals("queue", s.store.reviews().history("queue", french).get(1).reviewer(), "default: the tenant");

        // a graded write-up may be reviewed too; the list shows the reviewed grades
        assertEquals(201, review(english, "{\"scores\":" + SCORES + "}", key).status());
        JsonNode list = s.get("/v1/submissions?limit=10", "Authorization", bearer(key)).json();
        for (JsonNode x : list.path("items")) assertTrue(x.has("review"), x.path("id").asText());
    }

    @Test
    void aCalledBackSubmissionIsCalledBackAgainWithItsReviewedGrade() throws Exception {
        String body = Json.MAPPER.createObjectNode().put("rubric", "gm-case-study").put("learner_id", "lms-7")
                .put("text", FRENCH).put("callback_url", receiver.url("/hook")).toString();
        TestServer.Response r = s.postJson("/v1/webhooks/submissions", body, "Authorization", bearer(key));
        assertEquals(202, r.status(), r.toString());
        String id = r.json().path("id").asText();
        receiver.await(x -> x.body().contains(id) && x.body().contains("submission.completed"), 1, Duration.ofSeconds(60));
        assertEquals(201, review(id, "{\"scores\":" + SCORES + "}", key).status());
        Receiver.Received cb = receiver.await(x -> x.body().contains(id) && x.body().contains("submission.reviewed"), 1,
                Duration.ofSeconds(30)).get(0);
        JsonNode event = Json.MAPPER.readTree(cb.body());
        assertEquals("submission.reviewed", event.path("type").asText());
        assertEquals(8, event.path("data").path("grade").path("total").asInt());
        assertEquals("needs_review", event.path("data").path("machine_grade").path("status").asText());
        assertFalse(event.path("data").has("text"));
        assertTrue(cb.header("webhook-signature").startsWith("v1,"), "signed like every callback");
        OpenApiMatchesGradesTest.covers("CompletedEvent", event);
        OpenApiMatchesGradesTest.covers("CompletedSubmission", event.path("data"));
    }

    @Test
    void reviewsDownloadAsLabelsThatCalibrateReads() throws Exception {
        String key = s.key("labels");
        String id = submit("learner-label", Essays.WAREHOUSE, key);
        assertEquals(201, review(id, "{\"scores\":" + SCORES + ",\"flags\":{\"misconception\":true}}", key).status());
        TestServer.Response labels = s.get("/v1/reviews/labels?rubric=gm-case-study", "Authorization", bearer(key));
        assertEquals(200, labels.status());
        assertTrue(labels.header("Content-Type").startsWith("application/x-ndjson"));
        JsonNode line = labels.body().lines().map(l -> {
            try {
                return Json.MAPPER.readTree(l);
            } catch (Exception e) {
                throw new AssertionError(l, e);
            }
        }).filter(l -> l.path("id").asText().equals(id)).findFirst().orElseThrow();
        assertEquals(1, labels.body().lines().count(), "one line per reviewed write-up of the tenant");
        assertEquals(Essays.WAREHOUSE, line.path("text").asText());
        assertEquals(1, line.path("labels").path("proxy_goal").asInt());
        assertTrue(line.path("flags").path("misconception").asBoolean());
        assertEquals("en", line.path("flags").path("language").asText());

        Path file = dir.resolve("labels.jsonl");
        Files.writeString(file, labels.body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[]{"calibrate", "--rubric", "gm-case-study", "--input", file.toString(), "--json",
                "--quiet"}, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
        JsonNode report = Json.MAPPER.readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(1, report.path("essays").asInt(), report.toString());
        for (JsonNode c : report.path("components")) assertEquals(1, c.path("n").asInt(), "labelled: " + c);
        assertTrue(report.path("disagreements").toString().contains(id), "the instructor's scores are the labels "
                + "the machine grade is measured against: " + report.path("disagreements"));
    }
}
