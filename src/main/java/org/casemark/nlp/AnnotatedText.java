package org.casemark.nlp;

import java.util.List;

/** The immutable result of annotating one text: the text as submitted and its sentences in order. */
public record AnnotatedText(String text, List<Sentence> sentences) {
    public AnnotatedText {
        sentences = List.copyOf(sentences);
    }

    public String quote(int start, int end) {
        return text.substring(start, end);
    }
}
