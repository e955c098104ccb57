package org.casemark.core;

import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.NlpPipeline;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Grades write-ups against one rubric. Immutable and thread-safe: everything derived from the rubric (compiled
 * concept queries, heading cues, shingles of the texts a learner must not paste back) is built once here, in the
 * stages, and each write-up passes through them as immutable values.
 *
 * <p>How a grade is reached: annotate once ({@link Reading}); find headings and inline labels ("Proxy goal: ...")
 * and the section each sentence sits in ({@link Structure}); match every concept once in one Lucene index
 * ({@link ConceptMatching}); where no heading says, read which component a sentence speaks to ({@link
 * SectionModel}, when the rubric has one); decide which sentences may earn credit at all: a real sentence with a verb, not a
 * repeat, not pasted from the prompt or lesson, not a string of rubric terms ({@link Eligibility}); test each
 * criterion's rules sentence by sentence and map met criteria to a score by the rubric's levels
 * ({@link Criteria}); raise flags and apply their caps ({@link Flagging}); write feedback that quotes the learner
 * ({@link Feedback}).
 */
public final class Grader {
    private final Rubric rubric;
    private final NlpPipeline nlp;
    private final String engineVersion;
    private final Structure structure;
    private final ConceptMatching conceptMatching;
    private final Eligibility eligibility;
    private final Criteria criteria;
    private final Flagging flagging;
    private final Feedback feedback;
    private final Review review;
    private final Slots slots;
    private final SectionModel sectionModel;

    public Grader(Rubric rubric, NlpPipeline nlp, String engineVersion) {
        this.rubric = rubric;
        this.nlp = nlp;
        this.engineVersion = engineVersion;
        List<AnnotatedText> copySources = rubric.copySources().stream().map(nlp::annotate).toList();
        this.structure = new Structure(rubric);
        this.conceptMatching = new ConceptMatching(rubric, nlp::words, Reading.nounLemmas(copySources));
        this.eligibility = new Eligibility(rubric, copySources);
        this.criteria = new Criteria(rubric);
        this.flagging = new Flagging(rubric, copySources);
        this.feedback = new Feedback(rubric);
        this.review = new Review(rubric);
        this.slots = new Slots(rubric, Reading.nounLemmas(copySources));
        this.sectionModel = rubric.sectionModel() == null ? null : new SectionModel(rubric.sectionModel(), rubric.affectedConcept());
    }

    public Rubric rubric() {
        return rubric;
    }

    public GradeResult grade(String id, String text) {
        GradeResult early = rejected(id, text);
        if (early != null) return early;
        String read = Layout.withoutWithdrawn(text);
        early = notEnglish(id, read);
        return early != null ? early : graded(id, analyse(annotate(text, read)));
    }

    /**
     * How one sentence was read: for instructors and rubric authors asking "why this grade?". {@code conceptWords}:
     * each concept with the words that matched it ({@code ai_system "tablet program"}).
     */
    public record SentenceTrace(int index, int start, int end, String text, List<String> section, boolean heading,
                                boolean credited, List<String> notes, List<String> concepts, List<String> conceptWords,
                                List<String> negated, List<String> scenarioWords) {
    }

    /**
     * A grade and the analysis behind it, from one annotation of the text: each sentence as the stages read it, and
     * the learner's own words the feedback was written with (slot name to words).
     */
    public record Explained(GradeResult result, List<SentenceTrace> sentences, Map<String, String> slots) {
    }

    /** {@link #grade} and the per-sentence analysis behind it (empty for text rejected or sent to review). */
    public Explained explain(String id, String text) {
        GradeResult early = rejected(id, text);
        String read = early != null ? null : Layout.withoutWithdrawn(text);
        if (early == null) early = notEnglish(id, read);
        if (early != null) return new Explained(early, List.of(), Map.of());
        Analysis a = analyse(annotate(text, read));
        Slots.Filled filled = slots(a);
        Map<String, String> words = new LinkedHashMap<>();
        filled.slots().forEach((name, slot) -> words.put(name, filled.text(name)));
        return new Explained(graded(id, a, filled), a.trace(), words);
    }

    /** The stages, in the order their data needs: hits before credit, because salad and definitions use hits. */
    Analysis analyse(AnnotatedText doc) {
        Reading r = new Reading(doc);
        Sections sections = structure.read(r);
        ConceptMatches matches = conceptMatching.match(r, sections);
        Credits credits = eligibility.judge(r, sections, matches);
        MetCriteria written = criteria.evaluate(r, sections, matches, credits);
        MetCriteria met = written;
        if (sectionModel != null) {
            // the model widens what a sentence may earn; whether the text is a case study at all (the flags) is
            // read from what the learner wrote and headed, not from the model's guesses
            List<Set<String>> inferred = sectionModel.infer(r, sections, matches);
            if (inferred.stream().anyMatch(k -> !k.isEmpty())) {
                sections = sections.withInferred(inferred);
                met = criteria.evaluate(r, sections, matches, credits);
            }
        }
        // the quotes, once the sections are settled (read once, not again after the section model)
        met = criteria.quoting(r, sections, matches, credits, met);
        RaisedFlags flags = flagging.raise(r, sections, matches, credits, written);
        return new Analysis(r, sections, matches, credits, met, flags);
    }

