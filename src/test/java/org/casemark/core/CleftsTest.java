package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a thing was found to go by, read from a sentence's shape. */
class CleftsTest {
    private static final Learners LEARNERS = new Learners(Set.of("model", "system", "agent", "app"));

    private static List<Token> tokens(String sentence) {
        return SharedEngine.get().nlp().annotate(sentence).sentences().get(0).tokens();
    }

    private static boolean revealed(String sentence) {
        return Clefts.revealed(tokens(sentence), LEARNERS, Set.of());
    }

    private static boolean thingLearns(String sentence) {
        List<Token> ts = tokens(sentence);
        for (int k = 0; k < ts.size(); k++) {
            if (ts.get(k).lemma().equals("learn")) return Clefts.thingLearns(ts, k, LEARNERS, Set.of());
        }
        throw new AssertionError("no 'learn' in " + sentence);
    }

    @Test
    void aClefTellsWhatAThingWasFoundToGoBy() {
        assertTrue(revealed("What it actually watched for was simpler: no page turned for four minutes."));
        assertTrue(revealed("What they seem to react to in practice is any quick drop in temperature."));
        assertTrue(revealed("Slide 4 - what it actually learned: SATURDAY = DANGER"));
        assertTrue(revealed("What the sorter really picked up on was the colour of the tray."));
    }

    @Test
    void whatPeopleWantOrFoundIsNoFinding() {
        assertFalse(revealed("What the designers actually want is a tidy kitchen."));
        assertFalse(revealed("What the nurses actually found on follow-up was a rash."));
        assertFalse(revealed("What it watched for was the page turning."));
        assertFalse(revealed("I asked what it actually does."));
    }

    @Test
    void aThingThatLearnsSomethingIsAMachineLearning() {
        assertTrue(thingLearns("The manufacturer tells us the valves \"learn\" what an open window looks like."));
        assertTrue(thingLearns("The bulbs learn the household's bedtime."));
        assertFalse(thingLearns("The apprentices learn what a good seam looks like."));
        assertFalse(thingLearns("Our volunteers learned that the rota was wrong."));
    }
}
