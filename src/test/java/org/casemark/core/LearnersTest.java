package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.NlpPipeline;
import org.casemark.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Words of learning about people and animals are told apart from those about a machine. */
class LearnersTest {
    private static final Learners LEARNERS = new Learners(Set.of("agent", "model", "system", "assistant", "robot"));

    /** Whether the first word of the sentence starting with {@code word} is, by {@link Learners}, about people. */
    private static boolean aboutPeople(String sentence, String word) {
        NlpPipeline nlp = SharedEngine.get().nlp();
        AnnotatedText doc = nlp.annotate(sentence);
        List<Token> ts = doc.sentences().get(0).tokens();
        for (int k = 0; k < ts.size(); k++) {
            if (ts.get(k).word().equals(word)) return LEARNERS.aboutPeople(ts, k);
        }
        throw new AssertionError("no '" + word + "' in " + sentence);
    }

    @Test
    void peopleAndAnimalsWhoLearnOrAreTrainedAreNotAMachine() {
        assertTrue(aboutPeople("The carers themselves, most of them on zero-hours contracts, learned very quickly.",
                "learned"));
        assertTrue(aboutPeople("It did what commissioners are now trained to do.", "trained"));
        assertTrue(aboutPeople("We learned that the dashboard was green.", "learned"));
        assertTrue(aboutPeople("Marta, who has trained lurchers for years, laughed.", "trained"));
        assertTrue(aboutPeople("Ask the trainer at the club.", "trainer"));
        assertTrue(aboutPeople("The train was late again.", "train"));
    }

    @Test
    void aMachineLearningOrBeingTrainedIsOneEvenWhenPeopleTrainIt() {
        assertFalse(aboutPeople("The model learned to read the wet mark on the gauge.", "learned"));
        assertFalse(aboutPeople("We trained it on four years of images.", "trained"));
        assertFalse(aboutPeople("The engineers trained the network on photos from one farm.", "trained"));
        assertFalse(aboutPeople("The agent learned to go right.", "learned"));
        assertFalse(aboutPeople("It was trained in a simulator.", "trained"));
        assertFalse(aboutPeople("The training data came from twelve stations.", "training"));
    }
}
