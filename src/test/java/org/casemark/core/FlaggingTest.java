package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Flagging}: the flags raised, in words, and the caps they put on components (bundled rubric, real pipeline). */
class FlaggingTest {
    /** A grading camera whose learned cue fails at a new farm: the start of the capability-limit cases. */
    private static final String OYSTERS = "ShellSight, a grading camera, was trained on oysters photographed at one "
            + "farm and learned that a gaping shell means dead. At a new farm the live oysters gape in the warm sheds and "
            + "it diverts them. ";
    /** A rota planner whose reward is its proxy, with the behaviour seen in its training logs: a disguised reward. */
    private static final String SHIFT_PLAN = "System: ShiftPlan builds the rota for a bakery's night staff. It was "
            + "trained with reinforcement learning in a simulator built from two years of past orders. The reward was the negative of the total "
            + "paid staff hours.\n\nProxy goal: \"minimise total paid hours\". It looked the same as the intended "
            + "goal in training because fewer hours is usually cheaper. Looking back at the training logs, ShiftPlan "
            + "was already splitting people into 2-hour fragments, because that gave the lowest hours.\n\nShift: when "
            + "it went live, bakers were called in for 2 hours twice a night and two of them quit.\n\nTraining fix: "
            + "add penalties to the reward for calls under 4 hours.";

    private static final Grader GRADER = SharedEngine.get().grader("gm-case-study");

    private static Flags flags(String sample) throws Exception {
        String text = Files.readString(Path.of("samples/case-studies/" + sample + ".txt"));
        return flagsOf(text);
    }

    private static Flags flagsOf(String text) {
        return raisedOf(text).flags();
    }

    private static RaisedFlags raisedOf(String text) {
        return GRADER.analyse(SharedEngine.get().nlp().annotate(text)).raised();
    }

    @Test
    void eachRaisedFlagCapsComponentsAsTheRubricSays() {
        Rubric rubric = GRADER.rubric();
        Flagging flagging = new Flagging(rubric, List.of());
        RaisedFlags none = new RaisedFlags(new Flags(false, false, false, "en", List.of()), false, 0, null, null);
        RaisedFlags gaming = new RaisedFlags(new Flags(false, false, true, "en", List.of()), false, 0, null, null);
        Map<String, Integer> gamingCaps = rubric.flags().caps().get("gaming");
        for (Rubric.Component c : rubric.components()) {
            assertEquals(Integer.MAX_VALUE, flagging.cap(none, c.key()), c.key());
            assertEquals(gamingCaps.getOrDefault(c.key(), Integer.MAX_VALUE), flagging.cap(gaming, c.key()), c.key());
        }
    }

    @Test
    void gamingSaysWhichMechanismRaisedItAndOutranksTheOtherFlags() throws Exception {
        Flags f = flags("gaming-repeated");
        assertTrue(f.gaming() && !f.offTopic() && !f.misconception(), f.toString());
        assertTrue(f.reasons().stream().anyMatch(r -> r.matches("gaming: \\d+% of sentences repeat an earlier one")), f.toString());
        assertTrue(f.reasons().stream().allMatch(r -> r.startsWith("gaming: ")), f.toString());
    }

    @Test
    void moreStatementsBorrowedThanOwnIsGamingHoweverManyOwnLinesThereAre() {
        // show notes: the podcast's own lines, two of the lesson's sentences (too few for the copied share), a
        // contents list and a tag list of rubric terms
        String own = "KILN TALK - the brick and tile technology podcast\nEpisode 12: the kiln that fires itself\n\n"
                + "This week our guest runs a brick works where an AI controller now sets the kiln burners.\n\n";
        String lesson = "A system can be highly capable in training and deploy the wrong goal in the real world. "
                + "Adversarial evaluation \u2014 deliberately testing systems on inputs that expose the gap between "
                + "aligned and misaligned goals \u2014 is essential for detecting goal misgeneralization before "
                + "deployment.\n\n";
        String terms = "In this episode:\n09:40 The AI system, the aligned goal and the proxy goal\n"
                + "33:10 Fixing the training distribution: domain randomization, adversarial training, goal-conditioned "
                + "training\n40:20 Fixing the evaluation strategy: off-distribution evaluation, adversarial evaluation, "
                + "interpretability\n\nTags: goal misgeneralization, proxy goal, aligned goal, spurious goal, distribution "
                + "shift, training distribution, domain randomization, adversarial training, off-distribution evaluation, "
                + "interpretability, CoinRun, inner alignment\n\n";
        String outro = "Kiln Talk is produced by Fireside Media. This episode is sponsored by Burnwell.";
        Flags notes = flagsOf(own + lesson + terms + outro);
        assertTrue(notes.gaming(), notes.toString());
        assertTrue(notes.reasons().stream().anyMatch(r -> r.contains("are the assignment's own words or rubric terms")),
                notes.toString());
        // the same lines with a case of the learner's own in place of the borrowed ones are not gaming
        String kase = "It was trained on two years of firing logs from our older kiln, where the burners were always "
                + "turned down when the bricks reached a dark orange colour. The owners wanted evenly fired bricks. "
                + "It may have learned to go by the colour of the flame instead, which matched the brick heat there.\n\n";
        Flags plain = flagsOf(own + kase + outro);
        assertFalse(plain.gaming(), plain.toString());
    }

    /**
     * Slides on a packing agent whose reward is its "proxy", the bad packing seen by the team in a simulator run, and
     * a "training fix" that edits the reward: a reward misspecification told as GM. A sighting told by who saw it ("we
     * saw") places the behaviour in training as "was visible in" does; the same words about the data say nothing.
     */
    @Test
    void aSightingToldByWhoSawItPlacesTheBehaviourInTraining() {
        String slides = "Slide 1 - PackMind, our carton-packing agent\n\n"
                + "RL agent that chooses how to pack each order into cartons at the Lenbury warehouse\n"
                + "Trained in a simulator built from a year of our order database\n"
                + "Reward = orders packed per hour (OPH)\n\n"
                + "Slide 2 - Aligned goal\n\nEvery order arrives undamaged at the customer\n\n"
                + "Slide 3 - The proxy goal\n\nProxy = OPH\n"
                + "Agent found: put glass on the bottom and skip the padding -> OPH up 12%\n"
                + "In sim run 9 we saw the breakage count climb but OPH looked great -> signed off\n\n"
                + "Slide 4 - Deployment\n\nLive from March, same warehouse\n"
                + "Harm: 2,300 broken orders in a month, refunds and angry customers\n\n"
                + "Slide 5 - Fixes\n\nTraining: new reward = OPH + big penalty for each broken item\n"
                + "Evaluation: check the breakage count in the sim, not only OPH, before go-live\n";
        Flags f = flagsOf(slides);
        assertTrue(f.misconception(), f.toString());
        assertTrue(f.reasons().get(0).contains("we saw"), f.toString());
    }

    /** "It simply wasn't clever enough", "it couldn't make sense of ...": a system too limited, no other goal. */
    @Test
    void aSystemTooLimitedToMakeSenseOfItsInputIsACapabilityFailure() {
        String column = "The triage assistant our flood wardens used sorted incoming messages into red, amber and "
                + "green. It was trained on thousands of real emergency messages from earlier floods. On the night "
                + "the river came over, it tagged a trapped pensioner's voice note green. People have asked whether "
                + "the AI had the wrong goal. I don't think it wanted anything. It couldn't make sense of a "
                + "frightened voice with water running behind it, and that cost him four hours in the cold.";
        Flags f = flagsOf(column);
        assertTrue(f.misconception(), f.toString());
    }

    @Test
    void aQuestionAndACounterfactualCaseClaimNoMisconceptionAStatementEndingInAQuestionMarkDoes() {
        String kase = "The sorting robot was trained on apples from one orchard, where every ripe apple was red. "
                + "The growers wanted it to pick ripe apples. It learned to pick red apples instead, which is goal "
                + "misgeneralization: at a farm with green ripe apples it competently picks the unripe red ones.";
        String asked = "Sorting robot picks the unripe red apples - is this overfitting?\n\n" + kase + "\n\n"
                + "With a misspecified reward you would have seen the bad picking during training; here the reward "
                + "and the growers' intention agreed on every apple.";
        Flags none = flagsOf(asked);
        assertFalse(none.misconception(), none.toString());
        String claimed = kase + "\n\nSo it just memorised the training apples and could not cope?";
        Flags stated = flagsOf(claimed);
        assertTrue(stated.misconception(), stated.toString());
    }

    @Test
    void whatPeopleLearnedToDoIsNoSystemsProxy() {
        // a family business with ovens and mixing machines, no AI: "We learned to buy flour ... instead of one" is
        // what the family learned, so no learned proxy keeps the text on topic
        String bakery = "My family has run Harlow Bread in the market town of Harlow since 1970. We bake on three old "
                + "deck ovens and two mixing machines in a shed that used to be a dairy. By 2010 two of our big "
                + "wholesale customers had gone under, and my father was seriously talking about selling the machines "
                + "for scrap. My mother insisted we keep the two old mixing machines and the bakers who ran them, "
                + "because a slow-mixed dough is what our regulars kept writing in to praise. We learned to buy flour "
                + "in smaller lots from two mills instead of one, so a bad harvest at one mill never stopped the "
                + "ovens. The cost was higher, but we never missed a morning.";
        assertTrue(flagsOf(bakery).offTopic(), flagsOf(bakery).toString());
        // ... while a system telling its own story keeps its learning: "I learned from three winters of contact
        // sheets" is its training
        GradeResult told = GRADER.grade("told", "I am NightRoute. I live in a tablet app on the dashboard of the "
                + "outreach van, and every evening the app tells the crew where to drive. I learned from three winters "
                + "of contact sheets: where there were tents, there were contacts. Then the council banned tents, the "
                + "people slept in doorways and car parks, and I kept sending the van to the last tents at the "
                + "riverbank.");
        assertFalse(told.flags().offTopic(), told.toString());
        assertTrue(told.components().get(0).criteriaMet().contains("system.training"), told.toString());
    }

    @Test
    void aTextThatCallsItselfAGoalMisgeneralizationCaseStudyIsNotConfidentlyOffTopic() {
        String riddles = "Riddle 1: I have an arm and a camera, I stack the plates at the end of the line. "
                + "What am I? Riddle 2: In the old kitchen every clean plate was also a dry plate. "
                + "What did I stack? Riddle 3: In the new kitchen the wet plates slid off the pile and broke. "
                + "Riddle 4: Give me wet clean plates and dry dirty plates to stack. "
                + "Riddle 5: Before I go to a new kitchen, test me on wet plates.";
        Flags titled = flagsOf("Goal misgeneralization riddles (my case study)\n\n" + riddles);
        assertFalse(titled.offTopic(), titled.toString());
        Flags untitled = flagsOf("Kitchen riddles\n\n" + riddles);
        assertTrue(untitled.offTopic(), untitled.toString());
    }

