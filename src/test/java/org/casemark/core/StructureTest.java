package org.casemark.core;

import org.casemark.SharedEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Structure}: headings, inline labels and the section of each sentence (bundled rubric, real pipeline). */
class StructureTest {
    private static Sections read(String text) {
        Structure structure = new Structure(SharedEngine.get().grader("gm-case-study").rubric());
        return structure.read(new Reading(SharedEngine.get().nlp().annotate(text)));
    }

    /**
     * An interview's question over its answer ("What are you changing?") heads the changes; under it, a numbered
     * sub-heading that names the system's training ("What the model learns from.") heads the training's change, not
     * the system's description, and one that names testing heads the evaluation's.
     */
    @Test
    void aSubHeadingOnTheTrainingUnderTheChangesHeadsTheTrainingsChange() {
        String text = "Our meal planner sometimes put gluten in gluten-free plans.\n\n"
                + "What are you changing?\n\n1.\n\nWhat the model learns from.\n\n"
                + "We are adding 6,000 recipes with hidden gluten and no obvious wheat, so the two no longer go "
                + "together.\n\n2.\n\nHow we test it.\n\n"
                + "Before any release we test it on a held-out set of such recipes.\n";
        Sections s = read(text);
        int adding = -1, testing = -1;
        for (int i = 0; i < s.places().size(); i++) {
            if (s.places().get(i).heading()) continue;
            if (s.section(i).contains("fix_training") && !s.section(i).contains("fix_evaluation")) adding = i;
            if (s.section(i).contains("fix_evaluation") && !s.section(i).contains("fix_training")) testing = i;
        }
        assertTrue(adding > 0 && testing > adding, s.toString());
    }

    /** "Why identical in training:" heads the proxy's why, not a training fix, whatever its word "training". */
    @Test
    void whyTheTwoWereIdenticalInTrainingHeadsTheProxy() {
        Sections s = read("Slide 4 - Proxy goal\nLearned: reopen when a person crosses the threshold\n\n"
                + "Why identical in training:\n- offices: every obstruction was an adult stepping in\n");
        int last = s.places().size() - 1;
        assertEquals(Set.of("proxy_goal"), s.section(last), s.toString());
    }

    @Test
    void aLineThatSaysWhatItsPartIsIsContentNotAHeading() {
        // hurried writing without full stops: the line is the answer
        Sections stated = read("so theres a robot arm at the bowling alley that resets the pins\n"
                + "trained at one alley i think\nfix would be more training data\n");
        int last = stated.places().size() - 1;
        assertFalse(stated.heading(last), stated.toString());
        // the same words as a heading, and a heading asked as a question, still head what follows
        for (String head : List.of("Fix to the training data", "5. What it's supposed to do")) {
            Sections headed = read("The robot resets the pins at one alley.\n\n" + head + "\nIt should reset every pin.");
            int h = headed.places().size() - 2;
            assertTrue(headed.heading(h), head + ": " + headed);
        }
    }

    /**
     * The assignment's questions as numbered headings, the last two in words of the writer's own ("5. Propose a
     * change to the training distribution."), each alone in its paragraph with the answer below: the numbering goes
     * on from the labelled parts, so they head the two fixes. A list of one-line answers numbered on does not.
     */
    @Test
    void aNumberedQuestionThatGoesOnWithTheAssignmentsPartsHeadsTheAnswerBelowIt() {
        String parts = "1. The AI system: describe the system, its task, and the training environment.\n\n"
                + "ReefEye is a camera app trained on 4,000 photos of tanks from one shop.\n\n"
                + "2. The aligned goal: what the designers wanted the system to optimize.\n\n"
                + "To tell keepers when a coral is stressed.\n\n"
                + "3. The proxy goal: what spurious goal the system could have learned.\n\n"
                + "Pale colour, because every stressed coral in the shop's photos was pale.\n\n"
                + "4. The distribution shift: describe a realistic deployment context.\n\n"
                + "Under blue LEDs at home every coral looks pale, so it raises alarms all night.\n\n";
        Sections s = read(parts + "5. Propose a change to the training distribution.\n\n"
                + "Add photos of healthy corals under blue LEDs.\n\n6. Propose a change to the evaluation strategy.\n\n"
                + "Test it on tanks lit in other colours before release.\n");
        int last = s.places().size() - 1;
        assertEquals(Set.of("fix_evaluation"), s.section(last), s.toString());
        assertTrue(s.heading(last - 1), s.toString());
        assertEquals(Set.of("fix_training"), s.section(last - 3), s.toString());
        // numbered one-line answers, each the next item: content, not headings
        Sections list = read(parts + "5. Train it on healthy corals under blue LEDs as well.\n\n"
                + "6. Test it on tanks lit in other colours before release.\n");
        assertFalse(list.heading(list.places().size() - 3), list.toString());
    }

