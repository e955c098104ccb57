package org.casemark.core;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
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
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Rubric concepts compiled once into word patterns, matched against one frozen {@link MemoryIndex} per essay through
 * named Lucene span queries. The index holds, at each token position, the token's surface form and (at the same
 * position) its lemma; sentences are separated by a large position gap so phrases never cross a sentence boundary.
 * Each match comes back with its concept name (via {@link NamedMatches}), its token positions and character offsets.
 *
 * <p>The span query for an essay is built from the phrases whose every word occurs in that essay, with each
 * {@code word*} prefix expanded to the essay's own terms that start with it; a rubric of several hundred phrases
 * thus becomes a query of the few dozen that can match, and no prefix query is rewritten against the index (a Lucene
 * multi-term rewrite per prefix and essay cost more than all the matching). The matches are the same as those of
 * the full query with {@code PrefixQuery} clauses.
 */
public final class ConceptIndex {
    /** Positions between sentences: larger than any phrase slop, so matches stay inside one sentence. */
    static final int SENTENCE_GAP = 64;

    /** One word of a phrase: an exact term, or a prefix when {@code prefix}. */
    private record Word(String term, boolean prefix, Term indexTerm) {
        Word(String term, boolean prefix) {
            this(term, prefix, new Term(TermAnalyzer.FIELD, term));
        }
    }

    /**
     * A phrase: its units in order, within {@code slop} positions of each other, in order or not. A unit is one
     * written word (the tokens "ca" "n't" of "can't") or words joined by {@code +} ("separate+goal"): its tokens stand
     * next to each other, in order.
     */
    private record Phrase(List<List<Word>> units, int slop, boolean inOrder, PartOfSpeech pos) {
    }

    /**
     * The part of speech a one-word phrase must be read as, written {@code ~noun}, {@code ~verb} or {@code ~head} at
     * its end: "fine ~noun" is the penalty, not "Tom: fine."; "sink ~verb" is a boat going down, not "the little
     * sinks"; "car ~head" is a car, the head of its noun phrase, not "the car exhaust" or "car parks", where it
     * modifies the noun after it.
     */
    enum PartOfSpeech {
        NOUN("NN"), VERB("VB"), HEAD("NN");

        private final String tagPrefix;

        PartOfSpeech(String tagPrefix) {
            this.tagPrefix = tagPrefix;
        }

        /** Token {@code k} of {@code ts} is read as this part of speech. */
        boolean reads(List<Token> ts, int k) {
            if (!ts.get(k).pos().startsWith(tagPrefix)) return false;
            return this != HEAD || k + 1 >= ts.size() || !ts.get(k + 1).pos().startsWith("NN");
        }

        static PartOfSpeech of(String marker) {
            return switch (marker) {
                case "~noun" -> NOUN;
                case "~verb" -> VERB;
                case "~head" -> HEAD;
                default -> null;
            };
        }
    }

    private record Concept(String name, List<Phrase> phrases) {
    }

