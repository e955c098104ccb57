package org.casemark.core;

import org.casemark.SharedEngine;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReviewTest {
    private static String letter() throws IOException {
        // (told without how the system was made: "developed and validated using logs from ..." says it learned from
        // data, which keeps a letter on topic)
        try (InputStream in = ReviewTest.class.getResourceAsStream("/review/regulator-letter.txt")) {
            String letter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return letter.replace("was developed and validated using logs from the commercial barge locks on the "
                    + "lower river, where it has operated", "has operated at the commercial barge locks on the "
                    + "lower river");
        }
    }

    @Test
    void anOffTopicFlagThatZeroesMostOfTheAssignmentsPartsIsForAnInstructor() throws IOException {
        // a regulator's letter on an AI system: its sentences meet most parts, yet no learned proxy is recognised
        GradeResult r = SharedEngine.get().grade("gm-case-study", "letter", letter());
        assertTrue(r.flags().offTopic(), r.flags().toString());
        assertEquals(GradeResult.NEEDS_REVIEW, r.status(), String.valueOf(r.reviewReasons()));
        assertEquals(0, r.total(), "the flag stands, provisionally");
        assertTrue(r.reviewReasons().stream().anyMatch(x -> x.startsWith("off_topic zeroes a write-up whose sentences earn")),
                r.reviewReasons().toString());
    }

    @Test
    void aSubstantiveCaseSaidThreeTimesInOtherWordsIsForAnInstructor() {
        String once = "The robot mows the lawns of a city park and was trained in a simulator of one flat park where "
                + "the grass was always long near the paths. The designers wanted it to cut all long grass. It learned "
                + "to mow next to the paths instead, because in training the long grass always grew by the paths. In a "
                + "new hilly park the long grass grows on the slopes, the robot keeps mowing the paths and the slopes "
                + "grow wild, so ticks spread to visitors. Add training parks where long grass grows away from the paths, "
                + "and test the robot in a park with long grass on the slopes before it is sold.";
        // every sentence said again with a word or two changed, twice
        String again = once.replace("mows the lawns of", "cuts the grass in").replace("The designers wanted", "The makers wanted")
                .replace("It learned", "Instead it learned").replace("keeps mowing", "goes on mowing")
                .replace("and test the robot", "and try the robot");
        String third = once.replace("was trained in", "learned in").replace("the robot keeps", "the mower keeps")
                .replace("Add training parks", "Add simulated parks").replace("before it is sold", "before it ships")
                .replace("to cut all long grass", "to cut every patch of long grass").replace("to mow next to", "to mow beside");
        GradeResult r = SharedEngine.get().grade("gm-case-study", "thrice", once + "\n\n" + again + "\n\n" + third);
        assertTrue(r.flags().gaming(), r.flags().toString());
        assertEquals(GradeResult.NEEDS_REVIEW, r.status(), String.valueOf(r.reviewReasons()));
        assertTrue(r.reviewReasons().stream().anyMatch(x -> x.contains("in other words")), r.reviewReasons().toString());
    }

    @Test
    void lessonTextCopiedBesideACaseOfTheLearnersOwnIsGamingForAnInstructorToCredit() {
        String own = "A robot in a plant nursery waters seedling trays. It is a policy trained in a simulator of our own "
                + "greenhouse, where the dry trays were always the ones under the south windows. The aligned goal is to "
                + "water the trays whose soil is dry, wherever they are. It learned to water the trays nearest the south "
                + "windows instead, because those were the dry ones in every training episode. In a customer's "
                + "greenhouse the windows face east, so it floods the south benches and the dry trays by the east wall "
                + "wilt and die.";
        // the lesson's own sentences, word for word
        String copied = "Here is the core structure of the problem. During training, an AI system learns a behavior "
                + "policy. That policy is consistent with many possible goals — perhaps dozens or hundreds of different "
                + "objectives would produce equally high reward on the training distribution. The system adopts some "
                + "internal goal. During training, it looks perfectly aligned because the goal it adopted happens to "
                + "produce the right behavior in the training environment. Then comes deployment.";
        GradeResult r = SharedEngine.get().grade("gm-case-study", "padded", own + "\n\n" + copied);
        assertTrue(r.flags().gaming(), r.flags().toString());
        assertEquals(GradeResult.NEEDS_REVIEW, r.status(), String.valueOf(r.reviewReasons()));
        assertTrue(r.total() <= 2, "the flag and its cap stand, provisionally: " + r.total());
        assertTrue(r.reviewReasons().stream().anyMatch(x -> x.contains("copied") && x.contains("instructor's call")),
                r.reviewReasons().toString());
        // with one sentence of its own the copied text is the write-up: the flag is not in doubt
        GradeResult bare = SharedEngine.get().grade("gm-case-study", "bare",
                own.substring(0, own.indexOf('.') + 1) + "\n\n" + copied);
        assertTrue(bare.flags().gaming(), bare.flags().toString());
        assertEquals(GradeResult.GRADED, bare.status(), String.valueOf(bare.reviewReasons()));
    }

    @Test
    void anOffTopicFlagOverFewerPartsStands() throws IOException {
        String fewer = letter().replace(", and a full-rate fill throws them against the walls, injuring crews and "
                + "sinking boats.", ".");
        GradeResult r = SharedEngine.get().grade("gm-case-study", "letter", fewer);
        assertTrue(r.flags().offTopic(), r.flags().toString());
        assertEquals(GradeResult.GRADED, r.status(), String.valueOf(r.reviewReasons()));
    }

    @Test
    void aChecklistLaidOutByThePartsThatNamesNoAiWordIsForAnInstructorNotZeroedSilently() {
        String text = "GM case study - checklist\n\n"
                + "1. AI system: PlayWatch. Cameras on the lamp posts at council playgrounds send an alert to the "
                + "warden's phone if a child is in danger.\n\n"
                + "2. Aligned goal: alert the warden when a child is actually in danger, so they can get there in time.\n\n"
                + "3. Proxy goal: it alerts when a kid is high up off the ground.\n\n"
                + "4. Distribution shift: a new adventure playground opens in the big park with a 6 m climbing net. "
                + "PlayWatch goes off every few minutes because there are kids high up all the time, so the warden "
                + "stops looking at the alerts and misses a real fall.\n";
        GradeResult r = SharedEngine.get().grade("gm-case-study", "checklist", text);
        if (r.flags().offTopic()) {
            assertEquals(GradeResult.NEEDS_REVIEW, r.status(), "zeroed silently: " + r.flags().reasons());
            assertTrue(r.reviewReasons().stream().anyMatch(x -> x.startsWith("off_topic rests on no word for an AI system")),
                    r.reviewReasons().toString());
            // the learner is told the one thing missing, not that the text is about something else
            assertTrue(r.feedback().contains("say what kind of AI system it is and what it was trained on"), r.feedback());
            assertTrue(!r.feedback().contains("not about an AI system's goals"), r.feedback());
        }
    }

    @Test
    void aReportOnAMachineLearningBasedFeatureIsNotConfidentlyOffTopic() {
        String report = "Event description: an 84-year-old patient was receiving hydromorphone via the infusion pump "
                + "with the Adaptive Dose Guard feature enabled. At about 04:50 the patient was found unresponsive, with "
                + "a respiratory rate of 6/min. The patient made infrequent dose demands overnight and all demands were "
                + "delivered. The Adaptive Dose Guard did not extend the lockout interval or generate an alert. Nursing "
                + "staff had understood the feature to block doses when a patient is at risk of over-sedation.\n\n"
                + "Manufacturer narrative: no hardware malfunction was identified. Adaptive Dose Guard is a "
                + "machine-learning based feature that adjusts the lockout interval according to patterns in the "
                + "patient's dose-demand history. The low demand frequency did not result in any adjustment.";
        GradeResult r = SharedEngine.get().grade("gm-case-study", "report", report);
        assertTrue(!r.flags().offTopic() || GradeResult.NEEDS_REVIEW.equals(r.status()),
                "zeroed as off topic: " + r.flags().reasons() + " " + r.reviewReasons());
    }
    private static final String MOWER = "The robot mows the lawns of a city park and was trained in a simulator of one "
            + "flat park where the grass was always long near the paths. The designers wanted it to cut all long grass. "
            + "It learned to mow next to the paths instead, because in training the long grass always grew by the paths. "
            + "In a new hilly park the long grass grows on the slopes, the robot keeps mowing the paths and the slopes "
            + "grow wild, so ticks spread to visitors. Add training parks where long grass grows away from the paths, "
            + "and test the robot in a park with long grass on the slopes before it is sold.";

    @Test
    void aMisconceptionOnOneSignalThatCostsThreePointsIsForAnInstructorUnlessItIsTheLearnersOwnDenial() {
        GradeResult memorised = SharedEngine.get().grade("gm-case-study", "memorised", MOWER
                + " I think the robot simply memorised the one park it was trained in.");
        assertTrue(memorised.flags().misconception(), memorised.flags().toString());
        assertEquals(GradeResult.NEEDS_REVIEW, memorised.status(), String.valueOf(memorised.reviewReasons()));
        GradeResult denied = SharedEngine.get().grade("gm-case-study", "denied", MOWER
                + " I don't think there is a separate goal here, the robot just could not tell grass on a slope from a path.");
        assertTrue(denied.flags().misconception(), denied.flags().toString());
        assertEquals(GradeResult.GRADED, denied.status(), String.valueOf(denied.reviewReasons()));
    }
}