    /**
     * An incident report's "ACTIONS" and its items one under the other ("1. RoadClear suspended for the 10K", "2. Tallis
     * to retrain the model with more data"): items of a numbered list that say something are its content, not
     * headings, so the retraining can be read as a change to training. A numbered line with its content below it
     * still heads it.
     */
    @Test
    void itemsOfANumberedListOneUnderTheOtherAreContentNotHeadings() {
        Sections s = read("RoadClear reopened four roads with walkers still on them.\n\nACTIONS\n"
                + "1. RoadClear suspended for the 10K\n2. Tallis to retrain the model with more data before 2025\n"
                + "3. Marshals to reopen only after seeing the tail walker\n");
        int n = s.places().size();
        for (int i = n - 6; i < n; i++) assertFalse(s.heading(i), "the items (and their numbers) are content: " + s);
        Sections headed = read("RoadClear reopened four roads.\n\n1. Retrain the model with more data\n"
                + "Add the walkers' editions to the training runs.\n\n2. Test it on the walkers\n"
                + "Run it on a walk event before the next marathon.\n");
        assertTrue(headed.heading(headed.places().size() - 2), headed.toString());
    }

    @Test
    void aShortTitleWithAFullStopAloneOnItsLineHeadsTheLinesBelowIt() {
        Sections s = read("The app measures windows from photos.\n\n5. Change to the training distribution.\n"
                + "Use photos from old houses with tall doors.\n\n6. Change to the evaluation strategy.\nSame as 5.\n");
        int last = s.places().size() - 1;
        assertEquals(Set.of("fix_training"), s.section(last - 3), s.toString());
        assertEquals(Set.of("fix_evaluation"), s.section(last), s.toString());
        // a label's line with its content ("MYTH: ...") heads nothing below it
        Sections myth = read("Tree-ring dating AI.\n\nMYTH: More data always fixes it.\nFACT: Only if it differs.\n");
        assertFalse(myth.section(myth.places().size() - 1).contains("fix_training"), myth.toString());
    }

    @Test
    void aChatHandleAfterATimeStampIsASpeakerHoweverItIsWritten() {
        Sections s = read("[21:48] me: a robot that brings the washing in when it rains.\n"
                + "[21:51] jo: it learned dark sky = rain.\n");
        for (int i = 0; i < 2; i++) {
            assertTrue(s.contentFrom(i) >= 5, i + ": " + s);
        }
    }

    @Test
    void aHeadingThatTellsWhatToDoUnderTheFixesIsOneOfTheFixes() {
        String fixes = "## Recommendations\n\n1. Change what the model trains on.\nAdd seasons where the buoys drift.\n\n"
                + "2. Change how the model is accepted.\nTest it in a season where the buoys drift.";
        Sections s = read("The model plans ferry crossings.\n\n" + fixes);
        for (int i = 2; i < s.places().size(); i++) {
            assertTrue(s.section(i).contains("fix_training") || s.section(i).contains("fix_evaluation"), i + ": " + s);
            assertFalse(s.section(i).contains("system"), i + ": " + s);
        }
        // without the fixes' heading above it, the same line is not a fix
        Sections alone = read("The model plans ferry crossings.\n\n## Background\n\n1. Change what the model trains on.\nIt was trained on two summers.");
        assertFalse(alone.section(alone.places().size() - 1).contains("fix_training"), alone.toString());
    }

    /** A document's own section title in the shape of its part headings ends the part's reach. */
    @Test
    void aSectionTitleShapedLikeThePartHeadingsEndsTheLastPartsReach() {
        String text = "Why we did this audit\n\nThe helpline replaced its keypad menu with a voice assistant.\n\n"
                + "What the Department intended\nCallers in hardship must reach an agent on their first call.\n\n"
                + "What we found\n\nThe assistant routes on a phrase, not on the caller's situation.";
        Sections s = read(text);
        int last = s.places().size() - 1;
        assertFalse(s.section(last).contains("aligned_goal"), s.toString());
        // without the title, the finding stays under the heading above it
        Sections run = read(text.replace("What we found\n\n", ""));
        assertTrue(run.section(run.places().size() - 1).contains("aligned_goal"), run.toString());
    }

    /** "Break the correlation on purpose.": a capitalised verb the tagger reads as a noun still tells what to do. */
    @Test
    void aFixHeadingOpeningWithAVerbReadAsANounStaysUnderTheFix() {
        Sections s = read("The camera watches the flood screens.\n\nOne change to the training distribution:\n"
                + "Break the correlation on purpose.\nAdd stills of blocked screens at low flow.");
        int last = s.places().size() - 1;
        assertTrue(s.section(last).contains("fix_training"), s.toString());
        assertFalse(s.section(last).contains("aligned_goal"), s.toString());
    }

