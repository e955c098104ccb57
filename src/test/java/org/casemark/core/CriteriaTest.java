package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.rubric.Rubric;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Criteria}: criteria met sentence by sentence, their evidence, and the levels' scores before caps. */
class CriteriaTest {
    private static final Grader GRADER = SharedEngine.get().grader("gm-case-study");

    private static Analysis analyse(String text) {
        return GRADER.analyse(SharedEngine.get().nlp().annotate(text));
    }

    @Test
    void eachMetCriterionNamesACreditedSentenceOfItsComponentsEvidence() throws Exception {
        Analysis a = analyse(Files.readString(Path.of("samples/case-studies/complete-headed.txt")));
        for (Rubric.Component c : GRADER.rubric().components()) {
            MetCriteria met = a.criteria();
            assertEquals(c.max(), met.levelScore(c.key()), c.key() + " " + met.met(c.key()));
            List<Integer> evidence = met.evidence(c.key());
            assertEquals(evidence.stream().sorted().distinct().toList(), evidence, "ascending: " + c.key());
            for (Map.Entry<String, Integer> e : met.met(c.key()).entrySet()) {
                assertTrue(evidence.contains(e.getValue()), e.toString());
                assertTrue(a.credits().credited(e.getValue()), e.toString());
            }
        }
    }

    /**
     * A sentence that opens the aligned goal's part (after its label, under its heading or as its paragraph's topic
     * sentence) states the goal: "must ... every time ... in any place" there proposes no test. A paragraph the goal
     * opens may still go on to the fixes.
     */
    @Test
    void theAlignedGoalsOwnSentenceProposesNoFixWhileItsParagraphMayGoOnToThem() {
        String text = "Case study about a gas monitor with AI\n\n"
                + "All the workers on the field wear a personal H2S monitor; its AI decides whether an alarm is real. "
                + "The AI was trained on one year of data from the field.\n\n"
                + "The aligned goal is: the monitor must alarm every time the H2S is dangerous around the worker, in "
                + "any place of the field.\n\n"
                + "The proxy goal the AI may learn: \"the alarm is real only when the worker is near the wellhead\".\n\n"
                + "In a new place of the field, on the flowline between two wells, the AI will not give the alarm.\n";
        Analysis a = analyse(text);
        assertEquals(0, a.criteria().levelScore("fix_evaluation"), a.criteria().met("fix_evaluation").toString());
        String goes = "The aligned goal: every person waiting gets picked up with as little waiting as possible. The "
                + "controller learned to clear the lit hall-call buttons instead, because in training everyone on a "
                + "floor got in. After the conference centre opens, cars arrive full and the crowd waits ten minutes. "
                + "For evaluation, I would test the controller on surge scenarios it never saw in training, where "
                + "cars arrive too full for everyone on the floor to board.";
        Analysis b = analyse(goes);
        assertTrue(b.criteria().levelScore("fix_evaluation") > 0, b.criteria().met("fix_evaluation").toString());
    }

    /**
     * "- Evaluation: TBC" says the evaluation's change is not written; the note is withdrawn from what is read, and the
     * part it names earns only from a section of its own: the training change's bullet, "train on ... test lifts",
     * is no evaluation. Its feedback quotes the note.
     */
    @Test
    void aPartANoteSaysIsStillToComeEarnsNothingFromTheOtherParts() throws Exception {
        String text = "Slide 2 - The system\n- Camera above a lift door decides reopen / keep closing\n"
                + "- Trained on 1.2 M door cycles filmed in office towers\n\n"
                + "Slide 4 - Proxy goal\n- Learned: reopen when a person crosses the threshold above knee height\n\n"
                + "Slide 5 - Distribution shift\n- Care home: walking frames and dog leads at ankle height -> no reopen\n\n"
                + "Slide 6 - Fixes\n- Training data: film test lifts with low and thin obstructions (leads, frame legs) "
                + "so that the person no longer predicts the label, and test it on them\n- Evaluation: TBC\n";
        Analysis a = analyse(text);
        assertEquals(0, a.criteria().levelScore("fix_evaluation"), a.criteria().met("fix_evaluation").toString());
        assertEquals("Evaluation: TBC", a.sections().notedAbsent().get("fix_evaluation"), a.sections().toString());
    }

