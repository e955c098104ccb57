package org.casemark.core;

import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Whole-essay flags, each with the reasons that raised it: gaming (text that earns no credit, no scenario of the
 * learner's own, the lesson's example retold), off topic (no goal-misgeneralization case attempted) and
 * misconception (a failure explained as overfitting, label noise ...); and the caps each flag puts on components.
 * Gaming wins over off topic, and either over misconception.
 */
final class Flagging {
    /** A draft of fewer credited sentences is incomplete, not off topic: it keeps its per-component feedback. */
    private static final int MIN_SENTENCES_FOR_OFF_TOPIC = 4;

    private final Rubric.FlagRules rules;
    private final Rubric.Gaming gamingRules;
    /**
     * The course's vocabulary, which describes no learner's own scenario: the nouns of the assignment and lesson and
     * the words (and prefixes) of the rubric's {@code course_vocabulary} concepts.
     */
    private final Set<String> courseWords = new HashSet<>();
    private final List<String> courseWordPrefixes = new ArrayList<>();

    /** @param copySources the rubric's copy sources (its assignment and lesson), annotated */
    Flagging(Rubric rubric, List<AnnotatedText> copySources) {
        this.rules = rubric.flags();
        this.gamingRules = rubric.gaming();
        for (AnnotatedText source : copySources) {
            for (Sentence s : source.sentences()) {
                for (Token t : s.tokens()) if (t.pos().startsWith("NN")) courseWords.add(Reading.term(t.lemma()));
            }
        }
        // the words of the course-vocabulary concepts are not a scenario either ("reward misspecification", "rebalanc*")
        gamingRules.courseVocabulary().forEach(c -> rubric.concepts().get(c).forEach(p -> {
            for (String w : p.strip().split("\\s+")) {
                if (w.startsWith("~")) continue;
                if (w.endsWith("*")) courseWordPrefixes.add(Reading.term(w.substring(0, w.length() - 1)));
                else courseWords.add(Reading.term(w));
            }
        }));
    }

    Flags raise(Reading r, ConceptMatches matches, Credits credits, SortedSet<String> metCriteria) {
        boolean onTopicMet = false;
        for (List<String> set : rules.onTopic()) onTopicMet |= metCriteria.containsAll(set);
        List<String> misconceptionQuotes = misconceptionQuotes(r, matches, credits);
        int misconceptions = misconceptionQuotes.size();
        // a write-up that explains its failure the wrong way (overfitting, label noise...) is on the assignment,
        // with a misconception; only one that attempts neither is off topic
        boolean offTopic = !onTopicMet && misconceptions == 0
                && credits.count(Credits.Verdict::credited) >= MIN_SENTENCES_FOR_OFF_TOPIC;
        List<String> reasons = gamingReasons(matches, credits);
        boolean gaming = !reasons.isEmpty();
        offTopic = offTopic && !gaming;
        if (offTopic) {
            reasons.add("off_topic: no learned proxy that is explained or carried into a deployment (criteria met: "
                    + metCriteria + ")");
        }
        boolean misconception = !offTopic && !gaming && misconceptions > 0;
        if (misconception) reasons.add("misconception: " + String.join("; ", misconceptionQuotes));
        return new Flags(misconception, offTopic, gaming, "en", reasons);
    }

    /** The cap the raised flags put on component {@code key}'s score ({@code Integer.MAX_VALUE}: none). */
    int cap(Flags flags, String key) {
        int cap = Integer.MAX_VALUE;
        Map<String, Map<String, Integer>> caps = rules.caps();
        if (flags.misconception()) cap = Math.min(cap, caps.getOrDefault("misconception", Map.of()).getOrDefault(key, cap));
        if (flags.offTopic()) cap = Math.min(cap, caps.getOrDefault("off_topic", Map.of()).getOrDefault(key, cap));
        if (flags.gaming()) cap = Math.min(cap, caps.getOrDefault("gaming", Map.of()).getOrDefault(key, cap));
        return cap;
    }

