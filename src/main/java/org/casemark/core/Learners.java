package org.casemark.core;

import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who learns or is trained where a text says "learned" or "trained": a machine, or people and animals ("the carers
 * learned very quickly", "commissioners are now trained to", "Pip's trainer"). A word of learning names an AI system
 * only when no person or animal is the one learning: a Goodhart essay about an agency's staff, a dog's recall
 * diary, a railway letter ("the train was late") use the words of machine learning about something else.
 *
 * <p>Animacy comes from the lists CoreNLP's coreference models ship with (its {@code dcoref} animate and inanimate
 * unigrams, in the models jar the pipeline already loads), and a proper noun is a person when it is on the jar's
 * lists of first names ("Marta, who has trained lurchers"): a noun counts as a person or animal only when it is on the
 * animate list and not on the inanimate one, and never when it is one of the rubric's words for a system ("agent",
 * "assistant"), which the lists, written for news text, take for people.
 */
final class Learners {
    private static final String ANIMATE = "edu/stanford/nlp/models/dcoref/animate.unigrams.txt";
    private static final String INANIMATE = "edu/stanford/nlp/models/dcoref/inanimate.unigrams.txt";
    /** Pronouns that always stand for people: "we learned", "I was trained". "it" and "they" may be the system. */
    private static final Set<String> PERSONAL = Set.of("i", "we", "you", "he", "she", "me", "us", "him", "her");
    /** Words between the one who learns and the verb: auxiliaries, negation, adverbs of manner and time. */
    private static final Set<String> BETWEEN_LEMMAS = Set.of("be", "have", "get", "do", "not", "n't", "also", "all",
            "quickly", "soon", "now", "then", "never", "always", "that", "eventually", "gradually");
    /** Nouns of the words of learning that name people or a railway, not a machine: "trainer", "trainee", "train". */
    private static final Set<String> PEOPLE_NOUNS = Set.of("train", "trainer", "trainee", "learner", "apprentice");

    /** Reflexive pronouns between the one who learns and the verb: "the carers themselves ... learned". */
    private static final Set<String> REFLEXIVE = Set.of("themselves", "himself", "herself", "ourselves", "myself",
            "yourself", "yourselves");
    private static final String[] FIRST_NAME_LISTS = {"edu/stanford/nlp/models/gender/male_first_names.txt",
            "edu/stanford/nlp/models/gender/female_first_names.txt"};

    /** The lists, read once per process on first use (the holder's class is initialised then, by the JVM's lock). */
    private static final class Lists {
        /** Nouns on the animate list and not on the inanimate one. */
        static final Set<String> ANIMATE_ONLY = animateOnly();
        static final Set<String> FIRST_NAMES = firstNames();

        private static Set<String> animateOnly() {
            Set<String> out = read(ANIMATE);
            out.removeAll(read(INANIMATE));
            return Set.copyOf(out);
        }

        private static Set<String> firstNames() {
            Set<String> out = new HashSet<>();
            for (String f : FIRST_NAME_LISTS) out.addAll(read(f));
            return Set.copyOf(out);
        }
    }

    private final Set<String> systemWords;

    /** @param systemWords the rubric's single words for a system, lower case: never a person, whatever the lists say */
    Learners(Set<String> systemWords) {
        this.systemWords = Set.copyOf(systemWords);
    }

    /** With the single words of the rubric's {@code system_concepts} as its words for a system. */
    static Learners of(Rubric rubric) {
        Set<String> systemWords = new HashSet<>();
        for (String c : rubric.flags().systemConcepts()) {
            for (String phrase : rubric.concepts().getOrDefault(c, List.of())) {
                String w = phrase.strip().toLowerCase(Locale.ROOT);
                if (!w.contains(" ") && !w.endsWith("*")) systemWords.add(w);
            }
        }
        return new Learners(systemWords);
    }

    /**
     * The word at {@code k} is one of learning ("learn", "train") and its learner is a person or animal, or it is a
     * noun for people ("trainer") or a railway's "train": the word does not name an AI system.
     */
    boolean aboutPeople(List<Token> ts, int k) {
        Token t = ts.get(k);
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (!lemma.startsWith("train") && !lemma.startsWith("learn")) return false;
        if (t.pos().startsWith("NN")) return PEOPLE_NOUNS.contains(lemma);
        if (!t.pos().startsWith("VB")) return false;
        // "we trained it on ...", "they taught the model": a machine is the one trained, whoever trains it; "who has
        // trained lurchers", "help train my replacement": people or animals
        if (lemma.startsWith("train") && k + 1 < ts.size()) {
            Token next = ts.get(k + 1);
            String w = next.word().toLowerCase(Locale.ROOT);
            if (w.equals("it") || w.equals("them")) return false;
            int o = k + 1;
            while (o < ts.size() && (ts.get(o).pos().equals("DT") || ts.get(o).pos().equals("PRP$")
                    || ts.get(o).pos().startsWith("JJ"))) o++;
            if (o < ts.size() && ts.get(o).pos().startsWith("NN")) return person(ts.get(o));
        }
        for (int j = k - 1; j >= 0 && j >= k - 20; j--) {
            Token b = ts.get(j);
            String bl = b.lemma().toLowerCase(Locale.ROOT);
            if (BETWEEN_LEMMAS.contains(bl) || REFLEXIVE.contains(bl) || b.pos().startsWith("RB") || b.pos().equals("MD")
                    || b.pos().equals("TO") || b.pos().equals("WP")) {
                continue;
            }
            // "the carers themselves, most of them on zero-hours contracts, learned": past the aside to its subject
            if (b.word().equals(",")) {
                int open = j - 1;
                while (open >= 0 && open >= j - 12 && !ts.get(open).word().equals(",")) open--;
                if (open < 0 || open < j - 12) return false;
                j = open;
                continue;
            }
            return person(b);
        }
        return false;
    }

    /** A personal pronoun, or a noun only ever animate that is not one of the rubric's words for a system. */
    boolean person(Token t) {
        String w = t.word().toLowerCase(Locale.ROOT);
        if (t.pos().startsWith("PRP")) return PERSONAL.contains(w);
        if (t.pos().startsWith("NNP")) return Lists.FIRST_NAMES.contains(w);
        if (!t.pos().startsWith("NN")) return false;
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        if (systemWords.contains(lemma) || systemWords.contains(w)) return false;
        return Lists.ANIMATE_ONLY.contains(w) || Lists.ANIMATE_ONLY.contains(lemma);
    }

    private static Set<String> read(String resource) {
        Set<String> out = new HashSet<>();
        try (InputStream in = Learners.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("CoreNLP models jar lacks " + resource);
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String w = line.strip().toLowerCase(Locale.ROOT);
                if (!w.isEmpty()) out.add(w);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
