package org.casemark.core;

import org.casemark.SharedEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Eligibility}: which sentences may earn credit, and their scenario words (bundled rubric, real pipeline). */
class EligibilityTest {
    private static Credits judge(String text) {
        return SharedEngine.get().grader("gm-case-study").analyse(SharedEngine.get().nlp().annotate(text)).credits();
    }

    @Test
    void aSentenceRepeatedWithAFewWordsSwappedIsARepeat() {
        Credits c = judge("The AI system of the hammam is an intelligence artificial who control the vapeur.\n\n"
                + "The AI system of the hammam is an artificial intelligence who control the vapour.\n\n"
                + "The proxy goal is the colour of the steam in the training rooms.");
        assertTrue(c.credited(0), c.toString());
        assertTrue(c.verdicts().get(1).duplicate(), c.toString());
        assertFalse(c.verdicts().get(2).duplicate(), c.toString());
    }

    @Test
    void sayingAgainWhatEarnedNothingIsTheFirstClaimOfIt() {
        // a chat's verbless aside, then the learner's answer in full under its label
        Credits c = judge("The camera on the runway was trained on photos of debris from one summer.\n\n"
                + "more types of debris in different conditions\n\n"
                + "Training fix: more types of debris in different conditions.");
        assertFalse(c.credited(1), c.toString());
        assertFalse(c.verdicts().get(2).duplicate(), c.toString());
        assertTrue(c.credited(2), c.toString());
        // what earned credit once is still a repeat when said again
        Credits twice = judge("The camera on the runway was trained on photos of debris from one summer.\n\n"
                + "The camera on the runway was trained on photos of debris from one summer.");
        assertTrue(twice.verdicts().get(1).duplicate(), twice.toString());
    }

    @Test
    void aTerseLineUnderAHeadingAnswersIt() {
        Credits c = judge("SYSTEM\nA carillon robot that plays the bells, trained on the concerts of the town's player.\n\n"
                + "FIX TRAINING\nmore recordings.\n\nmore recordings");
        int under = -1, loose = -1;
        for (int i = 0; i < c.verdicts().size(); i++) {
            if (c.verdicts().get(i).scenario().contains("recording")) {
                if (under < 0) under = i;
                else loose = i;
            }
        }
        assertTrue(under > 0 && c.credited(under), c.toString());
        // the same words again, not under the heading (and a repeat): nothing
        assertTrue(loose > under && !c.credited(loose), c.toString());
    }

    @Test
    void aNoteOnHowTheLearnersWorkIsGoingEarnsNothing() {
        Credits c = judge("Hi Dr Okafor, I've been stuck on the case study for a while and I've only managed the first "
                + "part, so I thought I'd send what I have and ask if I'm on the right track before I go further.\n\n"
                + "My system is an app for trumpet students that listens while you practise and scores your tone. The "
                + "app got stuck on the loud notes and students quit.");
        assertFalse(c.credited(0), c.toString());
        assertTrue(c.credited(1), c.toString());
        assertTrue(c.credited(2), "'stuck' in the case itself is not a note on the work: " + c);
    }

    @Test
    void talkAboutTheWriteUpItselfEarnsNothing() {
        String claim = "The drying-room camera was trained on photos of trays from one summer.";
        String[] asides = {
                // the learner marking their own part, and how the write-up was made
                "My self-score: 2/2 \u2714 (clearly stated)",
                "(Our tutor said to mark ourselves against the rubric first, so each part starts with my self-score.)",
                // a speaker's courtesy, under the speaker's name and title
                "Greg Lutz, Chief Financial Officer: Thanks, Dana.",
                // the learner's circumstances, with words of the rubric in them
                "Also sorry if I get the words wrong, I missed the week 5 live session and only watched half the recording.",
                // an email's courtesy to its reader ("hope" is a word of the designers' intent)
                "Dear Ms Costa, I hope you are well.",
                "Hope you all had a good weekend!",
                // the writer on a course of their own ("training" is a word of the system's part)
                "I am in your Tuesday training about digital tools, and I write about the router we use.",
                // the tutor's request, the assignment itself ("going wrong" is a word of the behaviour)
                "On the last module you asked us to bring an example of dairy technology going wrong.",
                // the topics set aside before the case was chosen, listed at length
                "I went through about four ideas (a self-driving tractor, a chess thing, something about spam filters, "
                        + "a sorting robot) before landing on this, because it's the thing I actually know about.",
                // a note to find out from a classmate
                "the harm bit \u2192 ask Jake what he put",
                // a part not worked out, said so after what the assignment asks
                "Sorry, I know we're supposed to explain why it was the same in training, but I can't really work it out.",
                // the tutor's feedback on the writing, reported with the learner's doubt
                "My tutor's comment on the practice one was \"say why training can't tell them apart\" and I'm not sure I "
                        + "did that."};
        for (String aside : asides) {
            Credits c = judge(claim + "\n\n" + aside);
            assertTrue(c.credited(0), c.toString());
            assertFalse(c.credited(1), aside + ": " + c);
        }
        // ... and a proposal to ask people earns what it proposes
        Credits proposal = judge(claim + "\n\nCheck the error on a test set of trays and ask the bakers whether they agree.");
        assertTrue(proposal.credited(1), proposal.toString());
    }