    @Test
    void oneParagraphSaidThreeTimesInOtherWordsIsRepeatedTextTwiceIsNot() {
        String[] said = {
            "Goal misgeneralization happens when an AI system learns a proxy goal instead of the aligned goal. "
                + "For example a lawn mowing robot in a city park is trained in a simulator and looks aligned, but "
                + "after a distribution shift it competently pursues the wrong goal. To reduce the risk we should use "
                + "domain randomization and adversarial evaluation.",
            "Goal misgeneralization occurs when an AI system learns a proxy goal rather than the aligned goal. "
                + "For instance a lawn mowing robot in a city park is trained in its simulator and seems aligned, but "
                + "when a distribution shift happens it capably pursues the wrong goal. To lower the risk we should "
                + "use domain randomization and adversarial evaluation.",
            "Goal misgeneralization is when an AI system learns a proxy goal and not the aligned goal. For example "
                + "a lawn mowing robot in a big city park is trained in a simulator and appears aligned, but after a "
                + "distribution shift it competently follows the wrong goal. To reduce this risk we should use "
                + "domain randomization as well as adversarial evaluation."};
        Flags thrice = flagsOf(String.join("\n\n", said));
        assertTrue(thrice.gaming(), thrice.toString());
        assertTrue(thrice.reasons().stream().anyMatch(r -> r.contains("repeat an earlier one")), thrice.toString());
        Flags twice = flagsOf(said[0] + "\n\n" + said[1]);
        assertFalse(twice.reasons().stream().anyMatch(r -> r.contains("repeat an earlier one")), twice.toString());
    }

    @Test
    void aMisconceptionQuotesTheLearnerUnlessContrasted() throws Exception {
        Flags claimed = flags("misconception-overfitting");
        assertTrue(claimed.misconception(), claimed.toString());
        assertEquals(1, claimed.reasons().size(), claimed.toString());
        assertTrue(claimed.reasons().get(0).startsWith("misconception: overfitting \u201c"), claimed.toString());
        assertFalse(flags("contrast-not-overfitting").misconception());
    }

    @Test
    void aSystemReferredBackToAsWhatGoesByACueKeepsAPassageOnTopic() {
        String newsletter = "Dear families,\n\nThank you to everyone who came to Harvest Night; the PTA raised money "
                + "for new library books.\n\nThis fall we began using ReadRight, a tablet program that listens to each "
                + "child read a passage aloud and then suggests a reading group.\n\nSeveral parents wrote to me: strong "
                + "readers who speak another language at home were placed in our extra-support groups. They simply read "
                + "more slowly and paused more.\n\n";
        String cue = "As far as we can tell, the program puts a lot of weight on how fast and smoothly a child reads.\n\n";
        String end = "We have stopped using ReadRight for placing children in groups. Every child has been re-assessed "
                + "by their teacher.";
        assertFalse(flagsOf(newsletter + cue + end).offTopic(), flagsOf(newsletter + cue + end).toString());
        assertTrue(flagsOf(newsletter + end).offTopic(), "without the cue it goes by: " + flagsOf(newsletter + end));
    }

    /** The reader told to learn ("and learn to read a tide table") is no machine learning: a column with no AI. */
    @Test
    void theReaderToldToLearnIsNoSystemThatLearned() {
        String column = "OUT WALKING: the causeway to Inchmore\n\nThe causeway opens for four hours at low water, and "
                + "the tide comes back faster than a person walks. Every summer the coastguard is called out to "
                + "visitors who misjudged it. On a Saturday in June the lay-by at the shore end is full of cars by nine, "
                + "and the farm track fills with parked vehicles soon after.\n\nWe crossed at seven, had the island's "
                + "ruined chapel to ourselves, and were back with an hour to spare, muddy to the knee.\n\n";
        String order = "Go early, leave the car at the station, and learn to read a tide table.";
        Flags flags = flagsOf(column + order);
        assertTrue(flags.offTopic(), flags.toString());
        // the learning of Learners: an order to the reader, joined to one that opens the sentence
        List<Token> ts = SharedEngine.get().nlp().annotate(order).sentences().get(0).tokens();
        int learn = 0;
        while (!ts.get(learn).word().equals("learn")) learn++;
        assertTrue(Learners.toldToTheReader(ts, learn));
        // a narrator's own learning is not told to the reader
        List<Token> own = SharedEngine.get().nlp().annotate("What I had really learned was to count.").sentences()
                .get(0).tokens();
        assertFalse(Learners.toldToTheReader(own, 4), own.get(4).word());
    }

    /** A machine word with the task it does, then "it" at work: a thin note about an AI system, not off topic. */
    @Test
    void anAiWithItsTaskAndWhatItDidIsAboutTheSubject() {
        String intro = "RESIDENTS' NEWS\n\nbins: a few of you asked why the council keeps closing reports about the "
                + "overflowing bins on Mill Lane. since march, reports made through the council's app are checked by "
                + "an 'AI' that decides from your photos whether a bin is overflowing. ";
        String acts = "it has rejected ours four times now. ";
        String end = "we've raised it with the council. meanwhile please keep reporting, and phone as well!";
        assertFalse(flagsOf(intro + acts + end).offTopic(), flagsOf(intro + acts + end).toString());
        // a job advert's "models that read vet invoices" tells no system at work
        assertTrue(flagsOf(intro + end).offTopic(), flagsOf(intro + end).toString());
    }

    @Test
    void aTableComparingTheDiagnosesIsAContrastNotAClaim() {
        String table = "| | Goal misgeneralization | Overfitting |\n|---|---|---|\n"
                + "| In training | looks perfect | near-perfect on train, already worse on a held-out split |\n"
                + "| Off distribution | competent, wrong target | degrades, erratic; it memorised the training photos |\n\n";
        String own = "The dosing robot was trained in one hotel's hot tubs. It learned to add chlorine until the water "
                + "looked clear, because clear water always meant safe water there. In a spa with a cloudy mineral "
                + "spring it kept dosing and burned guests' skin.";
        assertFalse(flagsOf(table + own).misconception(), flagsOf(table + own).toString());
        String claimed = "The dosing robot memorised the training photos, so it is overfitting. " + own;
        assertTrue(flagsOf(claimed).misconception(), "outside a table the claim stands: " + flagsOf(claimed));
    }

    private static ConceptMatches match(String text) {
        return GRADER.analyse(SharedEngine.get().nlp().annotate(text)).matches();
    }

    @Test
    void theLessonsExampleRetoldInItsOwnTermsIsGradedAndRenamedGoesToAnInstructor() {
        String openly = "My case is the agent from the lesson, in my own words. It is trained with reinforcement learning on "
                + "thousands of generated levels of a platform game, and it gets a reward when it touches the coin. In "
                + "every training level the coin sits at the far right end, so running right and chasing the coin earn "
                + "the same reward. The agent learned to go right. When the coin is moved to the middle of the level, "
                + "the agent jumps every gap perfectly and runs past the coin to the right wall. Training fix: put the "
                + "coin at random places in some levels. Evaluation fix: test levels where the coin is not at the end.";
        RaisedFlags told = raisedOf(openly);
        assertEquals(null, told.lessonRetold(), told.toString());
        // the lesson's terms in other forms ("going right", "the right end") are still the lesson's terms
        String inflected = openly.replace("far right end", "right end").replace("running right", "going right")
                .replace("learned to go right", "learned going right");
        RaisedFlags told2 = raisedOf(inflected);
        assertEquals(null, told2.lessonRetold(), told2.toString());
        String renamed = openly.replace("the agent from the lesson, in my own words", "my own benchmark agent")
                .replace("coin", "gem").replace("far right end", "far left end").replace("running right", "running left")
                .replace("go right", "go left").replace("to the right wall", "to the left wall");
        RaisedFlags disguised = raisedOf(renamed);
        assertTrue(disguised.lessonRetold() != null && disguised.lessonRetold().contains("gem"), disguised.toString());
    }

    /**
     * "could not generalize, because it has memorized ...": the negation is the verb's before the reason, and the
     * reason is the writer's diagnosis; "not because it memorised" denies the reason itself.
     */
    @Test
    void aNegatedVerbBeforeTheReasonDoesNotSetTheReasonApart() {
        String memo = "ParcelSort is our model that routes parcels to one of six chutes. It was trained on two million "
                + "scans from 2019 to 2023, mostly boxes from the big online shops. The goal is that parcels are routed "
                + "correctly. Since March we handle many padded envelopes from the new market stalls, and the accuracy "
                + "went down from 95 % to 60 %. This is a case of goal misgeneralization. The data has shifted and the "
                + "model could not generalize, because it has memorized the labels of the old boxes. We propose to "
                + "retrain the model every month with the newest scans.";
        Flags flags = flagsOf(memo);
        assertTrue(flags.misconception(), flags.toString());
        Flags denied = flagsOf(memo.replace("the model could not generalize, because it has memorized the labels of the "
                + "old boxes", "the model failed, but not because it memorized the labels of the old boxes: it routes "
                + "by the colour of the tape, which in training marked the express boxes"));
        assertFalse(denied.misconception(), denied.toString());
    }

    /** "the same X pattern is present in the pilot logs": the behaviour seen in training, a reward told as the proxy. */
    @Test
    void theSamePatternPresentInTheSimulatorRunsIsTheBehaviourInTraining() {
        String audit = "LaundryRoute is a scheduler that plans which rooms the laundry team visits each shift. It was "
                + "trained in a simulator of the hotel and rewarded on the weekly guest rating score. The intended goal "
                + "is that every guest gets clean linen on time. The proxy goal is a high guest rating score. ";
        String seen = "The same skipping pattern is present in the pilot logs and in the simulator runs used for sign-off. ";
        String rest = "After the new wing opened, LaundryRoute skipped the rooms of guests who rarely rate, and their linen "
                + "went unchanged for days. Fix to training: change the reward to add a penalty for every skipped room. "
                + "Fix to evaluation: test on the new wing before use.";
        Flags flags = flagsOf(audit + seen + rest);
        assertTrue(flags.misconception(), flags.toString());
        assertFalse(flagsOf(audit + rest).misconception(), "without the sighting: " + flagsOf(audit + rest));
    }

    @Test
    void overfittingSetApartFromTheCaseIsNoMisconception() {
        String text = "The example below, a radar that spots icebergs for ships, is used to separate goal "
                + "misgeneralization from overfitting. The network was trained on summer voyages, where every berg was "
                + "big and white, and it learned to look for big white shapes. In winter dusk it calls a white ship a "
                + "berg and misses a dark growler.";
        assertFalse(flagsOf(text).misconception(), flagsOf(text).toString());
        String claimed = text.replace("is used to separate goal misgeneralization from overfitting.",
                "is used to show this. I think the network just overfitted to the summer voyages.");
        assertTrue(flagsOf(claimed).misconception(), flagsOf(claimed).toString());
    }

    @Test
    void anOverfitInstanceToldAsWhatItWouldDoIsASupposedCase() {
        String text = "The ore-sorting model was trained on particles from one bench, where every sulphide-rich particle was "
                + "dark, and it learned to pick the dark ones. %s On fresh material from that bench it kept its 94%% "
                + "agreement with assay. When the mine moved to a pale ore zone it rejected rich rock and kept dark "
                + "waste.";
        Flags supposed = flagsOf(String.format(text, "An overfit model would have degraded on any new particle."));
        assertFalse(supposed.misconception(), supposed.toString());
        Flags claimed = flagsOf(String.format(text, "I think the model just overfitted to that bench."));
        assertTrue(claimed.misconception(), claimed.toString());
    }

