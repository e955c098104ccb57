package org.casemark.core;

import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the words of one line say of its shape, for {@link Structure}'s reading of headings: a number alone, a
 * statement of what something is, an instruction, a headline's news.
 */
final class LineShapes {
    private LineShapes() {
    }

    /** A list item's number alone ("1."), which a heading may follow. */
    static boolean numberOnly(Sentence s) {
        for (Token t : s.tokens()) if (t.isWord() && !t.pos().equals("CD") && !t.pos().equals("LS")) return false;
        return true;
    }

    /**
     * The sentence says what something is or would be: a form of "be" after its first word ("goal is reset the
     * pins"), or a modal with "be" ("fix would be more data"), and two words or more after it. "Changes I would make
     * to training" (a modal with another verb), "The proxy is" (nothing after it) and "5.2 What it's supposed to do"
     * (a question's words) name a part.
     */
    static boolean statesIt(Sentence s) {
        List<Token> ts = s.tokens();
        for (int k = 1; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (WH_WORDS.contains(ts.get(k - 1).word().toLowerCase(Locale.ROOT))) return false;
            int from;
            if (t.lemma().equals("be") && (t.pos().equals("VBZ") || t.pos().equals("VBP") || t.pos().equals("VBD"))) {
                from = k + 1;
            } else if (t.pos().equals("MD") && k + 1 < ts.size() && ts.get(k + 1).lemma().equals("be")) {
                from = k + 2;
            } else {
                continue;
            }
            int after = 0;
            for (Token u : ts.subList(from, ts.size())) if (u.isWord()) after++;
            return after >= 2;
        }
        return false;
    }

    /**
     * The sentence opens, numbers aside, with a verb in its base form: it tells what to do. ("Break the correlation on
     * purpose.": a capitalised verb the tagger read as a noun, before its object's determiner, does too.)
     */
    static boolean imperative(Sentence s) {
        List<Token> ts = s.tokens();
        for (int k = 0; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (t.isWord() && !t.pos().equals("CD") && !t.pos().equals("LS")) {
                return t.pos().equals("VB") || ConceptMatching.taggedAsNoun(ts, k, false);
            }
        }
        return false;
    }

    private static final Set<String> WH_WORDS = Set.of("what", "how", "why", "where", "when", "which", "who");

    /** A verb in the present or past tense after the first word ("camera chases gull"), as a headline has. */
    static boolean tellsNews(Sentence s) {
        List<Token> ts = s.tokens();
        for (int k = 1; k < ts.size(); k++) {
            if (ts.get(k).pos().equals("VBZ") || ts.get(k).pos().equals("VBD")) return true;
        }
        return false;
    }
}
