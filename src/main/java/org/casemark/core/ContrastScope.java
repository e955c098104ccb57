package org.casemark.core;

import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passages of a write-up that contrast its case with a misconception, a stage before {@link Misconceptions} and
 * {@link RewardDisguise}: what such a passage says of overfitting or a wrong reward is set aside, not claimed. A
 * paragraph, or the section under a heading, where a misconception is named and contrasted or denied ("Why this is
 * goal misgeneralization and not reward misspecification", "It is tempting to call this overfitting; ..."), named as
 * what a supposed other case would be, or taken back by the paragraph after it ("wait, scratch that ...").
 */
final class ContrastScope {
    /** How many words before a misconception phrase a contrast cue may stand ("tempting to call this overfitting"). */
    private static final int CONTRAST_WINDOW = 8;
    /**
     * Words that open a paragraph taking back the one before it ("... the camera simply can't see someone who's
     * buried - // wait, actually, that's not goal misgeneralization. Starting again ..."): what it takes back is
     * not the learner's claim.
     */
    private static final List<List<String>> RETRACTIONS = java.util.stream.Stream.of("wait", "no wait",
            "scratch that", "on second thought", "on second thoughts", "i take that back", "let me start again",
            "starting again", "start again").map(Reading::terms).toList();
    /** What follows a one-word retraction ("Wait, ...", "Wait - actually"). */
    private static final Set<String> PAUSES = Set.of(",", "!", "...", "-", "--", "\u2013", "\u2014", "actually", "no");

    private final Rubric.FlagRules rules;
    private final List<List<String>> contrastCues;

    ContrastScope(Rubric.FlagRules rules) {
        this.rules = rules;
        this.contrastCues = rules.contrastCues().stream().map(Reading::terms).toList();
    }

    /**
     * The sentences of passages that announce a contrast: a paragraph, or the section under a heading, where a
     * misconception is named and contrasted or denied ("Why this is goal misgeneralization and not reward
     * misspecification", "It is tempting to call this overfitting; ..."), and a paragraph the next one takes back
     * ("wait, scratch that ...").
     */
    Set<Integer> find(Reading r, Sections sections, ConceptMatches matches) {
        Set<Integer> contrastPassages = new HashSet<>(), contrastBlocks = new HashSet<>();
        for (int i = 0; i < r.size(); i++) {
            boolean announces = false;
            // "... and stronger dropout so it can't memorise as easily": a fix's purpose, not a contrast
            boolean proposes = proposes(matches, i);
            for (String c : rules.misconception()) {
                announces |= (matches.negated().get(i).contains(c) && !proposes)
                        || (sections.heading(i) && matches.headingNames(i, c)
                            && cueIn(r, i, 0, r.terms(i).length, contrastCues));
                for (ConceptIndex.Hit h : matches.of(i, c)) {
                    announces |= supposedCase(r, i, h)
                            || cueInClause(r, i, h, contrastCues)
                            // "MYTH 2: When it fails, it's because it overfit.": the line's label rejects the claim
                            || cueIn(r, i, 0, Math.max(0, Layout.labelColon(r.sentence(i))), contrastCues)
                            // "AGAINST (it is just overfitting) / 1. It memorised those tyres ...": a debate's side
                            || opensWith(r, i, sections.contentFrom(i), OPPOSING);
                }
            }
            announces |= weighsDiagnosis(r, sections, matches, i);
            if (!announces && setsDiagnosisApart(r, matches, i)) {
                // "A distinct failure mode, goal misgeneralization, can occur even when the reward is correctly
                // specified": the paragraph that names a misconception and sets the course's diagnosis apart from it
                for (int j = 0; j < r.size() && !announces; j++) {
                    if (sections.passage(j) != sections.passage(i)) continue;
                    for (String c : rules.misconception()) announces |= matches.has(j, c);
                }
            }
            if (!announces) continue;
            contrastPassages.add(sections.passage(i));
            if (sections.heading(i)) contrastBlocks.add(sections.block(i));
        }
        contrastPassages.addAll(comparingPassages(r, sections, matches));
        // a paragraph that opens by taking back the one before it
        for (int i = 1; i < r.size(); i++) {
            if (sections.passage(i) == sections.passage(i - 1)) continue;
            int from = sections.contentFrom(i);
            for (List<String> cue : RETRACTIONS) {
                if (r.indexOf(i, from, Math.min(r.terms(i).length, from + cue.size()), cue) != from) continue;
                // "Wait, actually ...", not "Wait times at the clinic doubled"
                List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
                int next = from + cue.size();
                boolean paused = next < ts.size() && PAUSES.contains(ts.get(next).word().toLowerCase(java.util.Locale.ROOT));
                if (cue.size() == 1 && !paused) continue;
                contrastPassages.add(sections.passage(i - 1));
            }
        }
        Set<Integer> comparisonTables = comparisonTables(r, matches);
        Set<String> disowned = disowned(r, matches);
        Set<Integer> scope = new HashSet<>();
        for (int i = 0; i < r.size(); i++) {
            if (contrastPassages.contains(sections.passage(i)) || contrastBlocks.contains(sections.block(i))
                    || !comparisonTables.isEmpty() && comparisonTables.contains(Layout.tableStart(r, r.sentence(i)))
                    || onlyDisowned(matches, i, disowned)) {
                scope.add(i);
            }
        }
        return scope;
    }

    /**
     * The misconceptions the write-up denies in so many words ("I accept it isn't overfitting", "I am not persuaded
     * that overfitting is the right diagnosis"), where it also names the course's diagnosis: a write-up that says its
     * case is goal misgeneralization and not overfitting argues against what it reports of overfitting elsewhere (a
     * talk page's "That's overfitting, textbook", a debate's "AGAINST (it is just overfitting)", "The applicants
     * diagnose this as overfitting"). A denial that is a fix's purpose ("so it can't memorise") or a question
     * ("isn't it just overfitting?") denies nothing.
     */
    private Set<String> disowned(Reading r, ConceptMatches matches) {
        boolean diagnosed = false;
        for (int i = 0; i < r.size() && !diagnosed; i++) {
            for (String c : rules.diagnosis()) diagnosed |= matches.has(i, c);
        }
        Set<String> out = new HashSet<>();
        if (!diagnosed) return out;
        for (int i = 0; i < r.size(); i++) {
            List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
            if (ts.get(ts.size() - 1).isQuestionMark()) continue;
            if (proposes(matches, i)) continue;
            for (String c : rules.misconception()) {
                if (!matches.negated().get(i).contains(c)) continue;
                // the diagnosis denied by name ("it isn't overfitting", "not reward misspecification"), not a verb
                // of the case ("anything it didn't memorise", "so it doesn't overfit to one court")
                for (ConceptIndex.Hit h : matches.deniedOf(i, c)) if (named(ts, h)) out.add(c);
            }
        }
        return out;
    }

    /** Sentence {@code i} proposes something (a fix's purpose, "so it can't memorise", is no contrast). */
    private boolean proposes(ConceptMatches matches, int i) {
        if (rules.rewardDisguise() == null) return false;
        for (String p : rules.rewardDisguise().proposal()) if (matches.has(i, p)) return true;
        return false;
    }

    /** The phrase names a diagnosis: it holds a noun or a gerund, not only a verb ("memorised", "overfit"). */
    private static boolean named(List<org.casemark.nlp.Token> ts, ConceptIndex.Hit h) {
        for (int k = h.from(); k < h.to(); k++) {
            String pos = ts.get(k).pos();
            if (pos.startsWith("NN") || pos.equals("VBG")) return true;
        }
        return false;
    }

    /** Every misconception sentence {@code i} names is one the write-up disowns (and it names one). */
    private boolean onlyDisowned(ConceptMatches matches, int i, Set<String> disowned) {
        if (disowned.isEmpty()) return false;
        boolean any = false;
        for (String c : rules.misconception()) {
            if (!matches.has(i, c)) continue;
            if (!disowned.contains(c)) return false;
            any = true;
        }
        return any;
    }

    /**
     * The tables (by where they begin) that compare the course's diagnosis with a misconception: one of their rows
     * names the diagnosis in one cell and a misconception in another ("| | Goal misgeneralization | Overfitting |").
     * What the misconception's column says ("near-perfect on train, usually already worse on a held-out split") is
     * its description, not the learner's claim.
     */
    private Set<Integer> comparisonTables(Reading r, ConceptMatches matches) {
        Map<Integer, Set<Integer>> diagnosisColumns = new HashMap<>(), misconceptionColumns = new HashMap<>();
        Set<Integer> tables = new HashSet<>();
        for (int i = 0; i < r.size(); i++) {
            org.casemark.nlp.Sentence s = r.sentence(i);
            int column = Layout.tableColumn(r, s);
            if (column < 0) continue;
            int row = Layout.lineStart(r, s);
            boolean diagnosis = false, misconception = false;
            for (String c : rules.diagnosis()) diagnosis |= matches.has(i, c) || matches.headingNames(i, c);
            for (String c : rules.misconception()) misconception |= matches.has(i, c) || matches.headingNames(i, c);
            if (diagnosis) diagnosisColumns.computeIfAbsent(row, k -> new HashSet<>()).add(column);
            if (misconception) misconceptionColumns.computeIfAbsent(row, k -> new HashSet<>()).add(column);
            Set<Integer> named = diagnosisColumns.getOrDefault(row, Set.of()), others = misconceptionColumns.getOrDefault(row, Set.of());
            for (int c : others) if (!named.contains(c)) tables.add(Layout.tableStart(r, s));
        }
        return tables;
    }

    /**
     * The paragraphs that name the course's diagnosis and two or more misconceptions: "Two neighbouring failures
     * should be kept apart. Overfitting is a failure of competence ... Reward misspecification is a failure of the
     * signal ... In goal misgeneralization the signal was right": a paragraph that lays out several diagnoses side by
     * side compares them; a learner who holds a misconception names the one they hold.
     */
    private Set<Integer> comparingPassages(Reading r, Sections sections, ConceptMatches matches) {
        Map<Integer, Set<String>> named = new HashMap<>();
        Set<Integer> diagnosed = new HashSet<>();
        for (int i = 0; i < r.size(); i++) {
            for (String c : rules.diagnosis()) if (matches.has(i, c)) diagnosed.add(sections.passage(i));
            for (String c : rules.misconception()) {
                if (namesItself(matches, i, c)) named.computeIfAbsent(sections.passage(i), k -> new HashSet<>()).add(c);
            }
        }
        Set<Integer> out = new HashSet<>();
        named.forEach((passage, kinds) -> {
            if (kinds.size() >= 2 && diagnosed.contains(passage)) out.add(passage);
        });
        return out;
    }

    /**
     * Sentence {@code i} names misconception {@code c} in words of its own: a phrase of it that GM's own wording takes
     * in does not ("so you cannot see the difference until you give it new comments" says that training could not
     * tell the goals apart, not that the system's senses are too weak). A contrast's words wholly inside the phrase
     * ("can't" in "can't see") are the phrase's own.
     */
    private boolean namesItself(ConceptMatches matches, int i, String c) {
        for (ConceptIndex.Hit h : matches.of(i, c)) {
            boolean taken = false;
            for (String w : rules.contrast()) {
                for (ConceptIndex.Hit g : matches.of(i, w)) {
                    boolean overlaps = g.from() < h.to() && h.from() < g.to();
                    boolean inside = g.from() >= h.from() && g.to() <= h.to();
                    taken |= overlaps && !inside;
                }
            }
            if (!taken) return true;
        }
        return false;
    }

    /** Words that set one thing apart from another ("a distinct failure mode", "unlike"; not "learned a different goal"). */
    private static final List<List<String>> SETTING_APART = java.util.stream.Stream.of("distinct", "different from",
            "differs from", "unlike", "whereas", "as opposed to", "in contrast").map(Reading::terms).toList();

    /** Sentence {@code i} names the course's diagnosis with words that set it apart from something else. */
    private boolean setsDiagnosisApart(Reading r, ConceptMatches matches, int i) {
        boolean named = false;
        for (String c : rules.diagnosis()) named |= matches.has(i, c);
        return named && cueIn(r, i, 0, r.terms(i).length, SETTING_APART);
    }

    /** The words that open a yes/no question ("Is this actually GM?", "Could it be overfitting?"). */
    private static final Set<String> ASKING = Set.of("is", "was", "are", "were", "do", "does", "did", "could", "can",
            "would", "might");

    /**
     * Sentence {@code i} asks, yes or no, whether the case is the course's diagnosis or a misconception ("2. Is this
     * actually GM?", "Could it be overfitting?"): its paragraph (or, as a heading, its section) weighs the diagnoses,
     * so a view it reports ("Priya: it's just overfitting") is set against the others, not claimed. Asked of the
     * diagnosis alone, it weighs only where the paragraph names another failure.
     */
    private boolean weighsDiagnosis(Reading r, Sections sections, ConceptMatches matches, int i) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        if (!ts.get(ts.size() - 1).isQuestionMark()) return false;
        int k = sections.contentFrom(i);
        while (k < ts.size() && !ts.get(k).isWord()) k++;
        if (k >= ts.size() || !ASKING.contains(ts.get(k).word().toLowerCase(java.util.Locale.ROOT))) return false;
        for (String c : rules.misconception()) if (matches.headingNames(i, c) || matches.has(i, c)) return true;
        boolean diagnosis = false;
        for (String c : rules.diagnosis()) diagnosis |= matches.headingNames(i, c) || matches.has(i, c);
        // "is that what the course means by goal misgeneralisation though?" at the end of a chat that names no other
        // failure weighs nothing against it: a contrast needs a second side, named in the paragraph (or the section
        // a heading asks over)
        return diagnosis && namesAnotherFailure(r, sections, matches, i);
    }

    /** The paragraph of sentence {@code i}, or the section it heads, names a misconception or a wrong reward. */
    private boolean namesAnotherFailure(Reading r, Sections sections, ConceptMatches matches, int i) {
        List<String> failures = new ArrayList<>(rules.misconception());
        if (rules.rewardDisguise() != null) failures.addAll(rules.rewardDisguise().named());
        for (int j = 0; j < r.size(); j++) {
            boolean near = sections.passage(j) == sections.passage(i)
                    || sections.heading(i) && sections.block(j) == sections.block(i);
            if (!near) continue;
            for (String c : failures) {
                if (matches.has(j, c) || matches.headingNames(j, c) || matches.negated().get(j).contains(c)) return true;
            }
        }
        return false;
    }

    /** Words that suppose a case other than the write-up's ("Suppose instead the designers had rewarded ..."). */
    private static final Set<String> SUPPOSING_CASE = Set.of("suppose", "supposing", "imagine", "hypothetically");

    /**
     * The misconception is what another, supposed case "would be": "Suppose instead the designers had rewarded
     * 'how close the reed reads on a tuner'. Same failure? - No, that would be reward misspecification." A "would"
     * before it in its clause, and a supposition in the sentence or the one before: the write-up sets its case apart.
     */
    private static boolean supposedCase(Reading r, int i, ConceptIndex.Hit h) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        if (instanceSupposed(r, i, h)) return true;
        boolean would = false;
        for (int k = Math.max(0, h.from() - CONTRAST_WINDOW); k < h.from(); k++) {
            would |= ts.get(k).word().equalsIgnoreCase("would") && r.clause(i, k) == r.clause(i, h.from());
        }
        if (!would) return false;
        for (int j = Math.max(0, i - 2); j <= i; j++) {
            for (org.casemark.nlp.Token t : r.sentence(j).tokens()) {
                if (SUPPOSING_CASE.contains(t.word().toLowerCase(java.util.Locale.ROOT))) return true;
            }
        }
        return false;
    }

    /** How many words after "an overfit" the noun and its "would" may stand ("An overfit sorter would have ..."). */
    private static final int INSTANCE_WINDOW = 4;

    /**
     * The misconception names an instance of its own kind, told as what it would do: "An overfit sorter would have
     * degraded on any new particle", "An overfit model would memorise ...": a supposed case set against the
     * write-up's, not its claim.
     */
    private static boolean instanceSupposed(Reading r, int i, ConceptIndex.Hit h) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        if (h.from() == 0) return false;
        String before = ts.get(h.from() - 1).word().toLowerCase(java.util.Locale.ROOT);
        if (!before.equals("a") && !before.equals("an")) return false;
        for (int k = h.to(); k < Math.min(ts.size(), h.to() + INSTANCE_WINDOW); k++) {
            if (ts.get(k).word().equalsIgnoreCase("would") && r.clause(i, k) == r.clause(i, h.from())) return true;
        }
        return false;
    }

    /**
     * Words that open the statement of a side the write-up argues against ("AGAINST (it is just overfitting)",
     * "Objection: it simply memorised the yard"): only at the start of a line ("checked against the same wrong
     * labels" is no side).
     */
    private static final List<List<String>> OPPOSING = java.util.stream.Stream.of("against", "objection",
            "counterargument", "counter-argument", "devil's advocate").map(Reading::terms).toList();

    /** One of {@code cues} opens sentence {@code i} at token {@code from}. */
    private static boolean opensWith(Reading r, int i, int from, List<List<String>> cues) {
        int n = r.terms(i).length;
        for (List<String> cue : cues) if (r.indexOf(i, from, Math.min(n, from + cue.size()), cue) == from) return true;
        return false;
    }

    /**
     * A cue stands within {@link #CONTRAST_WINDOW} words before the hit, in its clause: "it isn't overfitting", not
     * "the model could not generalize, because it has memorized the patterns" (its "not" is the verb's before the
     * reason).
     */
    private static boolean cueInClause(Reading r, int sentence, ConceptIndex.Hit h, List<List<String>> cues) {
        for (List<String> cue : cues) {
            int at = r.indexOf(sentence, Math.max(0, h.from() - CONTRAST_WINDOW), h.from(), cue);
            while (at >= 0) {
                boolean sameClause = r.clause(sentence, at) == r.clause(sentence, h.from());
                if (sameClause && !Misconceptions.reasonBetween(r.sentence(sentence).tokens(), at + cue.size(), h.from())) {
                    return true;
                }
                at = r.indexOf(sentence, at + 1, h.from(), cue);
            }
        }
        return false;
    }

    /** One of {@code cues} occurs within tokens [from, to) of the sentence. */
    private static boolean cueIn(Reading r, int sentence, int from, int to, List<List<String>> cues) {
        for (List<String> cue : cues) if (r.indexOf(sentence, from, to, cue) >= 0) return true;
        return false;
    }
}