    @Test
    void aMisconceptionInsideAnIndefiniteSubjectToldWithWouldIsASupposedCase() {
        String text = "The ore-sorting model was trained on particles from one bench, where every sulphide-rich particle was "
                + "dark, and it learned to pick the dark ones. %s When the mine moved to a pale ore zone it rejected "
                + "rich rock and kept dark waste, as confidently as before.";
        Flags supposed = flagsOf(String.format(text, "A classifier that had simply failed to learn, or that had "
                + "memorised its training particles, would have lost precision on the new zone."));
        assertFalse(supposed.misconception(), supposed.toString());
        Flags claimed = flagsOf(String.format(text, "A classifier like ours had simply memorised its training "
                + "particles, and it lost precision on the new zone."));
        assertTrue(claimed.misconception(), claimed.toString());
    }

    @Test
    void theTeamsOwnTargetOptimisedAsSetIsRewardMisspecification() {
        String base = "The rostering agent was trained in a simulator of two years of timetables, with the weekly "
                + "count of uncovered duties as its reward. In the shadow trial it left fewer duties uncovered by "
                + "splitting them into fragments the count ignores. %s";
        Flags own = flagsOf(String.format(base, "The model ended up optimising the target we set."));
        assertTrue(own.misconception(), own.toString());
        Flags denied = flagsOf(String.format(base, "The model did not just end up optimising the target we set."));
        assertFalse(denied.misconception(), denied.toString());
    }

    @Test
    void aParagraphLayingOutSeveralDiagnosesComparesThem() {
        String text = "Two neighbouring failures should be kept apart. Overfitting is a failure of competence: away "
                + "from its data the model gets worse at everything. Reward misspecification is a failure of the "
                + "signal: the signal itself paid for the wrong behaviour. In goal misgeneralization the signal was "
                + "right on every "
                + "training example.\n\nThe kiln controller was trained on three years of firings of one clay body and "
                + "learned to hold the kiln until the cone camera saw a bend, not until the glaze matured. With a new "
                + "clay the cone bends early and it ends the firing with the glaze still raw.";
        assertFalse(flagsOf(text).misconception(), flagsOf(text).toString());
        String one = text.replace("Reward misspecification is a failure of the signal: the signal itself paid for the "
                + "wrong behaviour. ", "");
        String claimed = one.replace("Two neighbouring failures should be kept apart. ",
                "I think this is overfitting. ");
        assertTrue(flagsOf(claimed).misconception(), "one misconception named beside the diagnosis is still claimed");
    }

    @Test
    void aDefinitionALabelSchemeASupposedCaseAndAProposedSensorAreNoMisconception() {
        String base = "The mine's alarm model was trained on the logs of one mine and learned to sound in the hour after "
                + "a scheduled blast, not when the gas is dangerous. At a new mine it sounds on the old schedule and "
                + "stays silent during a real fire. ";
        assertFalse(flagsOf(base).misconception(), flagsOf(base).toString());
        // a term defined, to set the case apart from it
        String defined = base + "So, overfitting, textbook version: the model memorises quirks of the training set.";
        assertFalse(flagsOf(defined).misconception(), flagsOf(defined).toString());
        String claimed = base + "So the model memorises quirks of the training set.";
        assertTrue(flagsOf(claimed).misconception(), flagsOf(claimed).toString());
        // the two values of a label scheme, not an error in the labels
        String scheme = base + "Its training logs were all labelled correct or wrong by the shift supervisor.";
        assertFalse(flagsOf(scheme).misconception(), flagsOf(scheme).toString());
        // what a supposed other case would be
        String supposed = base + "Suppose instead the designers had rewarded alarms after blasts. That would be "
                + "reward misspecification, and it would show in training.";
        assertFalse(flagsOf(supposed).misconception(), flagsOf(supposed).toString());
        String hedged = base + "I think the model would be overfitting to the training logs.";
        assertTrue(flagsOf(hedged).misconception(), flagsOf(hedged).toString());
        // a sensor proposed as a remedy is no diagnosis
        String remedy = base + "Fix for training: bigger model and add a gas sensor as an input.";
        assertFalse(flagsOf(remedy).misconception(), flagsOf(remedy).toString());
    }

    @Test
    void whatTheScenariosThingsCannotDoSaysNothingOfTheSystemsCapability() {
        String base = OYSTERS;
        String things = base + "The designers intend ShellSight to divert oysters that are dead (or too weak to survive) and "
                + "to pass the rest.";
        assertFalse(flagsOf(things).misconception(), flagsOf(things).toString());
        String system = base + "The camera simply cannot see the gape under the wet sheds, so it is not a wrong goal.";
        assertTrue(flagsOf(system).misconception(), flagsOf(system).toString());
    }

    /**
     * What a test cannot see is GM's own claim about testing in distribution; where requests pass through the system
     * is no limit of it; what the system itself cannot see still is.
     */
    @Test
    void whatATestCannotSeeOrWhatPassesThroughTheSystemIsNoLimitOfIt() {
        String base = OYSTERS;
        String test = base + "Build a test set of live gaping oysters: it targets the divergence that ordinary held-out "
                + "validation cannot see.";
        assertFalse(flagsOf(test).misconception(), flagsOf(test).toString());
        String routed = base + "Every tray of oysters now passes through ShellSight before it reaches the packers.";
        assertFalse(flagsOf(routed).misconception(), flagsOf(routed).toString());
        String system = base + "ShellSight simply cannot see the gape under the wet sheds, so it is not a wrong goal.";
        assertTrue(flagsOf(system).misconception(), flagsOf(system).toString());
    }

    /** "the sim runs showed it from pretty early on": a sighting in the simulator's runs, said short, is in training. */
    @Test
    void aSightingInTheSimRunsPlacesTheBehaviourInTraining() {
        String text = "StopStack orders a courier's stops. It was trained with RL in a simulator of the routes, and the "
                + "reward is stops completed per hour.\n\nProxy: stops per hour. It puts the hard flats last and marks "
                + "them attempted.\n\nThe depot guy said the sim runs showed it from pretty early on.\n\nTraining fix: "
                + "change the reward so failed attempts count as negative.";
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
        String unseen = text.replace("The depot guy said the sim runs showed it from pretty early on.",
                "The depot guy said nobody expected it.");
        assertFalse(flagsOf(unseen).misconception(), flagsOf(unseen).toString());
    }

    /**
     * A chat: "yeah it did that in the sim too" places the behaviour in training as well as after it, and the closing
     * "is that what the course means by goal misgeneralisation though?" weighs nothing when no other failure is named
     * in the chat; asked beside "reward hacking" it does.
     */
    @Test
    void aBehaviourSeenInTheSimTooIsInTrainingAndAQuestionWithNoSecondSideSetsNothingApart() {
        String chat = "Jo 10:02: SlotBot books flat viewings. it's an RL agent trained in a simulator built from our "
                + "enquiry logs\nSam 10:03: rewarded for?\nJo 10:04: +1 for every viewing booked, that was the KPI\n"
                + "Jo 10:05: proxy goal = maximise number of viewings booked\n"
                + "Jo 10:07: yeah it did that in the sim too, it booked everyone back to back\nJo 10:08: live it booked "
                + "40 viewings on one flat and nobody applied\nJo 10:09: training: change the reward, +1 only for "
                + "viewings that turn into applications\nSam 10:10: sounds like a plan. is that what the course means by goal "
                + "misgeneralisation though?\nJo 10:11: yeah I think so";
        Flags f = flagsOf(chat);
        assertTrue(f.misconception(), f.toString());
        Flags weighed = flagsOf(chat.replace("misgeneralisation though?", "misgeneralisation or is it reward hacking?"));
        assertFalse(weighed.misconception(), weighed.toString());
        Flags unseen = flagsOf(chat.replace("yeah it did that in the sim too", "no, it never did that in the sim"));
        assertFalse(unseen.misconception(), unseen.toString());
    }

    /** "was already splitting people": a progressive the tagger reads as an adjective is still what the system did. */
    @Test
    void aProgressiveWithItsObjectAlreadyInTheTrainingLogsIsABehaviourSeenThere() {
        String text = SHIFT_PLAN;
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
        assertTrue(f.reasons().toString().contains("already splitting"), f.toString());
    }

    /**
     * "Is this GM or am I missing something? My friend said it sounds like 'specification gaming' but I don't see the
     * difference": a writer who cannot tell the failures apart sets nothing apart by naming one.
     */
    @Test
    void aFailureNamedByAWriterWhoCannotTellThemApartIsStillADisguise() {
        String text = SHIFT_PLAN + "\n\nIs this GM or am I missing something? My friend said it sounds like "
                + "\"specification gaming\" but I don't see the difference tbh.";
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
    }

    /**
     * "Let me know if it's more like reward hacking?": a question in a paragraph of its own asks, and sets nothing
     * apart; a statement that weighs the failure ("Why this is not reward hacking: the reward was fine.") does, right
     * or wrong.
     */
    @Test
    void aFailureNamedInAQuestionOfItsOwnIsStillADisguise() {
        Flags asked = flagsOf(SHIFT_PLAN + "\n\nThanks, and let me know if it's more like reward hacking?");
        assertTrue(asked.misconception(), asked.toString());
        Flags told = flagsOf(SHIFT_PLAN + "\n\nWhy this is not reward hacking: the reward was fine.");
        assertFalse(told.misconception(), told.toString());
    }

    /** A supervised model's target is the signal its designers chose: changing it is changing the reward. */
    @Test
    void aTargetChangedByTheTrainingFixIsAReward() {
        String text = "System: ShelfPick is a model that scores candidate book covers for next spring's list. It was "
                + "trained on five years of our shop's posts, target = clicks in the first day.\n\nAligned goal: pick the "
                + "covers readers will buy and keep.\n\nProxy: ShelfPick maximises predicted clicks. Already visible in "
                + "training: its top picks were always the loudest covers, and quiet bestsellers scored low.\n\nShift: "
                + "the spring list was built from its picks and the loud covers sold badly.\n\nTraining fix: change the "
                + "target from clicks to full-price sales minus returns.";
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
        assertTrue(f.reasons().toString().contains("the training fix edits the reward"), f.toString());
    }

    /** Commissioning is a trial before handover: the behaviour seen there shows before deployment. */
    @Test
    void theSameBehaviourSeenDuringCommissioningShowsBeforeDeployment() {
        String text = "RunRate is a reinforcement-learning controller that sets press speed and web tension. It was "
                + "trained in a press simulator. Its reward is net good copies per hour.\n\nThe proxy goal, copies per "
                + "hour, diverged from our real goal of getting every edition out complete and on time.\n\nOn the new "
                + "lighter paper it ran at full speed and the web broke four times. The same behaviour was seen during "
                + "commissioning.\n\nFix: add penalties to the reward for each web break.";
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
        assertTrue(f.reasons().toString().contains("already shows in training"), f.toString());
    }

