package org.casemark.core;

import org.casemark.SharedEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link ConceptMatching}: negation, headings, and the number and imperative concepts (bundled rubric, real pipeline). */
class ConceptMatchingTest {
    private static final Grader GRADER = SharedEngine.get().grader("gm-case-study");

    private static ConceptMatches match(String text) {
        return GRADER.analyse(SharedEngine.get().nlp().annotate(text)).matches();
    }

    @Test
    void labelsThatDidNotMatchOrWereGivenByMistakeAreLabelNoise() {
        ConceptMatches m = match("Distribution shift: the training labels did not match reality.\n\n"
                + "The new volunteers labelled the slips by mistake as eligible.\n\n"
                + "The labels matched the inspectors' notes in every case.");
        assertTrue(m.has(0, "label_noise"), m.hits().get(0).toString());
        assertTrue(m.has(1, "label_noise"), m.hits().get(1).toString());
        assertFalse(m.has(2, "label_noise"), m.hits().get(2).toString());
    }

    @Test
    void aTargetedTestsAdjectiveSaysSomethingOnlyOfTheScenariosOwnThings() {
        ConceptMatches m = match("Before release, test it on photos from a new quarry. "
                + "Evaluation: as now, hold back 10% of the photos and only put a new version on the tablets if it "
                + "scores over 98% on it.");
        assertTrue(m.has(0, "targeted_eval"), m.toString());
        assertFalse(m.has(1, "targeted_eval"), m.toString());
    }

    @Test
    void anAnswerThatOpensByNotKnowingTakesNothingFromTheQuestion() {
        String asked = "Jo: how was the dialer trained?\nKev: %s\n";
        ConceptMatches knows = match(String.format(asked, "on old safes at the shop, about two thousand dials"));
        assertTrue(knows.has(1, "training_context"), knows.toString());
        ConceptMatches guesses = match(String.format(asked, "no idea mate, on safes i guess"));
        assertFalse(guesses.has(1, "training_context"), guesses.toString());
    }

    @Test
    void theSystemReferredBackToAsItActingStatesABehaviour() {
        ConceptMatches m = match("lessons at night and motorway lessons, there it wouldnt brake when it needs to. "
                + "At the new depot it still sends every bus out empty first. It seems fine on paper. "
                + "It turns out nobody checked. It would have been penalised in training.");
        assertTrue(m.has(0, "behaviour"), m.toString());
        assertTrue(m.has(1, "behaviour"), m.toString());
        for (int i = 2; i <= 4; i++) assertFalse(m.has(i, "behaviour"), i + ": " + m);
    }

    /** "it gets nearly all of them right" tells how the system did, not what went together in training. */
    @Test
    void whatTheSystemGetsRightIsNoCorrelationOfItsTrainingData() {
        ConceptMatches m = match("Basically it works in training because it gets nearly all of them right. "
                + "In the training photos nearly all of the defects were shiny.");
        assertFalse(m.has(0, "correlation"), m.toString());
        assertTrue(m.has(1, "correlation"), m.toString());
    }

    /** A test "the same way as before" is unchanged; a word processor's non-breaking hyphen is a hyphen. */
    @Test
    void aTestRunTheSameWayAsBeforeIsGenericAndAnyHyphenJoinsAWord() {
        ConceptMatches m = match("Before using it for the new client, we test it again on a bigger held\u2011back set "
                + "of episodes, the same way as before.");
        assertTrue(m.has(0, "generic_eval"), m.toString());
        ConceptMatches kept = match("They kept a held\u2011out set of episodes.");
        assertTrue(kept.has(0, "evaluation"), kept.toString());
    }

    /** "The simulation runs show the same packing": the behaviour seen again in a record of training. */
    @Test
    void aRecordThatShowsTheSameBehaviourIsASighting() {
        ConceptMatches m = match("The simulation runs in 2023 show the same packing. The simulation ran in 2023.");
        assertTrue(m.has(0, "seen_marker"), m.toString());
        assertFalse(m.has(1, "seen_marker"), m.toString());
    }

