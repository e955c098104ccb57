package org.casemark.core;

import org.casemark.SharedEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The learner's own words the feedback is written with: never a person's name, a denied phrase or the goal itself. */
class SlotsTest {
    private static Map<String, String> slots(String text) {
        return SharedEngine.get().grader("gm-case-study").explain("s", text).slots();
    }

    @Test
    void aRuleQuotedAFewWordsAfterWhatWasLearnedIsTheProxy() {
        String text = "CrowdCut is a model that picks crowd shots for a stadium's big screen, trained on three seasons "
                + "of home matches. What it seems to have learned instead, in the words of one of the supplier's "
                + "engineers, is \"find the reddest part of the crowd\".";
        assertEquals("find the reddest part of the crowd", slots(text).get("proxy"), slots(text).toString());
        // a second quotation, after the one the verb opens, is not what was learned
        String two = "The flood gates are shut by an automatic controller trained on thirty years of river records. A "
                + "controller that had learned \"shut the gates when the hills get heavy rain\" would have looked as "
                + "perfect in testing as one that had learned \"shut the gates when the river is about to overtop\".";
        assertEquals("shut the gates when the hills get heavy rain", slots(two).get("proxy"), slots(two).toString());
    }

    @Test
    void aProductsNameSaidOnceInTheTitleOrAsItsNameNamesTheSystem() {
        String slides = "SLIDE 1 - GM case study: TapTune\n\nSLIDE 2 - The system\n- Phone app + small tapping hammer: the "
                + "maker taps the plate and the app listens.\n- Trained on 1,200 plates carved at the school.";
        assertEquals("TapTune", slots(slides).get("system"), slots(slides).toString());
        String called = "ok so my case is the drone roof thing my boss bought, its called HailScout i think. it was "
                + "trained on thousands of drone pics from claims where an adjuster marked the damage by hand.";
        assertEquals("HailScout", slots(called).get("system"), slots(called).toString());
        // an event's name in the title is not the system's ("RoboOps Summit 2024")
        String event = "RoboOps Summit 2024, Track B\n\nOur shelf robot was trained in one warehouse to find empty "
                + "slots on the racks.";
        assertNotEquals("RoboOps", slots(event).get("system"), slots(event).toString());
        // a title that names the medium ("[ChatLog export ...]") does not outrank the product the text names as its
        // system
        String chat = "[ChatLog export - me and Dot from the choir]\n\n[19/02, 20:15] Priya: so for the write up. "
                + "system = PartFinder, the app the choir uses at new members night. you sing a scale into the tablet "
                + "and it tells her S, A, T or B\n[19/02, 20:17] Priya: it was trained on lots of recordings of singers";
        assertEquals("PartFinder", slots(chat).get("system"), slots(chat).toString());
        // ... nor does a note in brackets on where the text comes from ("[WhatsApp with Kasia ...]")
        String note = "[WhatsApp with Kasia from the course, she said I could use it as my write-up.]\n\nMe: ok so I'm "
                + "doing StopStack for the GM thing\nKasia: the route thing in the Parcelio app?\nMe: yeah. StopStack "
                + "decides the order you do the stops in. it was trained with RL in a simulator of their routes";
        assertEquals("StopStack", slots(note).get("system"), slots(note).toString());
    }

    /** "im a ships agent so i see it from the outside": what the writer says they are is not the system. */
    @Test
    void whatTheWriterSaysTheyAreIsNotTheSystem() {
        String text = "ok so mine is the ai the harbour office uses to pick which boats get a safety check when they "
                + "come in (im a boat agent so i see it from outside, they dont tell us much). i think what it really "
                + "learned is the hull colour.";
        assertFalse(String.valueOf(slots(text).get("system")).contains("agent"), slots(text).toString());
    }

    /** "he didn't buy a normal detector. He bought one with AI ... the HoardSeeker": the denied phrase is not the system. */
    @Test
    void aPhraseTheSentenceDeniesIsNotTheSystem() {
        String text = "Dad doesn't do anything by halves, so he didn't buy a normal detector. He bought one with AI. "
                + "It's called, I'm not making this up, the HoardSeeker Pro. Dad says it learned from thousands of "
                + "finds. On the beach the HoardSeeker goes nuts and says treasure for every can.";
        Map<String, String> s = slots(text);
        assertFalse(String.valueOf(s.get("system")).contains("normal detector"), s.toString());
        assertTrue(String.valueOf(s.get("system")).contains("HoardSeeker"), s.toString());
    }

