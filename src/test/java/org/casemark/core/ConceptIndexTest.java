package org.casemark.core;

import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.queries.spans.SpanMultiTermQueryWrapper;
import org.apache.lucene.queries.spans.SpanNearQuery;
import org.apache.lucene.queries.spans.SpanOrQuery;
import org.apache.lucene.queries.spans.SpanQuery;
import org.apache.lucene.queries.spans.SpanTermQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.casemark.SharedEngine;
import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.NlpPipeline;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ConceptIndex} prunes each essay's query to the phrases whose words occur in it and expands prefixes itself;
 * its matches must be exactly those of the plain construction: every phrase of every concept as a Lucene span query
 * with {@link PrefixQuery} clauses, run on its own against the same kind of index.
 */
class ConceptIndexTest {

    /** The straightforward query for one phrase (same syntax: words, {@code word*}, {@code a+b}, {@code ~N}). */
    private static SpanQuery plain(String phrase, NlpPipeline nlp) {
        int slop = 0;
        List<SpanQuery> clauses = new ArrayList<>();
        for (String part : phrase.trim().split("\\s+")) {
            if (part.equals("~noun") || part.equals("~verb") || part.equals("~head")) continue;
            if (part.startsWith("~")) {
                slop = Integer.parseInt(part.substring(1));
                continue;
            }
            List<SpanQuery> unit = new ArrayList<>();
            for (String p : part.split("\\+")) {
                boolean prefix = p.endsWith("*");
                List<String> tokens = nlp.words(prefix ? p.substring(0, p.length() - 1) : p);
                for (int i = 0; i < tokens.size(); i++) {
                    Term t = new Term(TermAnalyzer.FIELD, TermAnalyzer.INSTANCE.term(tokens.get(i)));
                    unit.add(prefix && i == tokens.size() - 1 ? new SpanMultiTermQueryWrapper<>(new PrefixQuery(t)) : new SpanTermQuery(t));
                }
            }
            clauses.add(unit.size() == 1 ? unit.get(0) : new SpanNearQuery(unit.toArray(new SpanQuery[0]), 0, true));
        }
        return clauses.size() == 1 ? clauses.get(0) : new SpanNearQuery(clauses.toArray(new SpanQuery[0]), slop, true);
    }

    @Test
    void wordsJoinedByPlusStandNextToEachOtherWhileTheSlopAppliesBetweenUnits() {
        NlpPipeline nlp = SharedEngine.get().nlp();
        ConceptIndex joined = new ConceptIndex(Map.of("denial", List.of("not separate+goal ~4")), nlp::words);
        ConceptIndex loose = new ConceptIndex(Map.of("denial", List.of("not separate goal ~4")), nlp::words);
        AnnotatedText denial = nlp.annotate("There is not really a separate goal here.");
        AnnotatedText verb = nlp.annotate("Training cannot separate this from the aligned goal.");
        assertEquals(1, joined.match(denial).size());
        assertEquals(0, joined.match(verb).size(), "'separate' the verb, away from 'goal'");
        assertEquals(1, loose.match(verb).size(), "without '+' the slop lets the words drift apart");
    }

    @Test
    void aPhraseMarkedWithAPartOfSpeechMatchesOnlyWordsReadAsIt() {
        NlpPipeline nlp = SharedEngine.get().nlp();
        ConceptIndex harm = new ConceptIndex(Map.of("harm", List.of("sink ~verb", "fine ~noun")), nlp::words);
        ConceptIndex any = new ConceptIndex(Map.of("harm", List.of("sink", "fine")), nlp::words);
        AnnotatedText basins = nlp.annotate("A camera above the little sinks watches each child wash.");
        AnnotatedText boat = nlp.annotate("The barge may sink if it loads the wrong pallets.");
        AnnotatedText reply = nlp.annotate("The assay ran fine.");
        AnnotatedText penalty = nlp.annotate("The fine was five thousand euros for every late ship.");
        assertEquals(0, harm.match(basins).size(), "'sinks' the noun");
        assertEquals(1, any.match(basins).size(), "without a part of speech any reading matches");
        assertEquals(1, harm.match(boat).size(), "'sink' the verb");
        assertEquals(0, harm.match(reply).size(), "'fine' the adverb");
        assertEquals(1, harm.match(penalty).size(), "'fine' the noun");
        assertThrows(IllegalArgumentException.class,
                () -> new ConceptIndex(Map.of("harm", List.of("boat sink ~verb")), nlp::words));
    }