    @Test
    void theShiftsPartsAreQuotedFromTheSentencesLabelledWithThem() {
        String text = "## Distribution shift\n\n"
                + "The chain opens new stores where free-from bread stands next to normal bread.\n"
                + "The robot picks the loaf beside the empty slot. Bakers mostly trust it.\n"
                + "Harm: a coeliac customer gets ill, and the chain faces legal claims.\n";
        Analysis a = analyse(text);
        String quoted = quoted(a, "distribution_shift", "shift.harm");
        assertTrue(quoted.startsWith("Harm:"), quoted);
    }

    @Test
    void inProseTheShiftsPartsAreQuotedFromThePassageWhereItsFirstPartIs() throws Exception {
        // a story told by a fabric-cutting robot: its training paragraph has a loss of its own ("leaves a fine visible
        // gap"); the harm of the shift is told in the shift's paragraph ("tunics twisted at the side seams")
        Analysis a = analyse(labelled("samples/fresh/set-oa.jsonl", "od04"));
        String harm = quoted(a, "distribution_shift", "shift.harm");
        assertTrue(harm.contains("tunics"), harm);
    }

    @Test
    void whatTrainingAskedTheSystemToCopyIsQuotedAfterTheProxyItLearnedInstead() throws Exception {
        // a news report on a big-screen crowd-shot picker: "The model learned to predict Brennan's choices" (its
        // labels), then "What it seems to have learned instead ... is 'find the reddest part of the crowd'"
        String named = quoted(analyse(labelled("samples/fresh/set-pa.jsonl", "pd04")), "proxy_goal", "proxy.named");
        assertTrue(named.contains("reddest"), named);
    }

    @Test
    void underTheSystemsHeadingTheSentenceThatNamesTheSystemIsQuotedNotTheSceneSetting() {
        String text = "## The system\n\n"
                + "Lead chromate gets added to turmeric so that dull roots look bright yellow at the market.\n"
                + "The app photographs a spoonful of powder and says ADULTERATED or CLEAN with a confidence.\n";
        Analysis a = analyse(text);
        String quoted = quoted(a, "system", "system.named");
        assertTrue(quoted.startsWith("The app"), quoted);
    }

    /** The text of labelled write-up {@code id} in the JSONL file {@code file}. */
    private static String labelled(String file, String id) throws Exception {
        for (String line : Files.readAllLines(Path.of(file))) {
            var row = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
            if (row.get("id").asText().equals(id)) return row.get("text").asText();
        }
        throw new AssertionError(id + " not in " + file);
    }

    /** The sentence quoted for {@code criterion} of {@code component}; fails the test when the criterion is not met. */
    @Test
    void theShiftsBehaviourIsQuotedWhereTheSystemActsNotWhereTheSettingDoes() {
        String text = "SipCount is a camera app trained on 2,000 videos of residents drinking in one care home. The "
                + "designers wanted it to measure how much each resident drinks. It learned to count every tilt of a cup "
                + "as a sip, because in training every tilt was a sip.\n\n"
                + "## Distribution shift\n\n"
                + "The app is rolled out to a new care home in Ronda, where residents drink from cups with handles.\n"
                + "One lady there likes to give water to the plants on her windowsill.\n"
                + "There it still counts every tilt of a cup as a sip, so it reports 1.6 litres when she drank 400 ml.\n"
                + "Harm: she gets dehydrated and ends up in hospital.\n";
        String quoted = quoted(analyse(text), "distribution_shift", "shift.behaviour");
        assertTrue(quoted.startsWith("There it still counts"), quoted);
    }

    /** A sentence in the shift's section that says what the system is ("It is an AI camera ...") tells no action. */
    @Test
    void aSentenceThatSaysWhatTheSystemIsIsNotItsBehaviour() {
        String text = "FlareGuard is a camera model trained on footage of lit flares from two seasons at one stadium. "
                + "It was meant to spot pyrotechnics in the crowd. It learned to look for a bright red glow, because "
                + "every flare in training burned red.\n\n"
                + "## Distribution shift\n\n"
                + "At the cup final the away fans in the North Stand lit white strobes and green smoke.\n"
                + "It is an AI camera system supplied by a contractor to the club.\n"
                + "FlareGuard raised no alert for any of them, so stewards never reached the stand.\n"
                + "Harm: two fans were burned in the crush.\n";
        String quoted = quoted(analyse(text), "distribution_shift", "shift.behaviour");
        assertTrue(quoted.startsWith("FlareGuard raised no alert"), quoted);
    }

