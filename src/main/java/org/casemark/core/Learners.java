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

    /** Spans of time that "take" or "need" before the verb of learning: "apprentices take four years to train". */
    private static final Set<String> TIME_NOUNS = Set.of("year", "month", "week", "day", "hour", "minute", "season",
            "semester", "term", "decade");
    /** The verbs whose subject (or object) spends that time: "take", "need", "spend", "require". */
    private static final Set<String> TIME_VERBS = Set.of("take", "need", "spend", "require");
    /** The words of a quantity of time between that verb and its noun besides numbers and determiners: "a few", "about". */
    private static final Set<String> QUANTITY_WORDS = Set.of("a", "an", "few", "several", "many", "couple", "of", "to",
            "about", "around", "over", "almost", "nearly", "at", "least", "more", "than", "or");

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
        return aboutPeople(ts, k, Set.of());
    }

    /**
     * As {@link #aboutPeople(List, int)}, with the proper nouns the text itself introduces as people or animals
     * ({@code names}, lower case, from {@link #animateNames}): "Pip hadn't learned 'come to me'".
     */
    boolean aboutPeople(List<Token> ts, int k, Set<String> names) {
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
            if (o < ts.size() && ts.get(o).pos().startsWith("NN")) return person(ts, o, names);
        }
        if (toldToTheReader(ts, k)) return true;
        for (int j = k - 1; j >= 0 && j >= k - 20; j--) {
            Token b = ts.get(j);
            String bl = b.lemma().toLowerCase(Locale.ROOT);
            if (BETWEEN_LEMMAS.contains(bl) || REFLEXIVE.contains(bl) || b.pos().startsWith("RB") || b.pos().equals("MD")
                    || b.pos().equals("TO") || b.pos().equals("WP")) {
                continue;
            }
            // "apprentices take four to five years to train", "it took the new hires a month to learn the till": the one
            // who learns is the subject of "take" or the one after it, not the time it takes
            if (TIME_NOUNS.contains(bl) && b.pos().startsWith("NN")) {
                int v = timeVerb(ts, j);
                if (v < 0) return false;
                for (int o = v + 1; o < j; o++) {
                    Token n = ts.get(o);
                    if (n.pos().equals("PRP")) return false;
                    if (n.pos().startsWith("NN") && !TIME_NOUNS.contains(n.lemma().toLowerCase(Locale.ROOT))) {
                        return person(ts, o, names);
                    }
                }
                j = v;
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
            // "when people are judged by a number, they will learn to", "young people who try it ... while they
            // learn": "they" stands for the nearest plural noun before it in the sentence that is a subject (a verb or
            // "who" after it; "the tools or the insurance while they learn" is no subject)
            if (b.word().equalsIgnoreCase("they")) {
                for (int a = j - 1; a >= 0; a--) {
                    Token n = ts.get(a);
                    if (!n.pos().equals("NNS") && !n.pos().equals("NNPS")) continue;
                    Token after = ts.get(a + 1);
                    if (after.isVerb() || after.pos().equals("MD") || after.pos().startsWith("W")) {
                        return person(ts, a, names);
                    }
                }
                return false;
            }
            return person(ts, j, names);
        }
        return false;
    }

    /**
     * The verb ("take", "need") before the span of time at {@code j} ("take four to five years", "took the new hires a
     * month"): its index, or -1 when the words before the span are not a quantity, a noun phrase and such a verb.
     */
    private static int timeVerb(List<Token> ts, int j) {
        for (int v = j - 1; v >= 0 && v >= j - 8; v--) {
            Token t = ts.get(v);
            String l = t.lemma().toLowerCase(Locale.ROOT);
            if (t.isVerb() && TIME_VERBS.contains(l)) return v;
            boolean quantity = t.pos().equals("CD") || QUANTITY_WORDS.contains(l) || t.pos().equals("DT")
                    || t.pos().startsWith("JJ") || t.pos().startsWith("NN") || t.pos().equals("PRP");
            if (!quantity) return -1;
        }
        return -1;
    }

    /**
     * The verb at {@code k} ("learn", "train") is in its bare form and joined by "and" or "or" to a sentence that
     * opens with an order ("Just don't go in August, and learn to reverse."): the reader is told to learn, no machine.
     */
    static boolean toldToTheReader(List<Token> ts, int k) {
        if (!ts.get(k).pos().equals("VB")) return false;
        int p = k - 1;
        while (p >= 0 && ts.get(p).pos().startsWith("RB")) p--;
        if (p < 1 || !ts.get(p).pos().equals("CC")) return false;
        int first = 0;
        while (first < p && (ts.get(first).pos().startsWith("RB") || !ts.get(first).isWord())) first++;
        if (first >= p) return false;
        Token opener = ts.get(first);
        if (opener.pos().equals("VB")) return true;
        // "Don't go in August": "do" and its "not", with no subject before them
        return opener.lemma().equalsIgnoreCase("do") && first + 1 < p
                && (ts.get(first + 1).word().equalsIgnoreCase("n't") || ts.get(first + 1).word().equalsIgnoreCase("not"));
    }

    /** The noun at {@code k} stands for a person or an animal ({@link #person(List, int, Set)}). */
    boolean aboutPeopleNoun(List<Token> ts, int k, Set<String> names) {
        return person(ts, k, names);
    }

    /**
     * The word at {@code k} is a person or animal: {@link #person(Token)}, a proper noun the text introduces as one
     * ({@code names}), or a common noun capitalised only because its line is in title case ("How Crews Learned to Beat
     * the Paper").
     */
    private boolean person(List<Token> ts, int k, Set<String> names) {
        Token t = ts.get(k);
        if (person(t)) return true;
        if (!t.pos().startsWith("NNP")) return false;
        String w = t.word().toLowerCase(Locale.ROOT);
        if (names.contains(w)) return true;
        return titleCase(ts) && !systemWords.contains(w) && (Lists.ANIMATE_ONLY.contains(w)
                || Lists.ANIMATE_ONLY.contains(t.lemma().toLowerCase(Locale.ROOT)));
    }

    /** Every word of four letters or more in the sentence starts with a capital letter: a title's line. */
    private static boolean titleCase(List<Token> ts) {
        int words = 0;
        for (Token t : ts) {
            String w = t.word();
            if (w.length() < 4 || !Character.isLetter(w.charAt(0))) continue;
            if (!Character.isUpperCase(w.charAt(0))) return false;
            words++;
        }
        return words >= 3;
    }

    /**
     * The proper nouns a text introduces as people or animals, lower case: "Pip is our three-year-old whippet", "Ruth,
     * a retired nurse, ...", "my friend Marta". A system's name is introduced as a thing ("HiveEar is a contact
     * microphone") and stays out.
     */
    Set<String> animateNames(Reading r) {
        List<List<Token>> sentences = new java.util.ArrayList<>();
        for (int i = 0; i < r.size(); i++) sentences.add(r.sentence(i).tokens());
        return animateNames(sentences);
    }

    /** {@link #animateNames(Reading)} of the sentences' tokens. */
    Set<String> animateNames(List<List<Token>> sentences) {
        Set<String> out = new HashSet<>();
        for (List<Token> ts : sentences) {
            for (int k = 0; k < ts.size(); k++) {
                Token t = ts.get(k);
                if (!t.pos().startsWith("NNP") || k + 1 < ts.size() && ts.get(k + 1).pos().startsWith("NNP")) continue;
                String w = t.word().toLowerCase(Locale.ROOT);
                if (systemWords.contains(w)) continue;
                // "my friend Marta", "our dog Biscuit": an animate noun right before the name
                if (k > 0 && ts.get(k - 1).pos().startsWith("NN") && !ts.get(k - 1).pos().startsWith("NNP")
                        && person(ts.get(k - 1))) {
                    out.add(w);
                    continue;
                }
                // "Pip is our whippet", "Ruth, a retired nurse,": the head of the noun phrase after "is" or the comma
                int o = k + 1;
                if (o < ts.size() && (ts.get(o).word().equals(",") || ts.get(o).lemma().equals("be"))) {
                    o++;
                    if (o < ts.size() && (ts.get(o).pos().equals("DT") || ts.get(o).pos().equals("PRP$"))) {
                        o++;
                        int head = -1;
                        for (; o < ts.size(); o++) {
                            String pos = ts.get(o).pos();
                            if (pos.startsWith("NN") && !pos.startsWith("NNP")) head = o;
                            else if (!pos.startsWith("JJ") && !pos.equals("HYPH") && !pos.equals("CD")) break;
                        }
                        if (head >= 0 && person(ts.get(head))) out.add(w);
                    }
                }
            }
        }
        return out;
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
