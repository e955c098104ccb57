package org.casemark.rubric;

import org.casemark.SharedEngine;
import org.casemark.core.ConceptIndex;
import org.casemark.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tests the rubric's declarations against what the document provides: every phrase of every concept must match
 * the plain sentence made of its own words (a prefix {@code word*} completed with "s"; a word read as a verb or a noun
 * only after "they" or "the"), through the real CoreNLP
 * tokenizer and the one analyzer. A phrase the tokenizer splits differently ("can't" is "ca" + "n't") would
 * otherwise silently never match.
 */
class RubricPhrasesMatchTest {

    @Test
    void everyConceptPhraseMatchesItsOwnWords() {
        for (Rubric rubric : RubricSource.bundled()) {
            List<String> failures = new ArrayList<>();
            for (Map.Entry<String, List<String>> concept : rubric.concepts().entrySet()) {
                ConceptIndex index = new ConceptIndex(Map.of(concept.getKey(), concept.getValue()), SharedEngine.get().nlp()::words);
                for (String phrase : concept.getValue()) {
                    // a word read as one part of speech only ("sink ~verb") stands where it reads so: "they sink ."
                    StringBuilder text = new StringBuilder(phrase.endsWith("~verb") ? "they "
                            : phrase.endsWith("~noun") ? "the " : "");
                    for (String unit : phrase.split("\\s+")) {
                        if (unit.startsWith("~")) continue;
                        for (String w : unit.split("\\+")) {
                            text.append(w.endsWith("*") ? w.substring(0, w.length() - 1) + "s" : w).append(' ');
                        }
                    }
                    AnnotatedText doc = SharedEngine.get().nlp().annotate(text.toString().strip() + " .");
                    if (index.match(doc).isEmpty()) failures.add(concept.getKey() + ": \"" + phrase + "\"");
                }
            }
            assertTrue(failures.isEmpty(), rubric.source() + ": phrases that cannot match their own words: " + failures);
        }
    }
}
