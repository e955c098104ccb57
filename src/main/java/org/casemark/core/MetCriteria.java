package org.casemark.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What {@link Criteria} found, by component key in rubric order: each met criterion (in rubric order) with the first
 * sentence that met it; the evidence, every sentence that met one of the component's criteria (ascending); the score
 * its levels give, before any flag caps it.
 */
record MetCriteria(Map<String, Map<String, Integer>> met, Map<String, List<Integer>> evidence,
                   Map<String, Integer> levelScores) {
    MetCriteria {
        Map<String, Map<String, Integer>> metCopy = new LinkedHashMap<>();
        met.forEach((key, criteria) -> metCopy.put(key, Collections.unmodifiableMap(new LinkedHashMap<>(criteria))));
        met = Collections.unmodifiableMap(metCopy);
        Map<String, List<Integer>> evidenceCopy = new LinkedHashMap<>();
        evidence.forEach((key, sentences) -> evidenceCopy.put(key, List.copyOf(sentences)));
        evidence = Collections.unmodifiableMap(evidenceCopy);
        levelScores = Collections.unmodifiableMap(new LinkedHashMap<>(levelScores));
    }

    /** Component {@code key}'s met criteria, each with the first sentence that met it. */
    Map<String, Integer> met(String key) {
        return met.get(key);
    }

    /** The sentences that met one of component {@code key}'s criteria, ascending; empty for an unknown key. */
    List<Integer> evidence(String key) {
        return evidence.getOrDefault(key, List.of());
    }

    int levelScore(String key) {
        return levelScores.get(key);
    }

    /** The ids of every criterion met, of any component, sorted. */
    SortedSet<String> all() {
        SortedSet<String> out = new TreeSet<>();
        met.values().forEach(m -> out.addAll(m.keySet()));
        return Collections.unmodifiableSortedSet(out);
    }
}