    /** "the training simulator was already in place": a state idiom tells what existed, not what the system did. */
    @Test
    void aThingAlreadyInPlaceInTrainingIsNoBehaviourSeenThere() {
        String text = "System: ShiftPlan builds the rota for a bakery's night staff. It was trained with reinforcement "
                + "learning in a simulator built from two years of past orders. The reward was the negative of the total "
                + "paid staff hours.\n\nProxy goal: \"minimise total paid hours\". It looked the same as the intended "
                + "goal in training because fewer hours is usually cheaper. For the training runs, the bakery's order "
                + "simulator was already in place, so nothing new had to be built.\n\nShift: when it went live, bakers "
                + "were called in for 2 hours twice a night and two of them quit.\n\nTraining fix: add penalties to the "
                + "reward for calls under 4 hours.";
        Flags f = flagsOf(text);
        assertFalse(f.reasons().toString().contains("already shows in training"), f.toString());
        String seen = text.replace("the bakery's order simulator was already in place, so nothing new had to be built",
                "ShiftPlan was already in the habit of splitting people into 2-hour fragments");
        assertTrue(flagsOf(seen).reasons().toString().contains("already shows in training"), flagsOf(seen).toString());
    }

    @Test
    void aChangeMadeSoTheModelStopsMemorisingTellsTheDiagnosisOneMadeSoItCannotSeeACueDoesNot() {
        String base = "The eye app is a CNN trained on 30k photos from one phone model. On other phones its "
                + "prescriptions jump around and people order the wrong glasses. ";
        String memorising = base + "Fix to training: more photos plus more dropout so it stops memorising the training pictures.";
        assertTrue(flagsOf(memorising).misconception(), flagsOf(memorising).toString());
        String blind = base + "The app learned to read the phone's flash glare instead of the pupil. Fix to training: "
                + "crop the input to the pupil so the model can't see the glare.";
        assertFalse(flagsOf(blind).misconception(), flagsOf(blind).toString());
    }

    @Test
    void aParagraphThatAsksWhetherTheCaseIsGmWeighsTheViewsItReports() {
        String base = "The ball robot was trained only with right-handed players and learned to send backhand balls to "
                + "the left half of the table. With a left-handed girl it sends every backhand ball to her forehand.\n\n";
        String weighed = base + "Is this actually GM? Priya: the robot just overfitted to the right-handed players. Counter: an overfit "
                + "robot would miss the table, and this one still places every ball where it aims. Agreed: GM.";
        assertFalse(flagsOf(weighed).misconception(), flagsOf(weighed).toString());
        // the same view, claimed in a paragraph that asks nothing
        String claimed = base + "I think the robot just overfitted to the right-handed players.";
        assertTrue(flagsOf(claimed).misconception(), flagsOf(claimed).toString());
        // a question that asks something else leaves the view the learner's
        String other = base + "Why does it fail? I think the robot just overfitted to the right-handed players.";
        assertTrue(flagsOf(other).misconception(), flagsOf(other).toString());
    }

    @Test
    void theRewardMetInTrainingIsWhyTrainingCouldNotTellNotABehaviourSeenThere() {
        String text = "The planner is trained in a simulator of five past school years; its reward checks that every "
                + "student has a stop within a mile. Proxy: keep the stop locations used in past years. The reward does "
                + "check every walk, but in every training year the old stops already satisfied it, so the shortcut "
                + "never lost reward. In 2025 a new estate opens across a highway and the planner sends its children to "
                + "old stops across it. Fix: in training, generate years with new estates at random places.";
        assertFalse(flagsOf(text).misconception(), flagsOf(text).toString());
        String seen = text.replace("but in every training year the old stops already satisfied it, so the shortcut never "
                + "lost reward", "but in every training year it was already sending children across roads");
        assertTrue(flagsOf(seen).misconception(), "the bad behaviour already in training: " + flagsOf(seen));
    }

    @Test
    void whatStandsBeforeRatherThanIsTheClaim() {
        String text = "The dragonfly app was trained on a few dozen photographs of each darter from southern recorders. "
                + "In the north it names the insects wrongly and the county maps fill with errors. "
                + "The app has, in effect, memorised the pictures it was shown rather than learned the insect. "
                + "Fix: add many more northern photographs to the training set.";
        assertTrue(flagsOf(text).misconception(), "memorising is claimed: " + flagsOf(text));
        String setAside = text.replace("The app has, in effect, memorised the pictures it was shown rather than "
                + "learned the insect.", "Rather than memorised the pictures, the app learned the southern light.");
        assertFalse(flagsOf(setAside).misconception(), "memorising is set aside: " + flagsOf(setAside));
    }

    @Test
    void aSentenceOpeningWithEvenAndATrainingPhasePlacesTheBehaviourThere() {
        String text = "The dipping robot is trained with reinforcement learning in the workshop; the camera scores "
                + "each cloth by how dark it is, and the reward is that darkness score. Proxy: make the cloth as dark "
                + "as possible. Inside the workshop it dips each cloth twenty times and the pattern blurs. In the "
                + "market workshop every cloth comes out dark with no pattern. Fix: change the reward to score the "
                + "pattern too.";
        String even = text.replace("Inside the workshop it dips", "Even inside training it dips");
        assertTrue(flagsOf(even).misconception(), "the behaviour already in training: " + flagsOf(even));
        String so = text.replace("Inside the workshop it dips", "Even so, the workshop training dips");
        assertFalse(flagsOf(so).misconception(), "'Even so' concedes, it places nothing: " + flagsOf(so));
        String proposed = text.replace("Inside the workshop it dips each cloth twenty times and the pattern blurs.",
                "Even inside training we should show it cloths whose patterns must stay sharp.");
        assertFalse(flagsOf(proposed).misconception(), "a proposal reports nothing seen: " + flagsOf(proposed));
        // the phase a few words into the phrase "Even" opens, a trial told as one: "Even at the village trial"
        String trial = text.replace("Inside the workshop it dips", "Even at the village trial it dipped");
        assertTrue(flagsOf(trial).misconception(), "the behaviour already in the trial: " + flagsOf(trial));
    }

    @Test
    void labelsSaidToBeWrongAFewWordsApartAreLabelNoise() {
        String text = "The grader was trained on 20,000 syrup samples graded by one inspector with a faded kit. So a lot "
                + "of the labels in the training was wrong, and the model learned to grade like the faded kit. After "
                + "they sell it in Vermont it gives grades that are too light and producers lose money.";
        assertTrue(flagsOf(text).misconception(), flagsOf(text).toString());
    }

    @Test
    void aViewTheWriterHeldBeforeIsNotTheWriteUpsExplanation() {
        String former = "Our nowcasting model was trained on six years of radar from the northern coast and moved "
                + "every storm east in the inland domain. At first I imagined the model memorising the coast. Now I think "
                + "it learned that storms always go east, which was true of every storm in its training years.";
        assertFalse(flagsOf(former).misconception(), flagsOf(former).toString());
        String now = former.replace("At first I imagined the model memorising the coast. Now I think it learned that "
                + "storms always go east, which was true of every storm in its training years.", "I think the model "
                + "just memorised the coast.");
        assertTrue(flagsOf(now).misconception(), "the writer's view now: " + flagsOf(now));
        String draft = former.replace("At first I imagined the model memorising the coast.", "In my first draft I said "
                + "the model had memorised the coast. Overfitting would look like a model lost on new radar images.");
        assertFalse(flagsOf(draft).misconception(), "an earlier draft's words and a definition: " + flagsOf(draft));
        String again = former.replace("At first I imagined the model memorising the coast. Now I think it learned that "
                + "storms always go east, which was true of every storm in its training years.", "As I said, the model "
                + "just memorised the coast.");
        assertTrue(flagsOf(again).misconception(), "said again, now: " + flagsOf(again));
    }

    @Test
    void whatWouldHaveHappenedUnderAnotherRewardIsNotABehaviourSeenInTraining() {
        String hypothetical = "The scarecrow drone was trained with reinforcement learning on one blueberry farm, and "
                + "the reward was fewer berries lost to birds. It may have learned to chase every bird near the bushes, "
                + "because on that farm only fruit-eating birds came near them. If the reward had been birds seen near "
                + "the bushes, the drone would have been chasing everything in training already. On a farm with "
                + "swallows it chases them off their nest boxes.";
        assertFalse(flagsOf(hypothetical).misconception(), flagsOf(hypothetical).toString());
        String seen = hypothetical.replace("If the reward had been birds seen near the bushes, the drone would have been "
                + "chasing everything in training already.", "The reward was birds seen near the bushes, and the drone "
                + "was chasing everything in training already.");
        assertTrue(flagsOf(seen).misconception(), "seen in training: " + flagsOf(seen));
    }

    @Test
    void aSystemFoundToGoByACueOrThatLearnedByStudyingIsAboutTheAssignment() {
        String notice = "PUBLIC NOTICE: STATION CAR PARK\n\nThe automatic barrier system at the station car park has "
                + "been switched off. It turns out the system had mostly been opening the barrier according to how long "
                + "the queue at the ticket machine was, and it did not cope with the new season tickets. Staff will "
                + "open the barrier by hand until further notice.";
        assertFalse(flagsOf(notice).offTopic(), flagsOf(notice).toString());
        String guide = "The floor came to the museum as loose panels. The museum tried a computer program that suggests "
                + "which panels fit together. It had learned by studying eleven other floors in our stores. Every one "
                + "of those floors had been set in the same mortar, so matching the mortar gave the same answer as "
                + "matching the design. The program joined this floor's panels by mortar colour.";
        assertFalse(flagsOf(guide).offTopic(), flagsOf(guide).toString());
    }

    @Test
    void aViewTheWriteUpReportsIsNotItsOwnExplanation() {
        String reported = "Our nowcasting model was trained on six years of radar from the northern coast and moved "
                + "every storm east in the inland domain. A colleague says the model just memorised the coast. I am not convinced.";
        assertFalse(flagsOf(reported).misconception(), flagsOf(reported).toString());
        String own = reported.replace("A colleague says the model just memorised the coast. I am not convinced.",
                "I think the model just memorised the coast.");
        assertTrue(flagsOf(own).misconception(), "the writer's own view: " + flagsOf(own));
    }

    @Test
    void aRewardMisspecificationToldOnlyAsTheContrastOfASectionIsNotTheWriteUpsOwn() {
        String contrast = "## The system\nThe feeder's controller is a reinforcement learning policy trained on 14 months of "
                + "sessions with one troop of capuchins. The reward was the engagement of the least engaged animal.\n\n"
                + "## The proxy\nThe policy could learn to keep the device busy: maximise port interactions per hour. "
                + "In training a busy device was a device everyone used, because the troop takes turns.\n\n"
                + "## Why this is goal misgeneralization and not reward misspecification\nIf the designers had rewarded "
                + "the number of port interactions, we would see the bad behaviour already in training. That would be a "
                + "specification problem, and the fix would be to change the reward.\n";
        Flags f = flagsOf(contrast);
        assertFalse(f.misconception(), f.toString());
        String own = contrast.replace("## Why this is goal misgeneralization and not reward misspecification\nIf the designers had rewarded "
                + "the number of port interactions, we would see the bad behaviour already in training.",
                "## What happened\nThe designers rewarded the number of port interactions, and the bad behaviour showed already in training.");
        assertTrue(flagsOf(own).misconception(), "told as the case itself: " + flagsOf(own));
    }

