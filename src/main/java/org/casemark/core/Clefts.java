package org.casemark.core;

import org.casemark.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a thing was found to go by, told in a sentence's shape rather than its words: a cleft ("What it actually
 * watched for was simpler: no page turned for four minutes", "What they seem to react to in practice is any quick
 * drop in temperature") and a thing that learns something ("the valves 'learn' what an open window looks like").
 * Either tells of a system's learning or behaviour whatever the system is called, so it is evidence that a text is
 * about the assignment's subject.
 */
final class Clefts {
    /** Verbs of wanting and meaning: "what the designers actually want is ..." tells the intended goal. */
    private static final Set<String> WANTING = Set.of("want", "mean", "care", "need", "wish", "like", "expect",
            "intend", "hope", "prefer", "ask", "say", "think", "hear", "see", "do", "be", "have", "happen");
    /** Words that mark a cleft's finding as what really happens, unlike what was meant. */
    private static final Set<String> FINDING = Set.of("actually", "really", "practice", "seem", "appear", "turn");
    /** How far the cleft's verb may stand from "what", and its "is" or colon from the verb, in tokens. */
    private static final int SPAN = 6;

    private Clefts() {
    }

    /**
     * The sentence holds "what" + a subject that is not a person + (a word of finding: "actually", "really", "in
     * practice", "seems to") + a verb that is not one of wanting or meaning + "is", "was" or a colon after it.
     */
    static boolean revealed(List<Token> ts, Learners learners, Set<String> animate) {
        for (int w = 0; w + 3 < ts.size(); w++) {
            if (!ts.get(w).word().equalsIgnoreCase("what")) continue;
            int s = w + 1;
            // the subject: "it", "they", a name, or a noun phrase ("the valves", "the e-reader's feature")
            String sw = ts.get(s).word().toLowerCase(Locale.ROOT);
            boolean pronoun = sw.equals("it") || sw.equals("they");
            int head;
            if (pronoun) {
                head = s;
            } else {
                int k = s;
                if (ts.get(k).pos().equals("DT") || ts.get(k).pos().equals("PRP$")) k++;
                while (k + 1 < ts.size() && (ts.get(k).pos().startsWith("JJ") || ts.get(k + 1).pos().startsWith("NN")
                        && ts.get(k).pos().startsWith("NN"))) k++;
                if (k >= ts.size() || !ts.get(k).pos().startsWith("NN")) continue;
                head = k;
            }
            // ... not a person: "what the designers actually found" is no finding about a system
            if (!pronoun && learners.aboutPeopleNoun(ts, head, animate)) continue;
            boolean finding = false;
            int v = -1;
            for (int k = head + 1; k < ts.size() && k <= head + SPAN; k++) {
                Token t = ts.get(k);
                String lemma = t.lemma().toLowerCase(Locale.ROOT);
                if (FINDING.contains(lemma)) {
                    finding = true;
                    continue;
                }
                if (t.pos().startsWith("RB") || t.pos().equals("MD") || t.pos().equals("TO")
                        || lemma.equals("have") || lemma.equals("be") && k + 1 < ts.size() && ts.get(k + 1).isVerb()) {
                    continue;
                }
                if (t.isVerb()) v = k;
                break;
            }
            if (v < 0 || !finding || WANTING.contains(ts.get(v).lemma().toLowerCase(Locale.ROOT))) continue;
            // "what they actually learned", "they" standing for people named before it: people's learning
            if (sw.equals("they") && learners.aboutPeople(ts, v, animate)) continue;
            for (int k = v + 1; k < ts.size() && k <= v + SPAN; k++) {
                String x = ts.get(k).word();
                if (x.equals(":") || ts.get(k).lemma().equals("be")) return true;
            }
        }
        return false;
    }

    /**
     * The verb "learn" at {@code k} has a thing for its subject right before it (a noun that is not a person or an
     * animal, a quotation mark allowed between), and learns something: "what", "to", "that", "how" or a noun phrase
     * follows.
     */
    static boolean thingLearns(List<Token> ts, int k, Learners learners, Set<String> animate) {
        Token verb = ts.get(k);
        if (!verb.pos().equals("VBP") && !verb.pos().equals("VBZ") && !verb.pos().equals("VBD")) return false;
        int b = k - 1;
        while (b >= 0 && (ts.get(b).pos().equals("``") || ts.get(b).pos().equals("''"))) b--;
        if (b < 0 || !ts.get(b).pos().startsWith("NN") || learners.aboutPeopleNoun(ts, b, animate)) return false;
        int a = k + 1;
        while (a < ts.size() && (ts.get(a).pos().equals("``") || ts.get(a).pos().equals("''"))) a++;
        if (a >= ts.size()) return false;
        String next = ts.get(a).word().toLowerCase(Locale.ROOT);
        return next.equals("what") || next.equals("to") || next.equals("that") || next.equals("how")
                || ts.get(a).pos().equals("DT");
    }
}
