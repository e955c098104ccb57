package org.casemark.core;

import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.EnglishLexicon;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which of a write-up's own words are not English: a template of the rubric's connectives filled with invented nouns
 * and verbs ("a glorp that flims the wobbet") reads like a case study to phrase rules. Common nouns, verbs and
 * adjectives are looked up in the {@link EnglishLexicon}; names (proper nouns, acronyms, words with digits), the
 * course's own words and words of two letters are not judged, so rare but real domain terms pass.
 */
final class Vocabulary {
    /** What was judged: the distinct words looked up, and those not found. */
    record Judged(SortedSet<String> words, SortedSet<String> unknown) {
        double unknownShare() {
            return words.isEmpty() ? 0 : (double) unknown.size() / words.size();
        }
    }

    private final EnglishLexicon lexicon;
    private final Set<String> courseWords = new HashSet<>();

    Vocabulary(List<AnnotatedText> copySources) {
        this.lexicon = EnglishLexicon.get();
        for (AnnotatedText source : copySources) {
            for (Sentence s : source.sentences()) {
                for (Token t : s.tokens()) courseWords.add(t.word().toLowerCase(Locale.ROOT));
            }
        }
    }

    /**
     * The words judged and those not known. Slips of the keyboard are forgiven only where it matters: when the
     * strict count alone would make the write-up a template of invented words ({@code minUnknown} words, more than
     * {@code maxShare} of them).
     */
    Judged judge(Reading r, Credits credits, int minUnknown, double maxShare) {
        Judged strict = judge(r, credits, false);
        if (strict.unknown().size() < minUnknown || strict.unknownShare() <= maxShare) return strict;
        SortedSet<String> unknown = new TreeSet<>();
        for (String w : strict.unknown()) if (!lexicon.knows(w, null, true)) unknown.add(w);
        return new Judged(strict.words(), unknown);
    }

    private Judged judge(Reading r, Credits credits, boolean slips) {
        SortedSet<String> words = new TreeSet<>(), unknown = new TreeSet<>();
        // a word and its lemma are looked up once per write-up, however often they recur
        java.util.Map<java.util.Map.Entry<String, String>, Boolean> known = new java.util.HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            if (credits.verdicts().get(i).duplicate()) continue;
            for (Token t : r.sentence(i).tokens()) {
                if (!judged(t)) continue;
                String w = t.word().toLowerCase(Locale.ROOT);
                if (courseWords.contains(w)) continue;
                words.add(w);
                boolean knows = known.computeIfAbsent(new java.util.AbstractMap.SimpleEntry<>(t.word(), t.lemma()),
                        k -> lexicon.knows(t.word(), t.lemma(), slips));
                if (!knows) {
                    unknown.add(w);
                }
            }
        }
        return new Judged(words, unknown);
    }

    /** A common noun, verb or adjective of letters only (a name, an acronym or a code is not judged). */
    private static boolean judged(Token t) {
        String pos = t.pos(), w = t.word();
        if (!(pos.equals("NN") || pos.equals("NNS") || pos.startsWith("VB") || pos.startsWith("JJ"))) return false;
        if (w.length() < 3) return false;
        boolean lower = false;
        for (int k = 0; k < w.length(); k++) {
            char c = w.charAt(k);
            if (!Character.isLetter(c) && c != '-') return false;
            lower |= Character.isLowerCase(c);
        }
        // "AUC", "LiDAR" and names capitalised mid-sentence are names; a capital at a sentence start is not
        return lower && (Character.isLowerCase(w.charAt(0)) || !hasInnerCapital(w));
    }

    private static boolean hasInnerCapital(String w) {
        for (int k = 1; k < w.length(); k++) if (Character.isUpperCase(w.charAt(k))) return true;
        return false;
    }
}