    @Test
    void anExercisesPromptAsksAndEarnsNothing() {
        String intro = "The pricing agent was trained in a simulator of downtown parking blocks.\n\n";
        Credits exercise = judge(intro + "(e) Explain how your answer to (c) differs from a case in which the agent "
                + "simply overfits to noise.\n\n(d) Propose one change to the department's pre-deployment testing.");
        assertTrue(exercise.credited(0), exercise.toString());
        assertFalse(exercise.credited(1), exercise.toString());
        assertFalse(exercise.credited(2), exercise.toString());
        Credits own = judge(intro + "Aligned goal: identify the disease correctly from the visible symptoms.\n\n"
                + "Propose one change to the testing: test in blocks near the stadium on game nights.");
        assertTrue(own.credited(1) && own.credited(2), "a learner's own imperative is no prompt: " + own);
    }

    @Test
    void theEntriesOfAReferenceListEarnNothing() {
        String essay = "The scraper robot was trained in a simulated barn and learned to clean the feed alley first.\n\n";
        String entries = "Krakovna, V., et al. (2020).\nSpecification gaming: the flip side of AI ingenuity.\n";
        Credits listed = judge(essay + "References\n" + entries);
        assertTrue(listed.credited(0), listed.toString());
        for (int i = 2; i < listed.verdicts().size(); i++) assertFalse(listed.credited(i), i + ": " + listed);
        Credits prose = judge(essay + entries);
        assertTrue(prose.credited(prose.verdicts().size() - 1), "no list, no exception: " + prose);
    }

    @Test
    void aTitleOnItsOwnLineEarnsNothingWhileAFirstSentenceDoes() {
        String body = "\n\nThe delivery drone was trained in a simulator of suburban gardens with a marked landing pad.";
        Credits titled = judge("What happened with our delivery drone at the clinic (a true story)" + body);
        assertFalse(titled.credited(0), titled.toString());
        assertTrue(titled.credited(1), titled.toString());
        Credits sentence = judge("Our delivery drone landed on the wrong roof at the clinic." + body);
        assertTrue(sentence.credited(0), sentence.toString());
        Credits labelled = judge("System: a delivery drone for the clinic's parcels" + body);
        assertTrue(labelled.credited(0), labelled.toString());
    }

    @Test
    void aPartPromisedForLaterEarnsNothingWhileChoosingACaseDoes() {
        Credits c = judge("The delivery drone was trained in a simulator of suburban gardens. "
                + "I'll add the aligned goal and the two changes when I've had a chance to reread the lesson. "
                + "I'm going to do mine on the clinic's delivery drone because I fly one at work.");
        assertTrue(c.credited(0), c.toString());
        assertFalse(c.credited(1), "a promise, not a part: " + c);
        assertTrue(c.credited(2), "choosing the case is the learner's own: " + c);
        Credits named = judge("The delivery drone was trained in a simulator of suburban gardens. "
                + "Evaluation part I will add after, I have an exam on Monday. "
                + "We will add night flights after the first month of deliveries.");
        assertFalse(named.credited(1), "the part named first, then the promise: " + named);
        assertTrue(named.credited(2), "a change planned in the case is no promise about the writing: " + named);
        Credits unwritten = judge("The delivery drone was trained in a simulator of suburban gardens. "
                + "I couldn't make this one work, it was going to be the evaluation fix. "
                + "The engineers were going to test it on gardens with the mat on gravel.");
        assertFalse(unwritten.credited(1), "what the part was going to be: " + unwritten);
        assertTrue(unwritten.credited(2), "a plan in the case: " + unwritten);
        // a promise with no subject, in a hurried writer's words
        Credits hurried = judge("The delivery drone was trained in a simulator of suburban gardens.\n"
                + "Evaluation: will add tmrw, phone at 3% lol\n"
                + "The clinic will add night flights tomorrow where the drone left parcels on the path.");
        assertFalse(hurried.credited(1), "a part left for tomorrow: " + hurried);
        assertTrue(hurried.credited(2), "the case's own tomorrow is the case: " + hurried);
        Credits undone = judge("The delivery drone was trained in a simulator of suburban gardens. "
                + "Evaluation: still working on this one, suggestions welcome. "
                + "Oh no, there's supposed to be an evaluation fix as well. "
                + "For evaluation I was going to write something about testing but I've run out of steam. "
                + "The drone's battery ran out of energy over the lake. "
                + "The drone is supposed to be landing on the pad. "
                + "Fix to evaluation: still thinking about this one, ideas welcome! "
                + "How you fix evaluation: honestly I'm not sure what I'd change here yet.");
        for (int i = 1; i <= 3; i++) assertFalse(undone.credited(i), "a part not done, said of the write-up: " + undone);
        assertTrue(undone.credited(4) && undone.credited(5), "the case's own words: " + undone);
        for (int i = 6; i <= 7; i++) assertFalse(undone.credited(i), "a part not done, said of the write-up: " + undone);
    }

