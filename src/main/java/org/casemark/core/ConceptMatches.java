package org.casemark.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What {@link ConceptMatching} found, by sentence index: the concepts a sentence states (sorted by name, each with
 * its hits in the order found), the negatable concepts it denies ("this is not overfitting", with their hits) and,
 * for a heading, the concepts it names (a heading states nothing, so its words earn nothing).
 */
record ConceptMatches(List<SortedMap<String, List<ConceptIndex.Hit>>> hits, List<SortedSet<String>> negated,
                      List<SortedSet<String>> inHeadings, List<SortedMap<String, List<ConceptIndex.Hit>>> negatedHits) {
    ConceptMatches {
        hits = hits.stream().map(ConceptMatches::frozen).toList();
        negatedHits = negatedHits.stream().map(ConceptMatches::frozen).toList();
        negated = negated.stream().map(s -> Collections.unmodifiableSortedSet(new TreeSet<>(s))).toList();
        inHeadings = inHeadings.stream().map(s -> Collections.unmodifiableSortedSet(new TreeSet<>(s))).toList();
    }

    /** Sentence {@code sentence} is a heading that names {@code concept} ("Why this is not overfitting"). */
    boolean headingNames(int sentence, String concept) {
        return inHeadings.get(sentence).contains(concept);
    }

    private static SortedMap<String, List<ConceptIndex.Hit>> frozen(Map<String, List<ConceptIndex.Hit>> byConcept) {
        SortedMap<String, List<ConceptIndex.Hit>> out = new TreeMap<>();
        byConcept.forEach((concept, hs) -> out.put(concept, List.copyOf(hs)));
        return Collections.unmodifiableSortedMap(out);
    }

    /** Sentence {@code sentence} states {@code concept} (and does not deny it). */
    boolean has(int sentence, String concept) {
        return hits.get(sentence).containsKey(concept);
    }

    /** The hits of {@code concept} in {@code sentence}, in the order found; empty when it has none. */
    List<ConceptIndex.Hit> of(int sentence, String concept) {
        return hits.get(sentence).getOrDefault(concept, List.of());
    }

    /** The hits of {@code concept} that sentence {@code sentence} denies, in the order found; empty when none. */
    List<ConceptIndex.Hit> deniedOf(int sentence, String concept) {
        return negatedHits.get(sentence).getOrDefault(concept, List.of());
    }

    /** One of {@code concepts} matches sentence {@code sentence} starting before token {@code at}. */
    boolean hitBefore(int sentence, List<String> concepts, int at) {
        for (String c : concepts) {
            for (ConceptIndex.Hit h : of(sentence, c)) if (h.from() < at) return true;
        }
        return false;
    }
}