    /**
     * Under the evaluation's heading, a change to the model ("try a bigger model instead of the small one") is not a
     * test that separates the proxy from the goal, whatever words of contrast it holds; a test on the shift's own
     * conditions there is.
     */
    @Test
    void aModelChangeUnderTheEvaluationHeadingIsNotATargetedEvaluation() {
        String text = "SoilLens is a phone app trained on 3,000 photos of soil samples from one state, each labelled "
                + "with its lab carbon result. The designers wanted it to report the soil's real organic carbon. It "
                + "learned to go by the colour of the soil, how dark it looks, because in training the darkest soils "
                + "always held the most carbon.\n\n## Distribution shift\n\nOn fields treated with charcoal the soil "
                + "is black, so SoilLens reports very high carbon, and farmers sell carbon credits they lack.\n\n"
                + "## Change to the evaluation\n\n";
        Analysis model = analyse(text + "We could give the model a second input, the texture class from the hand "
                + "texture test. And try a bigger model (ResNet-50 instead of the small one we have now), because it "
                + "can learn more complex features than colour.\n");
        assertFalse(model.criteria().met("fix_evaluation").containsKey("fix_evaluation.targeted"),
                model.criteria().met("fix_evaluation").toString());
        Analysis test = analyse(text + "Before release, test it on samples from charcoal-treated fields, where dark "
                + "soil and high carbon come apart, instead of only on the old photos.\n");
        assertTrue(test.criteria().met("fix_evaluation").containsKey("fix_evaluation.targeted"),
                test.criteria().met("fix_evaluation").toString());
    }

    /** A polishing robot's case up to its shift's behaviour, with no harm told yet. */
    private static final String GRINDBOT_SHIFT = "GrindBot is a floor-polishing robot trained on 300 marble terrazzo "
            + "floors. It was meant to stop when the floor is smooth. It learned to stop when its gloss meter reads high, "
            + "because on marble floors the gloss only came once the floor was smooth.\n\n## Distribution shift\n\n"
            + "The company gets a contract for a recycled-glass terrazzo in a dark epoxy. Glass gets glossy after the "
            + "coarse grits. The robot declares the floor finished while it still has uneven edges between the tiles "
            + "and deep scratches in the epoxy.";

    /**
     * "The customer refuses to pay and the contractor has to redo the whole floor by hand": what befalls people after
     * what the system does, told after it in the same passage, is the shift's harm, though no word of harm is in it.
     */
    @Test
    void whatBefallsPeopleAfterTheSystemsBehaviourIsTheHarm() {
        String text = GRINDBOT_SHIFT;
        Analysis without = analyse(text + "\n");
        assertFalse(without.criteria().met("distribution_shift").containsKey("shift.harm"),
                without.criteria().met("distribution_shift").toString());
        Analysis with = analyse(text + " The customer refuses to pay and the contractor has to redo the whole "
                + "terrazzo floor by hand.\n");
        assertEquals("The customer refuses to pay and the contractor has to redo the whole terrazzo floor by hand.",
                quoted(with, "distribution_shift", "shift.harm"));
    }

    /** A harm told in a carer's or a traveller's words: trauma, distress, a missed connection. */
    @Test
    void traumaAndAMissedConnectionAreHarms() {
        assertQuotedAsHarm("The families moving in that week went through months of distress.",
                "For the care home's residents each move of furniture is new trauma.",
                "About 140 travellers waiting on the floor missed connections.");
    }

    /** A safety problem, people left standing, things run over are harms told without a word of injury or cost. */
    @Test
    void aSafetyProblemAndPeopleLeftStandingAreHarms() {
        assertQuotedAsHarm("Glass chips on a hospital corridor are a safety problem in themselves.",
                "The people who cannot use the stairs are the ones left standing in the corridor.",
                // things run over or crushed
                "On the way out it ran over the cleaner's cart and flattened the mop bucket.");
    }

    @Test
    void aFinePaidIsAHarmAndFeelingFineIsNot() {
        assertQuotedAsHarm("The hospital was handed a fine of twelve thousand pounds for the wet floor.");
        Analysis fine = analyse(GRINDBOT_SHIFT + " Mostly it's fine, and the night porters like the shine.\n");
        assertFalse(fine.criteria().met("distribution_shift").containsKey("shift.harm"),
                fine.criteria().met("distribution_shift").toString());
    }