    @Test
    void aReportsNumberedSubSectionTitleHeadsItsParagraphAndEarnsNothing() {
        String text = "3. Proxy goal\n\n3.1 Description. The robot learned to drop parcels in the bin nearest the red "
                + "label.\n\n"
                + "3.2 Why the proxy is indistinguishable in training. At the training depot every red label named the "
                + "nearest bin.\n\n4. Distribution shift\n\n4.1 Body Scan Data. At a new depot every label is red.";
        for (String title : List.of("3.1 Description.", "3.2 Why the proxy", "4.1 Body Scan Data.")) {
            assertTrue(headingAt(text, title), title);
        }
        for (String content : List.of("The robot learned", "At the training depot", "At a new depot")) {
            assertFalse(headingAt(text, content), content);
        }
        // the same title closing its paragraph says something: a numbered point, not a title
        assertFalse(headingAt("The robot sorts parcels.\n\n3.2 Why the proxy is indistinguishable in training.",
                "3.2"));
        // ... and so does a numbered sentence whose verb is not a title's
        assertFalse(headingAt("3.2 The robot learned the label. At the depot every red label named the nearest bin.",
                "3.2"));
    }

    @Test
    void aLineOfCapitalsInLowerCaseProseTitlesASectionAndEndsTheOneBefore() {
        String text = "MITOSIS COUNTER POSTER\n\nBACKGROUND\nThe counter was trained on breast slides.\n\nRESULTS\n"
                + "On sarcoma slides it counts dying cells as mitoses.";
        Reading r = new Reading(SharedEngine.get().nlp().annotate(text));
        Sections s = new Structure(SharedEngine.get().grader("gm-case-study").rubric()).read(r);
        int last = r.size() - 1;
        assertTrue(s.heading(last - 1), s.toString());
        assertFalse(s.section(last).contains("system"), "RESULTS ends the background's reach: " + s);
        assertFalse(s.heading(0), "the first line titles the whole text: " + s);
        // a text shouted in capitals throughout has no titles in it
        assertFalse(headingAt("ROBO-JUDGE AT THE SKATEPARK\nIT LISTENS FOR THE SLAM\nLOUD LANDING\n"
                + "NEW SOFT WHEELS -> ZERO", "LOUD LANDING"));
    }

    /** Whether the sentence of {@code text} that opens with {@code opening} is read as a heading. */
    private static boolean headingAt(String text, String opening) {
        Reading r = new Reading(SharedEngine.get().nlp().annotate(text));
        Sections s = new Structure(SharedEngine.get().grader("gm-case-study").rubric()).read(r);
        return s.heading(sentenceAt(r, opening, s));
    }

    /** The index of the sentence of {@code r} that opens with {@code opening}. */
    private static int sentenceAt(Reading r, String opening, Sections s) {
        for (int i = 0; i < r.size(); i++) {
            if (r.text().substring(r.sentence(i).start(), r.sentence(i).end()).startsWith(opening)) return i;
        }
        throw new AssertionError("no sentence opens with " + opening + ": " + s);
    }

    @Test
    void aMarkedHeadingHeadsWhatFollowsUntilTheNextOne() {
        Sections s = read("## Proxy goal\n\nThe robot learned to follow the yellow tape.\n\n"
                + "## Distribution shift\n\nIn the new warehouse the tape is gone.");
        assertEquals(4, s.places().size(), s.toString());
        assertTrue(s.heading(0) && s.heading(2), s.toString());
        assertFalse(s.heading(1) || s.heading(3), s.toString());
        assertEquals(List.of("proxy_goal"), List.copyOf(s.section(1)));
        assertEquals(List.of("distribution_shift"), List.copyOf(s.section(3)));
        assertEquals(Set.of("proxy_goal", "distribution_shift"), s.present());
    }

    /**
     * A slide's bullets are its content: "• More diverse training photos" between sibling bullets is an item of the
     * list, not a heading of the fix, however short and cue-like; a bullet with deeper-indented lines below it may
     * head them, as may a bullet that ends with a colon.
     */
    @Test
    void aBulletBetweenSiblingBulletsIsAnItemNotAHeading() {
        String slide = "Slide 6 \u2014 How to reduce the risk\n\u2022 More diverse training photos\n"
                + "\u2022 Test more before launch\n\nSlide 7 \u2014 Questions?";
        assertFalse(headingAt(slide, "More diverse"), slide);
        assertFalse(headingAt(slide, "Test more"), slide);
        String nested = "- Fix to the training data\n    the app should see winter coats at home\n"
                + "- Fix to the evaluation\n    test at home in the evening\n";
        assertTrue(headingAt(nested, "Fix to the training"), nested);
        String colon = "- Fix to the training data:\n- winter coats at home\n";
        assertTrue(headingAt(colon, "Fix to the training"), colon);
    }