    @Test
    void aPersonInAStoryIsNotTheSystem() {
        Map<String, String> s = slots("Dave had run the offside camera for two seasons, and he trusted it. The camera "
                + "system was trained on three seasons of top-flight matches to flag offside attackers. Dave said he "
                + "never checked its lines any more. In the cup final it flagged a winger onside because it learned to "
                + "look at the last outfield player instead of the goalkeeper.");
        assertNotEquals("Dave", s.get("system"), s.toString());
        assertFalse(String.valueOf(s.get("system")).toLowerCase().contains("dave"), s.toString());
    }

    @Test
    void aGenericWordBeforeAnotherNounIsNotTheSystem() {
        Map<String, String> s = slots("Its software was trained in a model living room at the laboratory: testers called "
                + "out its name, and the robot's learning program rewarded it each time it reached the person who called.");
        assertFalse(String.valueOf(s.get("system")).contains("living room"), s.toString());
        Map<String, String> engine = slots("The system was trained in a ship-handling simulator to keep watch at sea. "
                + "The skipper went down to the engine room, relying on the engine room alarm.");
        assertFalse(String.valueOf(engine.get("system")).contains("engine room"), engine.toString());
        // "car", a word for a self-driving one, before the noun it modifies: the exhaust is no system
        Map<String, String> car = slots("The new model of monitor has AI inside which decides if the alarm is real or "
                + "false, because before there were many false alarms from the car exhaust. The AI was trained on one "
                + "year of data from the field.");
        assertFalse(String.valueOf(car.get("system")).contains("exhaust"), car.toString());
    }

    @Test
    void theCompanyThatMadeItIsNotTheSystem() {
        Map<String, String> s = slots("An autonomous topiary clipping robot, by Hedgewright Ltd of Malvern, 2018.\n\n"
                + "Hedgewright Ltd ceased trading in 2021 and no further software support is available. The robot "
                + "learned over five seasons at the manor to keep the yew figures crisp.");
        assertFalse(String.valueOf(s.get("system")).contains("Ltd"), s.toString());
        assertFalse(String.valueOf(s.get("system")).contains("Hedgewright"), s.toString());
    }

    @Test
    void aCompanyNamedWithItsSuffixOnceIsNotTheSystemWhereverItsNameStands() {
        Map<String, String> s = slots("Your account suspension by Quillmoor Ltd\n\nThank you for sending me your "
                + "letters from Quillmoor. Quillmoor says its automated fair-play system uses machine learning trained "
                + "on confirmed cases of cheating. It appears the system has treated strong results as evidence of "
                + "cheating.");
        assertFalse(String.valueOf(s.get("system")).contains("Quillmoor"), s.toString());
    }

    @Test
    void anAcronymTheTextSpellsOutNamesTheSystem() {
        Map<String, String> s = slots("Since 2022 the Harbour Lock Service (HLS) has set the order of barges "
                + "through the locks. HLS is a reinforcement-learning scheduling model built for the port authority. It "
                + "was trained in a simulator on ten years of barge traffic.");
        assertEquals("HLS", s.get("system"), s.toString());
        // an acronym it does not spell out is no name
        Map<String, String> bare = slots("HLS is a reinforcement-learning scheduling model built for the port "
                + "authority. It was trained in a simulator on ten years of barge traffic.");
        assertNotEquals("HLS", bare.get("system"), bare.toString());
    }

    @Test
    void aSentenceInAnotherPartsSectionDoesNotNameTheSystem() {
        Map<String, String> s = slots("The system\n\nSo my system is basically the thing on a video site that picks "
                + "the thumbnail for you automatically. It was trained on millions of videos where the creator picked a "
                + "thumbnail.\n\nThe distribution shift\n\nA local news channel uploads a video about a car crash, and "
                + "the AI picks the frame with the biggest face, a crying bystander.");
        assertFalse(String.valueOf(s.get("system")).contains("car"), s.toString());
    }