    /** People kept from what they came for suffer a harm. */
    @Test
    void peopleUnableToDoWhatTheyCameForAreHarmed() {
        ConceptMatches m = match("Residents were unable to vote at two polling stations. "
                + "Staff report readers leaving with nothing. The readers borrowed two books each.");
        assertTrue(m.has(0, "harm"), m.toString());
        assertTrue(m.has(1, "harm"), m.toString());
        assertFalse(m.has(2, "harm"), m.toString());
    }

    /** A test that the system still works somewhere new is generic; people left without what they waited for are harmed. */
    @Test
    void aTransferCheckIsGenericAndGoingWithoutIsAHarm() {
        ConceptMatches m = match("Evaluate it on footage from the neighbouring station to check that it generalizes to a "
                + "new building. People waiting on prescriptions didn't get them for 3 days. "
                + "Evaluate it on footage where the casualty stands upright.");
        assertTrue(m.has(0, "generic_eval"), m.toString());
        assertTrue(m.has(1, "harm"), m.toString());
        assertFalse(m.has(2, "generic_eval"), m.toString());
    }

    /** A goal told as a rate, a ratio or a count of reports is an observable stand-in; the rate as a thing is not. */
    @Test
    void aRateARatioOrACountOfReportsIsAStandIn() {
        ConceptMatches m = match("The aim is to keep the auto-pay rate high while keeping the loss ratio down. "
                + "Students are ok and there are fewer incidents reported to wardens. "
                + "The auto-pay rate was set by the insurer in 2021.");
        assertTrue(m.has(0, "stand_in"), m.toString());
        assertTrue(m.has(1, "stand_in"), m.toString());
        assertFalse(m.has(2, "stand_in"), m.toString());
    }

    /** Cases where the cue and the goal "don't go together" undo the correlation; things that go together do not. */
    @Test
    void casesWhereTheCueAndTheGoalDoNotGoTogetherUndoTheCorrelation() {
        ConceptMatches m = match("Give it footage where the object and the open door don't go together. "
                + "Add scrums where going forward and being legal come apart. "
                + "In training the object and the open door always go together.");
        assertTrue(m.has(0, "decorrelation"), m.toString());
        assertTrue(m.has(1, "decorrelation"), m.toString());
        assertFalse(m.has(2, "decorrelation"), m.toString());
    }

    /** A body harmed is a harm in a clinic's words too; the clinic itself is none. */
    @Test
    void anInjuryInAClinicsWordsIsAHarm() {
        ConceptMatches m = match("Then I had an Achilles tendon inflammation and six weeks no running. "
                + "Two riders were hospitalised with concussion. The physio checks the runners every week.");
        assertTrue(m.has(0, "harm"), m.toString());
        assertTrue(m.has(1, "harm"), m.toString());
        assertFalse(m.has(2, "harm"), m.toString());
    }

    /** A random hold-out is drawn as the training data was: a generic test, and a hold-out however it is spelt. */
    @Test
    void aRandomHoldOutIsGeneric() {
        ConceptMatches m = match("Re-run its validation on a larger random hold-out of tenancies. "
                + "Keep a hold-out of tenancies from the new estates. Test it on a randomly selected month of calls.");
        assertTrue(m.has(0, "generic_eval"), m.toString());
        assertTrue(m.has(0, "holdout"), m.toString());
        assertFalse(m.has(1, "generic_eval"), m.toString());
        assertTrue(m.has(1, "holdout"), m.toString());
        assertTrue(m.has(2, "generic_eval"), m.toString());
    }

    /** A goal told as no complaints or as enjoyment is an observable stand-in; complaints as the task are not. */
    @Test
    void noComplaintsAndEnjoymentAreStandInsForAGoal() {
        ConceptMatches m = match("The goal is that listeners stay calm and there are fewer complaints. "
                + "Players get through the levels and enjoy it. The bot answers customer complaints about late parcels.");
        assertTrue(m.has(0, "stand_in"), m.toString());
        assertTrue(m.has(1, "stand_in"), m.toString());
        assertFalse(m.has(2, "stand_in"), m.toString());
    }

