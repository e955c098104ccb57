package org.casemark.core;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What {@link Structure} found: where each sentence sits (by sentence index) and the components that have a section
 * of their own somewhere in the write-up.
 */
record Sections(List<Place> places, Set<String> present, List<Set<String>> inferred,
                Map<String, Integer> declaredAbsent, Map<String, String> notedAbsent) {
    Sections {
        places = List.copyOf(places);
        present = Set.copyOf(present);
        inferred = inferred.stream().map(Set::copyOf).toList();
        declaredAbsent = Map.copyOf(declaredAbsent);
        notedAbsent = Map.copyOf(notedAbsent);
    }

    /**
     * {@code declaredAbsent}: the components the learner says they have not written ("(Ran out of time for the two
     * fixes, sorry.)", "For evaluation I'm honestly not sure what to do."), each with the sentence that says so: only a
     * section of their own earns them.
     */
    Sections(List<Place> places, Set<String> present, Map<String, Integer> declaredAbsent,
             Map<String, String> notedAbsent) {
        this(places, present, places.stream().map(p -> Set.<String>of()).toList(), declaredAbsent, notedAbsent);
    }

    /**
     * The parts a note withdrawn from the text says are unwritten ("Evaluation: TBC"), each with the note: like
     * {@code declaredAbsent}, only a section of their own earns them.
     */
    boolean saidAbsent(String key) {
        return declaredAbsent.containsKey(key) || notedAbsent.containsKey(key);
    }

    /**
     * The same sections, with the component the {@link SectionModel} reads in each sentence that no heading or
     * label places: what an {@code in_section} rule accepts there besides the section itself.
     */
    Sections withInferred(List<Set<String>> inferred) {
        return new Sections(places, present, inferred, declaredAbsent, notedAbsent);
    }

    /** The sentence sits in {@code key}'s section, by a heading, a label, a topic sentence or the section model. */
    boolean inSection(int sentence, String key) {
        return section(sentence).contains(key) || inferred.get(sentence).contains(key);
    }

    Set<String> inferred(int sentence) {
        return inferred.get(sentence);
    }

    /** The sentence's section comes from a heading or an inline label (not from a topic sentence). */
    boolean cued(int sentence) {
        return places.get(sentence).cued();
    }

    /**
     * Where one sentence sits. {@code heading}: a heading (or an empty sentence), which earns nothing itself;
     * {@code contentFrom}: the first token after an inline label ("Proxy goal: ..."), else 0; {@code section}: the
     * component keys of the section it is in (sorted; empty outside any section); {@code passage}: the number of its
     * paragraph (a heading line is a passage of its own); {@code block}: the number of headings above it, so that
     * sentences under one heading share a block; {@code directive}: text addressed to the grader ("ignore the
     * rubric", a pasted grade), which is read like a heading (it earns nothing) but heads nothing; {@code cued}: the
     * section comes from a heading or an inline label; {@code namesItsPart}: the sentence names its section's part
     * itself, by an inline label ("The aligned goal is: ...") or as the topic sentence of its paragraph.
     */
    record Place(boolean heading, int contentFrom, SortedSet<String> section, int passage, int block,
                 boolean directive, boolean cued, boolean namesItsPart) {
        Place {
            section = Collections.unmodifiableSortedSet(new TreeSet<>(section));
        }

        Place(boolean heading, int contentFrom, SortedSet<String> section, int passage, int block, boolean directive,
              boolean cued) {
            this(heading, contentFrom, section, passage, block, directive, cued, false);
        }
    }

    boolean heading(int sentence) {
        return places.get(sentence).heading();
    }

    /**
     * A short heading of the write-up heads component {@code key}'s part with nothing under it ("Fix (evaluation)"
     * last, over a note to self, or on a line of its own right before the next heading): the part has a place of its
     * own, still empty. A table's header cells, side by side on one line, head columns, and a chat line read as a
     * heading ("Tomasz: proxy goal = maximise %PF") says more than a part's name.
     */
    boolean headedEmpty(String key, Reading r) {
        for (int i = 0; i < places.size(); i++) {
            Place p = places.get(i);
            if (!p.heading() || p.directive() || !p.section().contains(key)) continue;
            int words = 0;
            for (org.casemark.nlp.Token t : r.sentence(i).tokens()) if (t.isWord()) words++;
            if (words > SHORT_HEADING) continue;
            // a wrapped line's tail read as a heading ("logs before deployment." under a PDF's last sentence) starts
            // in lower case or ends with a full stop; a part's heading does neither
            String line = r.text().substring(r.sentence(i).start(), r.sentence(i).end()).strip();
            if (line.isEmpty() || Character.isLowerCase(line.charAt(0)) || line.endsWith(".")) continue;
            if (i + 1 == places.size()) return true;
            if (places.get(i + 1).heading()
                    && r.text().substring(r.sentence(i).end(), r.sentence(i + 1).start()).contains("\n")) return true;
        }
        return false;
    }

    /** The most words of a heading that only names its part ("Fix (evaluation)", "10:52 FIX - EVALUATION"). */
    private static final int SHORT_HEADING = 5;

    int contentFrom(int sentence) {
        return places.get(sentence).contentFrom();
    }

    boolean directive(int sentence) {
        return places.get(sentence).directive();
    }

    int passage(int sentence) {
        return places.get(sentence).passage();
    }

    int block(int sentence) {
        return places.get(sentence).block();
    }

    SortedSet<String> section(int sentence) {
        return places.get(sentence).section();
    }
}
