package org.casemark.core;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Latin-script texts in languages with no stop-word profile, and English that only looks foreign. */
class LanguageGuessTest {
    /**
     * Irish and Albanian have no profile, and Irish's short words ("a", "an", "is", "i") pass as English: few English
     * function words and a text whose other words are almost all unknown to English is not English, named or not.
     */
    @Test
    void aLatinTextInALanguageWithNoProfileIsNotReadAsEnglish() {
        String irish = "Traenáladh an drón ar íomhánna ó fheirmeacha i gContae an Chláir, áit a raibh na caoirigh i "
                + "gcónaí in aice leis an gclaí cloiche. D'fhoghlaim sé dul go dtí an claí seachas na caoirigh a "
                + "chomhaireamh. Nuair a cuireadh é go feirm nua gan claí, níor aimsigh sé ach cúpla caora agus chaill "
                + "an feirmeoir ainmhithe sa sneachta.";
        assertEquals(LanguageGuess.UNDETERMINED, LanguageGuess.of(irish));
        String albanian = "Droni u trajnua me fotografi nga fermat në jug të vendit, ku delet qëndronin gjithmonë pranë "
                + "murit prej guri. Ai mësoi të shkonte te muri në vend që të numëronte delet. Kur u dërgua në një "
                + "fermë të re pa mur, gjeti vetëm disa dele dhe fermeri humbi kafshë në dëborë gjatë dimrit.";
        assertNotEquals("en", LanguageGuess.of(albanian));
    }

    /**
     * A template filled with invented words keeps English's function words: it is English (gaming is for the flags to
     * judge), however many of its nouns and verbs no dictionary holds.
     */
    @Test
    void englishWithInventedContentWordsStaysEnglish() {
        String invented = "The blorvat was trained on flimbets from one wexton, where the gropples always stood beside "
                + "the drangle. It learned to snorble toward the drangle instead of the gropples, and when the wexton "
                + "was quindered the blorvat kept snorbling at the drangle while the gropples were left in the "
                + "frumbish. The fix is more flimbets from other wextons and a test in a quindered wexton.";
        assertEquals("en", LanguageGuess.of(invented));
    }
}