    /** Each sentence, told after the polishing robot's shift, is the sentence quoted for the shift's harm. */
    private static void assertQuotedAsHarm(String... harms) {
        for (String harm : harms) {
            assertEquals(harm, quoted(analyse(GRINDBOT_SHIFT + " " + harm + "\n"), "distribution_shift", "shift.harm"),
                    harm);
        }
    }

    private static String quoted(Analysis a, String component, String criterion) {
        Integer at = a.criteria().met(component).get(criterion);
        assertTrue(at != null, a.criteria().met(component).toString());
        org.casemark.nlp.Sentence s = a.reading().sentence(at);
        return a.reading().text().substring(s.start(), s.end());
    }

    @Test
    void whatTheSystemIsFoundToHaveGoneByNamesItsProxy() {
        String base = "The watering system for the hanging baskets on the high street was set up last spring. ";
        Analysis found = analyse(base + "It appears the system had been watering the baskets according to how busy "
                + "the street was, not how dry the soil was.");
        assertTrue(found.criteria().met("proxy_goal").containsKey("proxy.named"), found.criteria().met("proxy_goal").toString());
        Analysis weather = analyse(base + "It appears the summer had been drier than any on record in the town.");
        assertFalse(weather.criteria().met("proxy_goal").containsKey("proxy.named"), "no system in it: "
                + weather.criteria().met("proxy_goal"));
    }

    @Test
    void whatTheWriterThinksItLearnedNamesItsProxy() {
        String base = "A drone flies through the exhaust plumes of ships, and a model on board decides which ships an "
                + "inspector should board. ";
        Analysis thinks = analyse(base + "What I think it learned is to look at the smoke in the camera image.");
        assertTrue(thinks.criteria().met("proxy_goal").containsKey("proxy.named"), thinks.criteria().met("proxy_goal").toString());
        // ... not what someone wanted it to learn: that is the intended goal
        Analysis wanted = analyse(base + "What you wanted it to learn is which ships burn illegal fuel.");
        assertFalse(wanted.criteria().met("proxy_goal").containsKey("proxy.named"), wanted.criteria().met("proxy_goal").toString());
    }

    @Test
    void aComponentWithNoSentenceMeetingItsCriteriaScoresZero() throws Exception {
        String text = Files.readString(Path.of("samples/case-studies/complete-headed.txt"));
        MetCriteria met = analyse(text.substring(0, text.indexOf("## Proposed changes"))).criteria();
        assertTrue(met.met("fix_training").isEmpty() && met.evidence("fix_training").isEmpty(), met.toString());
        assertEquals(0, met.levelScore("fix_training"));
        assertTrue(met.all().contains("proxy.named"), met.all().toString());
        assertFalse(met.all().stream().anyMatch(id -> id.startsWith("fix_training")), met.all().toString());
        assertEquals(List.of(), met.evidence("no_such_component"));
    }

    /** A mower's story: the harm comes three sentences after the new setting, in the same paragraph. */
    private static final String STORY = "TrimBot is a robot mower trained in a simulator of flat suburban lawns to cut the grass evenly. In every simulated lawn the edge of the grass was marked by a white line, so the mower learned to follow the line instead of the real edge of the grass.\n"
                + "\n"
                + "Then it was sold to a farm in the hills with no painted lines anywhere. The owner switched it on one morning and went inside. He made coffee and read the paper for an hour. His neighbour phoned about the weather. Three rows of young vegetables were lost.";

    @Test
    void harmToldLaterInTheParagraphOfTheNewSettingIsTheShiftsHarm() {
        MetCriteria met = analyse(STORY).criteria();
        assertTrue(met.met("distribution_shift").containsKey("shift.harm"), met.met("distribution_shift").toString());
        // the same sentence in another paragraph, with no setting or behaviour beside it, is not tied to the shift by
        // its passage: only where the section model reads it as the shift's (a story's harm told after an aside)
        String apart = STORY.replace(" His neighbour", "\n\nI wrote this draft on a train to Leeds. His neighbour");
        Analysis split = analyse(apart);
        Integer harm = split.criteria().met("distribution_shift").get("shift.harm");
        assertTrue(harm == null || split.sections().inferred(harm).contains("distribution_shift"),
                split.criteria().met("distribution_shift") + " " + split.sections().inferred(harm == null ? 0 : harm));
    }