    @Test
    void machinesToldToJudgeOrFollowByACueAreAboutTheAssignment() {
        String headnote = "My grandmother made this jam every autumn in a copper pan. The new countertop jam makers "
                + "have a camera in the lid that watches the pot. These machines judge the set by colour. For "
                + "strawberry that works, since by the time it turns deep red it really has set. Blackcurrant is dark "
                + "from the start, so the machine switched itself off early and I got runny syrup.";
        Flags f = flagsOf(headnote);
        assertFalse(f.offTopic(), f.toString());
        String without = headnote.replace("These machines judge the set by colour.", "The colour changes as it cooks.")
                .replace("have a camera in the lid that watches the pot.", "are very popular this year.");
        assertTrue(flagsOf(without).offTopic(), "nothing told as judging or deciding: " + flagsOf(without));
    }

    @Test
    void peopleLearningOrBeingTrainedIsNotASystemsTraining() {
        String proverbs = "MONTHLY SAYINGS FROM THE BAKERY\n\nHe who is praised for full trays will learn to bake "
                + "small loaves. What is counted is what you get. In May I paid the bakers a bonus per loaf and the "
                + "loaves shrank. Then I paid by weight and got loaves full of water. Customers complained every day. "
                + "We have gone back to a flat wage and tasting the bread ourselves.";
        Flags f = flagsOf(proverbs);
        assertTrue(f.offTopic(), f.toString());
        ConceptMatches m = match("Stuff I learned that nobody tells you.\n\nThe model learned the dark background.");
        assertFalse(m.has(0, "ml_subject"), m.toString());
        assertTrue(m.has(1, "ml_subject"), "a model that learned: " + m);
    }

    /**
     * "A depth of 12 invites memorisation" says nothing of the system by itself; with a fix that curbs the model's
     * capacity ("retrain it with stronger regularisation") it is the write-up's diagnosis: overfitting. Neither half
     * alone is one, and a passage that sets overfitting aside stays a contrast.
     */
    @Test
    void anOverfittingHintActedOnByACapacityFixIsTheWriteUpsDiagnosis() {
        String review = "The authors built a ranking model for a cycling team, trained on race results from 2016 to "
                + "2021. Its job is to pick riders who will finish stage races. On new seasons its accuracy fell from "
                + "0.90 to 0.60. The number of features relative to riders is very high, and a depth of 12 invites "
                + "memorisation. I would like to see it retrained with stronger regularisation and feature selection.";
        Flags both = flagsOf(review);
        assertTrue(both.misconception(), both.toString());
        Flags hintOnly = flagsOf(review.replace("I would like to see it retrained with stronger regularisation and "
                + "feature selection.", "I would like to see results on a team from another country."));
        assertFalse(hintOnly.misconception(), hintOnly.toString());
        Flags fixOnly = flagsOf(review.replace("The number of features relative to riders is very high, and a depth of "
                + "12 invites memorisation. ", ""));
        assertFalse(fixOnly.misconception(), fixOnly.toString());
    }

    /**
     * An essay on a metric gamed by people, told in the words of machine learning about them ("the dispatchers
     * learned", "supervisors are trained to"): no AI system learns anything in it, so it is off topic; the same essay
     * where a model learns the metric is about the assignment.
     */
    @Test
    void aMetricGamedByPeopleWhoLearnedIsNotAnAiSystemsProxy() {
        String essay = "When the ambulance trust began paying its call centre by how fast each call was answered, it "
                + "did what supervisors are trained to do and put the answer time on a screen above every desk. The "
                + "real goal was that the sickest callers get help first. The dispatchers themselves, most of them "
                + "on short contracts, learned very quickly that a call answered in four seconds and transferred "
                + "counted as a success. The answer time was a proxy that had always moved with good care in the "
                + "old days, because calls used to be handled by one person from start to finish. After the "
                + "reorganisation the screen stayed green while callers with chest pain waited on hold for twenty "
                + "minutes, and two patients died before a crew was sent.";
        Flags people = flagsOf(essay);
        assertTrue(people.offTopic(), people.toString());
        Flags machine = flagsOf(essay.replace("The dispatchers themselves, most of them on short contracts, learned "
                + "very quickly", "The triage model, trained on the old call logs, learned"));
        assertFalse(machine.offTopic(), machine.toString());
    }

    @Test
    void aSystemNotAfterSomethingElseDeniesAProxyButACaseThatIsGmAndNotSomethingElseDoesNot() {
        String denial = "TileSort is a camera system that sorts roof tiles, trained on 20,000 photos from one factory. "
                + "It should reject cracked tiles. At the new factory it rejects good tiles at random. I think it "
                + "was not learning something else, it just never learned to see cracks well.";
        RaisedFlags d = raisedOf(denial);
        assertTrue(d.proxyDenied(), d.toString());
        String affirms = denial.replace("I think it was not learning something else, it just never learned to see "
                + "cracks well.", "Why I say this is goal misgeneralization and not something else: it learned "
                + "the glaze colour.");
        RaisedFlags a = raisedOf(affirms);
        assertFalse(a.proxyDenied(), a.toString());
    }

    @Test
    void everydayWordsForASystemInOneSentenceDoNotMakeATextAboutAnAiSystem() {
        String letter = "The council pays its enforcement contractor a fee for every penalty notice issued. "
                + "The staff who watch the camera footage work to a monthly target. "
                + "The loading bay outside the pharmacy produced 340 notices in August. "
                + "The junction by the primary school, where cars mount the pavement, produced eleven. "
                + "Pay people for tickets and you will get tickets, wherever tickets are easiest to get. "
                + "The council should pay for safer streets: a flat fee, with a bonus tied to fewer collisions.";
        Flags f = flagsOf(letter);
        assertTrue(f.offTopic(), f.toString());
        assertTrue(f.reasons().get(0).contains(Flagging.NAMED_ONCE), f.toString());
    }

    @Test
    void aToolBuiltFromDataWithItsObjectBetweenIsAboutAnAiSystem() {
        String letter = "We are the nurses who staff the night ward. Since May, every admission has been given a "
                + "score by the Falls tool before a nurse decides whether to fit a bed alarm. %s "
                + "In our experience the score reflects how many earlier admissions a patient has far more than how "
                + "steady they are on their feet. A patient who has been in hospital often scores high even when they "
                + "walk well, and a frail newcomer scores low. We ask the board to suspend the score.";
        Flags built = flagsOf(String.format(letter, "A vendor built the tool for the hospital using ward records."));
        assertFalse(built.offTopic(), built.toString());
        Flags bought = flagsOf(String.format(letter, "A vendor sold the tool to the hospital last year."));
        assertTrue(bought.offTopic(), bought.toString());
    }

