package org.casemark.core;

import org.casemark.SharedEngine;
import org.casemark.nlp.AnnotatedText;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one analyzer at token level, and concept phrases matched through it against real CoreNLP output. */
class TermAnalyzerTest {

    @Test
    void lowercasesAndFoldsAccentsAndApostrophes() {
        TermAnalyzer a = TermAnalyzer.INSTANCE;
        assertEquals("naive", a.term("Naïve"));
        assertEquals("naive", a.term("NAIVE"));
        assertEquals("didn't", a.term("didn’t"));
        assertEquals("cafe", a.term("Café"));
        assertEquals("x-ray", a.term("X-Ray"));
        assertEquals("n't", a.term("n't"));
    }

    @Test
    void fastPathAgreesWithTheFilterChain() {
        for (String w : List.of("Training", "deploy", "A", "HOLD-OUT", "x", "Robot's", "2024")) {
            assertEquals(TermAnalyzer.INSTANCE.normalize(TermAnalyzer.FIELD, w).utf8ToString(), TermAnalyzer.INSTANCE.term(w), w);
        }
    }

    private static Map<String, Set<Integer>> match(Map<String, List<String>> concepts, String text) {
        AnnotatedText doc = SharedEngine.get().nlp().annotate(text);
        return new ConceptIndex(concepts, SharedEngine.get().nlp()::words).match(doc).stream().collect(Collectors.groupingBy(ConceptIndex.Hit::concept,
                Collectors.mapping(ConceptIndex.Hit::sentence, Collectors.toSet())));
    }

    @Test
    void aBaseFormPhraseMatchesInflectedWordsThroughLemmas() {
        Map<String, Set<Integer>> hits = match(Map.of("trained_on", List.of("train on")),
                "The robots were trained on photos. It trains on maps.");
        assertEquals(Set.of(0, 1), hits.get("trained_on"));
    }

    @Test
    void slopAllowsWordsBetweenButKeepsOrder() {
        Map<String, List<String>> c = Map.of("learn_instead", List.of("learn instead ~4"));
        assertTrue(match(c, "It learned to go right instead.").containsKey("learn_instead"));
        assertFalse(match(c, "Instead, it learned nothing.").containsKey("learn_instead"));
    }

    @Test
    void phrasesNeverCrossASentenceBoundary() {
        Map<String, List<String>> c = Map.of("real_world", List.of("real world"));
        assertFalse(match(c, "It looked real. World events changed.").containsKey("real_world"));
        assertTrue(match(c, "It failed in the real world.").containsKey("real_world"));
    }

    @Test
    void prefixesMatchAnyEnding() {
        Map<String, Set<Integer>> hits = match(Map.of("random", List.of("randomi*")),
                "We randomize colours. Randomised levels help. Random noise does not count.");
        assertEquals(Set.of(0, 1), hits.get("random"));
    }

    @Test
    void phrasesAreSplitLikeTheDocument() {
        Map<String, List<String>> c = Map.of("cannot_see", List.of("cannot see"), "held_out", List.of("held-out"),
                "red_team", List.of("red-team*"));
        Map<String, Set<Integer>> hits = match(c, "It can't see glass. The held-out set is big. We red-teamed it.");
        assertEquals(Set.of(0), hits.get("cannot_see"));
        assertEquals(Set.of(1), hits.get("held_out"));
        assertEquals(Set.of(2), hits.get("red_team"));
    }

    @Test
    void hitsCarryOffsetsIntoTheOriginalText() {
        String text = "<p>The <b>proxy</b> was learned.</p>";
        AnnotatedText doc = SharedEngine.get().nlp().annotate(text);
        ConceptIndex.Hit hit = new ConceptIndex(Map.of("proxy", List.of("proxy")), SharedEngine.get().nlp()::words).match(doc).get(0);
        assertEquals("proxy", text.substring(hit.start(), hit.end()));
    }
}
