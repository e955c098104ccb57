package org.casemark.nlp;

/**
 * A write-up typed in capitals throughout ("THE CAMERA WAS TRAINED ON ONE ROAD") defeats the tagger: every word
 * reads as a proper noun, so verbs, lemmas and sentences are lost. The text the tagger sees is put in sentence case
 * (lower case, a capital where a sentence or a line begins, and "I"), one character for one, so offsets and the
 * learner's quoted words stay those of the submitted text. A text with ordinary casing is left as it is.
 */
public final class Shouting {
    /** At least this many cased letters before a text counts as typed in capitals. */
    static final int MIN_LETTERS = 40;
    /** ... and at least this share of them upper case. */
    static final double MIN_UPPER_SHARE = 0.8;

    private Shouting() {
    }

    /** The text is typed in capitals throughout (enough cased letters, nearly all upper case). */
    public static boolean shouted(String text) {
        int upper = 0, cased = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
                cased++;
            } else if (Character.isLowerCase(c)) {
                cased++;
            }
        }
        return cased >= MIN_LETTERS && upper >= MIN_UPPER_SHARE * cased;
    }

    /** {@code text} in sentence case if it is typed in capitals, else {@code text} itself. Same length. */
    static String sentenceCase(String text) {
        if (!shouted(text)) return text;
        char[] out = new char[text.length()];
        boolean opening = true;   // the next letter opens a sentence or a line
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lower = Character.toLowerCase(c);
            out[i] = opening && Character.isLetter(c) ? Character.toUpperCase(c) : lower;
            if (Character.isLetterOrDigit(c)) opening = false;
            if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                opening = true;
            }
        }
        // "i" standing alone is the pronoun
        for (int i = 0; i < out.length; i++) {
            if (out[i] == 'i' && (i == 0 || !Character.isLetterOrDigit(out[i - 1]))
                    && (i + 1 == out.length || !Character.isLetterOrDigit(out[i + 1]))) {
                out[i] = 'I';
            }
        }
        return new String(out);
    }
}
