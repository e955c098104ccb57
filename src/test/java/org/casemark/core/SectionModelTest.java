package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.cli.LabeledFile;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The section model: reproducible from the write-ups its file names, and read only where no heading says. */
class SectionModelTest {
    private static final Path MODEL = Path.of("rubrics/gm-case-study.sections.tsv");

    private static Grader grader() {
        return SharedEngine.get().grader("gm-case-study");
    }

    @Test
    void trainingTheWriteUpsNamedInTheFileGivesTheSameBytes() throws Exception {
        String committed = Files.readString(MODEL);
        List<String> sources = new ArrayList<>(), comments = new ArrayList<>();
        for (String line : committed.split("\n")) {
            if (!line.startsWith("#")) break;
            comments.add(line.substring(2));
            if (line.startsWith("#   ")) sources.add(line.substring(4).strip());
        }
        List<String> texts = new ArrayList<>();
        for (String source : sources) {
            if (source.endsWith(".jsonl")) {
                for (LabeledFile.Entry e : LabeledFile.read(source, grader().rubric())) texts.add(e.text());
            } else {
                texts.add(Files.readString(Path.of(source)));
            }
        }
        assertFalse(sources.isEmpty(), "the model file names the write-ups it was trained from");
        double threshold = grader().rubric().sectionModel().threshold();
        SectionTraining.Trained t = SectionTraining.train(grader(), texts, threshold,
                grader().rubric().sectionModel().minFeatures(), comments);
        assertEquals(committed, t.text(), "retrain with `casemark train-sections` (README) after changing the rubric's concepts");
    }

    @Test
    void readsAnUnheadedShiftSentenceAsTheShiftAndLeavesHeadedOnesAlone() {
        String text = "The robot was trained in one warehouse where fragile items always came in padded boxes.\n\n"
                + "When it was deployed in a new warehouse with bare glassware, it kept throwing items into the bins at "
                + "full speed, and customers received broken glasses.\n\n"
                + "## Distribution shift\n\nIt kept throwing items into the bins at full speed in the new warehouse.";
        Analysis a = grader().analyse(text);
        int unheaded = 1, headed = a.reading().size() - 1;
        assertEquals(Set.of("distribution_shift"), a.sections().inferred(unheaded),
                "the model reads the unheaded deployment sentence as the shift");
        assertTrue(a.sections().inSection(unheaded, "distribution_shift"));
        assertTrue(a.sections().cued(headed));
        assertEquals(Set.of(), a.sections().inferred(headed), "a sentence under a heading keeps its heading's section only");
    }

    /** A run-on sentence (dictation without full stops) tells several parts at once: the model reads it as none. */
    @Test
    void aRunOnSentenceIsReadAsNoPart() {
        String shift = "When it was deployed in a new warehouse with bare glassware, it kept throwing items into the bins "
                + "at full speed, and customers received broken glasses";
        String text = "The robot was trained in one warehouse where fragile items always came in padded boxes.\n\n"
                + shift + ".";
        Analysis a = grader().analyse(text);
        assertEquals(Set.of("distribution_shift"), a.sections().inferred(1), "the short sentence is read as the shift");
        String runOn = text.replace(shift + ".", shift + " and the pickers on the night shift never noticed because "
                + "they were busy with the returns and the manager only saw the complaints a week later when the "
                + "refunds came in and nobody had checked the bins or the boxes or the labels on the shelves since");
        Analysis b = grader().analyse(runOn);
        assertTrue(b.reading().sentence(1).wordCount() > SectionModel.RUN_ON_WORDS);
        assertEquals(Set.of(), b.sections().inferred(1), "a run-on sentence is read as no part");
    }

    @Test
    void anUnsureSentenceIsLeftUnread() {
        SectionModel model = new SectionModel(grader().rubric().sectionModel(), grader().rubric().affectedConcept());
        assertEquals(null, model.classify(Set.of("w:biscuit", "w:tabby")), "words the model never saw say nothing");
        assertEquals(null, model.classify(Set.of()));
    }
}