    private final List<Concept> concepts = new ArrayList<>();

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
        concepts.forEach((name, phrases) -> this.concepts.add(new Concept(name,
                phrases.stream().map(p -> phrase(p, tokenizer, inOrder, defaultSlop)).toList())));
        IndexSearcher.setMaxClauseCount(Math.max(IndexSearcher.getMaxClauseCount(), 16384));
    }

    /**
     * Compiles one rubric phrase: words in order, {@code word*} a prefix, a trailing {@code ~N} the slop. Each word is
     * split by the document tokenizer first, so "can't", "held-out" and "red-team*" match as they are written in
     * essays (a prefix applies to the last token of its word).
     */
    private static Phrase phrase(String phrase, Function<String, List<String>> tokenizer, boolean inOrder, int defaultSlop) {
        String[] parts = phrase.trim().split("\\s+");
        int slop = defaultSlop;
        PartOfSpeech pos = null;
        List<List<Word>> units = new ArrayList<>();
        for (String part : parts) {
            if (PartOfSpeech.of(part) != null) {
                pos = PartOfSpeech.of(part);
                continue;
            }
            if (part.startsWith("~")) {
                slop = Integer.parseInt(part.substring(1));
                continue;
            }
            List<Word> unit = new ArrayList<>();
            for (String p : part.split("\\+")) {
                if (p.isEmpty()) continue;
                boolean prefix = p.endsWith("*");
                List<String> tokens = tokenizer.apply(prefix ? p.substring(0, p.length() - 1) : p);
                for (int i = 0; i < tokens.size(); i++) {
                    unit.add(new Word(TermAnalyzer.INSTANCE.term(tokens.get(i)), prefix && i == tokens.size() - 1));
                }
            }
            if (!unit.isEmpty()) units.add(List.copyOf(unit));
        }
        if (units.isEmpty()) throw new IllegalArgumentException("phrase \"" + phrase + "\" has no word");
        if (pos != null && (units.size() > 1 || units.get(0).size() > 1)) {
            throw new IllegalArgumentException("phrase \"" + phrase + "\": a part of speech applies to one word only");
        }
        // the tokens of one unit sit next to each other; slop applies between the phrase's units
        return new Phrase(List.copyOf(units), slop, inOrder, pos);
    }

    /**
     * The span query of one phrase in an essay whose terms are {@code terms} (sorted), or null when a word of it does
     * not occur there.
     */
    private static SpanQuery spanQuery(Phrase phrase, String[] terms) {
        // most phrases miss a word in any one essay: look every word up before building any query
        for (List<Word> unit : phrase.units()) {
            for (Word w : unit) if (!occurs(w, terms)) return null;
        }
        SpanQuery[] clauses = new SpanQuery[phrase.units().size()];
        for (int u = 0; u < clauses.length; u++) {
            List<Word> unit = phrase.units().get(u);
            SpanQuery[] tokens = new SpanQuery[unit.size()];
            for (int i = 0; i < tokens.length; i++) {
                tokens[i] = wordQuery(unit.get(i), terms);
                if (tokens[i] == null) return null;
            }
            clauses[u] = tokens.length == 1 ? tokens[0] : new SpanNearQuery(tokens, 0, true);
        }
        if (clauses.length == 1) return clauses[0];
        return new SpanNearQuery(clauses, phrase.slop(), phrase.inOrder());
    }

    /** The word occurs in the essay's sorted {@code terms}: as itself, or as the prefix of one of them. */
    private static boolean occurs(Word w, String[] terms) {
        int at = Arrays.binarySearch(terms, w.term());
        if (at >= 0) return true;
        int k = -at - 1;
        return w.prefix() && k < terms.length && terms[k].startsWith(w.term());
    }

    /** One word's query: its term, or the essay's terms it is a prefix of; null when none occurs. */
    private static SpanQuery wordQuery(Word w, String[] terms) {
        int at = Arrays.binarySearch(terms, w.term());
        if (!w.prefix()) return at < 0 ? null : new SpanTermQuery(w.indexTerm());
        List<SpanQuery> expansions = new ArrayList<>();
        for (int k = at >= 0 ? at : -at - 1; k < terms.length && terms[k].startsWith(w.term()); k++) {
            expansions.add(new SpanTermQuery(new Term(TermAnalyzer.FIELD, terms[k])));
        }
        if (expansions.isEmpty()) return null;
        return expansions.size() == 1 ? expansions.get(0) : new SpanOrQuery(expansions.toArray(new SpanQuery[0]));
    }

    /** All concept matches in {@code doc}, in no particular order. Position = token index in its sentence. */
    public List<Hit> match(AnnotatedText doc) {
        MemoryIndex index = new MemoryIndex(true, false);
        int[] sentenceBase = new int[doc.sentences().size()];
        DocTokens tokens = new DocTokens(doc, sentenceBase);
        index.addField(TermAnalyzer.FIELD, tokens, 0, 0);
        index.freeze();
        String[] terms = tokens.terms.toArray(new String[0]);
        Arrays.sort(terms);
        BooleanQuery.Builder essayQuery = new BooleanQuery.Builder();
        int clauses = 0;
        for (Concept concept : concepts) {
            List<SpanQuery> alternatives = new ArrayList<>();
            // a phrase read as one part of speech only is a clause of its own, named with it, checked per match
            java.util.EnumMap<PartOfSpeech, List<SpanQuery>> constrained = new java.util.EnumMap<>(PartOfSpeech.class);
            for (Phrase phrase : concept.phrases()) {
                SpanQuery q = spanQuery(phrase, terms);
                if (q == null) continue;
                if (phrase.pos() == null) alternatives.add(q);
                else constrained.computeIfAbsent(phrase.pos(), k -> new ArrayList<>()).add(q);
            }
            if (!alternatives.isEmpty()) {
                essayQuery.add(NamedMatches.wrapQuery(concept.name(), or(alternatives)), BooleanClause.Occur.SHOULD);
                clauses++;
            }
            for (Map.Entry<PartOfSpeech, List<SpanQuery>> e : constrained.entrySet()) {
                essayQuery.add(NamedMatches.wrapQuery(concept.name() + POS_MARK + e.getKey().name(), or(e.getValue())),
                        BooleanClause.Occur.SHOULD);
                clauses++;
            }
        }
        List<Hit> hits = new ArrayList<>();
        if (clauses == 0) return hits;
        IndexSearcher searcher = index.createSearcher();
        searcher.setQueryCache(null);   // one throw-away document: the shared default cache would only add locking
        try {
            Query rewritten = searcher.rewrite(essayQuery.build());
            Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
            LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
            Matches matches = weight.matches(leaf, 0);
            if (matches == null) return hits;
            for (NamedMatches named : NamedMatches.findNamedMatches(matches)) {
                MatchesIterator it = named.getMatches(TermAnalyzer.FIELD);
                if (it == null) continue;
                String name = named.getName();
                PartOfSpeech pos = null;
                int mark = name.indexOf(POS_MARK);
                if (mark >= 0) {
                    pos = PartOfSpeech.valueOf(name.substring(mark + 1));
                    name = name.substring(0, mark);
                }
                while (it.next()) {
                    int s = sentenceOf(sentenceBase, it.startPosition());
                    int base = sentenceBase[s];
                    int from = it.startPosition() - base;
                    if (pos != null && !pos.reads(doc.sentences().get(s).tokens(), from)) continue;
                    hits.add(new Hit(name, s, from, it.endPosition() - base + 1, it.startOffset(), it.endOffset()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return hits;
    }

    /** Separates a concept's name from the part of speech of a clause of its phrases (no concept name holds it). */
    private static final char POS_MARK = '\u0001';

    private static SpanQuery or(List<SpanQuery> alternatives) {
        return alternatives.size() == 1 ? alternatives.get(0) : new SpanOrQuery(alternatives.toArray(new SpanQuery[0]));
    }

    private static int sentenceOf(int[] base, int position) {
        int k = Arrays.binarySearch(base, position);   // bases strictly increase
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
        /** Every term put into the index. */
        final Set<String> terms = new HashSet<>();

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
            terms.add(surface);
            terms.add(lemma);
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