    @Test
    void aNoteToFindOutOrThatNothingIsWrittenEarnsNothingButADraftAfterItDoes() {
        Credits c = judge("The popcorn kettle AI was trained on batches from the company's test kitchen. "
                + "Eval: need to check with manager. "
                + "(ran out of rhymes for the evaluation part, will add it in class!!) "
                + "For the evaluation part, sinceramente I don't know what to put. "
                + "Fix 2 (eval): gotta think about this one still. "
                + "Fixes - I haven't written this part properly yet, but roughly: train it on more varied batches from "
                + "different cinemas. "
                + "For evaluation I haven't written this yet, but honestly I've run out of steam.");
        assertTrue(c.credited(0), c.toString());
        for (int i = 1; i <= 4; i++) assertFalse(c.credited(i), "nothing written, and why: " + c);
        assertTrue(c.credited(5), "a rough draft after the apology answers: " + c);
        assertFalse(c.credited(6), "another apology after the 'but' is no draft: " + c);
    }

    @Test
    void runningOutOfTimeOrBeingUnsureAboutAPartEarnsNothing() {
        Credits c = judge("The fish sauce camera was trained on pictures from one factory. "
                + "Evaluation fix: I am not sure about this part. "
                + "(I know we were supposed to do an evaluation fix too, but I ran out of time, sorry. "
                + "The workers ran out of salt for the last barrels. "
                + "I am not sure about the colour, so I test the smell as well.");
        assertTrue(c.credited(0), c.toString());
        for (int i = 1; i <= 2; i++) assertFalse(c.credited(i), "a part not done, said of the write-up: " + c);
        assertTrue(c.credited(3) && c.credited(4), "the case's own words: " + c);
    }

    @Test
    void notKnowingWhatToChangeOrComingBackToAPartEarnsNothing() {
        Credits c = judge("The radio station's dead-air detector was trained on three years of its own output audio. "
                + "For the evaluation part, honestly I don't know what I would change, because they already tested it. "
                + "And the evaluation fix - I'm going to have to come back to that one. "
                + "The presenter will come back to it after the news and the detector cuts in anyway. "
                + "i'll come back to that one so then when the show is live it keeps cutting to the jingle.");
        assertTrue(c.credited(0), c.toString());
        assertFalse(c.credited(1) || c.credited(2), "no proposal, said of the part: " + c);
        assertTrue(c.credited(3), "the case's own 'come back to it': " + c);
        assertTrue(c.credited(4), "a run-on that goes on with the case: " + c);
    }

    @Test
    void anApologyForLatenessEarnsNothing() {
        Credits c = judge("Sorry this is coming in a day late - we had the in-laws staying and I lost the whole weekend. "
                + "PitchPilot was trained on four seasons of the wardens' allocations. "
                + "The campsite's bookings came in late and the wardens lost a whole weekend of pitches.");
        assertFalse(c.credited(0), "the write-up's lateness, and why: " + c);
        assertTrue(c.credited(1) && c.credited(2), "the case's own lateness: " + c);
    }

