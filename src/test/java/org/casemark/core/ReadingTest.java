package org.casemark.core;

import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Reading}: clause numbers and cue search over surface and lemma terms; fast, no models (hand-made tokens). */
class ReadingTest {
    /** One sentence of "word/lemma/POS" (or "word/lemma", a noun, or plain "word") tokens separated by spaces. */
    private static Reading reading(String tokens) {
        StringBuilder text = new StringBuilder();
        List<Token> ts = new ArrayList<>();
        for (String t : tokens.split(" ")) {
            String[] wl = t.split("/");
            if (!text.isEmpty()) text.append(' ');
            ts.add(new Token(wl[0], wl.length > 1 ? wl[1] : wl[0], wl.length > 2 ? wl[2] : "NN", text.length(),
                    text.length() + wl[0].length()));
            text.append(wl[0]);
        }
        return new Reading(new AnnotatedText(text.toString(), List.of(new Sentence(0, 0, text.length(), 0, ts))));
    }

    @Test
    void aClauseStartsAfterASemicolonAndAfterACommaBeforeAJoiner() {
        Reading r = reading("Vary the yards , and test it ; then , slowly , ship");
        int[] expected = {0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2};
        for (int k = 0; k < expected.length; k++) assertEquals(expected[k], r.clause(0, k), "token " + k);
    }

    @Test
    void thatAfterACommaClosingAFiniteClauseOpensWhatItReports() {
        // "We have confirmed in testing, that it keeps the loudest voice": the testing is not in the reported clause
        Reading r = reading("We have/have/VBP confirmed in testing , that it keeps/keep/VBZ the voice");
        int[] expected = {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1};
        for (int k = 0; k < expected.length; k++) assertEquals(expected[k], r.clause(0, k), "token " + k);
        // no finite verb before the comma: "the model, that ..." stays one clause
        Reading n = reading("the model , that it keeps/keep/VBZ");
        for (int k = 0; k < 6; k++) assertEquals(0, n.clause(0, k), "token " + k);
    }

    @Test
    void aCueMatchesSurfaceOrLemmaTermsWithinTheRangeGiven() {
        Reading r = reading("The Drones/drone were/be Trained/train nightly");
        assertEquals(List.of("drone", "be", "train"), Reading.terms(" Drone  be TRAIN "));
        assertEquals(1, r.indexOf(0, 0, 5, Reading.terms("drone be train")), "by lemma");
        assertEquals(1, r.indexOf(0, 0, 5, Reading.terms("drones were trained")), "by surface");
        assertEquals(1, r.indexOf(0, 0, 5, Reading.terms("drones be trained")), "either, word by word");
        assertEquals(-1, r.indexOf(0, 0, 3, Reading.terms("were trained")), "the cue must end before 'to'");
        assertEquals(-1, r.indexOf(0, 2, 5, Reading.terms("drones were")), "nor start before 'from'");
        assertEquals("naive", Reading.term("Naïve"));
    }
    @Test
    void aCuesContractionIsTwoTermsAsInADocument() {
        assertEquals(4, Reading.terms("why wouldn't training").size(), Reading.terms("why wouldn't training").toString());
        Reading r = new Reading(org.casemark.SharedEngine.get().nlp().annotate("Q: Why wouldn't training catch that?"));
        org.junit.jupiter.api.Assertions.assertTrue(r.indexOf(0, 0, r.terms(0).length, Reading.terms("why wouldn't training")) >= 0,
                java.util.Arrays.toString(r.terms(0)));
    }
}
