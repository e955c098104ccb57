package org.casemark.core;

import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What {@link Eligibility} decided, by sentence index: which sentences may earn credit, why the others may not,
 * and the scenario words of each; {@code wordSentences} counts the sentences with words that are not headings (the
 * base of the gaming shares); {@code distinctWordSentences} counts them once each, however often a text repeats
 * them.
 */
record Credits(List<Verdict> verdicts, int wordSentences, int distinctWordSentences) {
    Credits {
        verdicts = List.copyOf(verdicts);
    }

    /**
     * One sentence. {@code credited}: it may earn credit; {@code duplicate}, {@code copied} (from the assignment or
     * lesson), {@code salad} (mostly rubric terms), {@code definition} (of a rubric term), {@code denied} (a claim
     * taken back by a denial, in a write-up that denies most of what it says): reasons it may not.
     * {@code scenario}: its scenario nouns; {@code described}: its scenario nouns and adjectives (both sorted).
     */
    record Verdict(boolean credited, boolean duplicate, boolean copied, boolean salad, boolean definition,
                   boolean denied, SortedSet<String> scenario, SortedSet<String> described) {
        Verdict {
            scenario = Collections.unmodifiableSortedSet(new TreeSet<>(scenario));
            described = Collections.unmodifiableSortedSet(new TreeSet<>(described));
        }
    }

    boolean credited(int sentence) {
        return verdicts.get(sentence).credited();
    }

    SortedSet<String> scenario(int sentence) {
        return verdicts.get(sentence).scenario();
    }

    SortedSet<String> described(int sentence) {
        return verdicts.get(sentence).described();
    }

    /** How many sentences' verdicts satisfy {@code which}. */
    int count(Predicate<Verdict> which) {
        int c = 0;
        for (Verdict v : verdicts) if (which.test(v)) c++;
        return c;
    }
}
