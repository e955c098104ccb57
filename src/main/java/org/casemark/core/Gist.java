package org.casemark.core;

import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.List;

/**
 * The few words of a sentence that say what earned a criterion, in the learner's own words: the clause around the
 * first word the criterion's rules matched there ("real customers upload real contracts, including ones with nasty
 * indemnity clauses"), at most {@value #MAX_WORDS} words, cut at a word with an ellipsis. Feedback quotes them
 * back, so that a learner sees which of their sentences earned what.
 */
final class Gist {
    private static final java.util.regex.Pattern CLOSING_MARK = java.util.regex.Pattern.compile("[)\\]%\"”’']");
    static final int MAX_WORDS = 14;
    private static final int BEFORE_ANCHOR = 4;

    private Gist() {
    }

    /** The gist of sentence {@code i} for criterion {@code k} (null: its opening words), in curly quotes. */
    static String of(Analysis a, int i, Rubric.Criterion k) {
        Reading r = a.reading();
        Sentence s = r.sentence(i);
        List<Token> ts = s.tokens();
        int from = a.sections().contentFrom(i);
        while (from < ts.size() && !ts.get(from).isWord()) from++;
        if (from >= ts.size()) return null;
        int to = ts.size();
        while (to > from && !ts.get(to - 1).isWord() && !CLOSING_MARK.matcher(ts.get(to - 1).word()).matches()) to--;
        int anchor = anchor(a, i, k, from);
        // the anchor's clause, when it has enough words to say something; else the whole sentence
        int[] clause = r.clauseSpan(i, anchor);
        int cs = Math.max(from, clause[0]), ce = Math.min(to, clause[1]);
        if (words(ts, cs, ce) >= 5) {
            from = cs;
            to = ce;
            while (to > from && !ts.get(to - 1).isWord()) to--;
        }
        int start = from, end = to;
        if (words(ts, from, to) > MAX_WORDS) {
            start = Math.max(from, anchor - BEFORE_ANCHOR);
            // ... but not across a comma, a colon or a conjunction before the anchor ("this, I would change" starts
            // at "I", "data and I would test" at "I")
            for (int q = start; q < anchor; q++) {
                String w = ts.get(q).word();
                if (w.equals(",") || w.equals(":") || w.equals(";") || ts.get(q).pos().equals("CC")) start = q + 1;
            }
            end = start;
            int n = 0;
            while (end < to && n < MAX_WORDS) {
                if (ts.get(end).isWord()) n++;
                end++;
            }
            // a cut phrase ends on a word that carries meaning, not on "of the", "and"
            while (end > start + 1 && List.of("IN", "DT", "TO", "CC", "PRP$", "WDT", "POS").contains(ts.get(end - 1).pos())) end--;
        }
        // never half a written word: "wouldnt" and "don't" are split in two tokens, and "there it would …" says the
        // opposite of what was written
        while (end < ts.size() && glued(ts, end)) end++;
        while (start > from && glued(ts, start)) start--;
        while (start < end && !ts.get(start).isWord()) start++;
        if (start >= end) return null;
        String text = r.text().substring(ts.get(start).start(), ts.get(end - 1).end())
                .replaceAll("\\s+", " ").replaceAll("[\"“”*]", "").replace("{", "(").replace("}", ")").strip();
        boolean cutBefore = start > a.sections().contentFrom(i) && words(ts, a.sections().contentFrom(i), start) > 0;
        boolean cutAfter = words(ts, end, ts.size()) > 0;
        // "b) How we test it": the list's marker is not quoted; "…projects) a neural network": nor half an aside
        text = Brackets.unmarked(text);
        String opened = Brackets.opening(text);
        if (!opened.equals(text) && text.endsWith(opened)) cutBefore = true;
        text = opened;
        if (text.isEmpty()) return null;
        return "\u201c" + (cutBefore ? "\u2026" : "") + Brackets.closing(text + (cutAfter ? " \u2026" : "")) + "\u201d";
    }

    /** Token {@code k} is the written rest of the word before it ("nt" of "wouldnt", "n't" of "don't"). */
    private static boolean glued(List<Token> ts, int k) {
        if (k <= 0 || k >= ts.size() || ts.get(k).start() != ts.get(k - 1).end()) return false;
        String w = ts.get(k).word();
        // (a letter, or an apostrophe with letters after it: "'s", "n't"; a bare closing quotation mark is not)
        boolean apostrophe = w.length() > 1 && (w.charAt(0) == '\'' || w.charAt(0) == '\u2019')
                && Character.isLetter(w.charAt(1));
        return !w.isEmpty() && (Character.isLetter(w.charAt(0)) || apostrophe)
                && Character.isLetterOrDigit(ts.get(k - 1).word().charAt(ts.get(k - 1).word().length() - 1));
    }

    /** The first token of the sentence that one of the criterion's rules names, by rule order; else its first word. */
    private static int anchor(Analysis a, int i, Rubric.Criterion k, int from) {
        if (k == null) return from;
        for (Rubric.Rule rule : k.rules()) {
            for (List<String> concepts : List.of(rule.all(), rule.any())) {
                for (String concept : concepts) {
                    for (ConceptIndex.Hit h : a.matches().of(i, concept)) {
                        if (h.from() >= from) return h.from();
                    }
                }
            }
        }
        return from;
    }

    private static int words(List<Token> ts, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) if (ts.get(k).isWord()) n++;
        return n;
    }
}
