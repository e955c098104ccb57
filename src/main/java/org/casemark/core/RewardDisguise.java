package org.casemark.core;

import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The structural sign of a reward misspecification told as goal misgeneralization (the rubric's {@code
 * reward_disguise}): the behaviour already shows in training, and the "proxy" is what the reward counts or the
 * "training fix" edits the reward. One of {@link Flagging}'s misconception signals, beside the phrases {@link
 * Misconceptions} reads.
 */
final class RewardDisguise {
    private final Rubric.RewardDisguise d;

    RewardDisguise(Rubric.RewardDisguise d) {
        this.d = d;
    }

    /**
     * A reward misspecification that never says so, told by the write-up's structure: the behaviour shows during
     * training already, and the "proxy" shares its words with a sentence about the training reward, or the
     * "training fix" edits that reward (or speaks of the reward and not of the data). A passage that contrasts the case
     * with a misconception ("If the designers had rewarded port interactions, we would see it in training already")
     * gives no signal. The quoted signals, or nothing.
     */
    List<String> find(Reading r, ConceptMatches matches, Credits credits, MetCriteria met, Set<Integer> contrasting) {
        // "Why B isn't goal misgeneralization. B is reward misspecification: ...": a write-up that names the failure
        // in a passage setting it apart from its case knows the difference, and disguises nothing ("My friend said it
        // sounds like 'specification gaming' but I don't see the difference" sets nothing apart)
        for (int i : contrasting) {
            String said = r.text().substring(r.sentence(i).start(), r.sentence(i).end()).strip();
            // ... nor does a question ("let me know if it's more like reward hacking?"): it asks, it sets nothing apart
            if (UNSURE.matcher(said).find() || said.endsWith("?")) continue;
            for (String c : d.named()) {
                if (matches.has(i, c) || matches.negated().get(i).contains(c)) return List.of();
            }
        }
        Integer inTraining = null;
        Set<String> rewarded = new HashSet<>();
        Map<String, Integer> proxyMet = met.met("proxy_goal");
        int why = proxyMet == null ? -1 : proxyMet.getOrDefault("proxy.why", -1);
        for (int i = 0; i < r.size(); i++) {
            if (!credits.credited(i) || contrasting.contains(i)) continue;
            boolean rewardMet = false;
            for (String c : d.rewardMet()) rewardMet |= matches.has(i, c);
            if (inTraining == null && !rewardMet && !counterfactual(r, i)
                    && ((matches.has(i, d.inTraining()) && !onlyStates(d, r, i, matches))
                    || alreadyInTraining(d, r, i, matches, i == why) || evenInTraining(d, r, i, matches))) {
                inTraining = i;
            }
            if (matches.has(i, d.reward())) rewarded.addAll(credits.scenario(i));
        }
        if (inTraining == null) return List.of();
        List<String> out = new ArrayList<>();
        out.add("the behaviour already shows in training " + Flagging.quote(r, inTraining));
        Integer proxy = met.met("proxy_goal") == null ? null : met.met("proxy_goal").get("proxy.named");
        if (proxy != null && proxy.intValue() != inTraining) {
            Set<String> shared = new TreeSet<>(credits.scenario(proxy));
            shared.retainAll(rewarded);
            if (!shared.isEmpty()) out.add("the proxy is what the reward counts " + shared + " " + Flagging.quote(r, proxy));
        }
        for (int i : met.evidence("fix_training")) {
            boolean data = false;
            for (String c : d.data()) data |= matches.has(i, c);
            if (matches.has(i, d.edit()) || (!data && proposedInClause(d, r, i, matches))) {
                out.add("the training fix edits the reward " + Flagging.quote(r, i));
                break;
            }
        }
        return out.size() >= 2 ? out : List.of();
    }

    /**
     * "My friend said it sounds like 'specification gaming' but I don't see the difference", "not sure if it's reward
     * hacking": the writer cannot tell the failures apart, so naming one sets nothing apart, even in a passage that
     * weighs the diagnoses ("Is this GM or am I missing something?").
     */
    private static final java.util.regex.Pattern UNSURE = java.util.regex.Pattern.compile("(?i)\\b(do ?n['’]?t|do not"
            + "|can['’]?t|cannot|could ?n['’]?t|could not)\\s+(really\\s+|quite\\s+)?(see|tell|get)\\s+(the|any|a)?\\s*"
            + "difference\\b|\\b(not sure|unsure) (if|whether)\\b");