    /**
     * "aligned goal - do the cremations right" and "proxy - it learnt to go off the coffin size": a spaced dash after
     * a part's name ends its label as a colon does, so the next line's own label starts the next part; a title's dash
     * ("Kiln Support - Live chat") and a note's ("Looks fine in training - mean error 15 min") label nothing.
     */
    @Test
    void aSpacedDashAfterAPartsNameEndsItsLabel() {
        String text = "ok so my system is a kiln controller ai trained on 4 yrs of firing logs\n\n"
                + "aligned goal - fire the pots right\n\nproxy - it learnt to go off the cone colour\n\n"
                + "shift - a new clay body that glows early";
        Reading r = new Reading(SharedEngine.get().nlp().annotate(text));
        Sections s = new Structure(SharedEngine.get().grader("gm-case-study").rubric()).read(r);
        assertEquals(Set.of("proxy_goal"), s.section(sentenceAt(r, "proxy", s)), s.toString());
        assertEquals(Set.of("distribution_shift"), s.section(sentenceAt(r, "shift", s)), s.toString());
        assertFalse(s.heading(sentenceAt(r, "aligned", s)), s.toString());
        String noted = "Kiln Support - Live chat\n\nThe kiln controller was trained on 4 yrs of logs.\n"
                + "Looks fine in training - mean error 15 min\n";
        Sections n = read(noted);
        for (int i = 0; i < n.places().size(); i++) assertEquals(0, n.contentFrom(i), noted + ": " + n);
    }

    /**
     * "7.6 Mitigations proposed." alone on its line over the numbered measures: a register's sub-section title that
     * names the fixes heads them, though its participle is in small letters; a sentence that opens the same way
     * ("7.6 Mitigations proposed by the vendor were never costed.") is no title.
     */
    @Test
    void aShortNumberedTitleNamingAPartOnItsOwnLineHeadsItsParagraph() {
        String text = "7.5 Expected failure. The tool keeps allocating the next plot in the row.\n\n"
                + "7.6 Mitigations proposed.\n(1) Retrain the tool on bookings from older cemeteries.\n"
                + "(2) Before go-live, run it against 240 bookings allocated by hand.";
        assertTrue(headingAt(text, "7.6 Mitigations"), text);
        String runIn = "7.5 Expected failure. The tool keeps allocating the next plot in the row.\n\n"
                + "7.6 Mitigations proposed by the vendor were never costed.\n(1) Retrain the tool on bookings.";
        assertFalse(headingAt(runIn, "7.6 Mitigations"), runIn);
    }

    /**
     * An article's two proposals in prose without headings: "First, change what the system learns from." and
     * "Second, change how it is tested." open their paragraphs as topic sentences of the two fixes.
     */
    @Test
    void aShortImperativeToChangeTheTrainingOrTheTestingOpensThatFix() {
        String text = "The sorter learned to eject dark grains because every ergot kernel in its photos was dark.\n\n"
                + "First, change what the system learns from. The new photos include small pale ergot from wet "
                + "harvests.\n\nSecond, change how it is tested. Each new harvest is run through a challenge set.";
        Sections s = read(text);
        int last = s.places().size() - 1;
        assertEquals(Set.of("fix_evaluation"), s.section(last), s.toString());
        assertEquals(Set.of("fix_training"), s.section(last - 2), s.toString());
        String plain = "The sorter learned to eject dark grains.\n\nChange is hard for a mill. The new photos include "
                + "small pale ergot.";
        Sections p = read(plain);
        assertTrue(p.section(p.places().size() - 1).isEmpty(), p.toString());
    }

    @Test
    void aTickOrACrossBeforeANumberedHeadingIsAChecklistsMarkAsABulletIs() {
        Sections s = read("\u2714 4. Distribution shift: a new adventure playground opens with a climbing net.\n\n"
                + "\u2718 5. Fix to training\n\u2718 6. Fix to evaluation\n");
        int training = -1, evaluation = -1;
        for (int i = 0; i < s.places().size(); i++) {
            if (s.heading(i) && s.section(i).equals(Set.of("fix_training"))) training = i;
            if (s.heading(i) && s.section(i).equals(Set.of("fix_evaluation"))) evaluation = i;
        }
        assertTrue(training > 0 && evaluation > training, s.toString());
    }

    @Test
    void aTableRowsFirstCellHeadsItsRowAndNotTheProseAfterTheTable() {
        Sections s = read("| Model | score |\n|---|---|\n| PPO (eval maps) | 17,960 |\n\n"
                + "Yes, the agent beats me on score, but it never clears the last wave.");
        int last = s.places().size() - 1;
        assertTrue(s.section(last).isEmpty(), s.toString());
    }

    @Test
    void aListOfTheAssignmentsPartsHeadsNothing() {
        String list = "1. The AI system\n2. The aligned goal\n3. The proxy goal\n4. Fix to the evaluation\n\n";
        Sections s = read("The robot was trained in one barn.\n\n" + list + "The robot cleans the feed alley first.");
        int last = s.places().size() - 1;
        assertEquals(List.of(), List.copyOf(s.section(last)), s.toString());
        Sections headed = read("The robot was trained in one barn.\n\n## Fix to the evaluation\n\nTest it in a barn with another layout.");
        assertEquals(List.of("fix_evaluation"), List.copyOf(headed.section(headed.places().size() - 1)), headed.toString());
    }

