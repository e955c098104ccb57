package org.casemark.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz command through {@link Main#run}: exit codes, one-line errors, key piped into score. */
class QuizCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String stdin, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void theKeyPipedIntoScoreGetsFullMarksOnEveryItem() throws Exception {
        Run key = run("", "quiz", "key", "--quiz", "gm-lesson");
        assertEquals(0, key.code, key.err);
        Run score = run(key.out, "quiz", "score", "--quiz", "gm-lesson", "--answers", "-");
        assertEquals(0, score.code, score.err);
        JsonNode r = JSON.readTree(score.out);
        assertEquals("gm-lesson", r.get("quiz").asText());
        assertEquals(r.get("max").asDouble(), r.get("score").asDouble());
        assertEquals(10 + 11 + 1 + 1 + 1, r.get("max").asInt());
        for (JsonNode item : r.get("items")) {
            assertTrue(item.get("correct").asBoolean(), item.get("id").asText());
            assertEquals("answered", item.get("status").asText());
        }
    }

    @Test
    void emptyAnswersScoreZeroWithEveryItemUnansweredInSnakeCase() throws Exception {
        Path answers = tmp.resolve("a.json");
        Files.writeString(answers, "{}");
        Run run = run("", "quiz", "score", "--quiz", "gm-lesson", "--answers", answers.toString());
        assertEquals(0, run.code, run.err);
        JsonNode r = JSON.readTree(run.out);
        assertEquals(0.0, r.get("score").asDouble());
        assertEquals(5, r.get("items").size());
        for (JsonNode item : r.get("items")) {
            assertEquals("unanswered", item.get("status").asText());
            assertEquals(0.0, item.get("score").asDouble());
        }
        assertEquals("[\"quiz\",\"score\",\"max\",\"reveal\",\"items\"]", JSON.writeValueAsString(r.fieldNames()));
    }

    @Test
    void badAnswersAreOneLineNamingTheItemWithExitCode2() {
        Run run = run("{\"fraud-2024\": \"z\"}", "quiz", "score", "--quiz", "gm-lesson", "--answers", "-");
        assertEquals(2, run.code);
        assertEquals("", run.out);
        assertEquals("casemark quiz: item \"fraud-2024\": unknown option \"z\" (option ids: a, b, c, d, e)\n", run.err);
    }

    @Test
    void usageAndInputErrorsNeverShowAStackTrace() {
        assertEquals("casemark quiz: unknown quiz \"nope\" (quizzes: gm-lesson)\n",
                run("{}", "quiz", "score", "--quiz", "nope", "--answers", "-").err);
        Run badJson = run("{\"a\":", "quiz", "score", "--quiz", "gm-lesson", "--answers", "-");
        assertEquals(2, badJson.code);
        assertTrue(badJson.err.startsWith("casemark quiz: <stdin>:1:6: not valid JSON"), badJson.err);
        Run missing = run("", "quiz", "score", "--quiz", "gm-lesson", "--answers", tmp.resolve("no.json").toString());
        assertEquals(2, missing.code);
        assertTrue(missing.err.contains("no such file"), missing.err);
        Run noQuiz = run("", "quiz", "key");
        assertEquals(2, noQuiz.code);
        assertTrue(noQuiz.err.startsWith("casemark quiz: --quiz ID is required"), noQuiz.err);
        for (Run r : new Run[] {badJson, missing, noQuiz}) assertFalse(r.err.contains("\tat "), r.err);
    }

    @Test
    void aBadQuizDirectoryStopsWithFileLineColErrors() throws Exception {
        Files.writeString(tmp.resolve("bad-quiz.yaml"), "quiz: x\ntitle: X\nversion: \"1\"\nitems: []\n");
        Run run = run("", "quiz", "key", "--quiz", "x", "--quizzes", tmp.toString());
        assertEquals(2, run.code);
        assertEquals("casemark quiz: " + tmp.resolve("bad-quiz.yaml") + ":4:1 quiz: items must be a non-empty list\n",
                run.err);
    }

    @Test
    void revealAddsTheKeyWithoutChangingTheScore() throws Exception {
        String answers = "{\"in-distribution\": \"a\"}";
        JsonNode hidden = JSON.readTree(run(answers, "quiz", "score", "--quiz", "gm-lesson", "--answers", "-",
                "--item", "in-distribution").out).get("items").get(0);
        JsonNode shown = JSON.readTree(run(answers, "quiz", "score", "--quiz", "gm-lesson", "--answers", "-",
                "--item", "in-distribution", "--reveal").out).get("items").get(0);
        assertFalse(hidden.has("key"));
        assertFalse(hidden.get("feedback").asText().contains("identical predictions"));
        assertEquals("c", shown.get("key").asText());
        assertTrue(shown.get("feedback").asText().contains("identical predictions"));
        assertEquals(hidden.get("score"), shown.get("score"));
    }
}