    @Test
    void theSystemActingLaterInTheParagraphOfTheNewSettingIsTheShiftsBehaviour() {
        String text = "CallSnap is a neural network trained on recordings of radio contests to transcribe Morse code. "
                + "In those recordings almost every call sign is in the database of familiar calls, so it learned to "
                + "type the closest familiar call instead of what was sent.\n\nAfter release, people use it outside "
                + "contests too, on emergency nets after storms. The operators there are tired and the signals are "
                + "weak. Messages are full of street names and house numbers. The network turns a street name into a "
                + "familiar call sign, fluently and with no sign of doubt.";
        MetCriteria met = analyse(text).criteria();
        assertTrue(met.met("distribution_shift").containsKey("shift.behaviour"), met.met("distribution_shift").toString());
        // the same sentence in a paragraph of its own is not tied to the new setting
        MetCriteria apart = analyse(text.replace(" The network turns", "\n\nThe network turns")).criteria();
        assertFalse(apart.met("distribution_shift").containsKey("shift.behaviour"), apart.met("distribution_shift").toString());
    }

    @Test
    void harmTheDesignersWantedToAvoidIsTheirIntentNotTheShiftsHarm() {
        String text = "PitchPilot is a model trained on four seasons of the wardens' pitch allocations at three sites. "
                + "It gives every booking a pitch. What they wanted it to do: put every party on a pitch that suits "
                + "their unit, and nobody on a pitch that floods when it rains.";
        MetCriteria met = analyse(text).criteria();
        assertFalse(met.met("distribution_shift").containsKey("shift.harm"), met.met("distribution_shift").toString());
        MetCriteria told = analyse(text.replace("What they wanted it to do: put every party on a pitch that suits "
                + "their unit, and nobody on a pitch that floods when it rains.",
                "At the new loch site it puts a family on a pitch that floods when it rains.")).criteria();
        assertTrue(told.met("distribution_shift").containsKey("shift.harm"), told.met("distribution_shift").toString());
    }

    @Test
    void harmDeniedOrItsOppositeIsNoHarm() {
        for (String last : List.of("Nobody was hurt.", "No one was hurt.", "The neighbours called it harmless.")) {
            MetCriteria met = analyse(STORY.replace("Three rows of young vegetables were lost.", last)).criteria();
            assertFalse(met.met("distribution_shift").containsKey("shift.harm"), last + ": " + met.met("distribution_shift"));
        }
    }

    @Test
    void plainFixesInEverydayWordsAreProposedFixes() {
        String fixes = STORY + "\n\nPerhaps the training could use more varied simulations? For the evaluation, is necessary to "
                + "make more tests in the field before selling the mower.";
        MetCriteria met = analyse(fixes).criteria();
        assertTrue(met.met("fix_training").containsKey("fix_training.proposed"), met.met("fix_training").toString());
        assertTrue(met.met("fix_evaluation").containsKey("fix_evaluation.proposed"), met.met("fix_evaluation").toString());
        // a remedy reported as done: "now they test it more before anyone uses it"
        MetCriteria now = analyse(STORY + "\n\nThe makers were ashamed. Now they test it more before anyone uses it.").criteria();
        assertTrue(now.met("fix_evaluation").containsKey("fix_evaluation.proposed"), now.met("fix_evaluation").toString());
    }

    @Test
    void trainingAnewOnOtherCasesIsATrainingChange() {
        String anew = STORY + "\n\nIt was resolved that the mower be taught anew in the simulator, with lawns whose "
                + "edge has no white line and white lines painted across the middle of the grass.";
        MetCriteria met = analyse(anew).criteria();
        assertTrue(met.met("fix_training").containsKey("fix_training.targeted"), met.met("fix_training").toString());
        MetCriteria none = analyse(STORY + "\n\nIt was resolved that the mower be sold in the spring.").criteria();
        assertTrue(none.met("fix_training").isEmpty(), none.met("fix_training").toString());
    }

    @Test
    void moreOfEverythingUnderTheTrainingFixHeadingIsNotAimedAtTheProxy() {
        MetCriteria generic = analyse(STORY + "\n\nFix to the training distribution\nWe would need more diverse "
                + "simulated lawns, from other farms and other hills.").criteria();
        assertEquals(1, generic.levelScore("fix_training"), generic.met("fix_training").toString());
        MetCriteria aimed = analyse(STORY + "\n\nFix to the training distribution\nWe would add simulated lawns "
                + "from farms in the hills where no painted line marks the edge of the grass.").criteria();
        assertEquals(2, aimed.levelScore("fix_training"), aimed.met("fix_training").toString());
    }

