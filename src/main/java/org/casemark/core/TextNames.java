package org.casemark.core;

import org.casemark.nlp.Token;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a whole text says about names, for {@link SystemNames} and {@link ConceptMatching}: the names it gives a
 * company ("TrickBase Ltd"), which are not its system's, and the acronyms it spells out ("Coastal Route Advisor
 * (CRA)"), which are names though other all-capital words are not.
 */
final class TextNames {
    /** The words that end a company's name ("Hedgewright Ltd", "Acme Robotics Inc."): its maker, not the system. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("ltd", "inc", "llc", "plc", "gmbh", "corp",
            "corporation", "limited", "incorporated", "co", "ag", "sa", "bv", "oy", "ab", "srl", "pty");
    /** The small words an acronym's spelled-out name may hold without a letter in it ("Division of ... and ..."). */
    private static final Set<String> JOINERS = Set.of("of", "and", "for", "the", "&", "-");

    private TextNames() {
    }

    /** {@code word} ends a company's name ("Ltd", "Inc."). */
    static boolean companySuffix(String word) {
        return COMPANY_SUFFIXES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
    }

    static boolean isBracket(Token t) {
        String w = t.word();
        return w.equals("(") || w.equals(")") || w.equals("-LRB-") || w.equals("-RRB-");
    }

    /**
     * The names a write-up gives a company anywhere ("TrickBase Ltd", "Acme Robotics Inc."), lower-cased: the maker or
     * the platform, which names its system nowhere else ("Your account suspension by TrickBase").
     */
    static Set<String> companies(Reading r) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < r.size(); i++) {
            List<Token> ts = r.sentence(i).tokens();
            for (int k = 1; k < ts.size(); k++) {
                if (!companySuffix(ts.get(k).word())) continue;
                // the capitalised words right before the suffix ("Acme Robotics Inc.")
                for (int j = k - 1; j >= 0 && ts.get(j).word().length() > 1
                        && Character.isUpperCase(ts.get(j).word().charAt(0)); j--) {
                    out.add(ts.get(j).word().toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /**
     * {@code word} is an acronym the text defines by spelling it out before it in brackets ("the state's Coastal Route
     * Advisor (CRA)"): the system's name in a report wherever it is used after. Only an all-capital word is looked
     * for, so the text is read only where a sentence opens with one.
     */
    static boolean definedAcronym(Reading r, String word) {
        if (word.length() < 2 || word.length() > 6 || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) return false;
        for (int i = 0; i < r.size(); i++) {
            List<Token> ts = r.sentence(i).tokens();
            for (int k = 1; k + 1 < ts.size(); k++) {
                if (ts.get(k).word().equals(word) && isBracket(ts.get(k - 1)) && isBracket(ts.get(k + 1))
                        && spelledOutBefore(ts, k - 1, word)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The capitalised words before {@code bracket}, last to first, skipping joiners: their initials spell it. */
    private static boolean spelledOutBefore(List<Token> ts, int bracket, String acronym) {
        int letter = acronym.length() - 1;
        for (int j = bracket - 1; j >= 0 && letter >= 0; j--) {
            String before = ts.get(j).word();
            if (JOINERS.contains(before)) continue;
            if (before.isEmpty() || before.charAt(0) != acronym.charAt(letter)) break;
            letter--;
        }
        return letter < 0;
    }
}