    /** The stages' reading of one text (for training the section model). */
    Analysis analyse(String text) {
        return analyse(annotate(text, Layout.withoutWithdrawn(text)));
    }

    /**
     * The text annotated with what the learner withdrew (struck-out words, notes to self) blanked, so it earns and
     * names nothing; quotes are still cut from the text as written (the blanks keep every offset).
     */
    private AnnotatedText annotate(String text, String read) {
        AnnotatedText doc = nlp.annotate(read);
        return read.equals(text) ? doc : new AnnotatedText(text, doc.sentences());
    }

    private GradeResult graded(String id, Analysis a) {
        return graded(id, a, slots(a));
    }

    /** The grade, its feedback written with the learner's words {@code filled}. */
    private GradeResult graded(String id, Analysis a, Slots.Filled filled) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        for (Rubric.Component c : rubric.components()) {
            scores.put(c.key(), Math.min(a.criteria().levelScore(c.key()), flagging.cap(a.raised(), c.key())));
        }
        Review.Verdict verdict = review.judge(a, scores);
        List<ComponentResult> results = new ArrayList<>();
        Set<String> said = new HashSet<>();
        Map<String, String> nextSteps = new LinkedHashMap<>();
        int total = 0;
        for (Rubric.Component c : rubric.components()) {
            total += scores.get(c.key());
            // a misconception's cap holds a component at its score even where the criteria earn no more: the
            // feedback explains the misconception there rather than asking for what the cap would not credit
            boolean held = !a.flags().gaming() && !a.flags().offTopic()
                    && flagging.cap(a.raised(), c.key()) == scores.get(c.key()) && scores.get(c.key()) < c.max();
            results.add(feedback.component(c, scores.get(c.key()), held, verdict.confidence().get(c.key()), a, filled,
                    said, nextSteps));
        }
        String status = verdict.needed() ? GradeResult.NEEDS_REVIEW : GradeResult.GRADED;
        return new GradeResult(id, rubric.id(), rubric.version(), engineVersion, status,
                verdict.needed() ? verdict.reasons() : null, total, rubric.max(), results, a.flags(),
                feedback.overall(results, nextSteps, a.raised(), total, verdict.needed(), filled), null);
    }

    /** The learner's own words for the parts of the case, which feedback is written with. */
    Slots.Filled slots(Analysis a) {
        Slots.Filled filled = slots.read(a.reading(), a.sections(), a.matches(), a.credits(), a.criteria());
        if (!a.raised().proxyDenied()) return filled;
        // "honestly I don't think there is a different goal": the learner denies the part a slot would name, so
        // feedback names nothing for it (not "the proxy (That day ended up being the worst day of the season)")
        Map<String, Slots.Slot> kept = new LinkedHashMap<>(filled.slots());
        for (Map.Entry<String, Rubric.SlotRule> e : rubric.slots().entrySet()) {
            for (Rubric.Component c : rubric.components()) {
                boolean owns = c.criteria().stream().anyMatch(k -> k.id().equals(e.getValue().criterion()));
                if (owns && flagging.cap(a.raised(), c.key()) == 0) kept.remove(e.getKey());
            }
        }
        return new Slots.Filled(kept, filled.ownNouns(), filled.nouns());
    }

    /** The result for text that cannot be graded (blank, too long), or null. */
    private GradeResult rejected(String id, String text) {
        if (text == null || text.isBlank()) return reject(id, "text is blank");
        if (text.length() > rubric.limits().maxChars()) {
            return reject(id, "text is " + text.length() + " characters; the limit is " + rubric.limits().maxChars());
        }
        return null;
    }

    /**
     * The result for a text not in English, or null. {@code read}: the text without what the learner withdrew, which
     * is not their language ("TODO" is Spanish for "all": a draft of notes to self is not a Spanish text).
     */
    private GradeResult notEnglish(String id, String read) {
        String language = LanguageGuess.of(read);
        return language.equals("en") ? null : needsReview(id, language);
    }

    private GradeResult reject(String id, String error) {
        return GradeResult.rejected(id, rubric.id(), rubric.version(), engineVersion, error);
    }

    private GradeResult needsReview(String id, String language) {
        String which = language.equals(LanguageGuess.UNDETERMINED)
                ? "does not appear to be in English, and its language was not recognised (" + language + ")"
                : "appears to be in " + Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH) + " ("
                + language + ")";
        String message = "This write-up " + which + ". The rubric '" + rubric.id()
                + "' grades English write-ups only, so it was not scored: an instructor will review it.";
        List<ComponentResult> components = new ArrayList<>();
        for (Rubric.Component c : rubric.components()) {
            components.add(new ComponentResult(c.key(), 0, c.max(), "not_graded", null, List.of(), List.of(), List.of(),
                    "Not graded automatically: the write-up is not in English."));
        }
        return new GradeResult(id, rubric.id(), rubric.version(), engineVersion, GradeResult.NEEDS_REVIEW,
                List.of("not in English (" + language + ")"), null, rubric.max(), components, new Flags(false, false, false, language, List.of()), message, null);
    }
}