    @Test
    void aRuleQuotedWholeAfterLearnIsTheProxyUpToItsClosingQuote() {
        Map<String, String> s = slots("The system is a model that gives a score to every refugee household in the camp. "
                + "It was trained on camp data from 2016 to 2019. The model can learn \"the big family is the poor "
                + "family\" instead of \"this household cannot cover its needs\", because in the camp the big families "
                + "were always the poorest.");
        assertEquals("the big family is the poor family", s.get("proxy"), s.toString());
        Map<String, String> learns = slots("The system is a sway-control unit that brakes a caravan's wheels. It was "
                + "trained on test-track runs. Proxy: it learns \"brake when the car is going fast\" instead of "
                + "\"brake when the caravan is swaying\", because on the track the sway only ever came at speed.");
        assertEquals("brake when the car is going fast", learns.get("proxy"), learns.toString());
    }

    @Test
    void thePeopleAfterTheSystemsLabelAreNotTheSystem() {
        Map<String, String> s = slots("System: The engineers of a project put a camera with AI on a pole at the entrance "
                + "of the corral.\n\nThe model was trained with videos from one valley to count the animals.");
        assertFalse(String.valueOf(s.get("system")).contains("engineers"), s.toString());
    }

    @Test
    void aPersonTheSystemMeetsAndAChatAgentsNameAreNotTheSystem() {
        Map<String, String> served = slots("The parking checker was trained on end-of-ride photos from Leeds, where "
                + "every legal bay is white paint. In Lisbon a wheelchair user couldn't get across because of four "
                + "bikes on the crossing.");
        assertFalse(String.valueOf(served.get("system")).contains("user"), served.toString());
        Map<String, String> chat = slots("[08:41] Customer (Owen): hi, problem with adaptive awareness on my buds\n"
                + "[08:41] Agent (Hana): Hi Owen, thanks for reaching out!\n"
                + "[08:48] Agent: Adaptive Awareness was tuned on recordings of city streets, where the important "
                + "sounds are the loudest.");
        assertFalse(String.valueOf(chat.get("system")).contains("Hana"), chat.toString());
    }

    @Test
    void anAnalogyLineNamesNoSystem() {
        Map<String, String> s = slots("The system\nAnalogy: a house-sitter who has only looked after houses in one "
                + "town.\nThe case: PitWatch is a smart controller for basement sump pumps, trained on three years of "
                + "logs from homes around Seattle.");
        assertFalse(String.valueOf(s.get("system")).contains("house-sitter"), s.toString());
        assertTrue(String.valueOf(s.get("system")).contains("controller") || "PitWatch".equals(s.get("system")), s.toString());
    }

    @Test
    void aSystemNamedOnlyGenericallyWhereItIsDescribedIsNamedFromALaterSentence() {
        Map<String, String> s = slots("Our system was trained for two years on photos of balance wheels from the "
                + "workshop bench.\n\nLater the balance-regulation robot was sold to a watch shop in Geneva.");
        assertEquals("the balance-regulation robot", s.get("system"), s.toString());
        Map<String, String> generic = slots("Our system was trained for two years on photos of balance wheels from "
                + "the workshop bench.\n\nLater the smaller model was sold to a watch shop in Geneva.");
        assertFalse(String.valueOf(generic.get("system")).contains("smaller"), "no noun of the scenario: " + generic);
    }

    @Test
    void theProxyIsWhatItLearnedNotWhatItDidNotLearn() {
        Map<String, String> s = slots("The system is a camera model trained on three months of photos of my sourdough "
                + "jar to tell when the starter peaks. The proxy goal, I think, is that the model didn't really learn "
                + "the peak of the starter at all, it learned the blue rubber band on my jar.");
        assertFalse(String.valueOf(s.get("proxy")).contains("peak of the starter"), s.toString());
    }

    @Test
    void theProxysOwnConditionIsPartOfIt() {
        Map<String, String> s = slots("The smoking controller is a camera model trained on a year of batches from one "
                + "smokehouse. It learned to take a batch out when the skin reached a deep copper colour, instead of "
                + "when the fish was cured.");
        assertTrue(String.valueOf(s.get("proxy")).startsWith("take a batch out when the skin reached"), s.toString());
    }