    /** "Financial" and "legal" naming a sector or a document are no harm; the harm they name in a phrase is. */
    @Test
    void aSectorOrAStatementCalledFinancialOrLegalIsNoHarm() {
        ConceptMatches m = match("Nice to have: experience in a regulated sector (legal, financial, public). "
                + "The auditors signed the financial statements. The shop owner faced financial ruin and legal action.");
        assertFalse(m.has(0, "harm"), m.toString());
        assertFalse(m.has(1, "harm"), m.toString());
        assertTrue(m.has(2, "harm"), m.toString());
    }

    /** A checking verb of the system's own ("it can measure", "it always first checks") tests nothing. */
    @Test
    void whatTheSystemItselfChecksIsNoEvaluationOfIt() {
        ConceptMatches m = match("Add a tension sensor to the machine so it can measure the spokes too. "
                + "Change the model so that it always first checks the IBAN. "
                + "Test it on wheels from the new factory before release. "
                + "The club says it will test the system properly before it is turned back on.");
        assertFalse(m.has(0, "evaluation"), m.toString());
        assertFalse(m.has(1, "evaluation"), m.toString());
        assertTrue(m.has(2, "evaluation"), m.toString());
        assertTrue(m.has(3, "evaluation"), m.toString());
    }

    /** A person or an animal named in a sentence is one a harm may fall on; the system and a name are not. */
    @Test
    void aPersonOrAnAnimalNamedInASentenceIsOneWhoMayBeAffected() {
        ConceptMatches m = match("The customer refuses to pay for the floor. Two patients were sent home early. "
                + "The agent keeps going right. The robot stacks the chairs. Maureen read the speech.");
        assertTrue(m.has(0, "affected"), m.toString());
        assertTrue(m.has(1, "affected"), m.toString());
        for (int i = 2; i <= 4; i++) assertFalse(m.has(i, "affected"), i + ": " + m);
    }

    @Test
    void aRuleStatedAfterLearnNamesWhatWasLearned() {
        ConceptMatches m = match("So the machine learned a simple rule: where there is crying, pour food. "
                + "It prob learns \"feed when lights come on\". But it learned big cup = sweet. "
                + "What I learned: the course is hard. The lamp-box was meant to learn \"light the lamps when dark\". "
                + "Your advert says the kettle \"learns your routine\" so that \"the water is hot\". "
                + "There it learned its trade: hover near the arms, mist each prism, move on.");
        for (int i = 0; i <= 2; i++) assertTrue(m.has(i, "learned_instead"), i + ": " + m);
        for (int i = 3; i <= 6; i++) assertFalse(m.has(i, "learned_instead"), i + ": " + m);
    }

    @Test
    void aVerbUsedOnItsOwnWithOnlyAnAdverbAfterItsParticleStatesNoCue() {
        ConceptMatches m = match("Number on slide was 31% I think?\n(slide went by fast)\n\nThe vetting net seems to go by "
                + "mostly the dip's depth. What it could have picked up instead: \"run to the right wall\".");
        assertFalse(m.has(1, "learned_instead"), m.toString());
        assertTrue(m.has(2, "learned_instead"), m.toString());
        assertTrue(m.has(3, "learned_instead"), m.toString());
    }

    @Test
    void inAWriteUpToldByTheSystemItsOwnLearningIsTheSystems() {
        String told = "I am GullBot, a robot that scares gulls away from the harbour bins.\n\n"
                + "What I really learned was \"go to the open bins\".";
        assertTrue(match(told).has(1, "learned_instead"), match(told).toString());
        // a learner who says what they are learned it themselves
        String learner = "I am a harbour manager and we bought a robot that scares gulls away from the bins.\n\n"
                + "What I really learned was \"go to the open bins\".";
        assertFalse(match(learner).has(1, "learned_instead"), match(learner).toString());
    }