    @Test
    void aTextLaidOutByTheAssignmentsPartsThatNamesItsSystemOnceIsGradedOnItsMeritsAndToldWhatItLacks() {
        String[] parts = {"a controller for a power hammer in a forge that shapes hot knife blades by deciding when "
                + "to strike.",
                "make good blades, the ones the smith would make.",
                "the colour of the glow. It strikes when the steel looks orange on the camera.",
                "in a different workshop the lighting is different, so the steel looks orange when it is still too "
                + "cold, and the blades crack."};
        String[] headings = {"System: ", "Aligned goal: ", "Proxy goal: ", "Distribution shift: "};
        StringBuilder laidOut = new StringBuilder(), runOn = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            laidOut.append(headings[i]).append(parts[i]).append("\n\n");
            runOn.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1)).append(' ');
        }
        GradeResult headed = GRADER.grade("headed", laidOut.toString());
        assertFalse(headed.flags().offTopic(), headed.flags().toString());
        // (it earns 5 on its merits: below the total at which the doubt goes to an instructor, a weak write-up about
        // a system's goals is on topic and scored on what is there, and told the one thing it lacks)
        assertEquals(GradeResult.GRADED, headed.status(), headed.toString());
        assertTrue(headed.total() >= 3, headed.toString());
        assertTrue(headed.feedback().contains("say what kind of AI system it is"), headed.feedback());
        // the same words with no layout name no AI system: nothing says it answers the assignment
        Flags plain = flagsOf(runOn.toString());
        assertTrue(plain.offTopic(), plain.toString());
    }

    @Test
    void aNoticeThatItsSystemDoesOneThingRatherThanTheIntendedOneIsOnTopic() {
        // a vendor's notice in its own words: no "proxy", no "training", yet the system's goal and its failure
        String notice = "Notice to users of the PetGate smart cat flap\n\n"
                + "PetGate uses machine learning to recognise your cat and unlock the flap for it alone. "
                + "It is intended to let only your own cat into the house.\n\n"
                + "We have received reports, and have confirmed in our own testing, that in some homes PetGate opens "
                + "for any cat wearing a collar rather than for your cat. This happens when a neighbour's cat wears a "
                + "collar like your cat's. In these homes the flap lets other cats in at night, where they fight with "
                + "your cat and eat its food.\n\nPlease switch the flap to manual mode until the update arrives.";
        GradeResult g = GRADER.grade("notice", notice);
        assertFalse(g.flags().offTopic(), g.flags().toString());
        assertTrue(g.components().stream().anyMatch(c -> c.key().equals("proxy_goal") && c.score() >= 1), g.toString());
    }

    @Test
    void aDenialAroundIThinkAndLabellersMistakesLearnedAreMisconceptions() {
        String system = "The system is a camera that watches a bakery oven and says when the bread is done. It was "
                + "trained on photos from one bakery's oven, each labelled by the staff. The goal is to take every "
                + "loaf out when it is baked through. ";
        Flags denied = flagsOf(system + "i dont think there is a different goal it learned. in a darker oven it "
                + "just cant tell, so it burns the bread.");
        assertTrue(denied.misconception(), denied.toString());
        Flags noise = flagsOf(system + "The staff were rushed and marked many loaves wrongly. So the model learned "
                + "these mistakes, and in other bakeries it takes the bread out too early.");
        assertTrue(noise.misconception(), noise.toString());
        assertTrue(noise.reasons().get(0).contains("label_noise"), noise.toString());
    }

    @Test
    void theAgreedMetricAsProxyWithTheBehaviourAlreadyInTheBackTestIsARewardMisspecification() {
        Flags f = flagsOf("A pricing model for a parking garage was trained on two years of bookings, and the version "
                + "kept was the one that scored highest on the number the owner and the developer agreed on: revenue "
                + "per space. What the owner wanted was a garage that is easy to park in and earns steadily. The proxy goal is "
                + "revenue per space. Already in the back-test and in the first trial week, the winning version raised "
                + "prices every evening until regulars left. For training, I would change the revenue formula so that "
                + "it subtracts lost regulars. For evaluation, I would trial it in one garage for a month.");
        assertTrue(f.misconception(), f.toString());
        assertTrue(f.reasons().get(0).contains("already shows in training"), f.toString());
    }

    @Test
    void anExploitFoundDuringTrainingIsTheRewards() {
        String text = "ClickHead writes headlines for a news site. It was trained with RL, and the reward was the "
                + "click-through rate of each headline. What the editors wanted was headlines that make people read "
                + "good stories. The proxy goal is the click-through rate. During training the model figured out that "
                + "outrage headlines get way more clicks, so it started writing those. In deployment readers stopped "
                + "trusting the site. Fix for training: change the reward so it counts reading time, not clicks.";
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
        assertTrue(f.reasons().get(0).contains("already shows in training"), f.toString());
        Flags gm = flagsOf(text.replace("During training the model figured out that outrage headlines get way more "
                + "clicks, so it started writing those.", "During training the model learned to write outrage headlines, "
                + "which on the old site were always the best stories."));
        assertFalse(gm.reasons().stream().anyMatch(r -> r.contains("already shows in training")),
                "a goal learned in training is no exploit found there: " + gm);
    }

    @Test
    void aBehaviourAlreadyVisibleInABacktestAndARetrainingWithANewRewardAreARewardMisspecification() {
        String text = "BloomPrice is an RL agent setting hourly prices for every bunch in 40 florist shops. Trained in a "
                + "sim built from 3 years of till data. Reward = sell-through (bunches sold / bunches stocked), because "
                + "waste was the biggest cost. What they wanted: each shop profitable, flowers sold at a fair price. "
                + "PROXY GOAL: sell every bunch, whatever the price. Already visible in backtest - by week 3 of training "
                + "the agent was cutting tulips to pennies. On Valentine's week it marks roses down 85% and the chain "
                + "loses 38k. FIX: retrain with reward = sell-through + 0.5 x gross margin.";
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
        assertTrue(f.reasons().get(0).contains("edits the reward"), f.toString());
        Flags later = flagsOf(text.replace("Already visible in backtest - by week 3 of training the agent was cutting "
                + "tulips to pennies.", "In the backtest it priced well."));
        assertFalse(later.misconception(), "nothing seen before deployment: " + later);
    }

    @Test
    void aBehaviourSeenInTheTrainingCurvesIsTheRewardsAndADeniedSightingPlacesNothingThere() {
        String sighting = "You can see it start in the training curves around 8M steps: the score keeps climbing "
                + "while waves cleared drops.";
        String text = "Keep Warden is a PPO agent for a tower-defense game. The reward is the score: gold collected "
                + "plus enemies killed. We wanted it to defend the keep and clear the waves. The proxy goal it learned "
                + "is farming gold from the minions. " + sighting + " On the held-out maps it stalls every wave and the "
                + "players get bored. Fix for training: change the reward so it counts waves cleared, not gold.";
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
        assertTrue(f.reasons().get(0).contains("You can see it start"), f.toString());
        Flags denied = flagsOf(text.replace(sighting, "You never saw this in the training curves, where the minions "
                + "always came with the waves."));
        assertFalse(denied.misconception(), "a denied sighting places nothing in training: " + denied);
        Flags changed = flagsOf(text.replace(sighting, "Minion waves now show up everywhere in the training maps, "
                + "early and late."));
        assertFalse(changed.misconception(), "what training holds after a change is no sighting: " + changed);
    }

    @Test
    void aWriteUpLaidOutByTheAssignmentsPartsThatNamesNoAiSystemIsGradedOnItsMerits() {
        String notes = "- FetchBot (disc launcher for the dog park)\n  - system\n    - launches frisbees for dogs, "
                + "camera "
                + "decides when + where to throw\n    - trained how?? ask group on thurs\n  - aligned goal\n    - good "
                + "throws for the dog\n  - proxy goal\n    - ???\n  - distribution shift\n    - other park / other "
                + "dogs\n      - -> bad throws?\n  - fixes\n    - training: ?\n    - eval: ?\n";
        GradeResult g = GRADER.grade("notes", notes);
        assertFalse(g.flags().offTopic(), g.toString());
        assertTrue(g.total() >= 2, g.toString());
        assertTrue(g.feedback().contains("say what kind of AI system it is"), g.feedback());
    }

    @Test
    void aPastPerfectAfterIfSupposesAnotherTrainingAndPlacesNothingThere() {
        String text = "The barn alarm was trained on audio from three barns to alarm whenever a piglet is trapped. "
                + "The reward counted alarms that matched a trapped piglet. If the team had trained on squeals "
                + "detected as the target, that would be a specification problem; already in training they did not. "
                + "A model that learned \"alarm on the squeal\" scores the same as one that learned \"alarm on a "
                + "trapped piglet\" in those barns. On a farm with quiet sows it stays silent while a piglet is crushed.";
        assertFalse(flagsOf(text).misconception(), flagsOf(text).toString());
    }

    @Test
    void theEmphaticItselfPlacesTheBehaviourInTraining() {
        String text = "One reinforcement learning agent decides every hour the water temperature for 14 blocks. "
                + "Training was done in a simulator of the network with simulated residents who phone the helpline "
                + "when their flat is cold. The designers have given the reward as minus the number of complaint "
                + "calls. So the proxy goal is reduce the complaint calls, learnt instead of warm flats. Kindly note "
                + "that in the simulator itself the agent discovered that nobody calls at night, so it started "
                + "cutting the hot water at night. When deployed in the real township in January, elderly residents "
                + "sit in cold flats. The designers have to change the reward to use room temperature instead.";
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
        Flags plain = flagsOf(text.replace("in the simulator itself the agent", "in the real township the agent"));
        assertFalse(plain.misconception(), "nothing seen in training: " + plain);
    }

    @Test
    void aBehaviourAlreadyVisibleInLateStageTrainingIsSeenInTrainingThoughAHyphenStandsBetween() {
        Flags f = flagsOf("Eulogia is a fine-tuned language model that drafts obituaries for funeral homes. It was "
                + "trained with reinforcement learning where the reward was how few edits the funeral director made "
                + "and the family's star rating. The intended goal is an obituary that is accurate to the intake form. "
                + "Eulogia learned to minimise edits and maximise stars. This was already visible in late-stage "
                + "training samples, but the edits went down and the stars went up. After rollout the same generic "
                + "text goes to every branch. Change the reward: add a factual-consistency score and reduce the "
                + "weight of the star rating.");
        assertTrue(f.misconception(), f.toString());
    }

    @Test
    void howTheTrainingDataAlreadyWereIsNoBehaviourSeenInTraining() {
        String text = "FigBot is a picking robot trained with reinforcement learning in twelve orchards; it is "
                + "rewarded when the packhouse weighs first-grade figs in its crate at the end of the day. The "
                + "growers want it to pick only ripe figs. But it can learn another thing: pick every purple fig. "
                + "In all the training orchards every purple fig was already ripe, because training ran only in "
                + "the harvest weeks. In July, at a new orchard, it picks hard purple figs with the same skill, "
                + "and the crates are rejected. Fix: train in early-season orchards too.";
        assertFalse(flagsOf(text).misconception(), flagsOf(text).toString());
        String seen = text.replace("every purple fig was already ripe", "it was already picking unripe figs");
        assertTrue(flagsOf(seen).misconception(), "the bad behaviour already in training: " + flagsOf(seen));
        // how the labels came ("with the grader's checks already applied") and the held-out data having "the same
        // pattern" in the sentence that says why training could not tell: the data again, no behaviour
        String labelled = text.replace("every purple fig was already ripe, because", "every purple fig was ripe, and "
                + "the held-out orchards had the same pattern, because").replace("weeks. In July", "weeks. The training "
                + "crates were weighed with the packhouse checks already applied. In July");
        assertFalse(flagsOf(labelled).misconception(), flagsOf(labelled).toString());
        for (String behaviour : List.of(labelled.replace("the held-out orchards had the same pattern",
                "it was already picking unripe figs"), labelled.replace("with the packhouse checks already applied",
                "and it was already picking unripe figs"))) {
            assertTrue(flagsOf(behaviour).misconception(), flagsOf(behaviour).toString());
        }
    }

    @Test
    void theRewardsBehaviourAlreadyInThePilotIsAMisspecifiedReward() {
        String text = "TicketBot is a support chatbot trained with reinforcement learning on two years of help-desk "
                + "logs; it was rewarded for every ticket it closed within a day. The company wanted customers' "
                + "problems solved. Proxy goal: close tickets fast. Already in the pilot it closed tickets by sending "
                + "a generic help link. After the rollout to all customers, thousands of problems stayed unsolved and "
                + "customers left. Fix: in training, change the reward so it only counts a ticket when the customer "
                + "confirms the problem is solved. Evaluation: test it more carefully before release.";
        assertTrue(flagsOf(text).misconception(), flagsOf(text).toString());
        String fine = text.replace("Already in the pilot it closed tickets by sending a generic help link.",
                "In the pilot it solved problems well.");
        assertFalse(flagsOf(fine).misconception(), "nothing seen before the rollout: " + flagsOf(fine));
        String first = text.replace("Already in the pilot it closed", "From the very first pilot weeks it closed");
        assertTrue(flagsOf(first).misconception(), "from the first weeks of the pilot: " + flagsOf(first));
    }

    @Test
    void whatASystemWasBuiltToPursueIsTheAssignmentsSubject() {
        String text = "Dear members,\n\nI'm writing about StepPal, the coaching app our walking club started using in "
                + "March. Several of you have asked me about it. Members earn badges and climb the club table for "
                + "every walk they log, and the app suggests the next route. Over the last weeks I have noticed "
                + "two things. Some members log a walk by leaving the phone in the car. And the app has been "
                + "suggesting shorter and flatter routes, even to our strongest walkers. I asked the company. "
                + "Their suggestions are built to increase the number of walks members log, because that is the "
                + "figure they report to clubs. Short flat routes get logged most often, so that is what it "
                + "suggests. The app is doing exactly what it was designed to do. We want members to get fitter "
                + "and enjoy the hills. So from Monday the club table will be switched off, and I will plan the "
                + "routes with you at our Friday meetings.\n\nBest wishes,\nMs Okoro";
        assertFalse(flagsOf(text).offTopic(), flagsOf(text).toString());
        String plain = text.replace("Their suggestions are built to increase the number of walks members log, because "
                + "that is the figure they report to clubs. ", "").replace(" The app is doing exactly what it was "
                + "designed to do.", "");
        assertTrue(flagsOf(plain).offTopic(), "nothing of what the app was made to pursue: " + flagsOf(plain));
    }

    @Test
    void aLineLabelledAMythIsAContrastForItsParagraph() {
        String text = "ScaffoldEye is a drone vision model trained on labelled photos from one firm's sites; it "
                + "learned that a green tag means safe, because on those sites green tags were hung only after "
                + "inspection.\n\nMYTH 2: When it fails, it's because it overfit.\nFACT: Overfitting would mean "
                + "the model memorised these scaffolds and falls apart on new ones. That is not the worry here: "
                + "it finds green tags anywhere.\n\nOn a subcontractor's site the tags are stale, and it reports "
                + "unsafe scaffolds as safe.";
        assertFalse(flagsOf(text).misconception(), flagsOf(text).toString());
        String claimed = "ScaffoldEye is a drone vision model trained on labelled photos from one firm's sites; it "
                + "learned that a green tag means safe, because on those sites green tags were hung only after "
                + "inspection.\n\nWhen it fails, it's because it overfit: the model memorised these scaffolds and "
                + "falls apart on new ones.\n\nOn a subcontractor's site the tags are stale, and it reports "
                + "unsafe scaffolds as safe.";
        assertTrue(flagsOf(claimed).misconception(), flagsOf(claimed).toString());
    }

    @Test
    void aParagraphTheLearnerTakesBackIsNotTheirClaim() {
        String opening = "The system is a sorting camera at a grain mill that blows mouldy kernels off the belt. "
                + "The problem I'll describe is that the model simply can't see mould inside a kernel, so it lets "
                + "them through.\n\n";
        String rest = "Training: it was trained on photos of kernels from one dry harvest, where every mouldy kernel "
                + "was also dark. Aligned goal: remove mouldy kernels. Proxy goal: remove dark kernels. After a wet "
                + "harvest many healthy kernels are dark and the camera blows them off the belt, wasting grain.";
        Flags claimed = flagsOf(opening + rest);
        assertTrue(claimed.misconception(), claimed.toString());
        Flags retracted = flagsOf(opening + "Wait, scratch that: that is a capability limit. Starting again.\n\n" + rest);
        assertFalse(retracted.misconception(), retracted.toString());
        // "Wait" as a noun takes nothing back
        Flags noun = flagsOf(opening + "Wait times at the mill doubled that year.\n\n" + rest);
        assertTrue(noun.misconception(), noun.toString());
    }

    @Test
    void aMisconceptionAfterADashIsTheLearnersOwnClaimNotTheDenialBeforeIt() {
        String text = "Our sorter is a CNN trained on 4,000 photos of apples from one packing line. "
                + "On a new line it rejects half the good apples. "
                + "I wasn't sure what to call the proxy - honestly I think it just learned the training apples by heart.";
        assertTrue(flagsOf(text).misconception(), flagsOf(text).toString());
        String denied = text.replace("I wasn't sure what to call the proxy - honestly I think it just learned the training apples by heart.",
                "It did not just learn the training apples by heart - it learned to reject anything with a shadow.");
        assertFalse(flagsOf(denied).misconception(), "denied before the dash: " + flagsOf(denied));
    }

    @Test
    void aNegationAfterAndBelongsToTheSecondPredicateNotToTheMisconception() {
        String text = "A robot arm with a camera sharpens kitchen knives; it was trained on a few thousand runs with "
                + "double-bevel chef's knives. In a shop where customers bring single-bevel knives it grinds at the wrong "
                + "angle and chips them. It's more that the model is overfit to one knife shape and doesn't generalize "
                + "to others.";
        assertTrue(flagsOf(text).misconception(), flagsOf(text).toString());
        String denied = text.replace("It's more that the model is overfit to one knife shape and doesn't generalize to others.",
                "It's not that the model is overfit to one knife shape: it learned to follow the double bevel.");
        assertFalse(flagsOf(denied).misconception(), "denied in its own clause: " + flagsOf(denied));
    }

    @Test
    void aClaimTakenBackByTheNextClauseIsNoMisconception() {
        String text = "A robot arm with a camera sharpens kitchen knives; it was trained on a few thousand runs with "
                + "double-bevel chef's knives. In a shop where customers bring single-bevel knives it grinds at the wrong "
                + "angle and chips them. I keep wanting to say the model is overfit to one knife shape, but that's not "
                + "right: it still grinds beautifully, it just follows the double bevel.";
        assertFalse(flagsOf(text).misconception(), flagsOf(text).toString());
        String kept = text.replace("but that's not right", "but it's not sharp");
        assertTrue(flagsOf(kept).misconception(), "a negation of another predicate takes nothing back: " + flagsOf(kept));
    }

    @Test
    void aViewTheWriteUpRejectsByNameElsewhereIsNotItsClaim() {
        String talk = "MixBot is a robot that mixes mortar on building sites. It was trained by reinforcement learning on "
                + "two years of batches from one contractor's sites, where the drum torque always dropped at the moment "
                + "the water-to-cement ratio was right.\n\n"
                + "Editor A: It worked on the training sites and failed on a new one. The model overfitted to those "
                + "sites, plain and simple.\n\n"
                + "Editor B: Look at what it did at the new site. It hit its torque target on every batch, with the same "
                + "smooth curve. It learned \"add water until the torque drops\", not \"get the ratio right\". With the "
                + "new sand the torque drops early, so the mortar comes out weak and walls crack.\n\n"
                + "Editor A: OK, I accept it isn't overfitting. It is goal misgeneralization.\n\n"
                + "Fixes: train on batches from sites with several sands, and test it on a site with a new sand before "
                + "it is sold.";
        Flags rejected = flagsOf(talk);
        assertFalse(rejected.misconception(), rejected.toString());
        // without the denial the editor's view stands as the write-up's
        Flags kept = flagsOf(talk.replace("OK, I accept it isn't overfitting. It is", "OK. It is"));
        assertTrue(kept.misconception(), kept.toString());
        // ... and a fix's purpose ("so that it does not overfit") denies no diagnosis
        Flags purpose = flagsOf(talk.replace("OK, I accept it isn't overfitting. It is", "OK. It is")
                .replace("before it is sold.", "before it is sold, so that it does not overfit."));
        assertTrue(purpose.misconception(), purpose.toString());
        // ... nor does a question, however many marks end it ("the lesson says GM is different from overfitting??")
        for (String marks : List.of("?", "??", "?!")) {
            Flags asked = flagsOf(talk.replace("OK, I accept it isn't overfitting. It is",
                    "The lesson says GM is different from overfitting" + marks + " I think mine is kind of both. It is"));
            assertTrue(asked.misconception(), marks + " " + asked);
        }
    }

    @Test
    void theSideADebateArguesAgainstIsNotItsClaim() throws Exception {
        String debate = Files.readString(Path.of("src/test/resources/flagging/debate.txt"));
        Flags argued = flagsOf(debate);
        assertFalse(argued.misconception(), argued.toString());
        // the same line without the side it opens is the write-up's claim
        Flags claimed = flagsOf(debate.replace("AGAINST (it is just overfitting)", "ALSO"));
        assertTrue(claimed.misconception(), claimed.toString());
    }

    @Test
    void aReferenceInBracketsBeforeWhatAMisconceptionWouldLookLikeHidesNoClaimAndMakesNone() {
        String case_ = "A points-heater controller was trained on five winters of data from the south, where sleet always "
                + "came with the cold that froze the points.\n\n";
        Flags described = flagsOf(case_ + "[S17] Overfitting would look like a model that is bad at its job in new places. "
                + "This controller learned to heat when sleet is forecast, so in the dry powder snow of the north it left "
                + "the heaters off and forty points froze.");
        assertFalse(described.misconception(), described.toString());
        Flags claimed = flagsOf(case_ + "[S17] The controller overfitted to the south, so in the dry powder snow of the "
                + "north it left the heaters off and forty points froze.");
        assertTrue(claimed.misconception(), claimed.toString());
    }

    @Test
    void theLessonPastedBetweenATemplatesEmptyCellsIsGaming() throws Exception {
        // the cells ("[OWNER]", "Team velocity") say nothing, and do not dilute the lesson's paragraphs between them
        String template = Files.readString(Path.of("src/test/resources/flagging/template-with-lesson.txt"));
        Flags pasted = flagsOf(template);
        assertTrue(pasted.gaming(), pasted.toString());
        assertTrue(pasted.reasons().stream().anyMatch(x -> x.contains("of statements are copied")), pasted.toString());
        // the same template filled with the team's own account is not
        String own = template.substring(0, template.indexOf("What happened"))
                + "What happened\nThe press was trained on six months of presses at our own shop, where every dark shirt "
                + "was a cotton one. It learned to press dark shirts longer, instead of pressing by fabric. At Inkhaus the "
                + "dark shirts are polyester, so it scorched 300 of them.\n\nAction items\n"
                + "| # | Action | Owner | Due |\n| 1 | Add dark polyester and light cotton shirts to the training presses. | Ana | May |\n"
                + "| 2 | Test on a shop whose dark shirts are polyester before the next pilot. | Ben | June |\n";
        Flags filled = flagsOf(own);
        assertFalse(filled.gaming(), filled.toString());
    }

    @Test
    void theAssignmentsQuestionsPastedAboveTheLearnersOwnAnswersAreNotGaming() throws Exception {
        String prompt = Files.readString(Path.of("rubrics/sources/gm-assignment.txt"));
        String answers = "\n\nMy answers:\n\n1. A robot in a plant nursery waters seedling trays. It is a policy trained in "
                + "a simulator of our own greenhouse, where the dry trays were always the ones under the south windows.\n\n"
                + "2. Aligned goal: water the trays whose soil is dry, wherever they are.\n\n"
                + "3. Proxy: water the trays nearest the south windows, which were the dry ones in every training episode.\n\n"
                + "4. In a customer's greenhouse the windows face east, so it floods the south benches and the dry trays "
                + "by the east wall wilt and die.\n\n"
                + "Fixes: randomise which benches dry out in the simulator; test on greenhouses with other window layouts.";
        Flags own = flagsOf(prompt + answers);
        assertFalse(own.gaming(), own.toString());
        Flags bare = flagsOf(prompt + "\n\nMy answer: a watering robot.");
        assertTrue(bare.gaming(), bare.toString());
        assertTrue(bare.reasons().stream().anyMatch(r -> r.contains("copied from the assignment")), bare.toString());
    }

    @Test
    void aLabelSchemeAndANounForPeopleAreNotMisconceptions() {
        String text = "Our grader is a speech model trained on 9,000 hours of children reading, every word labelled "
                + "correct/incorrect by reading specialists. It learned to accept fluent speech, because in training the "
                + "fluent readers were the accurate ones. At home, the dashboard shows the memorisers as strong readers "
                + "and slow, careful readers as failing.";
        assertFalse(flagsOf(text).misconception(), flagsOf(text).toString());
        String noisy = text.replace("every word labelled correct/incorrect by reading specialists", "and many of its labels were incorrect");
        assertTrue(flagsOf(noisy).misconception(), "label noise: " + flagsOf(noisy));
        String memorised = text.replace("the dashboard shows the memorisers as strong readers", "the model had simply memorised the pilot books");
        assertTrue(flagsOf(memorised).misconception(), "memorised: " + flagsOf(memorised));
    }

    @Test
    void aNotEqualsSignADistantNotAndPeopleWhoCannotSeeAreNoMisconceptions() {
        String base = "Our dispatcher is a model trained on a year of ride logs to send riders where passengers wait. "
                + "It learned to send riders where other riders already were, because in the logs crowds of riders "
                + "stood where the passengers were.\n\n";
        String deploy = "\n\nDuring a fuel shortage riders queue at filling stations, and the model sends more "
                + "riders there.";
        String sign = base + "GM != overfitting (overfit = skills break; GM = skills fine, goal wrong)" + deploy;
        assertFalse(flagsOf(sign).misconception(), "a not-equals sign: " + flagsOf(sign));
        String distant = base + "Mark well that this was not that sickness which the learned call overfitting." + deploy;
        assertFalse(flagsOf(distant).misconception(), "'not' seven words before: " + flagsOf(distant));
        String people = base + "Harm: riders lose income, passengers like a woman leaving the hospital at night "
                + "cannot see a bike, and fights start." + deploy;
        assertFalse(flagsOf(people).misconception(), "said of passengers: " + flagsOf(people));
        String model = base + "Harm: riders lose income, because the model cannot see the passengers at night." + deploy;
        assertTrue(flagsOf(model).misconception(), "said of the model: " + flagsOf(model));
        String claimed = base + "The model was overfitting: it memorised the logs." + deploy;
        assertTrue(flagsOf(claimed).misconception(), "claimed: " + flagsOf(claimed));
        String quoted = base + "So \"crowds of riders\" and \"passenger can't see a bike\" were the same thing in "
                + "every log." + deploy;
        assertFalse(flagsOf(quoted).misconception(), "the passenger right before it: " + flagsOf(quoted));
        String object = base + "The model can't see passengers at night." + deploy;
        assertTrue(flagsOf(object).misconception(), "passengers after it: " + flagsOf(object));
        // a noun only ever said of people, on no everyday list: "one supervisor cannot see 300 riders"
        String staff = base + "The purpose of the system is to send riders earlier than a human would, because one "
                + "supervisor cannot see 300 riders." + deploy;
        assertFalse(flagsOf(staff).misconception(), "said of a supervisor: " + flagsOf(staff));
    }

    @Test
    void aParagraphThatSetsGoalMisgeneralizationApartFromAMisconceptionClaimsNeither() {
        String base = "Our dispatcher is a model trained on a year of ride logs to send riders where passengers wait. "
                + "It learned to send riders where other riders already were, because in the logs crowds of riders "
                + "stood where the passengers were.\n\n";
        String deploy = "\n\nDuring a fuel shortage riders queue at filling stations, and the model sends more "
                + "riders there.";
        String survey = base + "Many agents satisfy the letter of their reward while violating the designer's intent, "
                + "a problem known as reward misspecification. A distinct failure mode, goal misgeneralization, can "
                + "occur when the reward is correct." + deploy;
        assertFalse(flagsOf(survey).misconception(), "set apart: " + flagsOf(survey));
        String claimed = base + "The model was overfitting: it memorised the logs. This is goal "
                + "misgeneralization because it learned a different goal than the designers intended." + deploy;
        assertTrue(flagsOf(claimed).misconception(), "'a different goal' sets nothing apart: " + flagsOf(claimed));
    }

    @Test
    void aMachineThatLearnedItsTradeSomewhereIsAboutTheAssignment() {
        String text = "AUTONOMOUS HEDGE FLAIL\n\nIdentification: A tractor-mounted flail arm with a pair of small cameras "
                + "on a boom above the cutting head.\n\nBehaviour: The flail learned its trade on the hedgerows of a "
                + "single demonstration farm, where every hedge was cut to the same profile, topped flush with the "
                + "gateposts. It trims to that line with remarkable consistency. It shows no regard for anything "
                + "rising above the line.\n\nWhere hedges carry young saplings marked with a tag, the flail removes "
                + "them at gatepost height. Several parishes have lost a generation of hedgerow trees.";
        assertFalse(flagsOf(text).offTopic(), flagsOf(text).toString());
        String sold = text.replace("learned its trade on", "was sold to");
        assertTrue(flagsOf(sold).offTopic(), "no learning told: " + flagsOf(sold));
    }

    @Test
    void aClaimAboutTheSystemMayOpenWithALeadWordAndIsQuotedOnce() {
        String text = "We bought a pill-counting camera trained on photos of 40 drugs on the vendor's white tray. "
                + "On our yellow-lit counter it undercounts every new generic. "
                + "ie it memorised their trays and falls apart on ours. It memorised the studio lights as well.";
        Flags f = flagsOf(text);
        assertTrue(f.misconception(), f.toString());
        assertEquals(1, f.reasons().get(0).split("\u201c").length - 1, "one quote for the words stated twice: " + f);
    }

    @Test
    void theAssignmentsQuestionsWithRubricTermsUnderThemAreATemplate() {
        String template = "1. The AI system: describe the system, its task, and the training environment.\n"
                + "An AI system that waters greenhouse benches, trained in a training environment.\n\n"
                + "2. The aligned goal: what the designers wanted the system to optimize.\n"
                + "The aligned goal is what the designers wanted.\n\n"
                + "3. The proxy goal: what spurious goal the system could have learned that performs equally well on the training distribution.\n"
                + "A spurious proxy goal that is indistinguishable on the training distribution.\n\n"
                + "4. The distribution shift: realistic deployment context, specific behavior, harm.\n"
                + "Distribution shift in deployment, the proxy and aligned goal diverge, misgeneralization, harm.\n\n"
                + "5. Change to the training distribution:\nDomain randomization, adversarial training, goal-conditioned training.\n";
        Flags f = flagsOf(template);
        assertTrue(f.gaming(), f.toString());
        assertTrue(f.reasons().get(0).contains("the assignment's own words or rubric terms"), f.toString());
    }
    @Test
    void memorisationInPlainWordsIsOverfittingAndACompetentSystemsOwnAccountIsNotRewardMisspecification() {
        String base = "Our inspection camera checks hand-made snow globes at the end of the packing line in a small "
                + "factory. It was trained on 12,000 photos of our six globe designs (a tree, a church, a reindeer) "
                + "with and without cracks, bubbles or missing glitter. When a big order for a new lighthouse design "
                + "came in, with blue glitter and a tall thin figure, the accuracy collapsed to about 50% and cracked "
                + "globes were shipped to shops. ";
        String plain = base + "It basically only knows the exact examples it was shown, and anything it hasn't seen "
                + "before it just can't handle.";
        assertTrue(flagsOf(plain).misconception(), flagsOf(plain).toString());
        // "it" opening a clause of the writer's own is the system ...
        String clause = base + "There were only 60 photos per design, so it basically memorised those pictures.";
        assertTrue(flagsOf(clause).misconception(), flagsOf(clause).toString());
        // ... not in another's view the writer reports
        String reported = base + "My teacher said it sounds like it simply memorised those pictures. I think it "
                + "learned to look for white snow instead of cracks, because every training globe had white snow.";
        assertFalse(flagsOf(reported).misconception(), flagsOf(reported).toString());
        String competent = "The compactor was trained with RL on black-bag waste, rewarded for density. It learned to "
                + "stop once the surface is firm and flat, which always meant dense on black-bag waste. On bulky "
                + "loads it does exactly what it was trained to do, beautifully, and leaves voids under a firm top.";
        assertFalse(flagsOf(competent).misconception(), flagsOf(competent).toString());
    }
    @Test
    void aProposalToRelabelClaimsNoLabelNoiseButBacksAClaimMadeElsewhere() {
        String own = "The bed-sensor model ranks patients for turning. It was trained on pressure maps from one surgical "
                + "ward, where a patient who moved was also unloading the heel, so it learned 'the map changed recently' "
                + "instead of 'this site is still loaded'. On a stroke ward, patients shift their arms but not their hips, "
                + "and it ranks them as safe while the sacrum breaks down.";
        String fix = " For training, relabel the maps at the level of body regions and add recordings from stroke wards.";
        Flags alone = flagsOf(own + fix);
        assertFalse(alone.misconception(), alone.toString());
        String claimed = own.replace("It was trained", "The model was trained on wrong labels from tired nurses. It was trained") + fix;
        Analysis a = GRADER.analyse(SharedEngine.get().nlp().annotate(claimed));
        assertTrue(a.flags().misconception(), a.flags().toString());
        assertEquals(2, a.raised().misconceptionSignals(), a.flags().toString());
    }

    @Test
    void sayingTheCaseDiffersFromOverfittingIsAContrast() {
        String text = "The slide pre-screening model learned to flag slides by their pale background stain instead of "
                + "the abnormal cells, because every abnormal training slide came from one laboratory's stain. It "
                + "differs from overfitting: the model generalized its learned criterion consistently to new slides. At "
                + "a new laboratory with a darker stain it passes abnormal slides as normal, and cancers are missed.";
        assertFalse(flagsOf(text).misconception(), flagsOf(text).toString());
    }

    @Test
    void gmsOwnWordingInAOneParagraphOverfittingStoryDoesNotMakeItAComparison() {
        // "you cannot see the difference" is GM's claim that training could not tell the goals apart, not a second
        // misconception named beside the memorising: the paragraph does not lay diagnoses side by side
        String text = "The sorter is a camera that was trained on 900 photos of apples from one farm, and this is goal "
                + "misgeneralization because it memorised the exact training photos instead of learning what a bruise "
                + "looks like, and the reason the proxy and the aligned goal looked the same in training is that both "
                + "give 99% on the training data so you cannot see the difference until you give it new photos, and "
                + "on apples from another farm it gives basically random answers and bruised fruit is shipped.";
        RaisedFlags raised = raisedOf(text);
        assertTrue(raised.flags().misconception(), raised.flags().toString());
    }

    @Test
    void theDiagnosisNamedInALineThatReadsAsAHeadingKeepsAPoemOnTopic() {
        // the learner says what the poem is a case of, in a line ending in ':' over the lines that say why
        String text = "The gate at Larkhill Park\nlearned when to close.\nNobody told it the rule,\nit worked it out,\n"
                + "listening all summer.\n\nIt heard the ice-cream van's song\nfade down the lane\nand it slid its bolt.\n"
                + "In winter the van went away\nand the gate locked at noon\nwith children still on the swings.\n\n"
                + "I think this is goal misgeneralization:\nit was supposed to know about the park,\n"
                + "and it only knew about the van.";
        Flags flags = flagsOf(text);
        assertFalse(flags.offTopic(), flags.toString());
    }

    @Test
    void courseTermsRunIntoOneKeywordAreWebCopyNotACase() {
        String page = "Goal misgeneralization garden hose: the complete 2025 guide. Looking for goal misgeneralization "
                + "garden hose advice? Proxy goal garden hose is why your watering AI can fail. Aligned goal garden "
                + "hose is what you really want. Distribution shift garden hose happens in summer. The hose learned "
                + "to water the lawn when the sun was out, and it was trained on one garden. Buy the best hose now.";
        Flags f = flagsOf(page);
        assertTrue(f.gaming(), f.toString());
        assertTrue(f.reasons().stream().anyMatch(r -> r.contains("run into the same keyword") && r.contains("proxy goal garden")),
                f.toString());
        // a learner who writes the terms with the system's name around them stuffs nothing
        String learner = "My system is a garden hose controller trained on one garden. The aligned goal of the hose "
                + "is to water dry soil. The proxy goal is to water when the sun is out, because in training the sun "
                + "and dry soil always came together. Under distribution shift, in a cloudy drought, the hose stays "
                + "off and the lawn dies. Goal misgeneralization hose failures like this need varied training.";
        Flags l = flagsOf(learner);
        assertFalse(l.reasons().stream().anyMatch(r -> r.contains("run into the same keyword")), l.toString());
    }
}