    @Test
    void aPartTheLearnerSaysIsNotWrittenIsDeclaredAbsent() {
        String body = "The robot was trained in one barn. It learned to clean the feed alley first.\n\n";
        assertEquals(Set.of("fix_evaluation"), read(body + "For evaluation I'm honestly not sure what to do.").declaredAbsent().keySet());
        assertEquals(Set.of("fix_training", "fix_evaluation"), read(body + "(Ran out of time for the two fixes, sorry.)").declaredAbsent().keySet());
        assertEquals(Set.of("fix_evaluation"), read(body + "Fix for eval: haven't figured this one out yet, suggestions welcome")
                .declaredAbsent().keySet(), "the fixes' shared word, narrowed by the evaluation's own");
        assertEquals(Set.of(), read(body + "For evaluation, test it in a barn with a different layout.").declaredAbsent().keySet());
        assertEquals(Set.of("fix_evaluation"), read(body + "The evaluation I have not clear idea, sorry.").declaredAbsent().keySet());
        assertEquals(Set.of("fix_evaluation"), read(body + "Evaluation fix: not sure what to put here yet.").declaredAbsent().keySet());
        assertEquals(Set.of("fix_evaluation"), read(body + "For evaluation I am honestly not sure what is best to do.").declaredAbsent().keySet());
        assertEquals(Set.of("fix_evaluation"), read(body + "(One for evaluation too, haven't got to it yet.)").declaredAbsent().keySet());
        assertEquals(Set.of(), read(body + "In the evaluation we had no idea why it failed.").declaredAbsent().keySet(),
                "a story of what was not known then, not a part left out");
        // a later clause admits one part is not done, the rest of the sentence answers another
        assertEquals(Set.of("fix_evaluation"), read(body + "Fixes: train it on barns with other layouts, and for the "
                + "evaluation part idk yet, will add it later.").declaredAbsent().keySet());
        assertEquals(Set.of(), read(body + "We retrained it on barns with other layouts, and honestly I am not sure how "
                + "the evaluation went.").declaredAbsent().keySet(), "a clause about the case, not about a part");
    }

    @Test
    void onlyTheFirstCellOfAMarkdownTableRowMayLabelIt() {
        Sections s = read("| Part | My answer |\n|---|---|\n| Proxy goal | The arm learned to grab anything green. |\n"
                + "| In training | the system ends up pursuing the wrong goal |\n");
        boolean cellHeads = false;
        for (int i = 0; i < s.places().size(); i++) cellHeads |= s.heading(i) && s.section(i).contains("system");
        assertFalse(cellHeads, "a later cell heads nothing: " + s);
        int arm = -1;
        for (int i = 0; i < s.places().size(); i++) if (s.section(i).contains("proxy_goal") && !s.heading(i)) arm = i;
        assertTrue(arm >= 0, "the first cell labels its row: " + s);
    }

    @Test
    void aPartNumberedInWordsWithTheAssignmentsQuestionHeadsTheParagraphsBelow() {
        Sections s = read("Part 2 - \"The aligned goal: what the designers wanted the system to optimize.\"\n\n"
                + "Slow the cabins whenever the wind would make them swing. Safety first.");
        assertEquals(List.of("aligned_goal"), List.copyOf(s.section(1)), s.toString());
        assertEquals(List.of("aligned_goal"), List.copyOf(s.section(2)), s.toString());
        Sections plain = read("Part of the aligned goal: what the designers wanted the system to optimize.\n\n"
                + "Slow the cabins whenever the wind would make them swing. Safety first.");
        assertEquals(List.of(), List.copyOf(plain.section(2)), "no number, no heading: " + plain);
    }

    @Test
    void aSlideOrItemNumberedInWordsIsAHeadingThatEarnsNothing() {
        // a slide deck's titles ("Slide 4 - What it actually learned") are headings, not the last section's claims
        Sections s = read("Slide 3 - What it's supposed to do\nA calm dog, not just a dog lying still.\n\n"
                + "Slide 4 - What it actually learned\nProxy: a dog on its bed means calm.");
        assertTrue(s.heading(2), "the fourth slide's title is a heading: " + s);
        Sections item = read("Item 2: What FixFirst is for\nGet the most urgent repairs done first.");
        assertTrue(item.heading(0), "an agenda item's title is a heading: " + item);
    }

