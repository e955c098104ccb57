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

    /**
     * The index term for one word or lemma. Plain ASCII takes a fast path with the same result as the filter chain
     * (lowercasing is all the chain does to ASCII); anything else goes through the analyzer.
     */
    public String term(String word) {
        boolean ascii = true, lower = true;
        for (int i = 0; i < word.length() && ascii; i++) {
            char c = word.charAt(i);
            ascii = c < 128;
            lower &= !(c >= 'A' && c <= 'Z');
        }
        if (ascii) return lower ? word : word.toLowerCase(java.util.Locale.ROOT);
        return normalize(FIELD, word.replace('’', '\'').replace('‘', '\'')).utf8ToString();
    }
}
