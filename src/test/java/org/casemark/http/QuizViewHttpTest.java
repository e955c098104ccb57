package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.quiz.Quiz;
import org.casemark.quiz.QuizItem;
import org.casemark.quiz.QuizLoader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;

import static org.casemark.http.ApiHttpTest.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /v1/quizzes} and {@code GET /v1/quizzes/{quiz_id}} over real HTTP. The server's grader never loads:
 * showing a quiz does not need it. The view is checked against the quiz file: every choice is there, in order,
 * and no key, feedback, hint, explanation, "why" criterion or model answer is.
 */
class QuizViewHttpTest {
    /** Every field name a view may carry; anything else (key, correct, feedback, hint, ...) is a leak. */
    private static final Set<String> VIEW_FIELDS = Set.of("id", "title", "max", "items", "kind", "stem", "options",
            "terms", "definitions", "scenarios", "categories", "why_prompt", "text", "label");

    @TempDir
    static Path data;
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static TestServer s;
    static Quiz lesson;

    @BeforeAll
    static void start() throws Exception {
        s = TestServer.start(data, TestServer.settings(), () -> {
            try {
                RELEASE.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        });
        lesson = QuizLoader.loadEmbedded().stream().filter(q -> q.id().equals("gm-lesson")).findFirst().orElseThrow();
    }

    @AfterAll
    static void stop() {
        RELEASE.countDown();
        s.close();
    }

    @Test
    void theListHasIdTitleItemCountAndMax() throws Exception {
        TestServer.Response r = s.get("/v1/quizzes");
        assertEquals(200, r.status(), r::toString);
        assertEquals("application/json", r.header("Content-Type"));
        JsonNode quizzes = r.json().path("quizzes");
        assertEquals(1, quizzes.size(), r::toString);
        JsonNode q = quizzes.get(0);
        assertEquals(Set.of("id", "title", "item_count", "max"), fields(q));
        assertEquals("gm-lesson", q.path("id").asText());
        assertEquals(lesson.title(), q.path("title").asText());
        assertEquals(lesson.items().size(), q.path("item_count").asInt());
        assertEquals(lesson.max(), q.path("max").asInt());
        OpenApiMatchesGradesTest.covers("QuizSummary", q);
    }

    @Test
    void theViewShowsEveryChoiceInTheFilesOrder() throws Exception {
        TestServer.Response r = s.get("/v1/quizzes/gm-lesson");
        assertEquals(200, r.status(), r::toString);
        JsonNode view = r.json();
        OpenApiMatchesGradesTest.covers("QuizView", view);
        assertEquals("gm-lesson", view.path("id").asText());
        assertEquals(lesson.title(), view.path("title").asText());
        assertEquals(lesson.max(), view.path("max").asInt());
        JsonNode items = view.path("items");
        assertEquals(lesson.items().size(), items.size());
        for (int i = 0; i < items.size(); i++) {
            QuizItem item = lesson.items().get(i);
            JsonNode v = items.get(i);
            OpenApiMatchesGradesTest.covers("QuizViewItem", v);
            assertEquals(item.id(), v.path("id").asText());
            assertEquals(item.kind(), v.path("kind").asText());
            assertEquals(item.max(), v.path("max").asInt());
            assertEquals(item.stem(), v.path("stem").asText());
            assertEquals(item.why() == null ? null : item.why().prompt(),
                    v.has("why_prompt") ? v.get("why_prompt").asText() : null, item.id());
            Map<String, List<String>> expected = choices(item);
            assertEquals(Set.copyOf(expected.keySet()), fields(v).stream()
                    .filter(f -> List.of("options", "terms", "definitions", "scenarios", "categories").contains(f))
                    .collect(java.util.stream.Collectors.toSet()), item.id());
            expected.forEach((list, ids) -> {
                List<String> shown = new ArrayList<>();
                v.get(list).forEach(c -> shown.add(c.path("id").asText()));
                assertEquals(ids, shown, item.id() + " " + list);
            });
        }
        QuizItem.Matching matching = (QuizItem.Matching) lesson.item("match-terms").orElseThrow();
        assertTrue(matching.definitions().size() > matching.terms().size(), "the distractors are shown too");
    }

    @Test
    void theViewGivesNoAnswerAway() throws Exception {
        TestServer.Response r = s.get("/v1/quizzes/gm-lesson");
        assertEquals(200, r.status(), r::toString);
        JsonNode view = r.json();

        Set<String> names = new TreeSet<>();
        List<String> texts = new ArrayList<>();
        walk(view, names, texts);
        assertTrue(VIEW_FIELDS.containsAll(names), "unexpected fields " + names);
        for (String forbidden : List.of("key", "correct", "feedback", "hint", "explanation", "criteria", "phrases",
                "model_answer")) {
            assertFalse(names.contains(forbidden), forbidden);
        }
        for (String secret : secrets(lesson)) {
            for (String t : texts) assertFalse(t.contains(secret), "the view shows \"" + secret + "\" in \"" + t + "\"");
        }

        // a keyed choice looks exactly like any other: id and text, nothing that marks it
        for (JsonNode item : view.path("items")) {
            for (String list : List.of("options", "terms", "definitions", "scenarios")) {
                for (JsonNode c : item.path(list)) assertEquals(Set.of("id", "text"), fields(c), item + " " + c);
            }
            for (JsonNode c : item.path("categories")) assertEquals(Set.of("id", "label"), fields(c));
        }
    }

    @Test
    void anUnknownQuizIs404() throws Exception {
        JsonNode p = problem(s.get("/v1/quizzes/no-such-quiz"), 404);
        assertTrue(p.path("detail").asText().contains("no-such-quiz"), p::toString);
        assertTrue(p.path("detail").asText().contains("gm-lesson"), "names the known quizzes: " + p);
        assertEquals("/v1/quizzes/no-such-quiz", p.path("instance").asText());
        problem(s.postJson("/v1/quizzes", "{}"), 405);
    }

    /** The ids of each choice list the view must show for this item, in the file's order. */
    private static Map<String, List<String>> choices(QuizItem item) {
        if (item instanceof QuizItem.SingleChoice sc) {
            return Map.of("options", sc.options().stream().map(QuizItem.Option::id).toList());
        }
        if (item instanceof QuizItem.MultiSelect ms) {
            return Map.of("options", ms.options().stream().map(QuizItem.Option::id).toList());
        }
        if (item instanceof QuizItem.Matching m) {
            return Map.of("terms", m.terms().stream().map(QuizItem.Term::id).toList(),
                    "definitions", m.definitions().stream().map(QuizItem.Definition::id).toList());
        }
        QuizItem.Classification c = (QuizItem.Classification) item;
        return Map.of("scenarios", c.scenarios().stream().map(QuizItem.Scenario::id).toList(),
                "categories", c.categories().stream().map(QuizItem.Category::id).toList());
    }

    /** Everything of the quiz file that explains or gives away an answer. */
    private static List<String> secrets(Quiz quiz) {
        List<String> out = new ArrayList<>();
        for (QuizItem item : quiz.items()) {
            if (item instanceof QuizItem.SingleChoice sc) {
                sc.options().forEach(o -> out.add(o.feedback()));
                out.add(sc.hint());
            } else if (item instanceof QuizItem.MultiSelect ms) {
                ms.options().forEach(o -> out.add(o.feedback()));
                out.add(ms.hint());
            } else if (item instanceof QuizItem.Matching m) {
                m.terms().forEach(t -> out.add(t.hint()));
                m.definitions().forEach(d -> out.add(d.feedback()));
            } else if (item instanceof QuizItem.Classification c) {
                c.scenarios().forEach(sc -> {
                    out.add(sc.hint());
                    out.add(sc.explanation());
                });
            }
            if (item.why() != null) {
                out.add(item.why().modelAnswer());
                item.why().criteria().forEach(cr -> out.add(cr.description()));
            }
        }
        out.removeIf(x -> x == null || x.isBlank());
        assertTrue(out.size() > 40, "the lesson's feedback, hints and explanations were found: " + out.size());
        return out;
    }

    private static void walk(JsonNode node, Set<String> names, List<String> texts) {
        if (node.isTextual()) texts.add(node.asText());
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            names.add(e.getKey());
            walk(e.getValue(), names, texts);
        }
        if (node.isArray()) node.forEach(n -> walk(n, names, texts));
    }

    private static Set<String> fields(JsonNode node) {
        Set<String> out = new TreeSet<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