    @Test
    void aSentenceWithoutTheConceptGivesNoProxy() {
        Map<String, String> s = slots("## The system\nSunTrack is a wristband trained on beach-goers' UV exposure "
                + "logs to remind them to put on sunscreen.\n\n## The proxy\nBut on those beaches UV dose, heat and "
                + "time outside all rose together, so hot afternoons always meant high UV.");
        assertEquals(null, s.get("proxy"), s.toString());
    }

    @Test
    void aHyphenatedNameIsKeptWholeAndASpacedDashSeparates() {
        Map<String, String> s = slots("Our system is a speech-to-text model for court hearings. It was trained on three "
                + "years of recorded hearings with the official transcripts as targets.");
        assertEquals("the speech-to-text model", s.get("system"), s.toString());
        Map<String, String> dash = slots("GM case study - MRI protocolling assistant\nIt was trained by imitation on "
                + "180,000 protocols chosen by radiologists.");
        assertFalse(String.valueOf(dash.get("system")).contains("case study"), dash.toString());
    }

    @Test
    void aProxyThatIsADescriptionOfTheCaseIsNotNamed() {
        // "the building, holds position ...": a clause about the case, not a goal it could pursue
        Map<String, String> s = slots("The system is a delivery drone trained in a simulator of apartment towers. The "
                + "designers wanted it to land on the customer's balcony. A drone with the proxy goal flies to the "
                + "building, holds position in the gusty air between towers and lands on any orange square.");
        assertFalse(String.valueOf(s.get("proxy")).contains("holds position"), s.toString());
        Map<String, String> ok = slots("The system is a voice assistant trained on a year of requests from beta homes. "
                + "The designers wanted it to do what the user asks. It could learn to do what the user usually asks "
                + "for at this time of day instead.");
        assertEquals("do what the user usually asks for at this time of day", ok.get("proxy"), ok.toString());
    }

    @Test
    void aNameUsedAgainAndAgainBeatsAKindOfSystem() {
        Map<String, String> s = slots("Camera-trap counting is the use of machine-learning systems to count animals. "
                + "TallyNet had been trained on sequences from cameras beside game trails. TallyNet learned to count "
                + "frame entries instead of individual animals.");
        assertEquals("TallyNet", s.get("system"), s.toString());
        Map<String, String> p = slots("The system is a karaoke app trained on recordings from bars. The designers wanted "
                + "it to score singing. It could learn to score how loud the cheering is!!");
        assertFalse(String.valueOf(p.get("proxy")).endsWith("!"), p.toString());
    }

    @Test
    void whatTheSystemIsAfterIsANamesIt() {
        Map<String, String> s = slots("The system here is a small microphone mounted under the crown board. It was "
                + "trained on two seasons of recordings from 64 hives.");
        assertEquals("the small microphone", s.get("system"), s.toString());
        Map<String, String> caseStudy = slots("My case study is a drowning detector for swimming pools. The company "
                + "trained it on videos of fake drownings acted out by adult staff.");
        assertEquals("the drowning detector", caseStudy.get("system"), caseStudy.toString());
    }

    @Test
    void aHyphenInsideAWordAndAnInterjectionDoNotCutTheProxy() {
        Map<String, String> s = slots("My system is a golf swing coaching app trained on swing videos with the "
                + "coaches' cues. The proxy is, um... make the swing look more like the tour-pro template.");
        assertEquals("make the swing look more like the tour-pro template", s.get("proxy"), s.toString());
    }

    @Test
    void aSystemNamedByItsKindIsOneOfThemWithItsWholeCompound() {
        Map<String, String> s = slots("We got one of those AI pill counting cameras at work. The camera was trained "
                + "on thousands of images of tablets on their white tray.");
        assertEquals("the AI pill counting camera", s.get("system"), s.toString());
        Map<String, String> h = slots("Airports now use AI passport-photo checkers. The checker was trained on studio photos "
                + "of adults.");
        assertEquals("the AI passport-photo checker", h.get("system"), h.toString());
    }