    @Test
    void noTimeForAPartSaidOfTheWriteUpEarnsNothing() {
        Credits c = judge("The kiln controller was trained on firings from one studio. "
                + "I didn't have time to do the evaluation fix, sorry. "
                + "We did not get enough time for the training part. "
                + "The operator didn't have time to open the vent, so the pots cracked. "
                + "Training fix: will add l8r. "
                + "Haven't done the distribution shift or the two fixes yet, deadline is tomorrow. "
                + "The controller hasn't done a stoneware firing yet. "
                + "And for evaluation, um, I honestly don't know yet, I'll think about it.");
        assertTrue(c.credited(0), c.toString());
        assertFalse(c.credited(1) || c.credited(2), "no time for a part: " + c);
        assertTrue(c.credited(3), "no time in the case itself is the case: " + c);
        assertFalse(c.credited(4) || c.credited(5), "a part left for later: " + c);
        assertTrue(c.credited(6), "the system's own 'yet' is the case: " + c);
        assertFalse(c.credited(7), "not known yet, said of the write-up: " + c);
        Credits own = judge("The kiln controller was trained on firings from one studio. "
                + "The potter doesn't know yet that the clay has changed.");
        assertTrue(own.credited(1), "the case's own 'doesn't know yet': " + own);
        Credits stuck = judge("The kiln controller was trained on firings from one studio.\n"
                + "(rest isn't written yet, I'm stuck on the distribution shift part.\n"
                + "The kiln got stuck on the glaze part of the firing, so the pots cracked.");
        assertFalse(stuck.credited(1), "stuck on a part of the write-up: " + stuck);
        assertTrue(stuck.credited(2), "the kiln stuck on a part of its firing is the case: " + stuck);
    }

    @Test
    void aLineLabelledAsAnAnalogyEarnsNothing() {
        Credits c = judge("Analogy: my dog thinks 'walk' means 'someone picked up the leash'. In our house the two "
                + "always happened together.\nThe case: the pump controller was trained on three years of logs in which "
                + "every filling event followed rain.");
        assertFalse(c.credited(0) || c.credited(1), "the analogy's line: " + c);
        assertTrue(c.credited(2), "the case: " + c);
    }

    @Test
    void aRetractionTakesBackItsParagraphButNotWhatFollows() {
        Credits c = judge("The shell app was trained on museum photos.\n\n"
                + "Proxy: my first thought was the velvet background. The model learned velvet means shell. Scrap that.\n\n"
                + "What it really learned is the exact training shells, so its proxy is the shells it has seen.");
        assertTrue(c.credited(0), c.toString());
        assertFalse(c.credited(1) || c.credited(2), "taken back: " + c);
        assertTrue(c.credited(4), "the answer after the retraction: " + c);
        Credits kept = judge("The shell app was trained on museum photos.\n\n"
                + "Proxy: the velvet background. The model learned velvet means shell. The robot had to scrap that batch.");
        assertTrue(kept.credited(1) && kept.credited(2), "a scenario's 'scrap that batch' retracts nothing: " + kept);
    }

    @Test
    void aChatQuestionTypedWithoutItsQuestionMarkAsks() {
        Credits chat = judge("Kemi: so the company trains the robot bartender in their own test bar.\n"
                + "Jonas: and what's it supposed to do\n"
                + "Kemi: make the drink the person actually ordered.\n"
                + "Jonas: ok so whats the wrong goal\n"
                + "Kemi: what it learned is the glass, not the ticket.\n"
                + "Kemi: what's interesting is that the ratings never disagree.");
        assertFalse(chat.credited(1) || chat.credited(3), "questions: " + chat);
        assertTrue(chat.credited(2) && chat.credited(4) && chat.credited(5), "statements: " + chat);
    }

    @Test
    void anAsideAboutTheWriteUpItselfEarnsNothing() {
        Credits c = judge("Dear Tutor -- sorry, the cabin wifi is dead so my case study is a postcard. "
                + "\n\n(written in the third person, as the tutor suggested for reflective pieces)\n\n"
                + "The kennel uses an AI app to choose which dogs run in each team. "
                + "The AI tutor was trained on last year's answers, and the students hope it is fair.");
        assertFalse(c.credited(0), "an apology to the tutor: " + c);
        assertFalse(c.credited(1), "the form of the write-up: " + c);
        assertTrue(c.credited(2), c.toString());
        assertTrue(c.credited(3), "a tutor in the case, and a hope that is not about the write-up: " + c);
    }

    @Test
    void aFewNounsEndingASentencesLineContinueIt() {
        Credits c = judge("The carousel was trained on footage from one fair.\n\nAt another fair the attendant hops off "
                + "early and the ride starts with a kid still climbing on. Injury, lawsuit.\n\nInjury, lawsuit.");
        assertTrue(c.credited(2), "the line's own continuation: " + c);
        assertFalse(c.credited(3), "two nouns on a line of their own are no sentence: " + c);
    }

    @Test
    void aMessagesHeaderLinesEarnNothing() {
        Credits c = judge("From: a test engineer\nSubject: Safety concern: SeatSense on our stairlifts\n\nDear Sir or "
                + "Madam,\n\nThe SeatSense model was trained on recordings from our test rig with one seat type.");
        assertFalse(c.credited(0), c.toString());
        assertFalse(c.credited(1), "the subject line addresses the message: " + c);
        assertTrue(c.credited(c.verdicts().size() - 1), c.toString());
    }