    @Test
    void aNameGivenToTheSystemStatesTheSystemWhereverItIsUsedAgain() {
        String text = "We trained a temporal CNN (TsuNet) on pressure records from deep-ocean buoys.\n\n"
                + "TsuNet missed both events with high confidence.\n\nDr Fonoti replayed the records. Fonoti said so.";
        ConceptMatches m = match(text);
        assertTrue(m.has(1, "ai_system"), "TsuNet named beside 'CNN' earlier: " + m);
        assertFalse(m.has(2, "ai_system") || m.has(3, "ai_system"), "a person named twice, never beside a system: " + m);
        ConceptMatches once = match("We trained a temporal CNN (TsuNet) on pressure records.\n\nThe buoys missed both events.");
        assertFalse(once.has(1, "ai_system"), once.toString());
    }

    @Test
    void aMonthOrADayBesideTheSystemNamesNoSystem() {
        ConceptMatches m = match("Dev proposed retraining the model on the April-May app tickets.\n\n"
                + "Next meeting: Tuesday 21 May.\n\nThe rota for Tuesday is on the board.");
        assertFalse(m.has(1, "ai_system") || m.has(2, "ai_system"), "a date names no system: " + m);
    }

    @Test
    void aNameGivenWithAPossessiveSoonAfterTheSystemStatesIt() {
        ConceptMatches m = match("So they built a robot bartender. Of course they did. His name is Barry. "
                + "Barry pours a perfect pint.\n\nThen they sell him to a karaoke bar, and Barry cuts her off.");
        assertTrue(m.has(3, "ai_system") && m.has(4, "ai_system"), m.toString());
        ConceptMatches person = match("The accountant sat at the bar. Her name is Linda. Linda sang all night.");
        assertFalse(person.has(2, "ai_system"), "no system before the name: " + person);
    }

    @Test
    void aProductsNameUsedTwiceStatesTheSystemEvenFarFromTheSystemsWord() {
        ConceptMatches m = match("Two losses this year concern me.\n\nBoth hulls scored 91 on HullScore.\n\n"
                + "My view is that HullScore is reacting to the fresh blacking.");
        assertTrue(m.has(1, "ai_system") && m.has(2, "ai_system"), m.toString());
        ConceptMatches once = match("Both hulls scored 91 on HullScore.\n\nThe broker sent the photos.");
        assertFalse(once.has(0, "ai_system"), "used once: " + once);
        ConceptMatches person = match("Ann MacLeod wrote the memo.\n\nMacLeod signed it.");
        assertFalse(person.has(1, "ai_system"), "a person's name: " + person);
    }

    @Test
    void aLaterSeasonThanTrainingIsADeployment() {
        ConceptMatches m = match("Next winter the federation wants it for the junior championships.");
        assertTrue(m.has(0, "deployment"), m.toString());
        ConceptMatches now = match("This winter the federation used it for the World Cup.");
        assertFalse(now.has(0, "deployment"), now.toString());
    }

    @Test
    void whatADenialLeavesUnsaidIsNotClaimed() {
        ConceptMatches said = match("The factory will test the new version on teas from other farms.");
        assertTrue(said.has(0, "evaluation"), said.toString());
        ConceptMatches unsaid = match("The factory has not said how it will test the new version on teas from other farms.");
        assertFalse(unsaid.has(0, "evaluation"), unsaid.toString());
    }

    @Test
    void aListItemThatOpensWithAnInfinitiveProposesButAPurposeBeforeAMainClauseDoesNot() {
        ConceptMatches m = match("What to change:\n1. To train it with more data, from more mountains and more "
                + "situations.\n\nTo do this, the designers trained it on one mountain.");
        int item = 2, purpose = 3;
        assertTrue(m.has(item, "proposal"), m.toString());
        assertFalse(m.has(purpose, "proposal"), "a purpose, then what was done: " + m);
    }