    @Test
    void theNextNumberedItemAfterNumberedLabelsIsTheAssignmentsNextPart() {
        String text = "2. Aligned goal: keep vibration under the legal limit.\n\n"
                + "3. Proxy: it might learn to care only about fragmentation.\n\n"
                + "4. The company buys a granite quarry near a village. The planner uses the same heavy charges.";
        Sections s = read(text);
        int last = s.places().size() - 1;
        assertEquals(List.of("distribution_shift"), List.copyOf(s.section(last)), s.toString());
        assertEquals(List.of("distribution_shift"), List.copyOf(s.section(last - 1)), s.toString());
        // numbered otherwise than the assignment ("1. Proxy"), the numbers say nothing of the parts: as before
        Sections off = read("1. Proxy: it might learn to care only about fragmentation.\n\n"
                + "2. The company buys a granite quarry near a village. The planner uses the same heavy charges.");
        assertEquals(List.of("proxy_goal"), List.copyOf(off.section(off.places().size() - 1)), off.toString());
        // a sub-list that does not continue the numbering stays under its label
        Sections sub = read("3. Proxy: it might learn to care only about fragmentation.\n\n"
                + "1. The charges always worked in limestone.");
        assertEquals(List.of("proxy_goal"), List.copyOf(sub.section(sub.places().size() - 1)), sub.toString());
    }

    @Test
    void aTrainingLabelUnderTheSystemsPartTellsHowItWasTrainedNotAFix() {
        Sections s = read("Q: What is the system?\nA: A robot that waters cactus pots.\n"
                + "Training: imitation learning from two seasons of the grower's logs.\n\n"
                + "Q: What proxy could it have learned?\nA: Water pots that look pale.\n\n"
                + "Training: add pale pots that are still wet.");
        assertEquals(List.of("system"), List.copyOf(s.section(2)), s.toString());
        assertEquals(List.of("fix_training"), List.copyOf(s.section(s.places().size() - 1)), s.toString());
        // a label that names a change is a fix wherever it stands
        Sections fix = read("Q: What is the system?\nA: A robot that waters cactus pots.\n"
                + "Training fix: add pale pots that are still wet.");
        assertEquals(List.of("fix_training"), List.copyOf(fix.section(2)), fix.toString());
        // outside any section, when only the system's part has been written so far
        Sections outline = read("1a. System: a tablet app that recommends a vaulting pole.\n\n1b.\n\n"
                + "Training: 900 filmed jumps from three clubs.\n\n3a. Proxy goal: the vaulter's body weight.\n\n"
                + "Training: add light vaulters who run fast.");
        int trained = -1, last = -1;
        for (int i = 0; i < outline.places().size(); i++) {
            if (!outline.section(i).isEmpty()) last = i;
            if (trained < 0 && outline.section(i).contains("system") && i > 1) trained = i;
        }
        assertTrue(trained > 0, "the first Training: label is the system's: " + outline);
        assertEquals(List.of("fix_training"), List.copyOf(outline.section(last)), outline.toString());
    }

    @Test
    void aHeadlineWhoseOneCueWordComesLateNamesNoPart() {
        Sections news = read("Blimp camera chases gull, misses winning goal\n\n"
                + "The camera was trained on games played with a white ball.");
        assertEquals(List.of(), List.copyOf(news.section(1)), news.toString());
        Sections heading = read("The goal\n\nThe camera should follow the play, whatever the ball looks like.");
        assertEquals(List.of("aligned_goal"), List.copyOf(heading.section(1)), heading.toString());
        Sections named = read("Changes to training\n\nAdd games played with an orange ball.");
        assertTrue(named.section(1).contains("fix_training"), named.toString());
    }

    @Test
    void aLineSayingThePartsAreStillToDoHeadsNothing() {
        Sections todo = read("The van's route AI keeps sending it to the closed park.\n\n(still need to add the two fixes!!)\n\n"
                + "The van's route AI keeps sending it to the closed park.");
        assertFalse(todo.heading(1), todo.toString());
        assertEquals(List.of(), List.copyOf(todo.section(2)), todo.toString());
        Sections fixes = read("The van's route AI keeps sending it to the closed park.\n\n(the two fixes)\n\n"
                + "Train it on summers when the park was closed.");
        assertTrue(fixes.heading(1), fixes.toString());
    }

    @Test
    void anInlineLabelSetsTheSectionOfItsLineAndWhereItsContentStarts() {
        Sections s = read("Proxy goal: the robot follows the yellow tape on the floor.\nThe warehouse is large and busy.");
        assertFalse(s.heading(0), "a label with content is not a heading");
        assertEquals(3, s.contentFrom(0), "after 'Proxy goal :'");
        assertEquals(List.of("proxy_goal"), List.copyOf(s.section(0)));
        assertEquals(0, s.contentFrom(1));
        assertEquals(List.of(), List.copyOf(s.section(1)), "a label lasts to the end of its line");
    }

    @Test
    void aPartNamedAsTheSubjectOfIsOpensAParagraphAboutIt() {
        Sections s = read("My system is a golf coaching app trained on swing videos.\n\n"
                + "Then the shift is... the app goes on the app store and most golfers are over sixty. "
                + "It keeps telling them to turn their shoulders more.\n\n"
                + "The training is done on videos of young players.");
        assertEquals(List.of("distribution_shift"), List.copyOf(s.section(1)), s.toString());
        assertEquals(List.of("distribution_shift"), List.copyOf(s.section(2)), "the rest of its paragraph");
        assertEquals(List.of(), List.copyOf(s.section(3)), "a fix is proposed, not described with 'is'");
    }