    @Test
    void anOpeningInterjectionAndStruckOutWordsAreNotPartOfTheName() {
        Map<String, String> s = slots("ok tide pool counting app. it counts crabs in photos using ai. it was trained on "
                + "photos from one beach at low tide.");
        assertFalse(String.valueOf(s.get("system")).contains("ok "), s.toString());
        Map<String, String> struck = slots("system: AI on the ~~harbour~~ pier webcams, trained on a summer of "
                + "footage to count anglers.");
        assertFalse(String.valueOf(struck.get("system")).contains("harbour"), struck.toString());
    }
    @Test
    void aPlaceOrOwnerThatUsesTheSystemIsNotItsName() {
        Map<String, String> s = slots("A distillery in Speyside uses an AI to decide which casks are ready. The AI is "
                + "trained on the warehouse records from 2010 to 2022.");
        assertFalse(String.valueOf(s.get("system")).contains("Speyside"), s.toString());
        Map<String, String> named = slots("The system is CaskSense, an AI that decides which casks are ready. CaskSense "
                + "is trained on warehouse records from 2010 to 2022.");
        assertTrue(String.valueOf(named.get("system")).contains("CaskSense"), named.toString());
        // a name that only ever follows a preposition is where the system is, not what it is called
        Map<String, String> place = slots("Case study: AI grader for ginseng root in Geumsan market\n\nSystem\nMy "
                + "hometown is near Geumsan, it is famous for ginseng. I imagine one company make AI camera system for "
                + "grade fresh ginseng root at auction house. Training data is about 80,000 photo from Geumsan cooperative.");
        assertFalse(String.valueOf(place.get("system")).contains("Geumsan"), place.toString());
        // ... wherever the run of names after the preposition ends ("at Shree Radha Krishna Mandir"), and a name after
        // "a computer model of" is what the model is of
        Map<String, String> temple = slots("My case is the aarti robot at Shree Radha Krishna Mandir in our town. "
                + "It was trained on videos of the priest. It learned to follow the bell instead of the lamp.");
        assertEquals("the aarti robot", temple.get("system"), temple.toString());
        Map<String, String> modelOf = slots("Bede is the guide robot of the Cathedral. It learned its job in a computer "
                + "model of the Cathedral. The Cathedral has red carpets. Bede learned to follow the red carpets.");
        assertFalse(String.valueOf(modelOf.get("system")).contains("Cathedral"), modelOf.toString());
        // a system's word before a group of people names the people ("detector groups"), not a system ("the group
        // controller" is one)
        Map<String, String> users = slots("An accelerator delivers ions to many users: detector groups testing "
                + "radiation hardness and biologists. We trained a reinforcement-learning agent to tune the beam. It "
                + "learned to steer the beam onto the aperture edge instead of the sample.");
        assertFalse(String.valueOf(users.get("system")).contains("detector groups"), users.toString());
        Map<String, String> lifts = slots("I chose the group controller that dispatches the eight elevators in a "
                + "tower. It was trained in a simulator of the morning rush. It learned to park idle cars in the lobby.");
        assertTrue(String.valueOf(lifts.get("system")).contains("group controller"), lifts.toString());
    }

    @Test
    void theNameALetterIsAddressedToIsAPersonAndACalledNameIsTheSystems() {
        Map<String, String> s = slots("Dear Ellie,\n\nEllie, you will study this one day. In a few years the co-op "
                + "will start using something called BedScan. A drone flies over every bed and a vision model predicts "
                + "whether the fruit is ready. It was trained on photos of the old berries. BedScan learned to look at "
                + "the red colour instead of ripeness. Ellie, remember this.");
        assertEquals("BedScan", s.get("system"), s.toString());
    }

    @Test
    void theOneALetterIsAddressedToIsNotTheSystem() {
        Map<String, String> s = slots("Members of the jury (or rather, dear tutor): I intend to prove that the "
                + "automated wafer inspection model at the plant did not fail because it was stupid. It was trained on "
                + "800,000 wafer images from one fab. It learned to flag dark streaks instead of real defects.");
        assertFalse(String.valueOf(s.get("system")).contains("tutor"), s.toString());
    }

