package org.casemark.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.json.Json;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The learner's view of a quiz: what is shown to answer it, and nothing that gives an answer away. */
class QuizViewTest {

    private final QuizService service =
            new QuizService(List.of(QuizLoader.load("rules-quiz.yaml", QuizScoringTest.RULES_QUIZ)), null);

    @Test
    void theViewHasStemsPromptsAndChoicesInTheFilesOrderAndNothingElse() throws Exception {
        JsonNode expected = Json.MAPPER.readTree("""
                {"id": "rules", "title": "Scoring rules", "max": 9, "items": [
                  {"id": "sc", "kind": "single_choice", "max": 2, "stem": "Pick one.",
                   "options": [{"id": "a", "text": "Alpha"}, {"id": "b", "text": "Beta"}, {"id": "c", "text": "Gamma"}],
                   "why_prompt": "Why?"},
                  {"id": "ms", "kind": "multi_select", "max": 2, "stem": "Pick all that apply.",
                   "options": [{"id": "r1", "text": "R1"}, {"id": "w1", "text": "W1"}, {"id": "r2", "text": "R2"},
                               {"id": "r3", "text": "R3"}, {"id": "w2", "text": "W2"}]},
                  {"id": "m", "kind": "matching", "max": 3, "stem": "Match.",
                   "terms": [{"id": "t1", "text": "One"}, {"id": "t2", "text": "Two"}, {"id": "t3", "text": "Three"}],
                   "definitions": [{"id": "d3", "text": "the third"}, {"id": "dx", "text": "a distractor"},
                                   {"id": "d1", "text": "the first"}, {"id": "d2", "text": "the second"}]},
                  {"id": "c", "kind": "classification", "max": 2, "stem": "Classify.",
                   "scenarios": [{"id": "s1", "text": "S1"}, {"id": "s2", "text": "S2"}],
                   "categories": [{"id": "gm", "label": "Goal misgeneralization"}, {"id": "of", "label": "Overfitting"}]}
                ]}""");
        assertEquals(expected, Json.MAPPER.valueToTree(service.view("rules")));
    }

    @Test
    void theListHasOneSummaryPerQuiz() {
        assertEquals(List.of(new QuizView.Summary("rules", "Scoring rules", 4, 9)), service.summaries());
        assertEquals(Json.MAPPER.createObjectNode().put("id", "rules").put("title", "Scoring rules")
                .put("item_count", 4).put("max", 9), Json.MAPPER.valueToTree(service.summaries().get(0)));
    }

    @Test
    void anUnknownQuizIsUnknown() {
        assertThrows(QuizService.UnknownQuizException.class, () -> service.view("nope"));
    }
}