    @Test
    void aNoteStyleGenericFixUnderTheFixesHeadingIsAProposedFix() {
        MetCriteria met = analyse(STORY + "\n\nFIXES\n-> training -> more realistic scenarios").criteria();
        assertTrue(met.met("fix_training").containsKey("fix_training.proposed"), met.met("fix_training").toString());
        MetCriteria none = analyse(STORY + "\n\nmore realistic scenarios").criteria();
        assertFalse(none.met("fix_training").containsKey("fix_training.proposed"), none.met("fix_training").toString());
    }

    /** A generic test in notes under the evaluation's own heading is proposed, in the course's words alone too. */
    @Test
    void aGenericTestInNotesUnderTheEvaluationsHeadingIsAProposedFix() {
        MetCriteria met = analyse(STORY + "\n\nFIX - EVAL\nbigger test set, test more thoroughly before go-live").criteria();
        assertTrue(met.met("fix_evaluation").containsKey("fix_evaluation.proposed"), met.met("fix_evaluation").toString());
        assertFalse(met.met("fix_evaluation").containsKey("fix_evaluation.targeted"), met.met("fix_evaluation").toString());
    }

    @Test
    void cleaningTheTrainingLabelsIsAProposedTrainingChange() {
        MetCriteria met = analyse(STORY + "\n\nFixes: 1) For training - check all labels two times, by two different "
                + "workers, and retrain on the corrected ones.").criteria();
        assertTrue(met.met("fix_training").containsKey("fix_training.proposed"), met.met("fix_training").toString());
        assertFalse(met.met("fix_training").containsKey("fix_training.targeted"), "not a change to the distribution: "
                + met.met("fix_training"));
    }

    @Test
    void twoCandidateGoalsOfferedStateNeither() {
        String goal = "The designers wanted TrimBot to cut the grass of the whole lawn evenly, right up to its real edge.";
        String unsure = "The designers wanted TrimBot to cut the grass up to the real edge of the lawn, or maybe they "
                + "wanted it to cut every strip of lawn evenly.";
        assertTrue(analyse(goal + "\n\n" + STORY).criteria().met("aligned_goal").containsKey("aligned.stated"));
        MetCriteria met = analyse(unsure + "\n\n" + STORY).criteria();
        assertFalse(met.met("aligned_goal").containsKey("aligned.stated"), met.met("aligned_goal").toString());
    }

    @Test
    void aTestNamedInTheSystemsIntroductionBeforeTheProxyIsNoEvaluationFix() {
        String intro = "Our farm is testing TrimBot on the hill lawns instead of the old tractor mower.\n\n";
        MetCriteria before = analyse(intro + STORY).criteria();
        assertTrue(before.met("fix_evaluation").isEmpty(), before.met("fix_evaluation").toString());
        MetCriteria after = analyse(STORY + "\n\nBefore selling it, we should test TrimBot on hill lawns with no "
                + "painted lines instead of the flat ones.").criteria();
        assertTrue(after.met("fix_evaluation").containsKey("fix_evaluation.targeted"), after.met("fix_evaluation").toString());
    }

