package org.casemark.core;

import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One annotated write-up as every grading stage reads it: the text, its sentences, and per token its surface term,
 * its lemma term (both through the {@link TermAnalyzer}) and the number of the clause it sits in. Immutable: the
 * arrays are filled once here and never handed out.
 */
final class Reading {
    /** The words of a plain negation ("not", "n't", "never", "no"). */
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");

    /** Token {@code t} is a plain negation. */
    static boolean negation(Token t) {
        return NEGATIONS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
    }

    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "then", "while", "whereas", "yet", "so");
    /** After a comma that closes a clause with a finite verb, a subject pronoun opens the next one (a comma splice). */
    private static final Set<String> SUBJECTS = Set.of("it", "they", "we", "i", "he", "she");
    private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
    private static final Set<String> DASHES = Set.of("-", "--", "\u2013", "\u2014");

    private final AnnotatedText doc;
    private final String[][] surfaceTerms;
    private final String[][] lemmaTerms;
    private final int[][] clause;
    /**
     * Per sentence, whether it defers a part ({@link Deferrals#defers}), read once when first asked (both
     * {@link Structure} and {@link Eligibility} ask): 0 not yet read, 1 no, 2 yes.
     */
    private final byte[] defers;

    Reading(AnnotatedText doc) {
        this.doc = doc;
        int n = doc.sentences().size();
        defers = new byte[n];
        surfaceTerms = new String[n][];
        lemmaTerms = new String[n][];
        clause = new int[n][];
        for (int i = 0; i < n; i++) {
            List<Token> ts = doc.sentences().get(i).tokens();
            surfaceTerms[i] = new String[ts.size()];
            lemmaTerms[i] = new String[ts.size()];
            for (int k = 0; k < ts.size(); k++) {
                surfaceTerms[i][k] = term(ts.get(k).word());
                lemmaTerms[i][k] = term(ts.get(k).lemma());
            }
            clause[i] = clauses(ts);
        }
    }

    /** Sentence {@code i} admits or promises that a part is not written yet ({@link Deferrals#defers}). */
    boolean defers(int i) {
        if (defers[i] == 0) defers[i] = (byte) (Deferrals.defers(this, sentence(i)) ? 2 : 1);
        return defers[i] == 2;
    }

    AnnotatedText doc() {
        return doc;
    }

    String text() {
        return doc.text();
    }

    List<Sentence> sentences() {
        return doc.sentences();
    }

    Sentence sentence(int i) {
        return doc.sentences().get(i);
    }

    /** The number of sentences. */
    /** The surface terms of sentence {@code i}'s tokens (a fresh copy). */
    String[] terms(int i) {
        return surfaceTerms[i].clone();
    }

    int size() {
        return surfaceTerms.length;
    }

    /** The clause number of token {@code token} of sentence {@code sentence}. */
    int clause(int sentence, int token) {
        return clause[sentence][token];
    }

    /** The tokens [from, to) of the clause that token {@code token} of sentence {@code sentence} sits in. */
    int[] clauseSpan(int sentence, int token) {
        int[] c = clause[sentence];
        int from = token, to = token;
        while (from > 0 && c[from - 1] == c[token]) from--;
        while (to < c.length && c[to] == c[token]) to++;
        return new int[] {from, to};
    }

    /** True if {@code cue} occurs as consecutive tokens (by surface or lemma) within tokens [from, to). */
    boolean contains(int sentence, int from, int to, List<String> cue) {
        return indexOf(sentence, from, to, cue) >= 0;
    }

    /** Where {@code cue} first occurs as consecutive tokens (by surface or lemma) within [from, to), or -1. */
    int indexOf(int sentence, int from, int to, List<String> cue) {
        String[] surface = surfaceTerms[sentence], lemma = lemmaTerms[sentence];
        for (int i = Math.max(0, from); i + cue.size() <= to; i++) {
            boolean all = true;
            for (int j = 0; j < cue.size() && all; j++) {
                String c = cue.get(j);
                all = c.equals(surface[i + j]) || c.equals(lemma[i + j]);
            }
            if (all) return i;
        }
        return -1;
    }

    /** The index term of one word or lemma. */
    static String term(String word) {
        return TermAnalyzer.INSTANCE.term(word);
    }

    /** The lemma terms of every noun of {@code texts} (the course's own nouns, when they are its copy sources). */
    static Set<String> nounLemmas(List<AnnotatedText> texts) {
        Set<String> out = new HashSet<>();
        for (AnnotatedText text : texts) {
            for (Sentence s : text.sentences()) {
                for (Token t : s.tokens()) if (t.isNoun()) out.add(term(t.lemma()));
            }
        }
        return out;
    }

    /** The index terms of a phrase's words ("Proxy goal" is [proxy, goal]): a cue to look for with {@link #indexOf}. */
    static List<String> terms(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.strip().split("\\s+")) {
            // a contraction is two tokens in a document ("can't" is "ca" + "n't", "it's" is "it" + "'s"): so in a cue
            java.util.regex.Matcher m = CONTRACTION.matcher(w);
            if (m.matches()) {
                out.add(term(m.group(1)));
                out.add(term(m.group(2)));
            } else {
                out.add(term(w));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern CONTRACTION =
            java.util.regex.Pattern.compile("(?i)(\\p{L}+?)(n't|'s|'re|'ll|'d|'ve|'m)");

    /**
     * Clause numbers of a sentence's tokens: a new clause after ';' and after a comma followed by a conjunction
     * that joins clauses ("..., and before release test it ...", "..., but ...", "..., so ...") or by a subject
     * pronoun ("..., it's more that it memorised the jar") or by "that" opening what a clause reports ("we have
     * confirmed in our own testing, that in some situations it keeps the loudest voice ...").
     */
    private static int[] clauses(List<Token> ts) {
        int[] out = new int[ts.size()];
        int c = 0;
        boolean finite = false;     // the current clause has a finite verb
        for (int k = 0; k < ts.size(); k++) {
            String w = ts.get(k).word().toLowerCase(Locale.ROOT);
            boolean afterComma = k > 0 && ts.get(k - 1).word().equals(",");
            // a dash after a clause with its verb opens another ("I couldn't think of a proxy - I think it just
            // learned the cows by heart"); "the goal - reach the coin - was ..." has no verb before its dash
            // (a free-standing dash: "held-out" is "held", "-", "out" to the tokenizer)
            boolean afterDash = k > 1 && DASHES.contains(ts.get(k - 1).word()) && finite
                    && ts.get(k - 2).end() < ts.get(k - 1).start() && ts.get(k - 1).end() < ts.get(k).start();
            if (k > 0 && (ts.get(k - 1).word().equals(";") || afterDash
                    || (afterComma && CLAUSE_JOINERS.contains(w))
                    || (afterComma && finite && (SUBJECTS.contains(w) || w.equals("that"))))) {
                c++;
                finite = false;
            }
            finite |= FINITE.contains(ts.get(k).pos());
            out[k] = c;
        }
        return out;
    }
}
