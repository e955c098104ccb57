package org.casemark.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring rules per kind, on a small quiz written for them. */
class QuizScoringTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String RULES_QUIZ = """
            quiz: rules
            title: Scoring rules
            version: "1"
            items:
              - id: sc
                kind: single_choice
                stem: Pick one.
                points: 2
                options:
                  - {id: a, text: Alpha, feedback: "Alpha is memorization, not a wrong goal."}
                  - {id: b, text: Beta, feedback: "Right, beta."}
                  - {id: c, text: Gamma, feedback: "Gamma is label noise."}
                key: b
                hint: Think about which goal it pursues.
                why:
                  prompt: Why?
                  criteria:
                    - {id: identical, description: identical behaviour in training, phrases: [identical training]}
                    - {id: off-dist, description: only off-distribution tests separate them, phrases: [off distribution]}
              - id: ms
                kind: multi_select
                stem: Pick all that apply.
                points: 2
                options:
                  - {id: r1, text: R1, feedback: "Yes, r1."}
                  - {id: w1, text: W1, feedback: "No, w1."}
                  - {id: r2, text: R2, feedback: "Yes, r2."}
                  - {id: r3, text: R3, feedback: "Yes, r3."}
                  - {id: w2, text: W2, feedback: "No, w2."}
                key: [r1, r2, r3]
              - id: m
                kind: matching
                stem: Match.
                terms:
                  - {id: t1, text: One, key: d1, hint: Hint one.}
                  - {id: t2, text: Two, key: d2, hint: Hint two.}
                  - {id: t3, text: Three, key: d3}
                definitions:
                  - {id: d3, text: the third}
                  - {id: dx, text: a distractor, feedback: That mixes two ideas.}
                  - {id: d1, text: the first}
                  - {id: d2, text: the second}
              - id: c
                kind: classification
                stem: Classify.
                categories:
                  - {id: gm, label: Goal misgeneralization}
                  - {id: of, label: Overfitting}
                scenarios:
                  - {id: s1, text: S1, key: gm, hint: "Still capable?", explanation: "Goal misgeneralization: s1."}
                  - {id: s2, text: S2, key: of, hint: "Same distribution?", explanation: "Overfitting: s2."}
            """;

    private final QuizService service = new QuizService(List.of(QuizLoader.load("rules-quiz.yaml", RULES_QUIZ)),
            new EngineWhyGrader(() -> org.casemark.SharedEngine.get().nlp()));

    private QuizResult.ItemResult score(String item, String answerJson, boolean reveal) throws Exception {
        JsonNode answers = JSON.readTree("{\"" + item + "\": " + answerJson + "}");
        QuizResult r = service.score("rules", answers, reveal, List.of(item));
        assertEquals(1, r.items().size());
        assertEquals(r.score(), r.items().get(0).score());
        return r.items().get(0);
    }

    @Test
    void singleChoiceRightEarnsItsPointsWrongEarnsNothingAndExplainsWithoutTheKey() throws Exception {
        QuizResult.ItemResult right = score("sc", "\"b\"", false);
        assertEquals(2.0, right.score());
        assertTrue(right.correct());
        assertEquals("Right, beta.", right.feedback());

        QuizResult.ItemResult wrong = score("sc", "\"a\"", false);
        assertEquals(0.0, wrong.score());
        assertFalse(wrong.correct());
        assertEquals("answered", wrong.status());
        assertEquals("Alpha is memorization, not a wrong goal. Think about which goal it pursues.", wrong.feedback());
        assertNull(wrong.key());

        QuizResult.ItemResult revealed = score("sc", "\"a\"", true);
        assertEquals("Alpha is memorization, not a wrong goal. Think about which goal it pursues."
                + " The keyed answer is b: Beta", revealed.feedback());
        assertEquals("b", revealed.key().asText());
    }

    /** Moodle-style: each keyed option chosen +points/3, each wrong option chosen -points/2, floor 0. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "[\"r1\",\"r2\",\"r3\"]; 2.0; true",
            "[\"r1\",\"r2\"]; 1.3333; false",
            "[\"r1\"]; 0.6667; false",
            "[\"r1\",\"r2\",\"r3\",\"w1\"]; 1.0; false",
            "[\"r1\",\"r2\",\"r3\",\"w1\",\"w2\"]; 0.0; false",
            "[\"r1\",\"w1\"]; 0.0; false",
            "[\"r1\",\"r2\",\"w1\"]; 0.3333; false",
            "[\"w1\",\"w2\"]; 0.0; false"})
    void multiSelectPartialCreditWithPenaltyAndFloor(String answer, double expected, boolean correct) throws Exception {
        QuizResult.ItemResult r = score("ms", answer, false);
        assertEquals(expected, r.score());
        assertEquals(correct, r.correct());
        assertEquals("answered", r.status());
    }

    @Test
    void multiSelectFeedbackQuotesTheChosenOptionsAndCountsMissesWithoutNamingThem() throws Exception {
        assertEquals("Yes, r1. No, w1. You missed 2 keyed options.",
                score("ms", "[\"w1\", \"r1\"]", false).feedback());
        assertEquals("Yes, r1. No, w1. The keyed options are: r1, r2, r3.",
                score("ms", "[\"w1\", \"r1\"]", true).feedback());
        QuizResult.ItemResult none = score("ms", "[]", false);
        assertEquals("unanswered", none.status());
        assertEquals(0.0, none.score());
    }

    @Test
    void matchingGivesOnePointPerCorrectPairWithPerTermFeedback() throws Exception {
        QuizResult.ItemResult r = score("m", "{\"t1\": \"d1\", \"t2\": \"dx\"}", false);
        assertEquals(1.0, r.score());
        assertEquals(3.0, r.max());
        assertEquals("1 of 3 pairs correct. 1 not matched.", r.feedback());
        assertEquals(List.of("t1", "t2", "t3"), r.parts().stream().map(QuizResult.PartResult::id).toList());
        QuizResult.PartResult t2 = r.parts().get(1);
        assertEquals("dx", t2.answer());
        assertFalse(t2.correct());
        assertEquals("That mixes two ideas. Hint two.", t2.feedback());
        assertNull(t2.key());
        assertEquals("unanswered", r.parts().get(2).status());

        QuizResult.ItemResult revealed = score("m", "{\"t1\": \"d1\", \"t2\": \"dx\"}", true);
        assertEquals("That mixes two ideas. Hint two. The keyed definition is: the second",
                revealed.parts().get(1).feedback());
        assertEquals("d2", revealed.parts().get(1).key());
    }

    @Test
    void aDefinitionUsedTwiceIsAClearError() {
        QuizAnswerException e = assertThrows(QuizAnswerException.class,
                () -> score("m", "{\"t1\": \"d1\", \"t2\": \"d1\"}", false));
        assertEquals("item \"m\": definition \"d1\" is used for both \"t1\" and \"t2\"; each definition matches at"
                + " most one term", e.getMessage());
        assertEquals("m", e.itemId());
    }

    @Test
    void classificationGivesOnePointPerScenarioAndExplainsTheRightOnes() throws Exception {
        QuizResult.ItemResult r = score("c", "{\"s1\": \"gm\", \"s2\": \"gm\"}", false);
        assertEquals(1.0, r.score());
        assertEquals(2.0, r.max());
        assertEquals("1 of 2 scenarios classified correctly.", r.feedback());
        assertEquals("Goal misgeneralization: s1.", r.parts().get(0).feedback());
        assertEquals("Not goal misgeneralization. Same distribution?", r.parts().get(1).feedback());
        assertEquals("Not goal misgeneralization. Same distribution? Overfitting: s2.",
                score("c", "{\"s1\": \"gm\", \"s2\": \"gm\"}", true).parts().get(1).feedback());
    }

    @Test
    void emptyAnswersScoreZeroWithEveryItemUnanswered() throws Exception {
        QuizResult r = service.score("rules", JSON.readTree("{}"), false);
        assertEquals(0.0, r.score());
        assertEquals(2 + 2 + 3 + 2, r.max());
        assertEquals(4, r.items().size());
        r.items().forEach(i -> {
            assertEquals("unanswered", i.status(), i.id());
            assertEquals(0.0, i.score(), i.id());
            assertNull(i.parts(), i.id());
        });
    }

    @Test
    void theKeyScoresFullMarksAndNullMeansUnanswered() throws Exception {
        QuizResult r = service.score("rules", service.key("rules"), false);
        assertEquals(r.max(), r.score());
        r.items().forEach(i -> assertTrue(i.correct(), i.id()));
        assertEquals("unanswered", score("sc", "null", false).status());
        assertEquals("unanswered", score("sc", "{\"answer\": null}", false).status());
    }

    @Test
    void theWrappedFormCarriesAWhyThatIsGradedWithEvidence() throws Exception {
        String why = "Both goals act the same. They are identical in training. Only an off-distribution test helps.";
        QuizResult.ItemResult r = score("sc", "{\"answer\": \"b\", \"why\": \"" + why + "\"}", false);
        assertEquals(2.0, r.score());
        assertEquals(2, r.why().score());
        assertEquals(List.of("identical", "off-dist"), r.why().criteriaMet());
        assertEquals("They are identical in training.", r.why().evidence().get(0).quote());
        assertEquals(why.indexOf("They"), r.why().evidence().get(0).start());
        assertEquals("Only an off-distribution test helps.", r.why().evidence().get(1).quote());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = ';', value = {
            "{\"nope\": \"a\"}; item \"nope\": no such item in quiz \"rules\" (items: sc, ms, m, c)",
            "{\"sc\": \"z\"}; item \"sc\": unknown option \"z\" (option ids: a, b, c)",
            "{\"sc\": [\"a\"]}; item \"sc\": a single_choice answer is one option id (text), not a list",
            "{\"sc\": 1}; item \"sc\": a single_choice answer is one option id (text), not a number",
            "{\"ms\": \"r1\"}; item \"ms\": a multi_select answer is a list of option ids, not text",
            "{\"ms\": [\"r1\", \"r1\"]}; item \"ms\": option \"r1\" is chosen twice",
            "{\"ms\": [\"zz\"]}; item \"ms\": unknown option \"zz\" (option ids: r1, w1, r2, r3, w2)",
            "{\"m\": [\"d1\"]}; item \"m\": a matching answer is an object term id -> definition id, not a list",
            "{\"m\": {\"t9\": \"d1\"}}; item \"m\": unknown term \"t9\" (term ids: t1, t2, t3)",
            "{\"m\": {\"t1\": \"d9\"}}; item \"m\": term \"t1\": unknown definition \"d9\" (definition ids: d3, dx, d1, d2)",
            "{\"c\": {\"s1\": 3}}; item \"c\": scenario \"s1\": the answer is a category id (text), not a number",
            "{\"c\": \"gm\"}; item \"c\": a classification answer is an object scenario id -> category id, not text",
            "{\"sc\": {\"answer\": \"b\", \"why\": 5}}; item \"sc\": \"why\" must be text",
            "{\"ms\": {\"answer\": [\"r1\"], \"why\": \"because\"}}; item \"ms\": this item asks for no \"why\"",
            "[]; answers must be a JSON object mapping item ids to answers"})
    void invalidAnswersAreOneLineErrorsNamingTheItem(String answers, String message) throws Exception {
        QuizAnswerException e = assertThrows(QuizAnswerException.class,
                () -> service.score("rules", JSON.readTree(answers), false));
        assertEquals(message, e.getMessage());
    }

    @Test
    void anUnknownQuizIsNotFound() {
        QuizService.UnknownQuizException e = assertThrows(QuizService.UnknownQuizException.class,
                () -> service.key("nope"));
        assertEquals("unknown quiz \"nope\" (quizzes: rules)", e.getMessage());
    }
}