    @Test
    void aPostsBylineEarnsNothing() {
        Credits c = judge("The GuideMind model was trained on sky data from two dark-sky sites in Chile.\n\n"
                + "StellarDrive_Support \u2014 6 Oct 2025, 15:55\n\n"
                + "On 14 March 2024 the autoguider lost the star twice in one hour.");
        assertTrue(c.credited(0), c.toString());
        assertFalse(c.credited(1), "who posted and when says nothing of the case: " + c);
        assertTrue(c.credited(2), "a sentence with a date and a verb tells the case: " + c);
    }

    @Test
    void aMeetingsAttendanceLineEarnsNothing() {
        Credits c = judge("Minutes of the stadium operations meeting\n"
                + "Present: R. Ashdown (Chair), L. Fenwick (Head of Hospitality & Catering), T. Okonjo (Safety Officer)\n"
                + "Apologies: K. Doyle\n"
                + "ALSO PRESENT: T. Abara, General Manager, CycleLoop (bike share operator)\n"
                + "4.1 LF reported that QueueSmart, the staffing model, was trained on two seasons of queue counts.\n"
                + "The present system was trained on stands that were all covered.");
        assertFalse(c.credited(1), "who was there says nothing of the case: " + c);
        assertFalse(c.credited(2), c.toString());
        assertFalse(c.credited(3), c.toString());
        assertTrue(c.credited(4), c.toString());
        assertTrue(c.credited(5), "\"present\" in a sentence is no attendance line: " + c);
    }

    @Test
    void aBreadcrumbLineEarnsNothing() {
        Credits c = judge("InnTech Forum \u203a Revenue & Pricing \u203a pricing bot wont go up for festival week??\n"
                + "my guess is the pricing bot learned to follow the competitors' rates.\n"
                + "Go to Settings > Pricing > Events and add the festival week by hand.");
        assertFalse(c.credited(0), "the path to the post and its title: " + c);
        assertTrue(c.credited(1), c.toString());
        assertTrue(c.credited(2), "a menu path in an instruction is no breadcrumb: " + c);
    }

    @Test
    void aRepeatAndADefinitionEarnNothing() {
        Credits c = judge("The delivery drone was trained in a simulator of suburban gardens. "
                + "The delivery drone was trained in a simulator of suburban gardens. "
                + "A proxy goal is a goal that the model learns instead of the intended one.");
        assertTrue(c.credited(0), c.toString());
        Credits.Verdict repeat = c.verdicts().get(1), definition = c.verdicts().get(2);
        assertTrue(repeat.duplicate() && !repeat.credited(), repeat.toString());
        assertTrue(definition.definition() && !definition.credited(), definition.toString());
        assertEquals(3, c.wordSentences());
    }

    @Test
    void rubricTermsAndTheAssignmentPastedBackEarnNothing() {
        Credits c = judge("I discuss goal misgeneralization, the proxy goal, the aligned goal, distribution shift and red teaming.\n\n"
                + "The proxy goal: what spurious goal the system could have learned that performs equally well on the "
                + "training distribution.");
        Credits.Verdict salad = c.verdicts().get(0), pasted = c.verdicts().get(1);
        assertTrue(salad.salad() && !salad.credited(), salad.toString());
        assertTrue(pasted.copied() && !pasted.credited(), pasted.toString());
    }

    @Test
    void scenarioWordsAreTheSentencesOwnNounsNotRubricOrGenericWords() {
        Credits c = judge("The delivery drone drops parcels on the marked landing pad of the clinic.\n\n"
                + "The model is a system that was trained.");
        // "drone" is a rubric concept phrase of one word (an AI system), so rubric vocabulary, not the learner's own
        assertEquals(List.of("clinic", "delivery", "landing", "pad", "parcel"), List.copyOf(c.scenario(0)));
        assertTrue(c.described(0).containsAll(c.scenario(0)) && c.described(0).contains("marked"), c.toString());
        assertTrue(c.scenario(1).isEmpty(), "model, system: generic words " + c);
        Credits meta = judge("I'm honestly a bit lost on the distribution shift part so I skipped it for now.");
        assertTrue(!meta.scenario(0).contains("shift") && !meta.scenario(0).contains("distribution"),
                "the assignment's term names a part of the assignment, not of the case: " + meta);
    }

