package org.casemark.core;

import org.casemark.SharedEngine;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The words that gate the deferral patterns ({@code Deferrals.mayDefer}) never hide a deferral: every example quoted in
 * Deferrals.java's comments that the patterns find passes the gate, and so do sentences written for each of the
 * patterns' alternatives.
 */
class DeferralsTest {
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{4,200})\"");

    /** The double-quoted examples in the comments of Deferrals.java, one per quotation. */
    private static List<String> commentExamples() throws Exception {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/java/org/casemark/core/Deferrals.java"))) {
            String t = line.strip();
            if (!t.startsWith("//") && !t.startsWith("*") && !t.startsWith("/**")) continue;
            Matcher m = QUOTED.matcher(t);
            while (m.find()) out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyDeferralInTheCommentsPassesTheGate() throws Exception {
        List<String> examples = commentExamples();
        int found = 0;
        for (String e : examples) {
            if (!Deferrals.patternsFind(e)) continue;
            found++;
            assertTrue(Deferrals.mayDefer(e.toLowerCase(Locale.ROOT)), "the gate hides a deferral: " + e);
        }
        // the comments hold examples of most alternatives: if the patterns stop finding them, this test reads nothing
        assertTrue(found >= 20, "only " + found + " of " + examples.size() + " examples are deferrals");
    }

    @Test
    void writtenDeferralsPassTheGateAndArePatterns() {
        for (String e : List.of("I'll add the fixes later.", "We\u2019ll finish this section when we can.",
                "Iwill write the evaluation part tomorrow.", "evaluation part I will add after, exams this week",
                "I haven't written the two fixes yet.", "I couldn't make it fit, it was going to be the evaluation fix",
                "still working on this one lol", "suggestions welcome!", "there's supposed to be an evaluation fix",
                "I forgot the evaluation part", "ran out of steam for the last bit", "I'm not sure about this part.",
                "dunno what to put", "gotta think about this one still", "need to check with manager",
                "ask Sam re fixes", "training fix ??? ask in tutorial thurs", "I didn't have time to do the evaluation fix, sorry", "I don't know yet",
                "honestly I don't know what I would change", "I'm going to have to come back to that one",
                "the rest isn't written yet", "I'm stuck on the shift part", "I'm honestly stuck on the second one",
                "still need to add the two fixes",
                "I'm not sure how to fix it", "I left out the evaluation fix because I ran out of room",
                "I skipped the harm", "I did not get to the part about the two changes, sorry",
                "no idea what to do here", "I have no clue, sorry", "haven't got round to it",
                "still thinking about this one", "not sure what I'd change", "I couldn't work this out, sorry",
                "Still to do: the two fixes.", "my break is over, so I'll have to add them another time",
                "we will need to write the evaluation part next time",
                "dont really know what to do for the evaluation one sorry",
                // a label and a dash, the answer that the part is not done; "tomorrow" typed short
                "fixes - will add this tomorow!!", "evaluation - not sure tbh", "Fix 2: idk yet",
                "fixes - havent finished this part yet sorry", "Fixes - no done yet, will finish the morra",
                // the part not understood, as a label's whole answer or said by the writer
                "fix for evaluation: didnt really get this part sorry", "I don't understand the second one")) {
            assertTrue(Deferrals.patternsFind(e), "not a deferral to the patterns: " + e);
            assertTrue(Deferrals.mayDefer(e.toLowerCase(Locale.ROOT)), "the gate hides a deferral: " + e);
        }
    }

    @Test
    void aSentenceOfTheCaseIsGatedOut() {
        // the gate's point: most sentences of a case hold none of the words, and the long patterns do not run
        for (String e : List.of("The sorter is a camera mounted over a steel table.",
                "It was trained on 40,000 photos from two farms in Kent.",
                "Training data with a network of masks made the task harder.")) {
            assertFalse(Deferrals.mayDefer(e.toLowerCase(Locale.ROOT)), e);
            assertEquals(false, Deferrals.patternsFind(e), e);
        }
        // ... and a case's own "didn't get the part" passes the gate and is no admission
        assertFalse(Deferrals.patternsFind("The arm didn't get the part into the jig on the night shift."));
    }

    @Test
    void aNoteInSquareBracketsClaimsNothing() {
        for (String note : List.of("A fix is promised. [asked how they test updates before release - no answer by "
                + "deadline. chase or cut]\n\nMore text.", "The lamp dims early. [harm?? TODO]")) {
            Reading r = new Reading(SharedEngine.get().nlp().annotate(note));
            boolean any = false;
            for (int i = 0; i < r.size(); i++) {
                if (r.text().substring(r.sentence(i).start(), r.sentence(i).end()).startsWith("[")) {
                    assertTrue(Deferrals.noteToSelf(r, r.sentence(i)), note);
                    any = true;
                }
            }
            assertTrue(any, note);
        }
        // ... and so does one opening under a part's inline label; a label over a claim is content
        Reading labelled = new Reading(SharedEngine.get().nlp().annotate("Evaluation: [TODO - something about testing?"));
        assertTrue(Deferrals.noteToSelf(labelled, labelled.sentence(0)));
        Reading claim = new Reading(SharedEngine.get().nlp().annotate("Evaluation: [check] test it on the new flats."));
        assertFalse(Deferrals.noteToSelf(claim, claim.sentence(0)));
        for (String said : List.of("[14/05, 21:02] Priya: the lamp was trained on one flat.",
                "[laughter] They really were trained on one flat.")) {
            Reading r = new Reading(SharedEngine.get().nlp().annotate(said));
            assertFalse(Deferrals.noteToSelf(r, r.sentence(0)), said);
        }
    }

    /** Every sentence of a note to self that runs on over several sentences is the note's; an agents' note is content. */
    @Test
    void aNoteToSelfOverSeveralSentencesClaimsNothingInAnyOfThem() {
        Reading r = new Reading(SharedEngine.get().nlp().annotate("Fix - evaluation\n"
                + "[note to self: ~380 words, limit is 800 so loads of room. check the test on glossy cloth. submit as pdf??]\n"
                + "[NOTE FOR AGENTS: Use this script after a fire. Tell the customer the alarm was slow.]"));
        int notes = 0, content = 0;
        for (int i = 0; i < r.size(); i++) {
            String text = r.text().substring(r.sentence(i).start(), r.sentence(i).end());
            boolean note = Deferrals.noteToSelf(r, r.sentence(i));
            if (text.contains("glossy") || text.contains("pdf")) assertTrue(note, text);
            if (text.contains("Tell the customer")) assertFalse(note, text);
            if (note) notes++; else content++;
        }
        assertTrue(notes >= 3 && content >= 1, notes + " notes, " + content + " other");
    }

    /** Which of the parts a deferral names it declares absent: the one, all said in the plural, or the one it says. */
    @Test
    void aDeferralDeclaresAbsentThePartsItSays() {
        List<String> fixes = List.of("fix_training", "fix_evaluation");
        assertEquals(List.of("fix_evaluation"), Deferrals.deferredParts("evaluation: will add later", List.of("fix_evaluation")));
        assertEquals(fixes, Deferrals.deferredParts("(still need to add the two fixes!!)", fixes));
        assertEquals(List.of("fix_evaluation"), Deferrals.deferredParts(
                "I only really had one idea for fixes, sorry, I ran out of time on the second one.", fixes));
        assertEquals(List.of("fix_training"), Deferrals.deferredParts("both fixes to do, the first one tonight", fixes));
        assertEquals(List.of(), Deferrals.deferredParts("only one of the fixes is done, will add the rest", fixes));
        assertEquals(List.of(), Deferrals.deferredParts("Fix for eval: haven't figured this one out", fixes));
        assertEquals(List.of(), Deferrals.deferredParts("(still need to do both parts, the second one especially!!)",
                List.of()));
    }
}