    /**
     * One quote per misconception concept stated in a credited sentence about the system or its training (unless a
     * contrast concept shares the sentence): {@code concept “words”}.
     */
    private List<String> misconceptionQuotes(Reading r, ConceptMatches matches, Credits credits) {
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            if (!credits.credited(i)) continue;
            boolean contrast = false;
            for (String c : rules.contrast()) contrast |= matches.has(i, c);
            if (contrast) continue;
            boolean about = rules.misconceptionContext().isEmpty();
            for (String c : rules.misconceptionContext()) about |= matches.has(i, c);
            if (!about) continue;
            for (String c : rules.misconception()) {
                if (matches.has(i, c)) {
                    ConceptIndex.Hit h = matches.of(i, c).get(0);
                    quotes.add(c + " \u201c" + r.doc().quote(h.start(), h.end()) + "\u201d");
                }
            }
        }
        return quotes;
    }

    /** Why the write-up is gaming, one reason a mechanism; empty when it is not. */
    private List<String> gamingReasons(ConceptMatches matches, Credits credits) {
        int dup = credits.count(Credits.Verdict::duplicate), cop = credits.count(Credits.Verdict::copied);
        int sal = credits.count(Credits.Verdict::salad), def = credits.count(Credits.Verdict::definition);
        int cred = credits.count(Credits.Verdict::credited);
        // a concrete scenario names its own things: distinct scenario nouns per sentence that earns credit
        Set<String> scenarioNouns = new TreeSet<>();
        for (int i = 0; i < credits.verdicts().size(); i++) if (credits.credited(i)) scenarioNouns.addAll(credits.scenario(i));
        // the learner's own scenario: nouns that are not the course's or the rubric's vocabulary
        scenarioNouns.removeAll(courseWords);
        scenarioNouns.removeIf(w -> courseWordPrefixes.stream().anyMatch(p -> p.length() >= 5 && w.startsWith(p)));
        double density = cred == 0 ? 0 : (double) scenarioNouns.size() / cred;
        // retelling the lesson's example as one's own case, not comparing one's case with it in a sentence or two
        Set<String> lessonExample = new HashSet<>();
        int lessonSentences = 0;
        for (int i = 0; i < credits.verdicts().size(); i++) {
            boolean mentions = false;
            for (String c : gamingRules.lessonExample()) {
                if (credits.credited(i) && matches.has(i, c)) {
                    lessonExample.add(c);
                    mentions = true;
                }
            }
            if (mentions) lessonSentences++;
        }
        double ws = Math.max(1, credits.wordSentences());
        List<String> reasons = new ArrayList<>();
        if (dup / ws > gamingRules.maxDuplicateShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences repeat an earlier one", 100 * dup / ws));
        if (cop / ws > gamingRules.maxCopiedShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences are copied from the assignment or lesson", 100 * cop / ws));
        if (sal / ws > 1 - gamingRules.minCreditedShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences are mostly rubric terms", 100 * sal / ws));
        if (cred / ws < gamingRules.minCreditedShare()) reasons.add(String.format(Locale.ROOT, "gaming: only %.0f%% of sentences can earn credit", 100 * cred / ws));
        if (def / ws > gamingRules.maxDefinitionShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences define rubric terms instead of describing a scenario", 100 * def / ws));
        if (cred > 0 && density < gamingRules.minScenarioWords() / 4.0) reasons.add(String.format(Locale.ROOT, "gaming: no concrete scenario (%d scenario words in %d sentence%s)", scenarioNouns.size(), cred, cred == 1 ? "" : "s"));
        if (lessonExample.size() >= gamingRules.lessonExampleMin() && lessonSentences >= gamingRules.lessonExampleMinShare() * cred) {
            reasons.add(String.format(Locale.ROOT, "gaming: retells the lesson's own example %s in %d of %d sentences",
                    new TreeSet<>(lessonExample), lessonSentences, cred));
        }
        return reasons;
    }
}
