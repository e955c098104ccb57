package org.casemark.quiz;

import org.casemark.core.ConceptIndex;
import org.casemark.core.Evidence;
import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.NlpPipeline;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Grades a quiz item's free-text "why" with the case-study engine's parts: the shared CoreNLP pipeline (lemmas,
 * sentences, offsets) and a Lucene {@link ConceptIndex} built from the item's criteria. A criterion is met when,
 * for any one of its phrases, all the phrase's words (or words they begin, see {@link #prefixes}) occur within
 * {@value #WINDOW} words of each other in one sentence, in any order, and not right after a negation ("not identical in training"). The evidence
 * is the sentence that met it.
 */
public final class EngineWhyGrader implements WhyGrader {
    /** Phrase words must fall within this many words of each other. */
    public static final int WINDOW = 8;
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "cannot");

    private final Supplier<NlpPipeline> nlp;
    private final Map<QuizItem.Why, ConceptIndex> compiled = new ConcurrentHashMap<>();

    /** @param nlp the pipeline to annotate with, asked for only when a "why" is graded */
    public EngineWhyGrader(Supplier<NlpPipeline> nlp) {
        this.nlp = nlp;
    }

    /** A quote of at most about 80 characters, cut at a word, with an ellipsis when cut. */
    static String shortQuote(String q) {
        String one = q.replaceAll("\\s+", " ").strip();
        if (one.length() <= 80) return one;
        int cut = one.lastIndexOf(' ', 78);
        return one.substring(0, cut > 20 ? cut : 78) + " \u2026";
    }

    @Override
    public WhyResult grade(String quizId, String itemId, QuizItem.Why spec, String text) {
        AnnotatedText doc = nlp.get().annotate(text);
        ConceptIndex index = compiled.computeIfAbsent(spec, s -> {
            Map<String, List<String>> concepts = new LinkedHashMap<>();
            s.criteria().forEach(c -> concepts.put(c.id(), c.phrases().stream().map(EngineWhyGrader::prefixes).toList()));
            return ConceptIndex.unordered(concepts, nlp.get()::words, WINDOW);
        });
        Map<String, Integer> firstSentence = new LinkedHashMap<>();
        for (ConceptIndex.Hit h : index.match(doc)) {
            if (negated(doc.sentences().get(h.sentence()), h.from())) continue;
            firstSentence.merge(h.concept(), h.sentence(), Math::min);
        }
        List<String> met = new ArrayList<>(), missing = new ArrayList<>(), missingDescriptions = new ArrayList<>();
        List<String> metDescriptions = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        for (QuizItem.Criterion c : spec.criteria()) {
            Integer s = firstSentence.get(c.id());
            if (s == null) {
                missing.add(c.id());
                missingDescriptions.add(c.description());
            } else {
                met.add(c.id());
                metDescriptions.add(c.description());
                Sentence sentence = doc.sentences().get(s);
                evidence.add(new Evidence(sentence.start(), sentence.end(), doc.quote(sentence.start(), sentence.end()), c.id()));
            }
        }
        // what was right, in the learner's own words, then what is missing
        String feedback;
        if (missing.isEmpty()) {
            feedback = "Your explanation states every point asked for: " + String.join("; ", metDescriptions) + ".";
        } else if (met.isEmpty()) {
            feedback = "Your explanation does not yet state: " + String.join("; ", missingDescriptions) + ".";
        } else {
            feedback = "You state " + String.join("; ", metDescriptions) + " (\u201c" + shortQuote(evidence.get(0).quote())
                    + "\u201d). Still to add: " + String.join("; ", missingDescriptions) + ".";
        }
        return new WhyResult(met.size(), spec.criteria().size(), met, missing, evidence, feedback);
    }

    /**
     * Quiz phrases name words, not forms: each word of four letters or more matches any word it begins (as does
     * its lemma), so "identical training" meets "trained ... identically"; shorter words match exactly.
     */
    static String prefixes(String phrase) {
        StringBuilder out = new StringBuilder();
        for (String w : phrase.strip().split("[^\\p{L}\\p{N}'-]+")) {
            if (w.isEmpty()) continue;
            if (out.length() > 0) out.append(' ');
            out.append(w.toLowerCase(Locale.ROOT));
            if (w.length() >= 4) out.append('*');
        }
        return out.toString();
    }

    private static boolean negated(Sentence s, int from) {
        List<Token> ts = s.tokens();
        for (int k = Math.max(0, from - 3); k < from; k++) {
            if (NEGATIONS.contains(ts.get(k).word().toLowerCase(Locale.ROOT))
                    || NEGATIONS.contains(ts.get(k).lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }
}
