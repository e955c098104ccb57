package org.casemark.core;

import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rubric's heading cues ("proxy goal", "fix to the training distribution", "what it should do") and which
 * components a stretch of a sentence names by them: what {@link Structure} reads headings, labels and topic sentences
 * with. The longest cue wins; a one-word cue inside one of the course's own terms ("goal" in "goal misgeneralization")
 * is part of the term.
 */
final class HeadingCues {
    /** Component key to the terms of each of its heading cues, in rubric order. */
    private final Map<String, List<List<String>>> headingCues;
    /** The course's terms of two or more words, in which a one-word heading cue is not a cue. */
    private final List<List<String>> courseTerms;

    HeadingCues(Rubric rubric) {
        Map<String, List<List<String>>> cues = new LinkedHashMap<>();
        for (Rubric.Component c : rubric.components()) {
            cues.put(c.key(), c.headings().stream().map(Reading::terms).toList());
        }
        this.headingCues = Collections.unmodifiableMap(cues);
        // the course's own terms of several words ("goal misgeneralization"): a one-word cue inside one ("goal") is
        // part of the term, not a part of the assignment
        List<List<String>> terms = new ArrayList<>();
        for (String concept : rubric.gaming().rubricTerms()) {
            for (String phrase : rubric.concepts().getOrDefault(concept, List.of())) {
                if (phrase.contains("*") || phrase.contains("~")) continue;
                List<String> t = Reading.terms(phrase);
                if (t.size() >= 2) terms.add(t);
            }
        }
        this.courseTerms = List.copyOf(terms);
    }

    /** Component key to the terms of each of its heading cues, in rubric (the assignment's) order. */
    Map<String, List<List<String>>> byComponent() {
        return headingCues;
    }

    /** Token {@code at} is part of one of the course's terms of several words ("goal" in "goal misgeneralization"). */
    private boolean insideCourseTerm(Reading r, int sentence, int at) {
        for (List<String> term : courseTerms) {
            int from = Math.max(0, at - term.size() + 1);
            int found = r.indexOf(sentence, from, Math.min(r.terms(sentence).length, at + term.size()), term);
            if (found >= 0 && found <= at && at < found + term.size()) return true;
        }
        return false;
    }

    /**
     * A short sentence that is all one heading cue but for a word ("Fix to the training distribution. Record ...",
     * "Proxy goal. ..."): a run-in label, though the tagger reads its first word as a verb.
     */
    boolean namesOnlyItsPart(Reading r, int sentence, int words) {
        int longest = 0;
        for (List<List<String>> cues : headingCues.values()) {
            for (List<String> cue : cues) {
                if (cue.size() > longest && r.indexOf(sentence, 0, r.sentence(sentence).tokens().size(), cue) >= 0) longest = cue.size();
            }
        }
        return longest >= 2 && words - longest <= 1;
    }

    /**
     * The sentence's longest cue is one word that stands after its first two words ("... misses winning goal"): a
     * heading names its part first ("Goal", "The goal", "2. Goal", "Goal of the system").
     */
    boolean lateOneWord(Reading r, int sentence) {
        Longest found = longest(r, sentence, 0, r.sentence(sentence).tokens().size());
        if (found.length() != 1) return false;
        int words = 0;
        List<Token> ts = r.sentence(sentence).tokens();
        for (int k = 0; k < found.at(); k++) if (ts.get(k).isWord()) words++;
        return words >= 2;
    }

    /**
     * Tokens [from, to) are one heading cue and nothing else but articles ("training distribution", "the proxy
     * goal"): a part's name, not something said about it ("more training data").
     */
    boolean onlyCue(Reading r, int sentence, int from, int to) {
        Longest found = longest(r, sentence, from, to);
        if (found.keys().isEmpty()) return false;
        int words = 0;
        List<Token> ts = r.sentence(sentence).tokens();
        for (int k = from; k < to; k++) if (ts.get(k).isWord() && !ts.get(k).pos().equals("DT")) words++;
        return words == found.length();
    }

    /** Components whose longest heading cue occurs in tokens [from, to). */
    Set<String> components(Reading r, int sentence, int from, int to) {
        return longest(r, sentence, from, to).keys();
    }

    /** The components of the longest cue in a stretch of a sentence, its length in terms and where it starts. */
    private record Longest(Set<String> keys, int length, int at) {
    }

    private Longest longest(Reading r, int sentence, int from, int to) {
        // the longest cue wins; among equally long ones, the one written first ("System and training")
        Set<String> best = new TreeSet<>();
        int bestLength = 0, bestAt = Integer.MAX_VALUE;
        for (Map.Entry<String, List<List<String>>> e : headingCues.entrySet()) {
            for (List<String> cue : e.getValue()) {
                if (cue.size() < bestLength) continue;
                int at = r.indexOf(sentence, from, to, cue);
                if (at < 0 || (cue.size() == 1 && insideCourseTerm(r, sentence, at))) continue;
                if (cue.size() > bestLength || at < bestAt) {
                    best.clear();
                    bestLength = cue.size();
                    bestAt = at;
                }
                if (at == bestAt) best.add(e.getKey());
            }
        }
        // "Fix (training)", "Fix (evaluation)": a cue shared by several parts ("fix"), narrowed by another cue of one
        // of them in the same stretch ("training"); "Changes" stays with both
        if (best.size() > 1) {
            Set<String> narrowed = new TreeSet<>();
            for (String key : best) {
                for (List<String> cue : headingCues.get(key)) {
                    int at = r.indexOf(sentence, from, to, cue);
                    if (at >= 0 && (at >= bestAt + bestLength || at + cue.size() <= bestAt)
                            && !(cue.size() == 1 && insideCourseTerm(r, sentence, at))) {
                        narrowed.add(key);
                    }
                }
            }
            if (!narrowed.isEmpty() && narrowed.size() < best.size()) best = narrowed;
        }
        return new Longest(best, bestLength, bestAt);
    }
}