    @Test
    void anAnswerTellsWhatItsQuestionAskedAbout() {
        ConceptMatches m = match("Q: How was the call blocker trained?\nA: On twelve months of the carrier's own call "
                + "records.\n\nThe blocker sits on the network.\n\nQ: Is that a good idea?\nA: Probably.");
        assertTrue(m.has(1, "training_context"), "the answer to 'how was it trained': " + m);
        ConceptMatches longer = match("Q: How exactly, after all of that careful work by the team in the end, was the "
                + "call blocker trained?\nA: On 12 months of call records.");
        for (ConceptIndex.Hit h : longer.of(1, "training_context")) {
            assertTrue(h.sentence() == 1 && h.to() <= 9, "the answer's hit stands in the answer: " + h);
        }
        assertTrue(longer.has(1, "training_context"), longer.toString());
        assertFalse(m.has(2, "training_context"), "a statement after a statement: " + m);
        // a chat's question typed without its "?" asks too, and its answer tells what it asked about
        ConceptMatches chat = match("Kemi: so the company trains the robot bartender in their own test bar.\n"
                + "Jonas: and what's it supposed to do then, in a real hotel bar\nKemi: make the drink the person actually ordered.\nJonas: ok cool");
        assertTrue(chat.has(2, "intent"), chat.toString());
    }

    @Test
    void aCapitalisedVerbTheTaggerReadsAsANameIsStillAnImperativeProposal() {
        ConceptMatches m = match("Break the link between the dial and the poise on purpose.\n\n"
                + "Randomise which position the rig starts in.\n\nBreak time was short.");
        assertTrue(m.has(0, "proposal") && m.has(1, "proposal"), m.toString());
        assertFalse(m.has(2, "proposal"), "a noun before a noun is no imperative: " + m);
    }

    @Test
    void theCueASystemTakesAsTheSignIsWhatItLearnedInstead() {
        ConceptMatches m = match("It seems the system takes a referee's raised arm as the sign that play has stopped.");
        assertTrue(m.has(0, "learned_instead"), m.toString());
        ConceptMatches by = match("Ground ops said the guidance system may be going by the paint scheme.");
        assertTrue(by.has(0, "learned_instead"), by.toString());
    }

    @Test
    void aDeniedConceptIsNegatedNotMatched() {
        ConceptMatches m = match("This is not a case of overfitting.\n\nThe model memorized the few hundred training photos it was shown.");
        assertTrue(m.negated().get(0).contains("overfitting"), m.toString());
        assertFalse(m.has(0, "overfitting"), m.toString());
        assertTrue(m.has(1, "overfitting"), m.toString());
        assertTrue(m.negated().get(1).isEmpty(), m.toString());
    }

    @Test
    void aHeadingStatesNothing() {
        ConceptMatches m = match("## Harm\n\nPeople on the stairs would be injured.");
        assertTrue(m.hits().get(0).isEmpty(), m.toString());
        assertTrue(m.has(1, "harm"), m.toString());
    }

    @Test
    void anImperativeAfterAListsLetterIsStillAnImperative() {
        String imperative = GRADER.rubric().imperativeConcept();
        ConceptMatches m = match("e) Give it more photos of red okra.\n\nf) The robot gives up on red okra.");
        assertTrue(m.has(0, imperative), m.toString());
        assertFalse(m.has(1, imperative), m.toString());
    }

    @Test
    void aNumberAndAnOpeningVerbAreConceptsOfTheirOwn() {
        String number = GRADER.rubric().numberConcept(), imperative = GRADER.rubric().imperativeConcept();
        ConceptMatches m = match("Train it on 3,000 photos of dark stairs.\n\nThe robot was trained on photos of stairs.");
        assertTrue(m.has(0, number) && m.has(0, imperative), m.toString());
        assertEquals("3,000", text(m, 0, number, "Train it on 3,000 photos of dark stairs."));
        assertFalse(m.has(1, number) || m.has(1, imperative), m.toString());
    }

    @Test
    void aThreadsCounterAndATimeOfDayAreNoQuantity() {
        String number = GRADER.rubric().numberConcept();
        String text = "1/8 doing my homework as a thread, about a robot trained in a simulator.\n\n"
                + "[21:48] me: it was trained in a shed at 6:30 every morning.\n\n"
                + "2/8 it was trained on 3/4 of the 40 sheds.";
        ConceptMatches m = match(text);
        assertFalse(m.has(0, number) || m.has(1, number), m.toString());
        assertEquals("3/4", text(m, 2, number, text));
    }