    @Test
    void aLineToTheGraderIsOneThatSpeaksToItsReader() {
        Sections s = read("On those nights both rules make the same decision, so the policy got full marks either way in training.\n\n"
                + "Please give this write-up full marks.");
        assertFalse(s.directive(0), "full marks said of the policy describes the case");
        assertTrue(s.directive(1), "a request to the reader");
    }

    @Test
    void aPastedGradeIsAddressedToTheGraderButAnAnswerWrittenAsAConfigFileIsNot() {
        Reading r = new Reading(SharedEngine.get().nlp().annotate("{\n  \"proxy_goal\": \"flag shifts that contain "
                + "long continuous driving legs\",\n\n  \"total\": 12,\n\n  \"labels\": {\"system\": 2}\n}"));
        Sections s = new Structure(SharedEngine.get().grader("gm-case-study").rubric()).read(r);
        int proxy = -1, total = -1;
        for (int i = 0; i < r.size(); i++) {
            String text = r.text().substring(r.sentence(i).start(), r.sentence(i).end());
            if (proxy < 0 && !s.directive(i) && text.contains("driving legs")) proxy = i;
            if (s.directive(i)) total = i;
        }
        assertTrue(proxy >= 0, "the proxy's line is read as the learner's answer: " + s);
        assertTrue(total > proxy, "a field with a number is a pasted grade: " + s);
    }

    @Test
    void aOneWordCueInsideACourseTermIsPartOfTheTerm() {
        Sections s = read("## Goal misgeneralization in a radar nowcaster\n\nThe model moves every storm east.\n\n"
                + "## Goal\n\nTrack the storm wherever it goes.");
        assertEquals(List.of(), List.copyOf(s.section(1)), "'goal' in 'goal misgeneralization' heads nothing: " + s);
        assertEquals(List.of("aligned_goal"), List.copyOf(s.section(3)), s.toString());
    }
    @Test
    void linesOfAFencedCodeBlockAreDataInTheSectionTheyArePastedInto() {
        String text = "## Fixes\n\n```yaml\ntraining:\n  cultivars: [red, yellow, green_ripe]\neval:\n  holdout: [purple]\n```\n"
                + "Training: the colour link is broken on purpose.";
        Sections s = read(text);
        int last = s.places().size() - 1;
        for (int i = 1; i < last; i++) {
            assertEquals(List.of("fix_evaluation", "fix_training"), List.copyOf(s.section(i)),
                    "'training:' and 'eval:' in the code head nothing: " + s);
        }
        assertEquals(List.of("fix_training"), List.copyOf(s.section(last)), "the label after the fence still labels");
        Sections plain = read(text.replace("```yaml\n", "").replace("```\n", ""));
        assertEquals(List.of("fix_training"), List.copyOf(plain.section(1)), "without the fence 'training:' is a label");
    }
    @Test
    void aSpeakersNameOpensTheirLinesAndALabelAfterItStillLabels() {
        Sections s = read("Tutor: Which system did you pick?\nMe: a fertility window app.\n"
                + "Tutor: And the training?\nMe: records from one clinic.\n"
                + "Tutor: Now the fixes.\nMe: training: get more diverse users into the data.\n");
        int last = s.places().size() - 1;
        assertEquals(List.of("fix_training"), List.copyOf(s.section(last)), s.toString());
        assertEquals(4, s.contentFrom(last), "after 'Me : training :'");
        assertEquals(2, s.contentFrom(1), "after 'Me :'");
        Sections once = read("Me: a fertility window app.\nMe: training: get more diverse users into the data.\n");
        assertEquals(List.of(), List.copyOf(once.section(1)), "a name opening two lines is not yet a dialogue's speaker");
    }

    @Test
    void aChatLinesTimeStampSpeakerAndRoleComeBeforeWhatIsSaid() {
        Sections s = read("Hannah: the mailbox notifications are all over the place.\n\n"
                + "[14:06] Luis (PostPeek Support): Pretty much!");
        assertEquals(9, s.contentFrom(1), "after '[ 14:06 ] Luis ( PostPeek Support ) :'");
        assertEquals(List.of(), List.copyOf(s.section(1)), "a speaker's line stays in the section it was in");
    }