    @Test
    void aProductsNameIsNotAPersonsAndItsVerbIsNotPartOfIt() {
        Map<String, String> s = slots("Since September 2022 the school has used GradeCast to produce a predicted "
                + "grade for every pupil. GradeCast is an AI tool that was built from our own records, and the "
                + "committee trusted it: she said it was right every year. GradeCast learned to predict the grade of "
                + "past pupils with the same surname instead of the pupil's own work.");
        assertEquals("GradeCast", s.get("system"), s.toString());
        Map<String, String> cox = slots("CoxMate is a small AI unit that sits in the stern of an eight. It was "
                + "trained with RL in a simulator of the club's home water. Our cox trusts CoxMate, he says. CoxMate "
                + "learned to steer for the bank on the left instead of the racing line.");
        assertEquals("CoxMate", cox.get("system"), cox.toString());
    }

    @Test
    void aMakerOrTheCoursesPaperworkIsNotTheSystem() {
        Map<String, String> s = slots("Entries copied out for the AI module case study. The hide grader at the "
                + "tannery was trained on hides from before I started. It learned to grade by size instead of grain.");
        assertFalse(String.valueOf(s.get("system")).contains("module"), s.toString());
        Map<String, String> maker = slots("The model was trained on lowland regions, and the hiking app company "
                + "licensing its data rolls it out in the mountains. It learned to draw paths along clearings.");
        assertFalse(String.valueOf(maker.get("system")).contains("company"), maker.toString());
        Map<String, String> trials = slots("(The system is made up but based on the autonomous firefighting aircraft "
                + "trials I read about.) During a bushfire the autonomous water bomber dropped its load on the hottest "
                + "spot. It learned to drop the water on the hottest spot instead of the fire front.");
        assertFalse(String.valueOf(trials.get("system")).contains("trials"), "what is done with it: " + trials);
    }

    @Test
    void aNameTheWriteUpGivesIsTheSystemsName() {
        Map<String, String> s = slots("Meteorites are filmed by camera networks as they fall. The system here, which "
                + "I'll call Skyfall, is a small fixed-wing drone trained in simulation over pale sand. Skyfall "
                + "learned to look for dark stones instead of meteorites.");
        assertEquals("Skyfall", s.get("system"), s.toString());
    }

    @Test
    void whatTheSentenceIsAboutNamesTheSystemWhereNoSystemWordDoes() {
        Map<String, String> s = slots("The AI system\nThe sorter is a camera mounted over a steel sorting table with "
                + "a soft paddle at each end. The classifier was trained on 60,000 labelled crab images from two "
                + "boats. The whole management system of the fishery depends on returning females. It learned to keep "
                + "big crabs instead of legal males.");
        assertEquals("the sorter", s.get("system"), s.toString());
    }

    @Test
    void aLabelsNounPhraseATitlesProductAndOneNounAfterTheSystemsWordNameTheSystem() {
        Map<String, String> labelled = slots("System: an automated laminator in a bakery chain's central kitchen. It "
                + "was trained with reinforcement learning on one butter.\nProxy: it may learn to hit a target thickness.");
        assertEquals("the automated laminator", labelled.get("system"), labelled.toString());
        Map<String, String> clause = slots("System: a startup has made a herding drone. It was trained in a simulator "
                + "of one mountain.");
        assertFalse(String.valueOf(clause.get("system")).contains("startup"), "its maker: " + clause);
        Map<String, String> jukebox = slots("The system I picked is a jukebox, or really the AI inside one, trained "
                + "with reinforcement learning on two years of pub data.");
        assertEquals("the jukebox", jukebox.get("system"), jukebox.toString());
        Map<String, String> acted = slots("My family runs a flower stall in Madurai. Idea is a small machine, a CNN "
                + "that sorts Madurai buds into bins. It was trained on photos of buds from one season in Madurai.");
        assertFalse(String.valueOf(acted.get("system")).contains("Madurai"), "what the CNN acts on: " + acted);
        Map<String, String> titled = slots("Case study: JasmineSort, a bud sorter for garlands\n\nMy family runs a "
                + "flower stall in Madurai. It is a CNN that sorts Madurai buds into bins. It was trained on photos of buds "
                + "from one season in Madurai.");
        assertEquals("JasmineSort", titled.get("system"), "the title's product: " + titled);
    }
    @Test
    void aLearnerWhoSaysThereIsNoOtherGoalHasNoProxyNamedAndTheSystemIsNotTheirJob() {
        String text = "The system\nI work in an aerobiology lab at a hospital. The new system is a scanning microscope "
                + "with an AI model that counts the pollen grains on each slide. It was trained on two years of our "
                + "slides.\n\nThe proxy\nHonestly I don't think there is a different goal. The model just never saw "
                + "enough examples of the dusty slides. That day ended up being the worst day of the season.";
        Map<String, String> s = slots(text);
        assertTrue(String.valueOf(s.get("system")).contains("microscope"), s.toString());
        assertFalse(s.containsKey("proxy"), s.toString());
    }
    /**
     * A name the write-up gives the system and uses again ("which we will call RibVision") names it, not the noun
     * phrase of a sentence before it ("Traditionally a human grader looks ..."); a name given to a place ("a river town,
     * which I'll call Karlsau") does not.
     */
    @Test
    void aNameTheWriteUpGivesTheSystemNamesIt() {
        String text = "The system\nTraditionally a human grader looks at the cut surface of each carcass and assigns a "
                + "marbling score. Consider a camera-grading system, which we will call RibVision, installed on the "
                + "chiller floor of a packing plant. RibVision was trained by supervised learning on 140,000 rib-eye "
                + "images labelled with the official grader's score.";
        assertEquals("RibVision", slots(text).get("system"), slots(text).toString());
        String town = "LEVEE-ASSIST is a decision-support AI used by the flood-defence service of a mid-sized river "
                + "town, which I'll call Karlsau. It was trained by reinforcement learning in a flood simulator "
                + "calibrated on Karlsau's levees.";
        assertNotEquals("Karlsau", slots(town).get("system"), slots(town).toString());
    }

