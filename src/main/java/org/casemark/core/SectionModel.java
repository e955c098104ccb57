package org.casemark.core;

import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which component a sentence speaks to where no heading or label says so (a story, a report, a wall of text): a
 * naive Bayes model over the sentence's content lemmas and the rubric concepts it matches, trained from write-ups
 * whose headings give each sentence's component for free. It only widens {@code in_section} rules (a sentence it
 * reads as the shift's may earn what a sentence under a "Distribution shift" heading earns); it never takes a
 * sentence away from a component.
 */
final class SectionModel {
    /** A feature must occur in this many training write-ups: a domain's own nouns say nothing of a component. */
    static final int MIN_WRITE_UPS = 3;
    /** Laplace smoothing. */
    private static final double ALPHA = 1.0;

    private final Rubric.SectionModel weights;
    /** The concept whose matches are no feature (see {@link #features}), or null. */
    private final String unread;

    SectionModel(Rubric.SectionModel weights, String unread) {
        this.weights = weights;
        this.unread = unread;
    }

    /**
     * A sentence's features: "w:" and each content lemma after any inline label, "c:" and each concept it matches but
     * {@code unread} (the rubric's {@code affected_concept}, or null: the people a sentence names are in every part of a
     * case, its users, its setting and its harm, and tell none of them apart).
     */
    static Set<String> features(Reading r, Sections sections, ConceptMatches matches, int i, String unread) {
        Set<String> out = new TreeSet<>();
        List<Token> tokens = r.sentence(i).tokens();
        for (int k = sections.contentFrom(i); k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || !t.isContent()) continue;
            out.add(t.pos().equals("CD") ? "w:#" : "w:" + Reading.term(t.lemma()));
        }
        for (String c : matches.hits().get(i).keySet()) if (!c.equals(unread)) out.add("c:" + c);
        return out;
    }

    /** Longer than this, a sentence runs several parts together (dictation without full stops). */
    static final int RUN_ON_WORDS = 60;

    /** The component read in each sentence that no heading or label places (empty where unsure). */
    List<Set<String>> infer(Reading r, Sections sections, ConceptMatches matches) {
        List<Set<String>> out = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            // (a run-on sentence tells several parts at once: with that many features a naive Bayes posterior is
            // sure of one part however mixed the sentence, so it is read as none)
            boolean runOn = r.sentence(i).wordCount() > RUN_ON_WORDS;
            String read = sections.heading(i) || sections.cued(i) || runOn ? null
                    : classify(features(r, sections, matches, i, unread));
            out.add(read == null ? Set.of() : Set.of(read));
        }
        return out;
    }

    /** The class whose posterior reaches its threshold (the rubric's for that component, else the model's), or null. */
    String classify(Set<String> features) {
        int known = 0;
        for (String f : features) if (weights.logLikelihood().containsKey(f)) known++;
        if (known < weights.minFeatures()) return null;
        int n = weights.classes().size();
        double[] score = weights.logPrior().clone();
        for (String f : features) {
            double[] lik = weights.logLikelihood().get(f);
            if (lik == null) continue;     // unseen in training: the same for every class, so left out
            for (int c = 0; c < n; c++) score[c] += lik[c];
        }
        double max = Double.NEGATIVE_INFINITY;
        int best = 0;
        for (int c = 0; c < n; c++) if (score[c] > max) { max = score[c]; best = c; }
        double sum = 0;
        for (int c = 0; c < n; c++) sum += Math.exp(score[c] - max);
        String read = weights.classes().get(best);
        return 1.0 / sum >= weights.threshold(read) ? read : null;
    }

    /**
     * Trains weights from write-ups: each credited sentence under a heading or label of exactly one component is an
     * example of that component. Deterministic: the same write-ups give the same weights.
     */
    static Rubric.SectionModel train(List<String> classes, List<List<Map.Entry<String, Set<String>>>> writeUps,
                                     double threshold, int minFeatures) {
        Map<String, Integer> writeUpCount = new HashMap<>();
        for (List<Map.Entry<String, Set<String>>> w : writeUps) {
            Set<String> seen = new HashSet<>();
            for (Map.Entry<String, Set<String>> e : w) seen.addAll(e.getValue());
            for (String f : seen) writeUpCount.merge(f, 1, Integer::sum);
        }
        Set<String> vocabulary = new TreeSet<>();
        writeUpCount.forEach((f, count) -> { if (count >= MIN_WRITE_UPS) vocabulary.add(f); });
        int n = classes.size();
        double[] examples = new double[n], totals = new double[n];
        Map<String, double[]> counts = new TreeMap<>();
        for (List<Map.Entry<String, Set<String>>> w : writeUps) {
            for (Map.Entry<String, Set<String>> e : w) {
                int c = classes.indexOf(e.getKey());
                examples[c]++;
                for (String f : e.getValue()) {
                    if (!vocabulary.contains(f)) continue;
                    counts.computeIfAbsent(f, k -> new double[n])[c]++;
                    totals[c]++;
                }
            }
        }
        double all = 0;
        for (double x : examples) all += x;
        double[] prior = new double[n];
        for (int c = 0; c < n; c++) {
            prior[c] = Math.log((examples[c] + ALPHA) / (all + ALPHA * n));
        }
        Map<String, double[]> lik = new TreeMap<>();
        for (Map.Entry<String, double[]> e : counts.entrySet()) {
            double[] l = new double[n];
            for (int c = 0; c < n; c++) l[c] = Math.log((e.getValue()[c] + ALPHA) / (totals[c] + ALPHA * vocabulary.size()));
            lik.put(e.getKey(), l);
        }
        return new Rubric.SectionModel(classes, prior, lik, threshold, minFeatures);
    }
}
