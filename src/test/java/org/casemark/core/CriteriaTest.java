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
}