    /** "car ~head": a car, the head of its noun phrase, not a car that modifies the noun after it. */
    @Test
    void aPhraseMarkedAsAHeadMatchesNoWordThatModifiesTheNounAfterIt() {
        NlpPipeline nlp = SharedEngine.get().nlp();
        ConceptIndex system = new ConceptIndex(Map.of("ai_system", List.of("car ~head")), nlp::words);
        assertEquals(1, system.match(nlp.annotate("The self-driving car was trained in one city.")).size());
        assertEquals(0, system.match(nlp.annotate("False alarms came from the car exhaust.")).size());
        assertEquals(0, system.match(nlp.annotate("The van stops at parks and car parks.")).size());
    }

    /** Matches as "concept sentence:from-to" using a MemoryIndex of one sentence at a time (no gap logic). */
    private static TreeSet<String> plainMatches(Rubric rubric, AnnotatedText doc, NlpPipeline nlp) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        for (Sentence s : doc.sentences()) {
            MemoryIndex index = new MemoryIndex(true, false);
            List<String[]> columns = new ArrayList<>();
            for (Token t : s.tokens()) columns.add(new String[]{TermAnalyzer.INSTANCE.term(t.word()), TermAnalyzer.INSTANCE.term(t.lemma())});
            index.addField(TermAnalyzer.FIELD, new ColumnsStream(columns), 0, 0);
            index.freeze();
            IndexSearcher searcher = index.createSearcher();
            for (Map.Entry<String, List<String>> c : rubric.concepts().entrySet()) {
                // one phrase at a time, so a phrase's part of speech ("sink ~verb") filters its own matches
                for (String phrase : c.getValue()) {
                    String pos = phrase.endsWith(" ~verb") ? "VB" : phrase.endsWith(" ~noun") || phrase.endsWith(" ~head")
                            ? "NN" : "";
                    boolean head = phrase.endsWith(" ~head");
                    SpanQuery q = plain(phrase, nlp);
                    Weight w = searcher.createWeight(searcher.rewrite(q), ScoreMode.COMPLETE_NO_SCORES, 1f);
                    Matches m = w.matches(searcher.getIndexReader().leaves().get(0), 0);
                    if (m == null) continue;
                    MatchesIterator it = m.getMatches(TermAnalyzer.FIELD);
                    while (it.next()) {
                        if (!s.tokens().get(it.startPosition()).pos().startsWith(pos)) continue;
                        // "car ~head": not before a noun it modifies
                        int next = it.startPosition() + 1;
                        if (head && next < s.tokens().size() && s.tokens().get(next).pos().startsWith("NN")) continue;
                        out.add(c.getKey() + " " + s.index() + ":" + it.startPosition() + "-" + (it.endPosition() + 1));
                    }
                }
            }
        }
        return out;
    }

    @Test
    void prunedQueriesMatchExactlyWhatThePlainQueriesMatch() throws IOException {
        NlpPipeline nlp = SharedEngine.get().nlp();
        Rubric rubric = SharedEngine.get().grader("gm-case-study").rubric();
        ConceptIndex index = new ConceptIndex(rubric.concepts(), nlp::words);
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of("samples/case-studies"))) {
            files = s.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        int compared = 0;
        for (Path f : files) {
            AnnotatedText doc = nlp.annotate(Files.readString(f));
            TreeSet<String> ours = new TreeSet<>();
            for (ConceptIndex.Hit h : index.match(doc)) ours.add(h.concept() + " " + h.sentence() + ":" + h.from() + "-" + h.to());
            TreeSet<String> expected = plainMatches(rubric, doc, nlp);
            TreeSet<String> missing = new TreeSet<>(expected), extra = new TreeSet<>(ours);
            missing.removeAll(ours);
            extra.removeAll(expected);
            assertEquals("", (missing.isEmpty() ? "" : "missing " + missing) + (extra.isEmpty() ? "" : " extra " + extra), f.toString());
            compared += ours.size();
        }
        assertTrue(compared > 200, "too few matches to compare: " + compared);
    }

    /** Surface term, then the lemma at the same position when it differs. */
    private static final class ColumnsStream extends org.apache.lucene.analysis.TokenStream {
        private final org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
        private final org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute inc =
                addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
        private final List<String[]> columns;
        private int k;
        private boolean lemmaNext;

        ColumnsStream(List<String[]> columns) {
            this.columns = columns;
        }

        @Override
        public boolean incrementToken() {
            clearAttributes();
            if (lemmaNext) {
                lemmaNext = false;
                term.setEmpty().append(columns.get(k - 1)[1]);
                inc.setPositionIncrement(0);
                return true;
            }
            if (k >= columns.size()) return false;
            String[] c = columns.get(k++);
            term.setEmpty().append(c[0]);
            inc.setPositionIncrement(1);
            lemmaNext = !c[1].equals(c[0]);
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            k = 0;
            lemmaNext = false;
        }
    }
}
