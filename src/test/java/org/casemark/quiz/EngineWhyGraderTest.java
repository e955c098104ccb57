package org.casemark.quiz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz "why" graded by the case-study engine (real CoreNLP, Lucene): phrases, negation, offsets. */
class EngineWhyGraderTest {

    private static final QuizItem.Why WHY = new QuizItem.Why("Why?", List.of(
            new QuizItem.Criterion("identical", "identical behaviour on the training distribution",
                    List.of("identical training", "indistinguishable training")),
            new QuizItem.Criterion("off", "only off-distribution evaluation separates them",
                    List.of("off distribution", "diverge"))), null);

    private final EngineWhyGrader grader = new EngineWhyGrader(() -> org.casemark.SharedEngine.get().nlp());

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"identical training, identical* training*", "off distribution, off distribution*",
            "Coincide with fraud, coincide* with* fraud*", "go right, go right*", "is off, is off"})
    void phraseWordsBecomePrefixes(String phrase, String compiled) {
        assertEquals(compiled, EngineWhyGrader.prefixes(phrase));
    }

    @Test
    void aNegatedStatementDoesNotMeetTheCriterion() {
        WhyResult r = grader.grade("q", "i", WHY, "The goals are not identical in training.");
        assertEquals(List.of("identical", "off"), r.criteriaMissing());
    }

    @Test
    void eachMetCriterionQuotesItsSentenceWithOffsets() {
        String text = "Hard to say.\nDuring training both goals behave identically!  Off-distribution tests diverge.";
        WhyResult r = grader.grade("q", "i", WHY, text);
        assertEquals(2, r.score());
        assertEquals(2, r.max());
        assertEquals("During training both goals behave identically!", r.evidence().get(0).quote());
        assertEquals(text.indexOf("During"), r.evidence().get(0).start());
        assertEquals(text.indexOf("!") + 1, r.evidence().get(0).end());
        assertEquals("identical", r.evidence().get(0).criterion());
        r.evidence().forEach(e -> assertEquals(e.quote(), text.substring(e.start(), e.end())));
        assertTrue(r.feedback().startsWith("Your explanation states every point asked for: "), r.feedback());
    }

    @Test
    void aPartlyRightExplanationHearsWhatItGotRightInItsOwnWordsThenWhatIsMissing() {
        String text = "During training both goals behave identically, so nothing in the logs told them apart.";
        WhyResult r = grader.grade("q", "i", WHY, text);
        assertEquals(1, r.score());
        assertTrue(r.feedback().startsWith("You state identical behaviour on the training distribution (\u201cDuring training"), r.feedback());
        assertTrue(r.feedback().endsWith("Still to add: only off-distribution evaluation separates them."), r.feedback());
    }

    @Test
    void wordsFarApartOrInDifferentSentencesDoNotMeetACriterion() {
        String text = "The behaviour was identical. Nobody looked at what training did to the goals, the data, "
                + "the weights, or the evaluation at all.";
        WhyResult r = grader.grade("q", "i", WHY, text);
        assertEquals(0, r.score());
        assertEquals(List.of("identical", "off"), r.criteriaMissing());
        assertEquals("Your explanation does not yet state: identical behaviour on the training distribution; only"
                + " off-distribution evaluation separates them.", r.feedback());
    }
}
