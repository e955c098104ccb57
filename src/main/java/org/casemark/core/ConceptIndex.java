package org.casemark.core;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.NamedMatches;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Rubric concepts compiled once into named Lucene span queries, matched against one frozen {@link MemoryIndex} per
 * essay. The index holds, at each token position, the token's surface form and (at the same position) its lemma;
 * sentences are separated by a large position gap so phrases never cross a sentence boundary. Each match comes
 * back with its concept name (via {@link NamedMatches}), its token positions and character offsets.
 */
public final class ConceptIndex {
    /** Positions between sentences: larger than any phrase slop, so matches stay inside one sentence. */
    static final int SENTENCE_GAP = 64;

    private final Query query;

    /** A concept matched in one sentence: token positions {@code [from, to)} within that sentence. */
    public record Hit(String concept, int sentence, int from, int to, int start, int end) {
    }

    /**
     * @param concepts concept name to phrases
     * @param tokenizer splits a phrase's text the way documents are split (see {@code NlpPipeline#words})
     */
    public ConceptIndex(Map<String, List<String>> concepts, Function<String, List<String>> tokenizer) {
        this(concepts, tokenizer, true, 0);
    }

    /**
     * Concepts whose phrases match their words in any order within {@code window} words of each other (a "bag of
     * words close together", for short free-text answers).
     */
    public static ConceptIndex unordered(Map<String, List<String>> concepts, Function<String, List<String>> tokenizer,
                                         int window) {
        return new ConceptIndex(concepts, tokenizer, false, window);
    }

    private ConceptIndex(Map<String, List<String>> concepts, Function<String, List<String>> tokenizer, boolean inOrder,
                         int defaultSlop) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        // one named span-or per concept: a small boolean query is cheap to rewrite for every essay
        concepts.forEach((name, phrases) -> {
            SpanQuery[] alternatives = phrases.stream().map(p -> phrase(p, tokenizer, inOrder, defaultSlop)).toArray(SpanQuery[]::new);
            SpanQuery concept = alternatives.length == 1 ? alternatives[0] : new SpanOrQuery(alternatives);
            all.add(NamedMatches.wrapQuery(name, concept), BooleanClause.Occur.SHOULD);
        });
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 16384));
        this.query = all.build();
    }

    /**
     * Compiles one rubric phrase: words in order, {@code word*} a prefix, a trailing {@code ~N} the slop. Each word is
     * split by the document tokenizer first, so "can't", "held-out" and "red-team*" match as they are written in
     * essays (a prefix applies to the last token of its word).
     */
    static SpanQuery phrase(String phrase, Function<String, List<String>> tokenizer, boolean inOrder, int defaultSlop) {
        String[] parts = phrase.trim().split("\\s+");
        int slop = defaultSlop;
        List<SpanQuery> clauses = new ArrayList<>();
        for (String p : parts) {
            if (p.startsWith("~")) {
                slop = Integer.parseInt(p.substring(1));
                continue;
            }
            boolean prefix = p.endsWith("*");
            List<String> tokens = tokenizer.apply(prefix ? p.substring(0, p.length() - 1) : p);
            for (int i = 0; i < tokens.size(); i++) {
                String term = TermAnalyzer.INSTANCE.term(tokens.get(i));
                if (prefix && i == tokens.size() - 1) {
                    clauses.add(new SpanMultiTermQueryWrapper<>(new PrefixQuery(new Term(TermAnalyzer.FIELD, term))));
                } else {
                    clauses.add(new SpanTermQuery(new Term(TermAnalyzer.FIELD, term)));
                }
            }
        }
        if (clauses.isEmpty()) throw new IllegalArgumentException("phrase \"" + phrase + "\" has no word");
        if (clauses.size() == 1) return clauses.get(0);
        // the tokens of one written word sit next to each other; slop applies between the phrase's words
        return new SpanNearQuery(clauses.toArray(new SpanQuery[0]), slop, inOrder);
    }

    /** All concept matches in {@code doc}, in no particular order. Position = token index in its sentence. */
    public List<Hit> match(AnnotatedText doc) {
        MemoryIndex index = new MemoryIndex(true, false);
        int[] sentenceBase = new int[doc.sentences().size()];
        index.addField(TermAnalyzer.FIELD, new DocTokens(doc, sentenceBase), 0, 0);
        index.freeze();
        IndexSearcher searcher = index.createSearcher();
        searcher.setQueryCache(null);   // one throw-away document: the shared default cache would only add locking
        List<Hit> hits = new ArrayList<>();
        try {
            Query rewritten = searcher.rewrite(query);
            Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
            Matches matches = weight.matches(leaf, 0);
            if (matches == null) return hits;
            for (NamedMatches named : NamedMatches.findNamedMatches(matches)) {
                MatchesIterator it = named.getMatches(TermAnalyzer.FIELD);
                if (it == null) continue;
                while (it.next()) {
                    int s = sentenceOf(sentenceBase, it.startPosition());
                    int base = sentenceBase[s];
                    hits.add(new Hit(named.getName(), s, it.startPosition() - base, it.endPosition() - base + 1,
                            it.startOffset(), it.endOffset()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    private static int sentenceOf(int[] base, int position) {
        int k = java.util.Arrays.binarySearch(base, position);   // bases strictly increase
        return k >= 0 ? k : -k - 2;
    }

    /** Surface term then lemma term (position increment 0) per token, with a gap before each sentence. */
    private static final class DocTokens extends TokenStream {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final AnnotatedText doc;
        private final int[] sentenceBase;
        private int s, t, position = -1;
        private String pendingLemma;
        private Token pendingToken;

        DocTokens(AnnotatedText doc, int[] sentenceBase) {
            this.doc = doc;
            this.sentenceBase = sentenceBase;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (pendingLemma != null) {
                term.setEmpty().append(pendingLemma);
                posInc.setPositionIncrement(0);
                offset.setOffset(pendingToken.start(), pendingToken.end());
                pendingLemma = null;
                return true;
            }
            List<Sentence> sentences = doc.sentences();
            while (s < sentences.size() && t >= sentences.get(s).tokens().size()) {
                s++;
                t = 0;
            }
            if (s >= sentences.size()) return false;
            int increment = 1;
            if (t == 0) {
                increment = s == 0 ? 1 : SENTENCE_GAP;
                sentenceBase[s] = position + increment;
            }
            Token token = sentences.get(s).tokens().get(t++);
            position += increment;
            String surface = TermAnalyzer.INSTANCE.term(token.word());
            String lemma = TermAnalyzer.INSTANCE.term(token.lemma());
            term.setEmpty().append(surface);
            posInc.setPositionIncrement(increment);
            offset.setOffset(token.start(), token.end());
            if (!lemma.equals(surface)) {
                pendingLemma = lemma;
                pendingToken = token;
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            s = 0;
            t = 0;
            position = -1;
            pendingLemma = null;
        }
    }
}