    /**
     * A product's name the write-up keeps using ("JumpScore", "TollSight", "CellWatch") names the system, not the
     * organisation in the sentence that met the criterion ("The national trampoline federation trials ...").
     */
    @Test
    void aProductsNameTheWriteUpKeepsUsingNamesTheSystem() throws Exception {
        Map<String, String> expected = Map.of("rb08", "JumpScore", "kb06", "TollSight", "ec01", "CellWatch");
        int seen = 0;
        for (String set : List.of("samples/fresh/set-r.jsonl", "samples/fresh/set-k.jsonl", "samples/fresh/set-ea.jsonl")) {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(set))) {
                com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(line);
                String id = n.get("id").asText();
                if (!expected.containsKey(id)) continue;
                assertEquals(expected.get(id), slots(n.get("text").asText()).get("system"), id);
                seen++;
            }
        }
        assertEquals(expected.size(), seen);
    }

    @Test
    void theProductsNameSaidOnceNamesASystemNoSentenceNamesInItsOwnWords() {
        // only "the bot" names the system where the criterion is met; the product's name, said once, says more
        String chat = "Me: ok for the case study im doing PujaBot at our temple\nPriya: how was it trained\nMe: the "
                + "priest's nephew fine tuned it on three years of old chats to the office\nMe: if someone has died "
                + "the family needs a priest within a day, so the bot should escalate straight to the duty priest";
        assertEquals("PujaBot", slots(chat).get("system"), slots(chat).toString());
        // a forum's breadcrumb over the post is no system, the product the post is about is
        String post = "Bereavement Services Network forum > Technology & Equipment\n\nLast year our supplier put in "
                + "\"CommitCue\". It listens to the chapel mics and closes the curtains at the committal. It was "
                + "trained on audio from around 2,000 services recorded at three crematoria.";
        assertEquals("CommitCue", slots(post).get("system"), slots(post).toString());
        // a kind of people ("YouTubers") and the medium a note names ("[WhatsApp chat export]") are no product
        String note = "[WhatsApp chat export, pasted as my submission]\nKev: the thumbnail picker was trained on "
                + "videos by YouTubers, so it learned that faces mean clicks";
        assertNotEquals("WhatsApp", slots(note).get("system"), slots(note).toString());
        assertNotEquals("YouTubers", slots(note).get("system"), slots(note).toString());
    }

    @Test
    void aProxyEndingOnWhatSomethingLooksLikeKeepsItsLike() {
        String text = "PhotoDater is a model trained on 2,000 dated family photos from our society's cabinets. The proxy "
                + "goal, I think, is that it is really reading how faded the card looks like.";
        String proxy = String.valueOf(slots(text).get("proxy"));
        assertFalse(proxy.endsWith("looks"), slots(text).toString());
    }
}