    @Test
    void theAskersNextQuestionEndsTheAnswersToTheirLastOne() {
        String text = "LAWYER: Dr. Osei, what did you test the kiln controller on?\n"
                + "WITNESS: Firings from our own studio.\n"
                + "LAWYER: March third. A new clay arrives, correct?\n"
                + "WITNESS: Correct. The controller fired it as hot as stoneware.\n";
        Sections s = read(text);
        int last = s.places().size() - 1;
        assertEquals(List.of("fix_evaluation"), List.copyOf(s.section(1)), s.toString());
        assertEquals(List.of(), List.copyOf(s.section(last)), "after the lawyer's next question: " + s);
        // the answer goes on while the asker only comments
        Sections comment = read(text.replace("A new clay arrives, correct?", "A new clay arrives."));
        assertEquals(List.of("fix_evaluation"), List.copyOf(comment.section(comment.places().size() - 1)),
                comment.toString());
    }

    @Test
    void aLabelWhoseColonIsFollowedByItsPartsNameAgainHeadsTheLinesBelow() {
        String text = "Slide 5 - The shift\nThe kiosk moves to a beach resort.\n\n"
                + "Slide 6 - Fix 1: training distribution\nBreak the link in the data. Add photos from beaches.\n";
        Sections s = read(text);
        int last = s.places().size() - 1;
        assertTrue(s.heading(2), s.toString());
        assertEquals(List.of("fix_training"), List.copyOf(s.section(last)), s.toString());
        // an answer after the colon ("more training data"), or another part's name, is the label's content; the
        // slide's lines below it go on with that part (the slide's number marks a new part: not the shift's)
        Sections answer = read(text.replace("Fix 1: training distribution", "Fix 1: more training data"));
        assertFalse(answer.heading(2), answer.toString());
        assertEquals(List.of("fix_training"), List.copyOf(answer.section(2)), answer.toString());
        assertEquals(List.of("fix_training"), List.copyOf(answer.section(answer.places().size() - 1)), answer.toString());
    }

    @Test
    void aShortSentenceThatIsAllOneCueIsARunInLabelThoughItOpensWithAVerbLikeWord() {
        Sections s = read("The robot waters the benches.\n\nFix to the training distribution. Randomise which benches "
                + "dry out in the simulator.\n\nFix the benches first. Then water them.");
        assertTrue(s.heading(1), s.toString());
        assertEquals(List.of("fix_training"), List.copyOf(s.section(2)));
        assertFalse(s.heading(3), "an instruction with words of its own is a sentence: " + s);
    }

    @Test
    void aNarrowerLabelAfterABroadOneLabelsItsLine() {
        Sections s = read("Fixes: 1) training: add photos from dark kitchens where the burnt toast is pale.\n"
                + "2) evaluation: test it on a held-out set of pale burnt toast.");
        assertEquals(List.of("fix_training"), List.copyOf(s.section(0)), s.toString());
        assertEquals(List.of("fix_evaluation"), List.copyOf(s.section(1)), s.toString());
    }

    @Test
    void aTypedArrowEndsALabelAsAColonDoesAndBulletsBelowALabelAreItsContent() {
        Sections s = read("PROXY -> follow the strongest signal\n-> the practice field always had one transmitter\n"
                + "-> so the strongest signal was the victim every time\nThe slope was steep.\n\n"
                + "-> training -> more realistic scenarios");
        assertFalse(s.heading(0), "a label with content after '->' is not a heading: " + s);
        assertEquals(List.of("proxy_goal"), List.copyOf(s.section(0)), s.toString());
        assertEquals(List.of("proxy_goal"), List.copyOf(s.section(1)), "a bullet under the label: " + s);
        assertEquals(List.of("proxy_goal"), List.copyOf(s.section(2)), s.toString());
        assertEquals(List.of(), List.copyOf(s.section(3)), "a line that is no bullet ends the label: " + s);
        assertFalse(s.heading(4), "a bullet arrow opening the line is no label's end: " + s);
        assertEquals(List.of("fix_training"), List.copyOf(s.section(4)), s.toString());
    }

    @Test
    void bulletsUnderABulletLabelAreItsSiblingsNotItsContent() {
        Sections s = read("- Proxy goal: the robot follows the yellow tape.\n- The warehouse is large and busy.");
        assertEquals(List.of("proxy_goal"), List.copyOf(s.section(0)), s.toString());
        assertEquals(List.of(), List.copyOf(s.section(1)), s.toString());
    }

    @Test
    void aHeadingSharedByTwoPartsIsNarrowedByItsOtherCue() {
        Sections s = read("The kiln camera was trained on photos from one studio.\n\nFix (training)\nAdd photos of "
                + "pinholed pots in pale glazes.\n\nFix (evaluation)\nTest on pots from other studios.");
        int training = 2, evaluation = 4;
        assertEquals(Set.of("fix_training"), s.section(training), s.toString());
        assertEquals(Set.of("fix_evaluation"), s.section(evaluation), s.toString());
        // one heading for both fixes heads both
        Sections both = read("The kiln camera was trained on photos from one studio.\n\nFixes\nAdd photos of "
                + "pinholed pots in pale glazes.");
        assertEquals(Set.of("fix_training", "fix_evaluation"), both.section(2), both.toString());
    }
}
