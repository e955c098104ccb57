package org.casemark.core;

import java.util.regex.Pattern;

/**
 * Round brackets in a quote of the learner's words, as a careful editor leaves them: a quote cut inside an aside
 * closes it ("(no curbs, flat paving, cars …)"), a quote that starts inside one starts after it ("…projects) a
 * neural network" becomes "…a neural network"), and a list's own marker ("b) How we test it") is not quoted.
 */
final class Brackets {
    /** "a) ", "2) ", "iv) ": a list item's marker, not the learner's words. */
    private static final Pattern LIST_MARKER = Pattern.compile("^(?:[a-zA-Z]|[0-9]{1,2}|[ivx]{1,4})\\)\\s+");

    private Brackets() {
    }

    /** {@code text} as a quote shows it: no list marker, no half an aside before it, every aside it opens closed. */
    static String tidy(String text) {
        return closing(opening(unmarked(text)));
    }

    /** {@code text} without a leading list marker ("b) "). */
    static String unmarked(String text) {
        return LIST_MARKER.matcher(text).replaceFirst("");
    }

    /**
     * {@code text} cut after a closing bracket whose opening it left out; when no words follow that bracket, the
     * words before it without the bracket.
     */
    static String opening(String text) {
        String out = text;
        int depth = 0;
        for (int k = 0; k < out.length(); k++) {
            char c = out.charAt(k);
            if (c == '(') depth++;
            else if (c == ')' && --depth < 0) {
                // (": the denominator should read" after "2.14)" starts at "the")
                String rest = out.substring(k + 1).replaceFirst("^[\\s,;:.\\-\u2013\u2014]+", "");
                // an aside closed with nothing after it is all there is: keep the words, drop the stray bracket
                return rest.chars().anyMatch(Character::isLetterOrDigit) ? rest : out.substring(0, k).strip();
            }
        }
        return out;
    }

    /** {@code text} with every bracket it opened and did not close closed at its end. */
    static String closing(String text) {
        int depth = 0;
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
        }
        return depth == 0 ? text : text + ")".repeat(depth);
    }
}
