package org.casemark.core;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;

/**
 * The one analyzer of casemark, shared by indexing (each CoreNLP token and lemma) and query building (each word of
 * a rubric phrase): lowercase, then fold accents and typographic apostrophes to ASCII, so "Naïve", "naive" and
 * "NAIVE" are one term and "didn’t" matches "didn't".
 */
public final class TermAnalyzer extends Analyzer {
    public static final String FIELD = "w";
    public static final TermAnalyzer INSTANCE = new TermAnalyzer();

    private TermAnalyzer() {
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The index term for one word or lemma. */
    public String term(String word) {
        return normalize(FIELD, word.replace('’', '\'').replace('‘', '\'')).utf8ToString();
    }
}
