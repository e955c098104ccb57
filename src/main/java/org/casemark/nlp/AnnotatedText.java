package org.casemark.nlp;

import java.util.List;

/** The immutable result of annotating one text: the text as submitted and its sentences in order. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    /**
     * The text from {@code start} to {@code end}, widened to whole words: a span that begins on a word's clitic
     * ("n't think the model learned ...") quotes the word it belongs to ("don't think ...").
     */
    public String quote(int start, int end) {
        while (start > 0 && start < text.length() && Character.isLetterOrDigit(text.charAt(start - 1))
                && (Character.isLetterOrDigit(text.charAt(start)) || apostrophe(text.charAt(start)))) start--;
        while (end > start && end < text.length() && Character.isLetterOrDigit(text.charAt(end))
                && (Character.isLetterOrDigit(text.charAt(end - 1)) || apostrophe(text.charAt(end - 1)))) end++;
        return text.substring(start, end);
    }

    private static boolean apostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }
}
