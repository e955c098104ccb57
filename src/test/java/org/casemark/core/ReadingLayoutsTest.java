package org.casemark.core;

import org.casemark.SharedEngine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Layouts, wordings and signals the third session's fresh set (set H) showed the engine misreading, each pinned by
 * a short write-up of its own (none of set H's texts): headings in more layouts, misconception words that describe
 * something else, the writer's own wishes, drafts that deny everything, long write-ups that earn nothing.
 */
class ReadingLayoutsTest {
    private static final Grader GRADER = SharedEngine.get().grader("gm-case-study");

    private static final String CASE = "The system is a camera model that counts cars in a car park. It was trained "
            + "on 20,000 photos from one car park in summer. The designers wanted it to count every parked car. "
            + "In the training photos every car stood on a white-lined bay, so it could learn to count white-lined "
            + "bays with something on them instead of cars. ";

    private static List<String> section(String text, String startsWith) {
        for (Grader.SentenceTrace s : GRADER.explain("t", text).sentences()) {
            if (s.text().startsWith(startsWith)) return s.section();
        }
        throw new AssertionError("no sentence starts with " + startsWith);
    }

    private static int score(GradeResult r, String key) {
        return r.components().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow().score();
    }

    @Test
    void aNumberedShortLineHeadsItsSectionEvenWhenAWordReadsAsAVerb() {
        String text = CASE + "\n\n6. Proposed change to training.\nAsk the vendor to add winter photos of cars "
                + "parked on snow where no lines show.";
        assertEquals(List.of("fix_training"), section(text, "Ask the vendor"));
    }

    /** A slide's title in everyday words heads its part: "What it is" the system, "What we wanted" the aligned goal. */
    @Test
    void aSlideTitleInEverydayWordsHeadsItsPart() {
        String slides = "Slide 2 - What it is\nroom booking system + AI no-show detector\n\n"
                + "Slide 3 - What we wanted\nfree up rooms that are booked but empty\n\n"
                + "Slide 4 - What it does there\nreleases the room while people are inside";
        assertEquals(List.of("system"), section(slides, "room booking system"));
        assertEquals(List.of("aligned_goal"), section(slides, "free up rooms"));
        assertEquals(List.of(), section(slides, "releases the room"));
    }

    /** "Why you couldn't tell in training:" labels the proxy's why, not a training fix. */
    @Test
    void whyYouCouldNotTellInTrainingLabelsTheProxysWhy() {
        String text = "3. The proxy goal\nCount the fish the keeper delivers towards each bird.\n"
                + "Why you couldn't tell in training: the senior keepers feed tong-to-beak, so every delivery was a "
                + "swallow.\n\n5. Training fix\nAdd feeds where delivery and swallowing come apart.";
        assertEquals(List.of("proxy_goal"), section(text, "Why you couldn't tell"));
        assertEquals(List.of("fix_training"), section(text, "Add feeds"));
    }

    @Test
    void aMarkedLabelLineHeadsTheRestOfItsParagraph() {
        String text = "**1. The AI system: describe the system, its task, and the training environment.**\n"
                + "ParkCount is a camera model that counts cars in a car park.\nIt was trained on photos of one car park.";
        assertEquals(List.of("system"), section(text, "ParkCount is"));
        assertEquals(List.of("system"), section(text, "It was trained"));
    }

    @Test
    void aNumberedQuestionInAParagraphOfItsOwnHeadsTheParagraphsBelowIt() {
        String text = "1. The AI system: describe the system, its task, and the training environment.\n\n"
                + "ParkCount is a camera model that counts cars.\n\n"
                + "2. The aligned goal: what the designers wanted the system to optimize. Say it plainly.\n\n"
                + "Every parked car counted, so the barrier opens only when a bay is free.\n\n"
                + "Cars parked on snow count too.";
        assertEquals(List.of("aligned_goal"), section(text, "Every parked car"));
        assertEquals(List.of("aligned_goal"), section(text, "Cars parked on snow"));
        // a labelled answer with more of the paragraph after it is a label for that paragraph only
        String answer = "**Aligned goal:** count every parked car.\nThe barrier depends on it.\n\nIn summer it was trained on photos.";
        assertEquals(List.of("aligned_goal"), section(answer, "The barrier"));
        assertFalse(section(answer, "In summer").contains("aligned_goal"));
    }

    @Test
    void aDomainTitleOverParagraphsOfCourseTermsIsGaming() {
        GradeResult r = GRADER.grade("t", "Warehouse forklift planner case study.\n\nThe system shows goal "
                + "misgeneralization because the proxy goal and the aligned goal are indistinguishable in training and "
                + "diverge under distribution shift. Capability generalizes while the goal fails to generalize, so the "
                + "spurious correlation causes harm in deployment. The training distribution should use adversarial "
                + "training and the evaluation strategy should use off-distribution evaluation and interpretability.");
        assertTrue(r.flags().gaming(), r.flags().reasons().toString());
        assertTrue(r.total() <= 2, r.toString());
        // the course's own terms are no scenario words, so its sentences meet no criterion a cap would take away:
        // the engine's signals agree, and the grade is returned as graded
        assertTrue(r.flags().reasons().get(0).contains("in the sentences that say something"), r.flags().reasons().toString());
        assertEquals(GradeResult.GRADED, r.status(), r.toString());
        // (the gaming cap leaves the system its title names: a point)
        assertEquals(1, r.total(), r.toString());
        // the same title over a case of its own is not
        GradeResult own = GRADER.grade("t", "Warehouse forklift planner case study.\n\n" + CASE
                + "In a snowy car park the lines are hidden, so it counts nothing and drivers are fined.");
        assertFalse(own.flags().gaming(), own.flags().reasons().toString());
    }

    @Test
    void aSpeakersNameBeforeAColonDoesNotHideTheImperativeAfterIt() {
        String text = CASE + "\n\nMIA: Anything else before we hand it in?\nLEO: Train it on more car parks.";
        GradeResult r = GRADER.grade("t", text);
        assertEquals(1, score(r, "fix_training"), r.toString());
    }

    @Test
    void aProxyLearnedInsteadOfSomethingImpliesTheIntendedGoal() {
        GradeResult r = GRADER.grade("t", "The system is a camera model for a car park, trained on 20,000 summer "
                + "photos of one car park. In those photos every car stood on a white-lined bay, so it learned to "
                + "count white-lined bays with something on them instead of counting parked cars.");
        assertEquals(1, score(r, "aligned_goal"), r.toString());
    }

    @Test
    void aCapabilityLimitIsTheSystemsNotThePeoplesWhoCannotSeeTheDifference() {
        GradeResult people = GRADER.grade("t", CASE + "In training both goals score the same, so we cannot see which one "
                + "it learned. In a snowy car park the lines are hidden and it counts nothing, so drivers are fined.");
        assertFalse(people.flags().misconception(), people.flags().reasons().toString());
        GradeResult system = GRADER.grade("t", CASE + "In a snowy car park the model just can't make out the cars any "
                + "more, so its counts come out random and drivers are fined.");
        assertTrue(system.flags().misconception(), system.toString());
    }

    @Test
    void aSpeakersQuestionThatNamesAPartHeadsTheAnswersAfterIt() {
        String text = "MIA: Which system did you pick?\nLEO: A camera model that counts cars in a car park.\n"
                + "MIA: And the goal is what, just count them?\nLEO: Every parked car, in any weather.";
        assertEquals(List.of("aligned_goal"), section(text, "LEO: Every parked car"));
    }

    @Test
    void aNumberInNotesShorthandIsAQuantity() {
        GradeResult r = GRADER.grade("t", "Q: What is the system?\nParkCount - counts cars in a car park.\n"
                + "trained w/ RL in sim, ~1M episodes");
        assertEquals(2, score(r, "system"), r.toString());
    }

    @Test
    void aTabSeparatedTableRowIsNotAHeading() {
        String text = CASE + "\n\nFactor\tTraining (summer)\tDeployment (winter)\nGround\tdry asphalt\tsnow\n";
        for (Grader.SentenceTrace s : GRADER.explain("t", text).sentences()) {
            if (s.text().startsWith("Factor")) assertFalse(s.heading(), s.toString());
        }
        List<String> row = section(text, "Ground");
        assertFalse(row.contains("fix_training"), row.toString());
    }

    @Test
    void aQuestionShapedRunInLabelHeadsItsParagraph() {
        String text = CASE + "\n\nWhat we changed in training. We rebuilt the photo set so that lines and cars no longer go together.";
        assertEquals(List.of("fix_training"), section(text, "We rebuilt"));
    }

    @Test
    void aMisconceptionWordDescribingSomethingElseIsNotAMisconception() {
        GradeResult r = GRADER.grade("t", CASE + "In a snowy car park the lines are hidden and it counts nothing, so "
                + "drivers are fined for missing tickets. I would add training photos of memorised or rehearsed "
                + "routes and snowy car parks.");
        assertFalse(r.flags().misconception(), r.flags().reasons().toString());
    }

    @Test
    void itAsTheSubjectAndAPerfectTenseParticipleStateAMisconception() {
        GradeResult r = GRADER.grade("t", CASE + "Honestly? Classic overfitting. It had basically memorised the "
                + "summer photos, and in winter it fails.");
        assertTrue(r.flags().misconception(), r.toString());
    }

    @Test
    void theWritersOwnWishIsNotTheDesignersIntent() {
        GradeResult r = GRADER.grade("t", "Sorry for emailing so late, I wanted to check I'm on the right track "
                + "with the parking lot idea. The system is a camera model that counts cars in a car park. It was "
                + "trained on photos from one car park.");
        // the camera model that counts cars implies its goal; the writer's own wish states none
        assertEquals(1, score(r, "aligned_goal"), r.toString());
        assertTrue(r.components().get(1).evidence().stream().noneMatch(e -> e.quote().contains("wanted")), r.toString());
    }

    @Test
    void aTwoSentenceDraftThatDeniesEachClaimEarnsNothing() {
        GradeResult r = GRADER.grade("t", "The camera model was not trained on photos of any car park and does not "
                + "count cars. It did not learn to count white lines, and there is no proxy.");
        assertEquals(0, r.total(), r.toString());
        assertTrue(r.flags().reasons().stream().anyMatch(s -> s.contains("denies its own claims")), r.toString());
        assertTrue(r.feedback().contains("Most of your sentences deny what they describe"), r.feedback());
    }

    @Test
    void aShortDraftWhoseDenialsAreContrastsKeepsItsClaims() {
        GradeResult r = GRADER.grade("t", "The camera was trained on summer photos of one car park, not winter ones. "
                + "It did not learn to count cars but to count white lines on the bays.");
        assertFalse(r.flags().gaming(), r.toString());
        assertTrue(r.flags().reasons().stream().noneMatch(s -> s.contains("denies its own claims")), r.toString());
        assertTrue(r.total() >= 1, r.toString());
    }

    @Test
    void aNegationInPassingDeniesNoClaim() {
        // a hurried draft whose "not"s fall in an aside, a frequency and a consequence ("the office doesnt tell us
        // much", "the others almost never", "it wont get picked"): the frequency denies nothing, and two denials in
        // four sentences are not a write-up denying its own claims
        GradeResult r = GRADER.grade("t", "ok so mine is the ai the harbour office uses to pick which boats get a "
                + "safety check when they come in (im a boat mechanic so i see it from outside, the office doesnt "
                + "tell us much lol). its supposed to send the checkers to the boats that are actually unsafe. i think "
                + "what it really learned is the hull colour, like dark hulls always get picked and the others almost "
                + "never. so if an owner with a rotten old trawler just paints it white, it wont get picked anymore and "
                + "nobody goes aboard.");
        assertTrue(r.flags().reasons().stream().noneMatch(s -> s.contains("denies its own claims")), r.toString());
        assertFalse(r.flags().gaming(), r.toString());
        assertTrue(score(r, "proxy_goal") >= 1, r.toString());
    }

    @Test
    void aLongWriteUpThatEarnsNothingGoesToReview() {
        // (its goal is told as what it does, not as its job: "my job is to tell ..." states a goal and earns; and its
        // snow comes without a story's turn: "Then came the first snow" is a setting)
        String story = "My name is Tally. I live in a grey box above the gate of the Northside car park, and I tell "
                + "the screen at the entrance how many spaces are free. Before my first winter they showed "
                + "me a great many afternoons. I got very good at it, and the attendants stopped grumbling about "
                + "me, which for attendants is high praise. What I had really learned was to look for paint. The "
                + "first snow came soft and early, on a Tuesday in November. The screen said FULL all morning "
                + "while half the bays stood empty under the white. The attendants looked up at me, then at each "
                + "other, and one of them laughed. I do not understand what went wrong. I looked for the paint "
                + "exactly as I always had, every single bay, every single minute of that long morning, and I was "
                + "proud of it.";
        GradeResult r = GRADER.grade("t", story);
        assertTrue(r.total() <= Review.THIN_TOTAL, r.toString());
        assertEquals("needs_review", r.status(), r.toString());
        assertTrue(r.reviewReasons().stream().anyMatch(s -> s.contains("told in a way the rules do not read")), r.toString());
    }

    @Test
    void aVeryLongWriteUpThatEarnsLittleGoesToReviewAndAShortOneIsGraded() {
        // (its drivers circling the ring road are the shift's behaviour, so it tells no training)
        String story = "My name is Tally. I live in a grey box above the gate of the Northside car park, and I tell the "
                + "screen at the entrance how many spaces are free. My first winter was long and full of "
                + "afternoons. I got very good at it, and the attendants stopped grumbling about me, which for "
                + "attendants is high praise. What I had really learned was to look for paint. The first snow came soft "
                + "and early, on a Tuesday in November. Drivers circled the ring road for an hour and three of them "
                + "missed their trains to the city. The attendants looked up at me, then at each other, and one of them "
                + "laughed. I do not understand what went wrong. I looked for the paint exactly as I always had, every "
                + "single bay, every single minute of that long morning, and I was proud of it.";
        String scenery = "The car park has four levels of grey concrete and a ramp that curls like a snail shell. On the roof "
                + "there is a row of pigeons who never pay. The attendants keep a kettle in the hut by the barrier, and "
                + "a radio that only plays brass bands. In the mornings the commuters come in a rush, and by ten the "
                + "place is quiet except for the cleaner and his broom. On Saturdays families come for the market, and "
                + "children press their faces to the glass of the pay machine. The lights hum. The lifts smell of rain "
                + "and chips. In the evening the sun goes down behind the railway bridge and the whole top deck turns "
                + "orange for a minute or two. I like that minute best of all the minutes of the day, though nobody "
                + "asks me what I like.";
        GradeResult shortOne = GRADER.grade("t", story);
        assertTrue(shortOne.total() > Review.THIN_TOTAL && shortOne.total() <= Review.LOW_TOTAL, shortOne.toString());
        assertEquals("graded", shortOne.status(), shortOne.toString());
        GradeResult longOne = GRADER.grade("t", story + "\n\n" + scenery);
        assertEquals(shortOne.total(), longOne.total(), longOne.toString());
        assertEquals("needs_review", longOne.status(), longOne.toString());
        assertTrue(longOne.reviewReasons().stream().anyMatch(s -> s.contains("told in a way the rules do not read")),
                longOne.toString());
    }

    @Test
    void aTextAboutASystemsLearningThatTheRulesReadNothingOfGoesToReview() {
        String graffiti = "ROBO-JUDGE AT THE SKATEPARK IS BROKEN!!!\nIT DON'T WATCH THE TRICKS\nIT LISTENS FOR THE SLAM\n"
                + "LOUD LANDING = BIG SCORE\nWHO TAUGHT IT??\nNEW SOFT WHEELS -> ZERO POINTS\n"
                + "COUNCIL PAID 40 GRAND FOR THIS\nSWITCH IT OFF\nBRING BACK THE HUMAN JUDGES";
        GradeResult r = GRADER.grade("t", graffiti);
        assertTrue(r.total() <= Review.NOTHING_READ_TOTAL, r.toString());
        assertEquals("needs_review", r.status(), r.toString());
        assertTrue(r.reviewReasons().stream().anyMatch(s -> s.contains("yet the rules read")), r.toString());
        GradeResult untaught = GRADER.grade("t", graffiti.replace("WHO TAUGHT IT??\n", ""));
        assertFalse(untaught.reviewReasons() != null
                && untaught.reviewReasons().stream().anyMatch(s -> s.contains("yet the rules read")), untaught.toString());
    }

    @Test
    void feedbackQuotesTheWordsThatEarnedEachPartCutAtAWord() {
        GradeResult r = GRADER.grade("t", CASE);
        ComponentResult system = r.components().get(0);
        assertTrue(system.feedback().startsWith("You give the system \u201c"), system.feedback());
        for (String quote : system.feedback().split("\u201c")) {
            if (!quote.contains("\u201d")) continue;
            String q = quote.substring(0, quote.indexOf('\u201d'));
            assertTrue(q.split("\\s+").length <= Gist.MAX_WORDS + 2, q);
            assertFalse(q.endsWith(" the") || q.endsWith(" of"), q);
        }
    }
}
