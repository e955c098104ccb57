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

    @Test
    void theOneWhoTakesTheTimeToLearnIsTheOneWhoLearns() {
        assertTrue(aboutPeople("Apprentices take four to five years to train.", "train"));
        assertTrue(aboutPeople("At the same time the senior coatmaker retires, and apprentices take four to five years to train.",
                "train"));
        assertTrue(aboutPeople("It took the new nurses a month to learn the ward's routine.", "learn"));
        assertFalse(aboutPeople("It took the model three days to train.", "train"));
        assertFalse(aboutPeople("The network needs about ten hours to train on one card.", "train"));
        assertFalse(aboutPeople("It took four weeks to train.", "train"));
    }

    @Test
    void theyStandsForThePluralSubjectBeforeIt() {
        assertTrue(aboutPeople("When people are judged by a number, they will learn to move the number.", "learn"));
        assertTrue(aboutPeople("Young people who try it leave, because they cannot afford the tools while they learn.",
                "learn"));
        assertFalse(aboutPeople("When the models are retrained, they learn the new layout.", "learn"));
    }

    @Test
    void aTitlesCapitalisedNounIsStillAPerson() {
        assertTrue(aboutPeople("How Crews Learned to Beat the Paper", "Learned"));
        assertFalse(aboutPeople("Then Shepherd learned to beat the paper on the quay.", "learned"));
    }

    @Test
    void aNameTheTextIntroducesAsAPersonOrAnimalLearnsAsOne() {
        NlpPipeline nlp = SharedEngine.get().nlp();
        AnnotatedText doc = nlp.annotate("If you are new here: Pip is our three-year-old whippet. My friend Marta laughed. "
                + "HiveEar is a contact microphone. Pip hadn't learned the whistle.");
        List<List<Token>> sentences = doc.sentences().stream().map(s -> s.tokens()).toList();
        Set<String> names = LEARNERS.animateNames(sentences);
        assertTrue(names.contains("pip"), names.toString());
        assertTrue(names.contains("marta"), names.toString());
        assertFalse(names.contains("hiveear"), names.toString());
        List<Token> last = sentences.get(3);
        int k = 0;
        while (!last.get(k).word().equals("learned")) k++;
        assertTrue(LEARNERS.aboutPeople(last, k, names));
        assertFalse(LEARNERS.aboutPeople(last, k, Set.of()));
    }
}
