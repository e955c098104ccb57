package org.casemark.nlp;

/** One token: surface form, lemma and Penn POS tag; {@code [start, end)} are offsets into the submitted text. */
public record Token(String word, String lemma, String pos, int start, int end) {

    public boolean isVerb() {
        return pos.startsWith("VB") || pos.equals("MD");
    }

    /** A finite verb or a modal: a verb with a tense of its own ("refuses", "was", "would"), not "to pay", "paying". */
    public boolean isFinite() {
        return pos.equals("VBZ") || pos.equals("VBD") || pos.equals("VBP") || pos.equals("MD");
    }

    public boolean isNoun() {
        return pos.startsWith("NN");
    }

    /** A word that carries content: noun, verb, adjective, adverb, number or foreign word. */
    public boolean isContent() {
        return pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ") || pos.startsWith("RB")
                || pos.equals("CD") || pos.equals("FW");
    }

    /** A question mark, doubled or mixed with exclamation marks as hurried writing does ("??", "?!"). */
    public boolean isQuestionMark() {
        return word.indexOf('?') >= 0 && word.chars().allMatch(c -> c == '?' || c == '!');
    }

    public boolean isWord() {
        return Character.isLetterOrDigit(word.codePointAt(0));
    }
}
