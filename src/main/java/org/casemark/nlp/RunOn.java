package org.casemark.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A run-on "sentence" typed without full stops ("the system is a restocking planner for 400 machines, every night
 * it decides which machines the drivers visit, it was trained with reinforcement learning ...") is many sentences
 * joined by commas. Read as one, its claims blur: a "not" anywhere denies all of it, and a rule that wants two
 * things in one sentence finds them a hundred words apart. A long sentence is cut at each comma that opens a new
 * main clause: a subject and its finite verb within the next few words, not a list item, not a relative or
 * subordinate clause. Sentences of ordinary length are left as the tagger gave them.
 */
final class RunOn {
    /** Only a sentence this long (tokens) is a candidate: ordinary long sentences stay whole. */
    static final int MIN_TOKENS = 80;
    /** Each piece keeps at least this many tokens. */
    private static final int MIN_PIECE = 8;
    /** The new clause's finite verb comes within this many tokens of the comma. */
    private static final int VERB_WITHIN = 8;
    private static final Set<String> NOT_A_NEW_CLAUSE = Set.of("and", "or", "but", "nor", "which", "who", "whom",
            "whose", "that", "where", "when", "while", "because", "since", "although", "though", "if", "unless",
            "as", "so", "whereas", "until", "like", "such", "including", "plus", "e.g.", "i.e.");

    private static final Set<String> SUBORDINATE_OPENERS = Set.of("when", "if", "because", "although", "though",
            "while", "since", "unless", "until", "as", "whereas", "after", "before", "once", "whenever", "wherever",
            "even", "given", "whether");

    private RunOn() {
    }

    static List<List<Token>> split(List<Token> tokens) {
        if (tokens.size() < MIN_TOKENS) return List.of(tokens);
        List<List<Token>> out = new ArrayList<>();
        int from = 0;
        for (int k = 1; k < tokens.size() - 1; k++) {
            if (!tokens.get(k).word().equals(",")) continue;
            if (k + 1 - from < MIN_PIECE || tokens.size() - (k + 1) < MIN_PIECE) continue;
            if (!hasFiniteVerb(tokens, from, k) || !opensClause(tokens, k + 1)) continue;
            // "When a 300-person session ends, the controller ...": a subordinate clause leads into its main clause
            if (SUBORDINATE_OPENERS.contains(tokens.get(from).word().toLowerCase(Locale.ROOT))) continue;
            out.add(tokens.subList(from, k + 1));
            from = k + 1;
        }
        out.add(tokens.subList(from, tokens.size()));
        return out;
    }

    /** A subject (a pronoun, a noun, a determiner's noun) then a finite verb, right after the comma. */
    private static boolean opensClause(List<Token> ts, int at) {
        String first = ts.get(at).word().toLowerCase(Locale.ROOT);
        if (NOT_A_NEW_CLAUSE.contains(first) || ts.get(at).pos().startsWith("W") || ts.get(at).pos().equals("VBG")) {
            return false;
        }
        boolean subject = false;
        for (int k = at; k < Math.min(ts.size(), at + VERB_WITHIN); k++) {
            Token t = ts.get(k);
            if (t.word().equals(",") || t.word().equals(";")) return false;
            if (t.isFinite()) return subject;
            subject |= t.pos().startsWith("NN") || t.pos().equals("PRP") || t.pos().equals("EX") || t.pos().equals("CD");
        }
        return false;
    }

    private static boolean hasFiniteVerb(List<Token> ts, int from, int to) {
        for (int k = from; k < to; k++) if (ts.get(k).isFinite()) return true;
        return false;
    }
}
