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
 * Whole-essay flags, each with the reasons that raised it: gaming (copied, stuffed, repeated or template text, or
 * invented words), off topic (nothing about an AI system at all) and misconception (found by {@link
 * Misconceptions}); the caps each flag puts on components; and what {@link Review} needs to know (an off-topic
 * verdict in doubt, the lesson's example retold). Gaming wins over off topic, and either over misconception.
 */
final class Flagging {
    /** The words of the reason given when a write-up's denied sentences earn nothing (the overall feedback says so). */
    static final String DENIES = "denies its own claims";
    /** The gaming reason of a write-up without a concrete scenario of its own. */
    static final String NO_SCENARIO = "gaming: no concrete scenario";
    /** ... where its own nouns stand only in lines without a verb (a title, a list of nouns). */
    static final String IN_CLAIMS = "in the sentences that say something";
    /** The gaming reason of a write-up said three times over in other words. */
    static final String REWORDED = "in other words";
    /**
     * The reason of gaming raised by sentences copied from the assignment or the lesson (one measured against the
     * statements alone, in a template's cells, says "of statements" and is not open to review).
     */
    static final String COPIED = "of sentences are copied from the assignment or lesson";
    /** Off topic because a system is named once, in everyday words only: the one off-topic reason open to doubt. */
    static final String NAMED_ONCE = "the write-up names a system only once, in everyday words, and nothing of machine learning";
    /**
     * The doubt's words when a write-up laid out by the assignment's parts names no AI system, or once in everyday
     * words.
     */
    static final String LAID_OUT = "it is laid out by the assignment's own parts";
    /**
     * A write-up of its own has this many credited sentences: fewer is a draft (incomplete, not off topic) or, when
     * the rest repeats them, repetition.
     */
    private static final int MIN_OWN_SENTENCES = 4;
    /** Sentences of its own that keep a mostly empty write-up a draft rather than a template. */
    private static final int MIN_OWN_CLAIMS = 2;
    /** More sentences borrowed (copied, rubric terms, definitions) than the learner's own: a template, not a case. */
    private static final double MOSTLY_BORROWED = 0.5;
    /** A write-up with headings or labels for this many of the assignment's parts is attempting it. */
    private static final int MIN_ASSIGNMENT_PARTS = 3;

    private final Rubric.FlagRules rules;
    private final Rubric.Gaming gamingRules;
    private final Misconceptions misconceptions;
    private final ContrastScope contrastScope;
    /** Null where the rubric defines no {@code reward_disguise}. */
    private final RewardDisguise rewardDisguise;
    private final Vocabulary vocabulary;
    /** Who learns where a text says "learned" or "trained": people and animals do not make it about an AI system. */
    private final Learners learners;
    /** What shows the write-up is about an AI system, for the off-topic flag. */
    private final SubjectEvidence subjectEvidence;
    /**
     * The course's vocabulary, which describes no learner's own scenario: the nouns of the assignment and lesson and
     * the words (and prefixes) of the rubric's {@code course_vocabulary} concepts.
     */
    private final Set<String> courseWords = new HashSet<>();
    private final List<String> courseWordPrefixes = new ArrayList<>();
    /** The lemmas of the assignment's and lesson's words, lower case: the terms the lesson tells its example in. */
    private final Set<String> lessonLemmas = new HashSet<>();

    /** @param copySources the rubric's copy sources (its assignment and lesson), annotated */
    Flagging(Rubric rubric, List<AnnotatedText> copySources) {
        this.rules = rubric.flags();
        this.gamingRules = rubric.gaming();
        this.learners = Learners.of(rubric);
        this.misconceptions = new Misconceptions(rules, learners);
        this.contrastScope = new ContrastScope(rules);
        this.rewardDisguise = rules.rewardDisguise() == null ? null : new RewardDisguise(rules.rewardDisguise());
        this.vocabulary = new Vocabulary(copySources);
        this.subjectEvidence = new SubjectEvidence(rules, gamingRules, learners);
        for (AnnotatedText source : copySources) {
            for (Sentence sentence : source.sentences()) {
                for (Token t : sentence.tokens()) lessonLemmas.add(t.lemma().toLowerCase(Locale.ROOT));
            }
        }
        courseWords.addAll(Reading.nounLemmas(copySources));
        // the words of the course-vocabulary concepts are not a scenario either ("reward misspecification", "rebalanc*")
        gamingRules.courseVocabulary().forEach(c -> rubric.concepts().get(c).forEach(p -> {
            for (String w : p.strip().split("\\s+")) {
                if (w.startsWith("~")) continue;
                if (w.endsWith("*")) courseWordPrefixes.add(Reading.term(w.substring(0, w.length() - 1)));
                else courseWords.add(Reading.term(w));
            }
        }));
    }

    /**
     * The flags of one write-up. {@code met}: the criteria the components met, before any cap; they tell whether a
     * learned proxy is there (on topic) and which sentences are the proxy and the training fix (a disguised reward
     * misspecification).
     */
    RaisedFlags raise(Reading r, Sections sections, ConceptMatches matches, Credits credits, MetCriteria met) {
        SortedSet<String> metCriteria = met.all();
        boolean onTopicMet = false;
        for (List<String> set : rules.onTopic()) onTopicMet |= metCriteria.containsAll(set);
        // the passages that contrast the case with a misconception: no signal of one, stated or structural
        Set<Integer> contrasting = contrastScope.find(r, sections, matches);
        List<String> misconceptionQuotes = misconceptions.stated(r, sections, matches, credits, contrasting);
        List<String> denials = misconceptions.proxyDenials(r, matches, credits);
        List<String> disguise = rewardDisguise == null ? List.of() : rewardDisguise.find(r, matches, credits, met, contrasting);
        int signals = misconceptionQuotes.size() + denials.size() + (disguise.isEmpty() ? 0 : disguise.size() - 1);
        // "the labels were wrong" and, in the fixes, "relabel the images": the proposal backs the claim. A claim in a
        // sentence that says nothing of the system ("a depth of 12 invites memorisation") is the write-up's own
        // diagnosis when its fix acts on it ("retrain it with stronger regularisation"): what the fix changes tells
        // what the learner thinks went wrong
        List<String> unplaced = rules.corroboratedBy().isEmpty() ? List.of()
                : misconceptions.unplaced(r, sections, matches, credits, contrasting);
        for (Map.Entry<String, String> e : rules.corroboratedBy().entrySet()) {
            String prefix = e.getKey() + " \u201c";
            boolean claimed = misconceptionQuotes.stream().anyMatch(q -> q.startsWith(prefix));
            String weak = unplaced.stream().filter(q -> q.startsWith(prefix)).findFirst().orElse(null);
            String backing = null;
            for (int i = 0; i < r.size() && (claimed || weak != null) && backing == null; i++) {
                if (credits.credited(i) && !contrasting.contains(i) && matches.has(i, e.getValue())) {
                    backing = quote(r, i);
                }
            }
            if (backing == null) continue;
            signals++;
            if (!claimed) {
                misconceptionQuotes = new ArrayList<>(misconceptionQuotes);
                misconceptionQuotes.add(weak + ", acted on by the fix " + backing);
            }
        }
        // a write-up that explains its failure the wrong way (overfitting, label noise...) is on the assignment, with
        // a misconception; a text that names no AI system at all is off topic, whatever its phrases match ("the
        // regulation's intended goal", "in deployment")
        // the people and animals the text introduces by name ("Pip is our whippet"): their learning is no machine's
        Set<String> animate = learners.animateNames(r);
        int naming = rules.systemConcepts().isEmpty() ? Integer.MAX_VALUE
                : subjectEvidence.naming(r, matches, credits, animate);
        // named in two sentences or more, or with a word of machine learning; once, in everyday words, is too little
        // to call it an AI system, and too much to be sure it is not one
        boolean namesNoSystem = naming < 2;
        // a write-up laid out by the assignment's own parts (its headings or labels) that names an AI system is an
        // attempt at the case study, however thin: scored on what is there, not zeroed and not in doubt
        boolean laidOutParts = sections.present().size() >= MIN_ASSIGNMENT_PARTS;
        boolean laidOut = laidOutParts && !namesNoSystem;
        boolean offTopic = (!onTopicMet || namesNoSystem) && signals == 0 && !laidOut
                && credits.count(Credits.Verdict::credited) >= MIN_OWN_SENTENCES;
        // positive evidence of the assignment's subject (an AI system's training or learning) keeps a write-up on
        // topic: an instructor, not the engine, decides whether such a text attempts the case study
        Retold retold = lessonRetold(r, matches, credits);
        String subject = offTopic ? subjectEvidence.find(r, matches, credits, retold != null, animate) : null;
        // laid out by the assignment's parts, naming a system once in everyday words ("System: a controller for a
        // power hammer") or in none ("- FetchBot (disc launcher for the dog park) / - system / - camera decides when +
        // where to throw"): the layout is evidence of the subject, the naming too thin to be sure. On the 33 labelled
        // sets every such write-up was an attempt at the case (labelled 3-5 of 12), none off topic
        if (offTopic && subject == null && laidOutParts && naming <= 1) {
            subject = LAID_OUT + " (" + sections.present().size() + " of them)";
        }
        List<String> reasons = gamingReasons(r, sections, matches, credits);
        boolean gaming = !reasons.isEmpty();
        offTopic = offTopic && !gaming;
        if (offTopic && subject == null) {
            reasons.add(namesNoSystem
                    ? (naming == 1 ? "off_topic: " + NAMED_ONCE : "off_topic: the write-up names no AI system at all")
                            + " (criteria met: " + metCriteria + ")"
                    : "off_topic: nothing about an AI system's training or what it learned, and no learned proxy "
                    + "that is explained or carried into a deployment (criteria met: " + metCriteria + ")");
        }
        String offTopicDoubt = offTopic && subject != null
                ? "no learned proxy that is explained or carried into a deployment was recognised, yet the write-up "
                + "describes an AI system's training or learning (" + subject + "): is it an attempt at the case study?"
                : null;
        offTopic = offTopic && subject == null;
        boolean misconception = !offTopic && !gaming && signals > 0;
        boolean proxyDenied = misconception && !denials.isEmpty();
        if (misconception) {
            List<String> all = new ArrayList<>(misconceptionQuotes);
            all.addAll(denials);
            if (!disguise.isEmpty()) all.add(String.join(", ", disguise));
            reasons.add("misconception: " + String.join("; ", all));
        }
        for (int i = 0; i < r.size(); i++) {
            if (sections.directive(i)) reasons.add("ignored: text addressed to the grader earns nothing " + quote(r, i));
        }
        int denied = credits.count(Credits.Verdict::denied);
        if (denied > 0) {
            reasons.add(String.format(Locale.ROOT, "ignored: the write-up " + DENIES + " in %d of its %d "
                    + "sentences (\"not\", \"never\", \"no\"); denied claims earn nothing", denied,
                    denied + credits.count(Credits.Verdict::credited)));
        }
        return new RaisedFlags(new Flags(misconception, offTopic, gaming, "en", reasons), proxyDenied, signals,
                offTopicDoubt, offTopic || gaming || retold == null || retold.renamed().isEmpty() ? null
                        : retold.summary() + ", its words renamed (" + String.join(", ", retold.renamed()) + ")");
    }

    /** The cap the raised flags put on component {@code key}'s score ({@code Integer.MAX_VALUE}: none). */
    int cap(RaisedFlags raised, String key) {
        return cap(rules, raised, key);
    }

    /** The most component {@code key} may earn under the raised flags, by the rubric's {@code caps}. */
    static int cap(Rubric.FlagRules rules, RaisedFlags raised, String key) {
        Flags flags = raised.flags();
        int cap = Integer.MAX_VALUE;
        Map<String, Map<String, Integer>> caps = rules.caps();
        if (flags.misconception()) cap = Math.min(cap, caps.getOrDefault("misconception", Map.of()).getOrDefault(key, cap));
        if (raised.proxyDenied()) cap = Math.min(cap, caps.getOrDefault("proxy_denied", Map.of()).getOrDefault(key, cap));
        if (flags.offTopic()) cap = Math.min(cap, caps.getOrDefault("off_topic", Map.of()).getOrDefault(key, cap));
        if (flags.gaming()) cap = Math.min(cap, caps.getOrDefault("gaming", Map.of()).getOrDefault(key, cap));
        return cap;
    }

    /**
     * The lesson's own example retold as the write-up's case: which concepts, in how many sentences ({@code summary}),
     * and the words of each concept it never tells in the lesson's terms ({@code renamed}: "gem" for its coin, "far
     * left" for its far right). A retelling in the lesson's terms, in any form ("the agent kept going right past the
     * coin"), is graded on its merits; one that renames every term of a concept presents the lesson's case as the
     * learner's own, which an instructor judges.
     */
    record Retold(String summary, List<String> renamed) {
    }

    /** The lesson's example retold (its concepts in a share of the credited sentences), or null when it is not. */
    private Retold lessonRetold(Reading r, ConceptMatches matches, Credits credits) {
        Set<String> lessonExample = new TreeSet<>();
        Map<String, Set<String>> told = new java.util.TreeMap<>();
        Set<String> inLessonTerms = new HashSet<>();
        int lessonSentences = 0, cred = credits.count(Credits.Verdict::credited);
        for (int i = 0; i < credits.verdicts().size(); i++) {
            if (!credits.credited(i)) continue;
            boolean mentions = false;
            for (String c : gamingRules.lessonExample()) {
                if (matches.has(i, c)) {
                    lessonExample.add(c);
                    mentions = true;
                    for (ConceptIndex.Hit h : matches.of(i, c)) {
                        told.computeIfAbsent(c, k -> new TreeSet<>()).add(r.doc().quote(h.start(), h.end())
                                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
                        // "going right", "the right end": every word's lemma is one the lesson uses
                        boolean lessons = true;
                        List<Token> ts = r.sentence(i).tokens();
                        for (int k = h.from(); k < h.to(); k++) {
                            String lemma = ts.get(k).lemma().toLowerCase(Locale.ROOT);
                            if (ts.get(k).isWord() && !lessonLemmas.contains(lemma)) lessons = false;
                        }
                        if (lessons) inLessonTerms.add(c);
                    }
                }
            }
            if (mentions) lessonSentences++;
        }
        if (!gamingRules.lessonExampleRetold(lessonExample.size(), lessonSentences, cred)) {
            return null;
        }
        List<String> renamed = new ArrayList<>();
        told.forEach((c, words) -> {
            if (!inLessonTerms.contains(c)) renamed.addAll(words);
        });
        return new Retold(String.format(Locale.ROOT, "%s in %d of %d sentences", lessonExample, lessonSentences, cred),
                renamed);
    }

    static String quote(Reading r, int sentence) {
        Sentence s = r.sentence(sentence);
        String q = r.doc().quote(s.start(), s.end()).replaceAll("\\s+", " ").strip();
        if (q.length() > 90) q = q.substring(0, Math.max(20, q.lastIndexOf(' ', 87))) + " \u2026";
        return "\u201c" + q + "\u201d";
    }

    /**
     * The distinct nouns of the learner's own scenario (not the course's or the rubric's vocabulary) in the sentences
     * that earn credit; with {@code claimsOnly}, in those with a verb.
     */
    private int ownScenarioNouns(Reading r, Credits credits, boolean claimsOnly) {
        Set<String> out = new TreeSet<>();
        for (int i = 0; i < credits.verdicts().size(); i++) {
            if (credits.credited(i) && (!claimsOnly || r.sentence(i).hasVerb())) out.addAll(credits.scenario(i));
        }
        out.removeAll(courseWords);
        out.removeIf(w -> courseWordPrefixes.stream().anyMatch(p -> p.length() >= 5 && w.startsWith(p)));
        return out.size();
    }

    private static final Set<String> LEADS = Set.of("then", "and", "also", "now", "finally", "first", "next", "please");

    /**
     * The sentence speaks as an assignment does: it asks ("What harm could result?"), instructs ("Explain
     * specifically why ...", "The AI system: describe ...": a verb's base form first, after a label and a lead such
     * as "Then,") or addresses the learner ("Your case study must have ...").
     */
    private static boolean instructs(Reading r, Sections sections, int i) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        if (ts.get(ts.size() - 1).isQuestionMark()) return true;
        int k = sections.contentFrom(i);
        while (k < ts.size() && (!ts.get(k).isWord() || LEADS.contains(ts.get(k).word().toLowerCase(Locale.ROOT)))) k++;
        if (k < ts.size() && (ts.get(k).pos().equals("VB") || ts.get(k).pos().startsWith("W"))) return true;
        for (org.casemark.nlp.Token t : ts) if (t.word().equalsIgnoreCase("your")) return true;
        return false;
    }

    /** How many sentences repeat an earlier one in other words (a near repeat, not the same words again). */
    private static int reworded(Reading r, Credits credits) {
        Set<String> seen = new HashSet<>();
        int n = 0;
        for (int i = 0; i < credits.verdicts().size(); i++) {
            Sentence s = r.sentence(i);
            boolean again = !seen.add(r.text().substring(s.start(), s.end()).strip().toLowerCase(Locale.ROOT));
            if (credits.verdicts().get(i).duplicate() && !again) n++;
        }
        return n;
    }

    /** Why the write-up is gaming, one reason a mechanism; empty when it is not. */
    private List<String> gamingReasons(Reading r, Sections sections, ConceptMatches matches, Credits credits) {
        // a repeat earns nothing and costs nothing: the shares are of the distinct sentences, and repetition is
        // gaming only where little else is there (one sentence pasted over and over, not an essay pasted twice)
        int dup = credits.count(Credits.Verdict::duplicate);
        // the assignment's questions pasted above the answers ("The proxy goal: what spurious goal ...", "Explain
        // specifically why ...") are quoted, not copied in place of a case: only statements copied count
        // ... unless little of the learner's own follows them (a prompt pasted with a line or two under it)
        // ... and of the statements: a template's cells ("Owner", "[DATE]", "Team velocity") say nothing, and do not
        // dilute the lesson's paragraphs pasted between them
        int cop = 0, copAll = 0, statements = 0;
        Set<String> stated = new HashSet<>();
        for (int i = 0; i < credits.verdicts().size(); i++) {
            Credits.Verdict v = credits.verdicts().get(i);
            Sentence s = r.sentence(i);
            if (!v.duplicate() && s.hasVerb() && !sections.heading(i)
                    && stated.add(r.text().substring(s.start(), s.end()).strip().toLowerCase(Locale.ROOT))) statements++;
            if (!v.copied() || v.duplicate()) continue;
            copAll++;
            if (!instructs(r, sections, i)) cop++;
        }
        int sal = credits.count(v -> v.salad() && !v.duplicate());
        int def = credits.count(v -> v.definition() && !v.duplicate());
        int cred = credits.count(Credits.Verdict::credited);
        // a concrete scenario names its own things: distinct scenario nouns per sentence that earns credit; where two
        // or more of those sentences say something (a verb), in those: a title ("Volcano ash-plume forecaster case
        // study.") over a paragraph of course terms names a domain, not a case
        // ... counted over the sentences about the learner's own case: one comparing it with the lesson's example
        // ("This is like CoinRun, where the agent learned to go right") names the lesson's things, not fewer of its own
        // ... and over distinct sentences: a short line pasted again ("Aligned: good matches") names nothing more
        int claims = 0, own = 0;
        Set<String> counted = new HashSet<>();
        for (int i = 0; i < credits.verdicts().size(); i++) {
            if (!credits.credited(i) || subjectEvidence.aboutLessonExample(matches, i)) continue;
            Sentence s = r.sentence(i);
            if (!counted.add(r.text().substring(s.start(), s.end()).strip().toLowerCase(Locale.ROOT))) continue;
            own++;
            if (r.sentence(i).hasVerb()) claims++;
        }
        int nouns = ownScenarioNouns(r, credits, false);
        double density = own == 0 ? (cred == 0 ? 0 : Double.MAX_VALUE) : (double) nouns / own;
        int claimNouns = claims < 2 ? nouns : ownScenarioNouns(r, credits, true);
        double claimDensity = claims < 2 ? density : (double) claimNouns / claims;
        double all = Math.max(1, credits.wordSentences()), ws = Math.max(1, credits.distinctWordSentences());
        List<String> reasons = new ArrayList<>();
        // a template filled with invented words: phrase rules see a case study, a reader sees none
        Vocabulary.Judged judged = vocabulary.judge(r, credits, gamingRules.minUnknownWords(), gamingRules.maxUnknownShare());
        if (judged.unknown().size() >= gamingRules.minUnknownWords() && judged.unknownShare() > gamingRules.maxUnknownShare()) {
            reasons.add(String.format(Locale.ROOT, "gaming: %d of its %d own words are not English words (%s)",
                    judged.unknown().size(), judged.words().size(),
                    String.join(", ", judged.unknown().stream().limit(12).toList())));
        }
        // ... a sentence repeated at least twice over for each distinct one: not a write-up pasted twice, even one
        // whose own sentences earn little (a draft that denies its claims, pasted twice, stays as it was); and one
        // said three times over in other words, however much it says once (a write-up pasted twice repeats its
        // sentences word for word, which this does not count)
        int reworded = reworded(r, credits);
        boolean thrice = (cred < MIN_OWN_SENTENCES && dup >= 2 * ws) || reworded >= 2 * ws;
        if (dup / all > gamingRules.maxDuplicateShare() && thrice) {
            boolean wordForWord = cred < MIN_OWN_SENTENCES && dup >= 2 * ws;
            reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences repeat an earlier one%s", 100 * dup / all,
                    wordForWord ? "" : " " + REWORDED));
        }
        String stuffed = KeywordStuffing.find(r, matches, gamingRules.rubricTerms());
        if (stuffed != null) reasons.add(stuffed);
        double st = Math.max(1, statements);
        if (cop / ws > gamingRules.maxCopiedShare() || (copAll / ws > gamingRules.maxCopiedShare() && cred < MIN_OWN_SENTENCES)) {
            reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% " + COPIED, 100 * copAll / ws));
        } else if (cop / st > gamingRules.maxCopiedShare()) {
            reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of statements are copied from the assignment or lesson", 100 * cop / st));
        }
        if (sal / ws > 1 - gamingRules.minCreditedShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences are mostly rubric terms", 100 * sal / ws));
        // an empty template (headings, labels, filler) earns credit nowhere; an honest draft with a greeting and
        // "(will add)" under half its headings still says something of its own in two sentences or more
        if (cred < MIN_OWN_CLAIMS && cred / ws < gamingRules.minCreditedShare()) reasons.add(String.format(Locale.ROOT, "gaming: only %.0f%% of sentences can earn credit", 100 * cred / ws));
        if (def / ws > gamingRules.maxDefinitionShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences define rubric terms instead of describing a scenario", 100 * def / ws));
        double minDensity = gamingRules.minScenarioWords() / 4.0;
        if (cred > 0 && density < minDensity) {
            reasons.add(String.format(Locale.ROOT, NO_SCENARIO + " (%d scenario words in %d sentence%s)", nouns, own, own == 1 ? "" : "s"));
        } else if (claims >= 2 && claimDensity < minDensity) {
            // where two or more sentences say something (a verb), the scenario is counted in those: a title
            // ("Volcano ash-plume forecaster case study.") over paragraphs of course terms names a domain, not a case
            reasons.add(String.format(Locale.ROOT, NO_SCENARIO + " " + IN_CLAIMS + " (%d scenario words in %d)", claimNouns, claims));
        }
        // a template: the assignment's questions with rubric terms under them, and little of one's own (counted over
        // the sentences that say something, copied or not: numbers and headings aside)
        // ... or, however much else it says, more of its statements borrowed than its own (show notes with the lesson
        // pasted in, a tag list of rubric terms, and a podcast's own lines about itself; the assignment's questions
        // pasted above the answers are quoted, not borrowed)
        double borrowed = copAll + sal + def, borrowedStatements = cop + sal + def;
        boolean template = cred < MIN_OWN_SENTENCES && borrowed / (borrowed + cred) > 1 - gamingRules.minCreditedShare();
        boolean mostlyBorrowed = borrowedStatements / Math.max(1, borrowedStatements + cred) > MOSTLY_BORROWED;
        if (reasons.isEmpty() && (template || mostlyBorrowed)) {
            // (the count is the one that raised it)
            double n = template ? borrowed : borrowedStatements;
            reasons.add(String.format(Locale.ROOT, "gaming: %.0f of its %.0f sentences are the assignment's own words or rubric terms",
                    n, n + cred));
        }
        return reasons;
    }
}