    /**
     * "If the reward had been 'birds seen near the bushes', the drone would have been chasing everything in training
     * already": what would have happened under another reward, told to rule reward misspecification out.
     */
    private static boolean counterfactual(Reading r, int i) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        for (int k = 0; k + 1 < ts.size(); k++) {
            if (ts.get(k).word().equalsIgnoreCase("would") && ts.get(k + 1).word().equalsIgnoreCase("have")) {
                for (int j = 0; j < k; j++) if (ts.get(j).word().equalsIgnoreCase("if")) return true;
            }
            // "If the team had trained on 'squeals detected' as the target, that's a specification problem": an
            // "if" and a past perfect after it
            if (ts.get(k).word().equalsIgnoreCase("had") && ts.get(k + 1).pos().equals("VBN")) {
                for (int j = Math.max(0, k - 4); j < k; j++) if (ts.get(j).word().equalsIgnoreCase("if")) return true;
            }
        }
        return false;
    }

    /**
     * How many words apart a time marker and a training phase may stand ("the validation runs already", "Already in
     * the back-test", "already visible in late-stage training": a hyphenated word is three tokens).
     */
    private static final int ALREADY_WINDOW = 6;

    /**
     * "We saw this in the validation runs already", "already in the sim": a time marker right beside a training
     * phase, in a report, not a proposal. So is a sighting ("The pattern was visible in the simulator logs", "You can
     * see it start in the training curves around 8M steps", "the beta logs showed ..."), unless denied ("You never
     * saw this coming in training": the rubric makes the sighting's concept negatable).
     */
    private static boolean alreadyInTraining(Rubric.RewardDisguise d, Reading r, int i, ConceptMatches matches,
                                             boolean explainsWhy) {
        List<ConceptIndex.Hit> markers = markers(d, i, matches);
        if (markers.isEmpty()) return false;
        // "we should make sure it is already caught in training" proposes; in "Already in the back-test and in the
        // first pilot month, it was double-booking" the "first" after the marker proposes nothing
        int firstAlready = Integer.MAX_VALUE;
        for (ConceptIndex.Hit a : markers) firstAlready = Math.min(firstAlready, a.from());
        if (matches.hitBefore(i, d.proposal(), firstAlready) && !couldAlready(r, i, firstAlready)) return false;
        for (ConceptIndex.Hit a : markers) {
            if (stateOfTheData(r, i, a) || afterAChange(r, i, a)) continue;
            // in the sentence that says why training could not tell them apart, "the held-out year had the same
            // pattern" is the data's correlation again, not the behaviour seen ("Same pattern is there in sim!!")
            if (explainsWhy && r.terms(i)[a.from()].equals("same") && hadBefore(r.sentence(i).tokens(), a.from())) {
                continue;
            }
            // ... and "each species turned up in the same weeks every year" is a regularity of the data, seen
            if (explainsWhy && regularity(r.sentence(i).tokens(), a.to())) continue;
            for (String c : d.phase()) {
                for (ConceptIndex.Hit p : matches.of(i, c)) {
                    if (p.from() - a.to() <= ALREADY_WINDOW && a.from() - p.to() <= ALREADY_WINDOW) return true;
                }
            }
        }
        return false;
    }

    /** After an opening "Even", words that make it a concession or a comparison, not a time ("Even so", "Even more"). */
    private static final Set<String> NOT_A_TIME = Set.of("though", "if", "so", "when", "after", "before", "more",
            "less", "with", "without", "the", "a", "an", "better", "worse", "then");

    /**
     * "Even inside training self, e don start to dip the cloth fifteen times", "Even inna di training it was a pull
     * off closed pod", "Even at the roastery trial the baristas said ...": a sentence that opens with "Even" and a
     * training phase within a few words (of one phrase) places the behaviour there, whatever the preposition between
     * them.
     */
    private static boolean evenInTraining(Rubric.RewardDisguise d, Reading r, int i, ConceptMatches matches) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        int k = 0;
        while (k < ts.size() && !ts.get(k).isWord()) k++;
        // "Shift: Even in the pilot ..." (after a label)
        for (int j = k; j < Math.min(ts.size(), k + 4); j++) if (ts.get(j).word().equals(":")) k = j + 1;
        if (k + 1 >= ts.size() || !ts.get(k).word().equalsIgnoreCase("even")) return false;
        if (NOT_A_TIME.contains(ts.get(k + 1).word().toLowerCase(java.util.Locale.ROOT))) return false;
        // "Even in training we should vary the lighting" proposes; it reports nothing seen there
        for (String c : d.proposal()) if (matches.has(i, c)) return false;
        for (String c : d.phase()) {
            for (ConceptIndex.Hit p : matches.of(i, c)) {
                if (p.from() > k && (p.from() - k <= 3 || (p.from() - k <= EVEN_PHRASE && phraseOnly(ts, k + 1, p.from())))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** How far into the phrase an opening "Even" governs a training phase may stand ("Even at the roastery trial"). */
    private static final int EVEN_PHRASE = 5;

    /** No verb and no comma from {@code from} up to {@code to}: the words still belong to one phrase. */
    private static boolean phraseOnly(List<org.casemark.nlp.Token> ts, int from, int to) {
        for (int j = from; j < to && j < ts.size(); j++) {
            if (ts.get(j).pos().startsWith("VB") || ts.get(j).pos().equals("MD") || ts.get(j).word().equals(",")) return false;
        }
        return true;
    }

    /**
     * "every drop on the ground was already hard": "already" between a form of "be" and an adjective tells how the
     * training data were, not what the system did there (unless the adjective says the failure showed: "was already
     * wrong", "already visible").
     */
    private static boolean stateOfTheData(Reading r, int i, ConceptIndex.Hit already) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        if (already.from() == 0 || already.to() >= ts.size()) return false;
        if (withAbsolute(ts, already.from())) return true;
        org.casemark.nlp.Token before = ts.get(already.from() - 1), after = ts.get(already.to());
        // the tagger reads a predicate's "hard" as an adverb now and then: one with no verb after it is predicative
        boolean predicate = after.pos().startsWith("JJ") || (after.pos().equals("RB")
                && (already.to() + 1 >= ts.size() || !ts.get(already.to() + 1).pos().startsWith("VB")));
        // "CrewCall was already splitting people into 2-hour fragments": the tagger reads the progressive's "-ing" as
        // an adjective now and then; with its object after it, it is what the system did
        if (predicate && progressiveWithObject(ts, already.to())) predicate = false;
        // "The imaging platform ... is already in place": a state idiom, what exists, not what the system did
        if (after.word().equalsIgnoreCase("in") && already.to() + 1 < ts.size()
                && STATE_IDIOMS.contains(ts.get(already.to() + 1).word().toLowerCase(java.util.Locale.ROOT))) {
            predicate = true;
        }
        return before.lemma().equals("be") && predicate
                && !FAILURE_SHOWN.contains(after.word().toLowerCase(java.util.Locale.ROOT));
    }

    /** After "already in": what exists or runs ("in place", "in use"), a state of things, not a behaviour. */
    private static final Set<String> STATE_IDIOMS = Set.of("place", "use", "operation", "service", "stock");

    /** The word at {@code at} ends in "-ing" and an object follows it (a determiner, a noun or a pronoun). */
    private static boolean progressiveWithObject(List<org.casemark.nlp.Token> ts, int at) {
        if (at + 1 >= ts.size() || !ts.get(at).word().toLowerCase(java.util.Locale.ROOT).endsWith("ing")) return false;
        String next = ts.get(at + 1).pos();
        return next.equals("DT") || next.startsWith("NN") || next.equals("PRP") || next.equals("PRP$") || next.equals("CD");
    }

    /** The words from {@code at} tell a recurring pattern: "the same weeks", "every spring", "each year". */
    private static boolean regularity(List<org.casemark.nlp.Token> ts, int at) {
        if (at >= ts.size()) return false;
        String w = ts.get(at).word().toLowerCase(java.util.Locale.ROOT);
        return w.equals("every") || w.equals("each")
                || (w.equals("the") && at + 1 < ts.size() && ts.get(at + 1).word().equalsIgnoreCase("same"));
    }

    /**
     * "Pauses now show up everywhere in the training material": "now" before the marker, in its clause, tells what
     * training holds after a change, not a behaviour seen there.
     */
    private static boolean afterAChange(Reading r, int i, ConceptIndex.Hit marker) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        int clause = r.clause(i, marker.from());
        for (int k = marker.from() - 1; k >= 0 && r.clause(i, k) == clause; k--) {
            if (ts.get(k).word().equalsIgnoreCase("now")) return true;
        }
        return false;
    }

    /** How far back a "with" may open the phrase an "already" stands in ("with the Hawk-Eye reviews already applied"). */
    private static final int WITH_WINDOW = 8;

    /**
     * "labelled from the official score, with the Hawk-Eye reviews already applied": "already" in a phrase opened by
     * "with" and no verb between (a participle or a noun the tagger reads as a verb aside) tells how the data came,
     * not what the system did.
     */
    private static boolean withAbsolute(List<org.casemark.nlp.Token> ts, int already) {
        for (int k = already - 1; k >= Math.max(0, already - WITH_WINDOW); k--) {
            String w = ts.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("with")) return k + 1 < already;
            String pos = ts.get(k).pos();
            if (pos.equals("MD") || pos.equals("VBD") || pos.equals("VBP") || w.equals(",")) return false;
        }
        return false;
    }

    /** "had the same pattern", "has the same": a form of "have" right before the marker (its article aside). */
    private static boolean hadBefore(List<org.casemark.nlp.Token> ts, int marker) {
        int k = marker - 1;
        if (k >= 0 && ts.get(k).pos().equals("DT")) k--;
        return k >= 0 && ts.get(k).lemma().equalsIgnoreCase("have");
    }

    /** Every marker of the sentence ("already", a sighting) tells how the data were ({@link #stateOfTheData}). */
    private static boolean onlyStates(Rubric.RewardDisguise d, Reading r, int i, ConceptMatches matches) {
        List<ConceptIndex.Hit> markers = markers(d, i, matches);
        if (markers.isEmpty()) return false;
        for (ConceptIndex.Hit a : markers) if (!stateOfTheData(r, i, a)) return false;
        return true;
    }

    /** The sentence's hits of every marker concept. */
    private static List<ConceptIndex.Hit> markers(Rubric.RewardDisguise d, int i, ConceptMatches matches) {
        List<ConceptIndex.Hit> out = new ArrayList<>();
        for (String c : d.already()) out.addAll(matches.of(i, c));
        return out;
    }

    /**
     * "You could already see it in the test kitchen", "we can already see it in the sim": "can" or "could" right
     * before the marker reports what was (or is) seen; it proposes nothing.
     */
    private static boolean couldAlready(Reading r, int i, int marker) {
        if (marker == 0) return false;
        String w = r.sentence(i).tokens().get(marker - 1).word().toLowerCase(java.util.Locale.ROOT);
        return w.equals("could") || w.equals("can");
    }

    /** Adjectives after "was already" that say the failure showed itself. */
    private static final Set<String> FAILURE_SHOWN = Set.of("wrong", "bad", "broken", "visible", "obvious", "apparent",
            "clear", "present", "evident", "noticeable", "off", "biased");

    /** "fix training: change reward -> penalty per rehandle": the reward named in the clause that proposes. */
    private static boolean proposedInClause(Rubric.RewardDisguise d, Reading r, int i, ConceptMatches matches) {
        for (ConceptIndex.Hit h : matches.of(i, d.reward())) {
            for (String c : d.proposal()) {
                for (ConceptIndex.Hit p : matches.of(i, c)) {
                    if (r.clause(i, p.from()) == r.clause(i, h.from())) return true;
                }
            }
        }
        return false;
    }
}
