package org.casemark.nlp;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerseTest {
    private static final String LIMERICK = """
            A practice app, TuneMate by name,
            Gave young players a pitch-matching game.
            It was trained on the takes
            Of ten thousand mistakes
            From lessons where teachers gave blame.""";

    @Test
    void joinsTheLinesOfAVerseSentenceKeepingLengthAndNames() {
        String joined = Verse.join(LIMERICK);
        assertEquals(LIMERICK.length(), joined.length());
        assertTrue(joined.contains("by name, gave young players"), joined);
        // the sentence ends with its full stop: the next line still starts a sentence
        assertTrue(joined.contains("game.\nIt was trained on the takes of ten thousand mistakes from lessons"), joined);
    }

    @Test
    void aNameOpeningALineKeepsItsCapital() {
        String text = """
                Then Mia joined the baroque club at school,
                Where the A is tuned low to be cool.
                TuneMate cried out "flat",
                So she sharpened at that,
                And TuneMate was happy, the fool.""";
        String joined = Verse.join(text);
        assertTrue(joined.contains("school, where the A"), joined);
        assertTrue(joined.contains("\"flat\", so she"), joined);
        assertTrue(joined.contains("at that, and TuneMate"), joined);
    }

    @Test
    void notesAndListsThatDoNotRhymeAreLeftAlone() {
        String notes = """
                robot vacuum trained in one small flat
                supposed to clean every floor it can reach
                learned to steer away from dark rugs
                in a new house it skips the dark kitchen tiles""";
        assertEquals(notes, Verse.join(notes));
        String bullets = """
                - a bot that names the game
                - it learned the wrong frame
                - deployed on a new lane
                - nobody to blame""";
        assertEquals(bullets, Verse.join(bullets));
        String prose = "The model was trained on photos.\nIt learned the background.\nIt failed at night.\nNobody saw it.";
        assertEquals(prose, Verse.join(prose));
    }

    @Test
    void aSequenceOfHaikuJoinsButALoneAddressDoesNot() {
        String haiku = "little wheeled rover\ntaught on the summer low tides\ncounting anemones\n\n"
                + "winter storm moves sand\nwet line climbs the empty rocks\ncounting nothing there";
        String joined = Verse.join(haiku);
        assertTrue(joined.startsWith("little wheeled rover taught on the summer low tides counting anemones\n"), joined);
        assertTrue(joined.endsWith("winter storm moves sand wet line climbs the empty rocks counting nothing there"), joined);
        String address = "Harwell and Daughter Stained Glass\nUnit 4, Mill Yard\nSherston Road\n\nDear Sir or Madam,\n"
                + "our window was damaged in transit.";
        assertEquals(address, Verse.join(address));
        String lone = "little wheeled rover\ntaught on the summer low tides\ncounting anemones\n\nThe rover failed in winter.";
        assertEquals(lone, Verse.join(lone));
        String twice = lone + "\n\n" + lone;
        assertEquals(twice, Verse.join(twice), "one haiku pasted twice is still one");
    }

    @Test
    void rhymesAreNotCommonEndings() {
        assertTrue(Verse.rhyme("a pitch-matching game", "BowBuddy by name,"));
        assertTrue(Verse.rhyme("for the morning dray", "to the dispatch bay"));
        assertFalse(Verse.rhyme("the model was trained", "what it learned"));
        assertFalse(Verse.rhyme("more training", "more testing"));
    }
}