    @Test
    void aStatementWithATagClaimsWhatItSaysARealQuestionDoesNot() {
        Credits c = judge("Then the app goes on the app store and most golfers there are over sixty, right?\n\n"
                + "The model learned the wrong rule for the older players, didn't it?\n\n"
                + "What could go wrong when the app reaches older golfers, right?\n\n"
                + "Where does the app break for the older golfers?");
        assertTrue(c.credited(0), "a tag word: " + c.verdicts().get(0));
        assertTrue(c.credited(1), "a verb and a pronoun: " + c.verdicts().get(1));
        assertTrue(!c.credited(2) && !c.credited(3), "wh-questions ask: " + c);
        Credits indirect = judge("Not sure if that counts as changing the training data of the golf app.\n\n"
                + "I don't know whether the app would still work for older golfers.\n\n"
                + "Not sure if this is right, but I would add swings of older golfers to the training data.");
        assertTrue(!indirect.credited(0) && !indirect.credited(1), "indirect questions ask: " + indirect);
        assertTrue(indirect.credited(2), "a claim after 'but': " + indirect.verdicts().get(2));
        Credits timed = judge("34:15 Do players even want hints from the game master in the escape room?\n\n"
                + "12:45 The game master was built to give players a hint when they are stuck.");
        assertTrue(!timed.credited(0), "a timestamp before a question opens nothing: " + timed.verdicts().get(0));
        Credits led = judge("For the record, what happened to the survey drone over the estuary?\n\n"
                + "For the record, the survey drone flew over the estuary at dusk, which it had never done in "
                + "training.");
        assertTrue(!led.credited(0), "a wh-word and a verb after a lead-in ask: " + led.verdicts().get(0));
        assertTrue(led.credited(1), "a relative 'which' in a statement asks nothing: " + led.verdicts().get(1));
        Credits quotedAsk = judge("First one, from Gareth: \"Can you remind us how the survey drone was trained?\"\n\n"
                + "The answer from the team: the survey drone was trained on summer flights over the estuary.");
        assertTrue(!quotedAsk.credited(0), "a question quoted after a colon asks: " + quotedAsk.verdicts().get(0));
        assertTrue(quotedAsk.credited(1), "a statement after a colon claims: " + quotedAsk.verdicts().get(1));
        assertTrue(timed.credited(1), "a timestamp before a claim: " + timed.verdicts().get(1));
        Credits after = judge("Your system description of the golf app is fine but where does the training data come from?\n\n"
                + "The app was trained on swings of young golfers, which is where it learned the wrong rule?");
        assertTrue(!after.credited(0), "a question after 'but' asks: " + after.verdicts().get(0));
        assertTrue(after.credited(1), "a relative 'which is' asks nothing: " + after.verdicts().get(1));
    }

    @Test
    void anAdmissionThatAPartIsNotDoneClaimsNothing() {
        Credits c = judge("idk how to explain why the beach photos and the crab counts are the same in training tbh.\n\n"
                + "I did not get to the part about the changes to the crab counter's evaluation, sorry.\n\n"
                + "I don't know how to explain it, but in training every crab photo was taken at low tide.");
        assertTrue(!c.credited(0) && !c.credited(1), "admissions: " + c);
        assertTrue(c.credited(2), "a claim after 'but': " + c.verdicts().get(2));
        Credits what = judge("For evaluation I am not sure what is best, sorry.\n\n"
                + "We know what the crab counter saw: every photo was taken at low tide.");
        assertFalse(what.credited(0), "not knowing what to propose: " + what);
        assertTrue(what.credited(1), "knowing what it saw: " + what);
        Credits later = judge("Eval: not sure yet, will add.\n\nEval: not sure yet, so I would test the crab counter on "
                + "photos taken at high tide.");
        assertFalse(later.credited(0), "nothing named after the admission: " + later);
        assertTrue(later.credited(1), "a test named after it: " + later.verdicts().get(1));
    }

    @Test
    void theAssignmentsQuestionRestatedClaimsNothing() {
        Credits c = judge("Question 4 asks for a realistic deployment context where the crab counter's proxy and its "
                + "aligned goal diverge, and what harm could result.\n\n"
                + "The question asks us to describe how the crab counter would be tested.\n\n"
                + "Part (d) wants the harm: fishermen lose their licences when the crab counter undercounts.\n\n"
                + "The crab counter asks the skipper for the tide table before every haul.");
        assertFalse(c.credited(0), "the question restated: " + c.verdicts().get(0));
        assertFalse(c.credited(1), "the question restated: " + c.verdicts().get(1));
        assertTrue(c.credited(2), "the question restated, then its answer after the colon: " + c.verdicts().get(2));
        assertTrue(c.credited(3), "the system asks: " + c.verdicts().get(3));
    }

    @Test
    void aPartSaidToNeedNoChangeProposesNothing() {
        Credits c = judge("Fix the evaluation: I think the evaluation was fine actually, the crab counter's problem was "
                + "in the training.\n\n"
                + "There is nothing I would change in the crab counter's tests.\n\n"
                + "In testing everything was fine, but on the new beach the crab counter missed half the crabs.");
        assertFalse(c.credited(0), "no change needed, as an opinion: " + c.verdicts().get(0));
        assertFalse(c.credited(1), "nothing to change: " + c.verdicts().get(1));
        assertTrue(c.credited(2), "the case told: " + c.verdicts().get(2));
    }