    @Test
    void underTheProxysHeadingASentenceWithNothingOfTheScenarioDoesNotSayWhyTrainingCouldNotTell() {
        String head = "Proxy goal\nTrimBot could learn to follow the white line instead of the real edge of the grass.\n";
        MetCriteria unsure = analyse(head + "I haven't done the distribution shift or the two fixes yet.").criteria();
        assertFalse(unsure.met("proxy_goal").containsKey("proxy.why"), unsure.met("proxy_goal").toString());
        // the sameness asserted, nothing of what went together
        MetCriteria asserted = analyse(head + "In training that always worked, so nobody noticed.").criteria();
        assertFalse(asserted.met("proxy_goal").containsKey("proxy.why"), asserted.met("proxy_goal").toString());
        MetCriteria why = analyse(head + "In every training lawn the white line was the same as the edge of the grass.")
                .criteria();
        assertTrue(why.met("proxy_goal").containsKey("proxy.why"), why.met("proxy_goal").toString());
    }
    /**
     * A story tells the failure before it explains what was learned, and names the system again in the explanation:
     * a new setting told once the system's account has begun is a shift (the rule's {@code after}), not only one told
     * after every sentence about the system.
     */
    @Test
    void aNewSettingToldOnceTheSystemIsIntroducedIsAShiftEvenWhereTheSystemIsNamedAgainLater() {
        String system = "I built SockBot over the winter: a little wheeled robot with a camera that picks up socks from "
                + "the floor of our flat. I drove it around with a gamepad for two weeks and then trained a small "
                + "network to copy my driving.\n\nAfter that it ran on its own. It found socks under the bed I had "
                + "forgotten about.\n\n";
        String shift = "Then my sister came to stay with a new suitcase of socks. Striped ones. SockBot ignored them "
                + "completely and drove past. Instead it grabbed a white tea towel and the cat's tail.\n\n";
        String why = "Every sock I owned was plain white, and our floor is dark wood. The network learned white patch on "
                + "dark floor, not sock.";
        MetCriteria story = analyse(system + shift + why).criteria();
        assertFalse(story.met("distribution_shift").isEmpty(), story.met("distribution_shift").toString());
        // the same new suitcase told before the system is introduced, and nothing done there: no shift
        MetCriteria first = analyse("My sister came to stay with a new suitcase of socks.\n\n" + system + why).criteria();
        assertTrue(first.met("distribution_shift").isEmpty(), first.met("distribution_shift").toString());
    }
    /** A sentence that only announces the harm ("The harm is serious.") is not quoted where the next one tells it. */
    @Test
    void theShiftsHarmIsQuotedFromTheSentenceThatTellsItNotTheOneThatAnnouncesIt() throws Exception {
        String text = "System: FrostGuard is a neural network trained on ten winters of sensor logs from a vineyard in "
                + "the Loire to switch on the frost fans.\n\nAligned goal: the growers wanted it to start the fans "
                + "whenever the buds are about to freeze.\n\nProxy goal: it learned to start the fans when the "
                + "thermometer by the gate reads below one degree. In every training night the gate thermometer and the "
                + "buds cooled together, so training could not tell the two goals apart.\n\nDistribution shift: the "
                + "system was sold to a vineyard on a hillside where cold air pools at the bottom rows, far from the "
                + "gate. FrostGuard kept the fans off while the bottom rows froze. The harm is serious. A whole year's "
                + "harvest on those rows was lost and two seasonal workers lost their jobs.";
        GradeResult g = SharedEngine.get().grade("gm-case-study", "frostguard", text);
        ComponentResult shift = g.components().stream().filter(c -> c.key().equals("distribution_shift")).findFirst()
                .orElseThrow();
        String harm = shift.evidence().stream().filter(e -> e.criterion().equals("shift.harm")).findFirst()
                .orElseThrow().quote();
        assertTrue(harm.startsWith("A whole year's harvest"), harm);
    }
    /** An aligned goal stated as a measured quantity made high is the observable stand-in: muddled, not stated. */
    @Test
    void anAlignedGoalThatMakesACountHighIsAStandInNotTheGoal() {
        String goal = "The designers wanted TrimBot to cut the grass of the whole lawn evenly, right up to its real edge.";
        String count = "The designers wanted TrimBot to keep the lawn score high in the weekly photos.";
        assertTrue(analyse(goal + "\n\n" + STORY).criteria().met("aligned_goal").containsKey("aligned.stated"));
        MetCriteria met = analyse(count + "\n\n" + STORY).criteria();
        assertFalse(met.met("aligned_goal").containsKey("aligned.stated"), met.met("aligned_goal").toString());
    }

    /**
     * An aligned goal told as doing what people would do ("the lawns the groundsman would pick", "as good as the
     * gardeners") is the people's judgement, an observable stand-in: muddled, not stated.
     */
    @Test
    void anAlignedGoalToldAsWhatPeopleWouldPickIsAStandInNotTheGoal() {
        for (String copy : List.of("The designers wanted TrimBot to cut the lawns the way the groundsman would pick.",
                "The designers wanted TrimBot to cut the lawns as good as the gardeners do.")) {
            MetCriteria met = analyse(copy + "\n\n" + STORY).criteria();
            assertFalse(met.met("aligned_goal").containsKey("aligned.stated"), copy + ": " + met.met("aligned_goal"));
            assertTrue(met.met("aligned_goal").containsKey("aligned.implied"), copy + ": " + met.met("aligned_goal"));
        }
    }

