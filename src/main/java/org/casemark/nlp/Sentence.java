package org.casemark.nlp;

import java.util.List;

/**
 * One sentence (or one over-long run of tokens cut at {@link NlpPipeline#maxSentenceTokens}); {@code [start, end)}
 * are offsets into the submitted text; {@code line} is the 0-based line of the text it starts on.
 */
public record Sentence(int index, int start, int end, int line, List<Token> tokens) {
    public Sentence {
        tokens = List.copyOf(tokens);
    }

    public boolean hasVerb() {
        for (Token t : tokens) if (t.isVerb()) return true;
        return false;
    }

    public int wordCount() {
        int n = 0;
        for (Token t : tokens) if (t.isWord()) n++;
        return n;
    }
}