    @Test
    void aReportThatProposesNoChangeToAPartProposesNothing() {
        Credits c = judge("6.1 Training: no change is proposed at this stage if the crab counter passes 6.2.\n\n"
                + "We recommend no change to the crab counter's training photos.\n\n"
                + "No changes to the test beaches were planned for this season.\n\n"
                + "The crab counter was retrained on night photos, so no change in its counts was expected.");
        assertFalse(c.credited(0), "none proposed: " + c.verdicts().get(0));
        assertFalse(c.credited(1), "none recommended: " + c.verdicts().get(1));
        assertFalse(c.credited(2), "none planned: " + c.verdicts().get(2));
        assertTrue(c.credited(3), "the case told: " + c.verdicts().get(3));
    }

    @Test
    void notFindingAPartClaimsNothingUnlessTheSentenceGoesOnToAnswer() {
        Credits c = judge("I couldn't think of a good distribution shift for this one.\n\n"
                + "I couldn't think of a separate \"proxy goal\" - honestly I think it just learned the training cows "
                + "by heart.");
        assertFalse(c.credited(0), "the part not found: " + c.verdicts().get(0));
        assertTrue(c.credited(1), "an answer after the dash: " + c.verdicts().get(1));
    }

    @Test
    void aSupportAgentsGreetingClaimsNothing() {
        Credits c = judge("Priya (AirWeave Support): Hi, thanks for contacting AirWeave!\n"
                + "Priya (AirWeave Support): Smart Steer is a model that learned to move laptops to the node with the "
                + "strongest signal.");
        assertFalse(c.credited(0), "a greeting: " + c.verdicts().get(0));
        assertTrue(c.credited(1), "the system told: " + c.verdicts().get(1));
    }

    @Test
    void aPartPutOffAndAChatsOneWordReplyClaimNothing() {
        Credits c = judge("[Mon 20:01] Ana: the kiln camera learned to trust the orange glow.\n"
                + "[Mon 20:02] Ana: we can add harm later, it's late\n"
                + "[Mon 20:03] Ben: fine.\n"
                + "[Mon 20:04] Ben: the firm pays a fine when a batch cracks.");
        assertTrue(c.credited(0), "the case told: " + c.verdicts().get(0));
        assertFalse(c.credited(1), "the harm put off: " + c.verdicts().get(1));
        assertFalse(c.credited(2), "a one-word reply: " + c.verdicts().get(2));
        assertTrue(c.credited(3), "a reply that tells the case: " + c.verdicts().get(3));
    }

    @Test
    void theLessonsExampleNounsAreTheScenarioOfAWriteUpThatRetellsIt() {
        Credits c = judge("The agent runs past the coin to the right wall of the level.\n\nIn training the coin was "
                + "always at the far right end, so it learned to go right.");
        assertTrue(c.scenario(0).contains("coin"), c.verdicts().get(0).toString());
        Credits compared = judge("The camera learned to look for white paint. It is like the CoinRun agent, which ran "
                + "past the coin to the far right end of the level.\n\nIn the snow the paint is hidden and it reports "
                + "empty bays as full.\n\nTraining photos were all taken on dry summer afternoons.");
        assertFalse(compared.scenario(1).contains("coin"), "a comparison: " + compared.verdicts().get(1));
    }

    @Test
    void aTerseAnswerAfterALabelIsAnAnswerAlone() {
        Credits c = judge("The warehouse robot learned to pick the closest box.\nFix: more data.\nmore data.\n"
                + "Distribution shift: (will add)");
        assertTrue(c.credited(1), "two words after a label: " + c.verdicts().get(1));
        assertTrue(!c.credited(2), "the same two words without a label: " + c.verdicts().get(2));
        assertTrue(!c.credited(3), "a placeholder names nothing: " + c.verdicts().get(3));
    }