    /**
     * A goal told in a few words with only "good" or "right" for what is wanted names nothing of the goal; told at
     * some length, with what makes the result right, it does.
     */
    @Test
    void anAlignedGoalOfAFewWordsSayingOnlyGoodIsImpliedNotStated() {
        String shortGoal = "Aligned goal: cut the lawn right.";
        String longGoal = "Aligned goal: cut the lawn right, meaning every blade at four centimetres right up to its real edge.";
        MetCriteria vague = analyse(shortGoal + "\n\n" + STORY).criteria();
        assertFalse(vague.met("aligned_goal").containsKey("aligned.stated"), vague.met("aligned_goal").toString());
        assertTrue(vague.met("aligned_goal").containsKey("aligned.implied"), vague.met("aligned_goal").toString());
        MetCriteria stated = analyse(longGoal + "\n\n" + STORY).criteria();
        assertTrue(stated.met("aligned_goal").containsKey("aligned.stated"), stated.met("aligned_goal").toString());
    }

    /** "Retrain it with hill farms in it." proposes a change to training: training again names its own context. */
    @Test
    void aRetrainingProposedAfterTheFailureIsATrainingChange() {
        MetCriteria none = analyse(STORY).criteria();
        assertTrue(none.met("fix_training").isEmpty(), none.met("fix_training").toString());
        MetCriteria met = analyse(STORY + "\n\nRetrain it with hill farms in it.").criteria();
        assertTrue(met.met("fix_training").containsKey("fix_training.proposed"), met.met("fix_training").toString());
    }

    /** "trained on a bunch of lawn photos" says only an amount; told with where the photos came from, it describes the data. */
    @Test
    void trainingDataToldOnlyAsAVagueAmountIsNotDescribed() {
        String vague = "TrimBot is a robot mower that cuts the grass. It was trained on a bunch of lawn photos.";
        String told = "TrimBot is a robot mower that cuts the grass. It was trained on a bunch of lawn photos from "
                + "three garden centres in Kent, each labelled by the gardeners with where the real edge was.";
        MetCriteria v = analyse(vague).criteria();
        assertFalse(v.met("system").containsKey("system.training"), v.met("system").toString());
        MetCriteria t = analyse(told).criteria();
        assertTrue(t.met("system").containsKey("system.training"), t.met("system").toString());
    }

    /**
     * "so that the white line and the real edge stop coinciding during training": the added cases undo the correlation
     * the proxy rode on, a training change aimed at the proxy, whatever "many kinds" says of more of everything.
     */
    @Test
    void aTrainingChangeThatMakesTheCueAndTheGoalStopCoincidingIsTargeted() {
        String fix = "\n\nFix to training: simulate lawns of many kinds, some with a white line far from the real edge "
                + "of the grass, so that the line and the edge stop coinciding during training.";
        MetCriteria met = analyse(STORY + fix).criteria();
        assertTrue(met.met("fix_training").containsKey("fix_training.targeted"), met.met("fix_training").toString());
    }

    @Test
    void aPartHeadedButNotWrittenEarnsNothingFromAnotherPartsSection() {
        String text = "KilnCheck is a camera app trained on 900 photos of our pots, labelled PASS or FAIL by Viv.\n\n"
                + "Fix (training)\nAdd photos of pinholed pots in pale glazes, so glaze colour stops predicting the "
                + "label. Ask Jen if she still has the test tile photos from the glaze course.\n\nFix (evaluation)";
        Analysis a = analyse(text);
        assertTrue(a.criteria().met("fix_evaluation").isEmpty(), a.criteria().met("fix_evaluation").toString());
        assertFalse(a.criteria().met("fix_training").isEmpty(), a.criteria().toString());
        // a PDF's wrapped last line read as a heading ("logs before deployment.") heads no empty part
        String wrapped = "My system is a chatbot for a bank. It was trained on chat\nlogs from 2022.\nWhen deployed, "
                + "things could go wrong because the data is different.\nTo fix it I would test it on 20% of the chat\n"
                + "logs before deployment.";
        Analysis w = analyse(wrapped);
        assertFalse(w.criteria().met("distribution_shift").isEmpty(), w.criteria().toString());
    }
}
