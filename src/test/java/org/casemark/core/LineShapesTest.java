package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.nlp.Sentence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link LineShapes} and {@link TopicSentences}: what one line's words say of its shape (real pipeline). */
class LineShapesTest {
    private static Sentence line(String text) {
        return SharedEngine.get().nlp().annotate(text).sentences().get(0);
    }

    @Test
    void aLineThatSaysWhatSomethingIsStatesIt() {
        assertTrue(LineShapes.statesIt(line("fix would be more training data")));
        assertTrue(LineShapes.statesIt(line("goal is reset the pins right")));
        for (String heading : List.of("Changes I would make to training", "The proxy is", "5.2 What it's supposed to do")) {
            assertFalse(LineShapes.statesIt(line(heading)), heading);
        }
    }

    @Test
    void anInstructionANumberAloneAndAHeadlineAreToldByTheirWords() {
        assertTrue(LineShapes.imperative(line("Change what the model trains on.")));
        assertFalse(LineShapes.imperative(line("Changes to training")));
        assertTrue(LineShapes.numberOnly(line("1.")));
        assertFalse(LineShapes.numberOnly(line("Fix 1.")));
        assertTrue(LineShapes.tellsNews(line("Blimp camera chases gull, misses winning goal")));
        assertFalse(LineShapes.tellsNews(line("What I would change in training")));
    }

    /** A note that opens with an adverb of time tells when, its arrow "and then": no label of a part. */
    @Test
    void aNoteOpeningWithAnAdverbOfTimeIsNoLabel() {
        assertEquals(-1, Layout.labelColon(line("already in training -> learns to send the loudest alerts at night")));
        assertEquals(-1, Layout.labelColon(line("still in the pilot: it kept the blinds shut all afternoon")));
        assertTrue(Layout.labelColon(line("First, the training data: add hides whose rings do not match")) > 0);
        assertTrue(Layout.labelColon(line("in training -> rewarded for opens")) > 0);
    }

    @Test
    void aTopicSentenceNamesItsPartAmongItsFirstWords() {
        Grader grader = SharedEngine.get().grader("gm-case-study");
        Structure structure = new Structure(grader.rubric());
        String text = "The distribution shift happens when the bakery opens a second shop by the sea.\n\n"
                + "On the second day the robot, which the distribution shift had confused, stopped.";
        Sections s = structure.read(new Reading(SharedEngine.get().nlp().annotate(text)));
        assertEquals(java.util.Set.of("distribution_shift"), s.section(0), s.toString());
        assertTrue(s.section(1).isEmpty(), "named late, not the paragraph's topic: " + s);
    }
}