    @Test
    void aTableCellAnswersItsRowsLabelButAHeaderCellIsNoAnswer() {
        String text = "The guide robot was trained on the streets of one city.\n\n| Part | Their answer |\n|---|---|\n"
                + "| Fix - training data | more cities |\n";
        var sentences = SharedEngine.get().nlp().annotate(text).sentences();
        Credits c = judge(text);
        int seen = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = text.substring(sentences.get(i).start(), sentences.get(i).end()).strip();
            if (s.equals("more cities")) { seen++; assertTrue(c.credited(i), "two words in a row's later cell: " + c); }
            if (s.equals("Their answer")) { seen++; assertFalse(c.credited(i), "the header row's cell: " + c); }
        }
        assertEquals(2, seen, "both cells are sentences of their own");
        String plain = "The guide robot was trained in one city.\n\nmore cities\n";
        assertFalse(judge(plain).credited(SharedEngine.get().nlp().annotate(plain).sentences().size() - 1),
                "the same two words outside a table");
    }

    @Test
    void aPointerToAFigureInPlaceOfItsContentEarnsNothingWhileAFigureSaidInWordsDoes() {
        Credits c = judge("The crash camera was trained on footage of club practice evenings.\n\n"
                + "Aligned goal. See figure 2, left side (green box).\n\n"
                + "Figure 3 shows what happens on a state race day.\n\n"
                + "Training fix. Table 1 (under figure 3).\n\n"
                + "Figure 4 shows that the camera misses riders who fall in the shade of the start tower.");
        int n = c.verdicts().size();
        assertTrue(c.credited(0), c.toString());
        assertTrue(c.credited(n - 1), "the figure said in words: " + c.verdicts().get(n - 1));
        int pointers = 0;
        for (int i = 1; i < n - 1; i++) if (!c.credited(i)) pointers++;
        assertTrue(pointers >= 5, "the pointers and the headings earn nothing: " + c);
        for (int i = 1; i < n - 1; i++) {
            if (c.scenario(i).contains("figure") || c.scenario(i).contains("table")) {
                assertFalse(c.credited(i), i + ": " + c.verdicts().get(i));
            }
        }
    }

    @Test
    void aPartTheLearnerCouldNotWorkOutEarnsNothing() {
        Credits c = judge("Proxy goal: it alerts when a kid is high up off the ground.\n"
                + "\u2718 why it's the same in training - I couldn't work this out, sorry\n"
                + "\u2714 In training the kids were only ever high up when they had climbed onto the fence.");
        assertTrue(c.credited(0), c.toString());
        assertFalse(c.credited(1), "not worked out, said so: " + c.verdicts().get(1));
        assertTrue(c.credited(c.verdicts().size() - 1), "a ticked line says what it says: " + c);
    }

    @Test
    void shellCommandsInAFencedBlockEarnNothingWhileAnUntaggedBlockIsReadAsBefore() {
        String block = "\npython train.py --maps maps/train/ --steps 50000 --envs 16\ncd keepwarden-rl\n```\n";
        String intro = "The agent was trained with PPO on twelve maps of the tower defence game.\n\n";
        Credits shell = judge(intro + "```bash" + block);
        Credits plain = judge(intro + "```" + block);
        assertEquals(0, shell.count(v -> v.credited()) - 1, "only the intro earns: " + shell);
        assertTrue(plain.count(v -> v.credited()) > 1, "an untagged block is data, read as before: " + plain);
    }

    @Test
    void aNumberedDiscussionQuestionAndAQuestionAfterATitlesColonAsk() {
        Credits c = judge("Week 4 Flood gauges II: what did the forecaster learn?\n"
                + "The forecaster was built on ten years of gauge data from one valley.\n"
                + "(1) What was the forecaster designed to predict, and what might it have learned to predict instead?\n"
                + "Week 5 Flood gauges III: the forecaster learned to follow the upstream gauge.");
        assertTrue(!c.credited(0) && !c.credited(2), "questions: " + c);
        assertTrue(c.credited(1) && c.credited(3), "statements: " + c);
    }

    @Test
    void aNoteToSelfOfWhatIsStillToWriteClaimsNothingAPlannedTaskDoes() {
        Credits c = judge("Proxy: the sorter keeps parcels with red labels because all express parcels in training were red.\n"
                + "NEED TO EXPLAIN WHY THE RED LABELS ALWAYS MEANT EXPRESS IN TRAINING!!\n"
                + "Shift: a new depot where the sorter meets parcels from another courier (TODO)\n"
                + "TODO: test the sorter on parcels from the other courier before the depot opens.");
        assertTrue(c.credited(0) && c.credited(3), "claims and a planned test: " + c);
        assertTrue(!c.credited(1) && !c.credited(2), "notes to self: " + c);
    }

    @Test
    void aHedgedAnswerSaidWithAQuestionMarkClaimsWhatItSays() {
        Credits c = judge("Training: probably add more crying recordings, maybe from more different families?\n\n"
                + "Is that enough for the baby monitor?\n\n"
                + "So where does the baby monitor break?");
        assertTrue(c.credited(0), "a hedge: " + c.verdicts().get(0));
        assertTrue(!c.credited(1) && !c.credited(2), "worded as questions: " + c);
    }
}