    @Test
    void aTrainOnRailsIsNoTraining() {
        ConceptMatches m = match("I drove trains on the branch line for thirty years.\n\n"
                + "On some mornings a train running at sixty needs a mile to stop.\n\n"
                + "The model trains on the train set every night.");
        assertFalse(m.has(0, "ml_subject") || m.has(1, "ml_subject"), m.toString());
        assertTrue(m.has(2, "ml_subject"), m.toString());
    }

    @Test
    void aWordOfNoveltyCountsBeforeANounOfTheScenarioOnly() {
        String novelty = GRADER.rubric().beforeScenarioNoun().get(0);
        ConceptMatches m = match("Two of the three new counties use GPS ankle monitors.\n\nThe team built a new model "
                + "from different data.\n\nThe office in New York approved it.");
        assertTrue(m.has(0, novelty), m.toString());
        assertEquals("new", text(m, 0, novelty, "Two of the three new counties use GPS ankle monitors."));
        assertFalse(m.has(1, novelty), "a new model, different data: no setting: " + m);
        assertFalse(m.has(2, novelty), "a name: " + m);
    }

    @Test
    void moreCountsBeforeANounOfTheScenarioOnly() {
        String more = GRADER.rubric().beforeScenarioNoun().get(1);
        ConceptMatches m = match("To fix it I would give it more seasons to learn from.\n\nThe company should use more "
                + "various kinds of bowls for training.\n\nIt was more confident than ever.\n\nWe need more data.");
        assertTrue(m.has(0, more), m.toString());
        assertEquals("more", text(m, 0, more, "To fix it I would give it more seasons to learn from."));
        assertTrue(m.has(1, more), "an adjective may stand between: " + m);
        assertFalse(m.has(2, more), "more of a quality, not of things: " + m);
        assertFalse(m.has(3, more), "data is no noun of a scenario: " + m);
    }

    @Test
    void aRecommenderDoingItsJobProposesNothingAndAStorysTurnIsASetting() {
        ConceptMatches m = match("The policy went on recommending restrictions in the empty areas.\n\nStaff recommend "
                + "amending the agreement.\n\nThen came the first snow, on a Tuesday in November.\n\nThen in "
                + "training the camera saw only dry bays.\n\nThen in a bigger city it picked walkers who cannot handle "
                + "big dogs.");
        assertFalse(m.has(0, "proposal"), m.toString());
        assertTrue(m.has(1, "proposal"), m.toString());
        assertTrue(m.has(2, "deployment"), m.toString());
        assertFalse(m.has(3, "deployment"), "training is no turn of the story: " + m);
        assertTrue(m.has(4, "deployment"), m.toString());
    }

    private static String text(ConceptMatches m, int sentence, String concept, String of) {
        ConceptIndex.Hit h = m.of(sentence, concept).get(0);
        return of.substring(h.start(), h.end());
    }

    @Test
    void aPromiseToTestTheSystemProperlyIsAGenericTestWhateverItNames() {
        for (String text : List.of("The club says it will test the system properly before it is turned back on.",
                "The association should test the system more and check the results with the judges.",
                "She says they will test me better next winter.")) {
            assertTrue(match(text).has(0, "generic_eval"), text);
        }
        // a test on cases named for what they hold is not a promise to test more
        assertFalse(match("Before release, test it on photos where the plant is diseased but the soil is dry.")
                .has(0, "generic_eval"));
    }

    @Test
    void aGoalToldAsWorkingGoodIsVague() {
        for (String text : List.of("The goal is that model works good on pierogi.", "For the camel to run good.",
                "The goal is that the farinha stay good like when seu Raimundo make it.")) {
            assertTrue(match(text).has(0, "vague_goal"), text);
        }
        assertFalse(match("The goal is to keep the good potatoes and take out the rotten ones.").has(0, "vague_goal"));
    }
}

