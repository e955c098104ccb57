package org.casemark.core;

import org.casemark.rubric.Rubric;

import java.util.HashSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Tests each criterion's rules sentence by sentence, component after component (a rule may tie back to the evidence
 * of an earlier component), and maps the criteria a component met to a score by its levels.
 */
final class Criteria {
    private final List<Rubric.Component> components;
    /** The concepts of the lesson's own example (CoinRun's coin, levels, "go right"). */
    private final List<String> lessonExample;

    /** A slot's criterion and the concept its words are taken from (the rubric's {@code slots}). */
    private final Map<String, String> slotConcepts = new java.util.HashMap<>();

    Criteria(Rubric rubric) {
        this.components = rubric.components();
        for (Rubric.SlotRule s : rubric.slots().values()) slotConcepts.put(s.criterion(), s.concept());
        this.lessonExample = rubric.gaming().lessonExample();
    }

    /** The criteria each component meets and the best sentence for each, from one reading. */
    MetCriteria evaluate(Reading r, Sections sections, ConceptMatches matches, Credits credits) {
        return evaluate(r, sections, matches, credits, null, false);
    }

    /**
     * As {@link #evaluate}, with each component's quotes kept apart from the sentences {@code first} quotes for the
     * components it names in {@code quoted_apart_from} (a proposed retraining is the training fix's evidence, not the
     * system's training), where another sentence meets the criterion. The flags are read from a
     * single reading: which sentence is quoted does not decide whether a write-up holds a misconception.
     */
    MetCriteria quoting(Reading r, Sections sections, ConceptMatches matches, Credits credits, MetCriteria first) {
        // where no sentence a component could quote is one to keep apart from, the first reading stands as it is
        for (Rubric.Component c : components) {
            for (String other : c.quotedApartFrom()) {
                for (int i : first.met(other).values()) {
                    if (first.evidence(c.key()).contains(i)) return evaluate(r, sections, matches, credits, first, true);
                }
            }
        }
        // a slot's criterion quoted from a sentence without the slot's words: another may have them
        for (Rubric.Component c : components) {
            for (Map.Entry<String, Integer> m : first.met(c.key()).entrySet()) {
                String concept = slotConcepts.get(m.getKey());
                if (concept != null && !matches.has(m.getValue(), concept) && aboutTheWriter(r, m.getValue())) {
                    return evaluate(r, sections, matches, credits, first, true);
                }
            }
        }
        return first;
    }

    /**
     * {@code preferWords}: where a slot's criterion is met both by sentences that have the slot's words and by ones
     * that only stand in its section, quote the former (for the quotes only: flags and the first reading do not
     * depend on it).
     */
    private MetCriteria evaluate(Reading r, Sections sections, ConceptMatches matches, Credits credits, MetCriteria first,
                                 boolean preferWords) {
        Map<String, Set<Integer>> evidence = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> metAt = new LinkedHashMap<>();   // component -> criterion -> sentence
        Map<String, Integer> levelScores = new LinkedHashMap<>();
        Set<Integer> quotedElsewhere = new HashSet<>();   // quoted by an earlier component
        // a sentence about the lesson's example ("the agent went right because the coin was always on the right")
        // compares; the learner's own case is told elsewhere, and is what to quote
        Set<Integer> comparisons = new HashSet<>();
        // (two of its marks: "level" alone is any domain's word)
        for (int i = 0; i < r.size(); i++) {
            int marks = 0;
            for (String c : lessonExample) if (matches.has(i, c)) marks++;
            if (marks >= 2) comparisons.add(i);
        }
        // where each component's evidence begins: a component told after another (the rubric's told_after) is
        // quoted at or after it where it can be
        Map<String, Integer> begins = new java.util.HashMap<>();
        for (Rubric.Component c : components) {
            int anchor = c.toldAfter() == null ? -1 : begins.getOrDefault(c.toldAfter(), -1);
            Set<Integer> apart = new HashSet<>();
            if (first != null) for (String other : c.quotedApartFrom()) apart.addAll(first.met(other).values());
            Map<String, Integer> met = new LinkedHashMap<>();
            Map<String, List<Integer>> meetingBy = new java.util.HashMap<>();   // criterion -> every sentence meeting it
            // every sentence that meets one of the component's criteria: what later criteria tie back to
            Set<Integer> support = new TreeSet<>();
            // the component has a place of its own: a section with sentences, or its heading over nothing yet
            boolean placed = sections.present().contains(c.key()) || sections.headedEmpty(c.key(), r);
            for (Rubric.Criterion k : c.criteria()) {
                List<Integer> meeting = new ArrayList<>();
                // a slot's criterion met only where a sentence stands, by a sentence about the writer without the
                // slot's words ("I work in an aerobiology lab at a hospital", opening the system's section), is
                // quoted after one that has them ("The sorter is a camera ..." is about the system all the same)
                Set<Integer> wordless = new HashSet<>();
                // "Harm: a coeliac customer ... gets ill" is what the learner says is the harm: quoted before "Pickers
                // at 6 am mostly trust it" ("trust"), which meets the criterion only by a word of its concept (where
                // the rubric says a criterion's label is its own: "Training:" labels a fix as well as the system)
                Set<Integer> unlabelled = new HashSet<>();
                // "In all 46 training storms the hazard came from the sea" meets the shift's harm by its words, but
                // tells training: where the rubric says so, a sentence with such a concept is quoted last
                Set<Integer> last = new HashSet<>();
                String slotConcept = preferWords ? slotConcepts.get(k.id()) : null;
                for (int i = 0; i < r.size(); i++) {
                    if (!candidate(sections, credits, i, c.key(), placed)) continue;
                    if (under(sections, i, c.notUnder())) continue;
                    if (quotedFor(k.notQuotedFor(), i, metAt) && !statesAny(matches, i, k.quotedUnless())) continue;
                    for (Rubric.Rule rule : k.rules()) {
                        if (ruleHolds(rule, i, c.key(), evidence, meetingBy, r, sections, matches, credits)) {
                            meeting.add(i);
                            support.add(i);
                            if (slotConcept != null && placeOnly(rule) && !matches.has(i, slotConcept)
                                    && aboutTheWriter(r, i)) wordless.add(i);
                            if (k.quoteLabelled() && !labelledFor(k, i, sections, matches)) unlabelled.add(i);
                            if (statesAny(matches, i, k.quotedLastWith())) last.add(i);
                            // ... and for what the system does, a sentence that says what it is ("It is an AI
                            // camera system supplied by Pyrosight Ltd") tells no action: quoted last
                            boolean defines = definesItsSubject(r, i);
                            if (!k.quotedFirstWith().isEmpty() && (k.quotedFirstActing() && defines
                                    || !statesAny(matches, i, k.quotedFirstWith()) && !defines
                                    && !(k.quotedFirstActing() && itActs(r, i)))) last.add(i);
                            break;
                        }
                    }
                }
                meetingBy.put(k.id(), meeting);
                if (!meeting.isEmpty()) {
                    met.put(k.id(), bestEvidence(meeting, c.key(), met.values(), quotedElsewhere, comparisons, sections,
                            anchor, apart, wordless, unlabelled, last, credits, k.quoteLabelled()));
                }
            }
            if (!met.isEmpty()) begins.put(c.key(), java.util.Collections.min(met.values()));
            int score = levelScore(c, met.keySet());
            // what the score rests on is quoted for this component; a lower level's criterion that the score makes
            // moot ("implied" beside "stated") leaves its sentence to a later component's criteria
            for (Rubric.Level l : c.levels()) {
                if (l.score() != score) continue;
                for (String id : met.keySet()) if (l.counts(id)) quotedElsewhere.add(met.get(id));
            }
            metAt.put(c.key(), met);
            evidence.put(c.key(), support);
            levelScores.put(c.key(), score);
        }
        Map<String, List<Integer>> evidenceLists = new LinkedHashMap<>();
        evidence.forEach((key, sentences) -> evidenceLists.put(key, List.copyOf(sentences)));
        return new MetCriteria(metAt, evidenceLists, levelScores);
    }

    /** Scenario words a quote needs to tell the learner's case rather than announce a part of it. */
    private static final int TELLS_THE_SCENARIO = 2;

    /**
     * The sentence to quote for a criterion among those that meet it: the learner's own case before a comparison with
     * the lesson's example, one in the component's own section before one outside it, one at or after where the
     * evidence of the component it is told after begins ({@code anchor}, -1 for none: in prose the setting of a shift
     * is told after the proxy, not in the opening lines about the system), one not quoted yet for an earlier component nor for another
     * criterion of the component (the behaviour is not the context sentence again), one not quoted for the
     * components it is quoted apart from ({@code apart}: the sentences a first reading quoted for the fixes), one
     * that has a slot's words before one about the writer that only opens the section ({@code wordless}), for a
     * criterion quoted by its label ({@code quote_labelled}), one whose inline label states the criterion's concept
     * before one that does not ({@code unlabelled}), then the first. For a criterion quoted by its label (the parts
     * of a shift: {@code tells}), a sentence that tells the scenario (two of its words or more) comes before one that
     * only announces the part ("The harm is concrete.", "The harm cuts both ways", "what goes wrong, and the harm"):
     * after the others, before the last two. Last of all, in the passage where an earlier criterion of the component
     * was quoted (a shift's behaviour and harm from the paragraph that sets its scene, a system's training from the
     * one that names it) before one elsewhere.
     */
    private static int bestEvidence(List<Integer> meeting, String key, java.util.Collection<Integer> quoted,
                                    Set<Integer> quotedElsewhere, Set<Integer> comparisons, Sections sections, int anchor,
                                    Set<Integer> apart, Set<Integer> wordless, Set<Integer> unlabelled,
                                    Set<Integer> last, Credits credits, boolean tells) {
        int best = meeting.get(0), bestRank = Integer.MAX_VALUE;
        Set<Integer> told = new HashSet<>();
        for (int q : quoted) told.add(sections.passage(q));
        for (int i : meeting) {
            boolean own = sections.section(i).contains(key);
            int rank = (comparisons.contains(i) ? 1024 : 0)
                    + (own || !sections.present().contains(key) ? 0 : 512)
                    + (own || i >= anchor ? 0 : 256)
                    + (quotedElsewhere.contains(i) ? 128 : 0)
                    + (apart.contains(i) ? 64 : 0)
                    + (last.contains(i) ? 32 : 0)
                    + (quoted.contains(i) ? 16 : 0)
                    + (tells && credits.scenario(i).size() < TELLS_THE_SCENARIO ? 8 : 0)
                    + (wordless.contains(i) ? 4 : 0)
                    + (unlabelled.contains(i) ? 2 : 0)
                    + (told.isEmpty() || told.contains(sections.passage(i)) ? 0 : 1);
            if (rank < bestRank) {
                best = i;
                bestRank = rank;
            }
        }
        return best;
    }

    /**
     * "The sorter is a camera mounted over a steel table": a noun phrase, a form of "be" and "a" or "an" open the
     * sentence, which says what its subject is (a system named in the scenario's own words).
     */
    private static boolean definesItsSubject(Reading r, int i) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        int k = 0;
        // "It is an AI camera system supplied by ...": the system referred back to
        if (ts.size() > 2 && ts.get(0).word().equalsIgnoreCase("it") && ts.get(1).lemma().equals("be")) {
            return ts.get(2).word().equalsIgnoreCase("a") || ts.get(2).word().equalsIgnoreCase("an");
        }
        if (k < ts.size() && (ts.get(k).pos().equals("DT") || ts.get(k).pos().equals("PRP$"))) k++;
        int nouns = 0;
        while (k < ts.size() && (ts.get(k).pos().startsWith("NN") || ts.get(k).pos().startsWith("JJ")
                || ts.get(k).pos().equals("HYPH"))) {
            if (ts.get(k).pos().startsWith("NN")) nouns++;
            k++;
        }
        return nouns > 0 && k + 1 < ts.size() && ts.get(k).lemma().equals("be")
                && (ts.get(k + 1).word().equalsIgnoreCase("a") || ts.get(k + 1).word().equalsIgnoreCase("an"));
    }

    /**
     * "In the rain it sands beautifully", "so it says 'not ready'", "It would ignore a child struggling near the
     * surface": the system referred back to ("it") as the subject of a verb of action (not a form of "be", not "it
     * seems", not "it would have been penalised", not a dummy "it" before "that").
     */
    static boolean itActs(Reading r, int i) {
        return actingIt(r.sentence(i).tokens(), 0) >= 0;
    }

    /**
     * Verbs after "it" that say nothing the system does: a form of "be", "it seems", "it means", "it takes three
     * weeks", "it turns out", "it depends", "it makes sense", "it sounds/looks/feels like".
     */
    private static final Set<String> NOT_ACTING = Set.of("be", "seem", "appear", "mean", "take", "matter", "happen",
            "turn", "depend", "make", "sound", "look", "feel", "follow", "cost", "help", "rain", "snow", "occur");

    /** The token of the first "it" (from token {@code from}) that is the subject of a verb of action; -1 for none. */
    static int actingIt(List<org.casemark.nlp.Token> ts, int from) {
        for (int k = from; k + 1 < ts.size(); k++) {
            if (!ts.get(k).word().equalsIgnoreCase("it")) continue;
            if (actingVerb(ts, k) >= 0) return k;
        }
        return -1;
    }

    /**
     * The verb of action whose subject is the "it" at token {@code it} (up to two adverbs or modals between: "it still
     * counts", "it would ignore", "it will then keep"); -1 where none follows.
     */
    static int actingVerb(List<org.casemark.nlp.Token> ts, int it) {
        int v = it + 1;
        boolean modal = false;
        for (int skip = 0; skip < 2 && v + 1 < ts.size()
                && (ts.get(v).pos().startsWith("RB") || ts.get(v).pos().equals("MD")); skip++) {
            modal |= ts.get(v).pos().equals("MD");
            v++;
        }
        if (v >= ts.size()) return -1;
        org.casemark.nlp.Token verb = ts.get(v);
        if (!verb.pos().startsWith("VB") || verb.pos().equals("VBN") || verb.pos().equals("VBG")) return -1;
        String lemma = verb.lemma().toLowerCase(java.util.Locale.ROOT);
        if (modal && lemma.equals("have")) return -1;   // "it would have been penalised": what did not happen
        if (NOT_ACTING.contains(lemma)) return -1;
        return v;
    }

    /** Words by which writers speak of themselves ("I work in ...", "My aunt's family runs ..."). */
    private static final Set<String> FIRST_PERSON = Set.of("i", "my", "me", "i'm");

    /** Sentence {@code i} speaks of the writer (a first-person singular word in it). */
    private static boolean aboutTheWriter(Reading r, int i) {
        for (org.casemark.nlp.Token t : r.sentence(i).tokens()) {
            if (FIRST_PERSON.contains(t.word().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /** Sentence {@code i} opens with an inline label that states a concept of the criterion's rules ("Harm: ..."). */
    private static boolean labelledFor(Rubric.Criterion k, int i, Sections sections, ConceptMatches matches) {
        int label = sections.contentFrom(i);
        if (label == 0) return false;
        for (Rubric.Rule rule : k.rules()) {
            for (List<String> concepts : List.of(rule.all(), rule.any())) {
                for (String c : concepts) {
                    for (ConceptIndex.Hit h : matches.of(i, c)) if (h.to() <= label) return true;
                }
            }
        }
        return false;
    }

    /** A rule that asks only where a sentence stands ({@code in_section}), none of its concepts. */
    private static boolean placeOnly(Rubric.Rule rule) {
        return rule.inSection() && rule.all().isEmpty() && rule.any().isEmpty();
    }

    private static boolean statesAny(ConceptMatches matches, int i, List<String> concepts) {
        for (String c : concepts) if (matches.has(i, c)) return true;
        return false;
    }

    /** Sentence {@code i} is quoted for one of {@code criteria} (of earlier components). */
    private static boolean quotedFor(List<String> criteria, int i, Map<String, Map<String, Integer>> metAt) {
        for (String id : criteria) {
            for (Map<String, Integer> met : metAt.values()) {
                Integer at = met.get(id);
                if (at != null && at == i) return true;
            }
        }
        return false;
    }

    /** The score of the first of the component's levels whose criteria are met, or 0. */
    private static int levelScore(Rubric.Component c, Set<String> met) {
        for (Rubric.Level l : c.levels()) {
            if (!met.containsAll(l.all())) continue;
            long any = l.any().stream().filter(met::contains).count();
            if (any >= l.minAny()) return l.score();
        }
        return 0;
    }

    /**
     * Sentences a component's criteria look at: its own section (plus unsectioned ones) if it has one ({@code placed}:
     * a section with sentences, or its heading over nothing yet).
     */
    private static boolean candidate(Sections sections, Credits credits, int i, String key, boolean placed) {
        if (!credits.credited(i)) return false;
        // a part the learner says is not written earns only from a section of its own ("Ran out of time for the two
        // fixes": the optimiser settings of the system's description are no training fix)
        if (sections.saidAbsent(key)) return sections.section(i).equals(Set.of(key));
        // ... and so does one under its own heading with nothing written there yet ("Fix (evaluation) / [TODO - test
        // set?]"): a note under the training fix asking a friend for photos is no evaluation
        if (!placed) return true;
        return sections.section(i).contains(key) || sections.section(i).isEmpty();
    }

    /**
     * The sentence names, by an inline label or as its paragraph's topic sentence, the part of one of {@code others}
     * and of no other component: it tells that part ("The aligned goal is: the monitor must alarm every time the gas
     * is dangerous" states the goal; its "must" proposes no test). The sentences after it are not held to it: a
     * paragraph opened by the goal may go on to the fixes.
     */
    private static boolean under(Sections sections, int i, List<String> others) {
        if (others.isEmpty() || !sections.places().get(i).namesItsPart() || sections.section(i).isEmpty()) return false;
        return others.containsAll(sections.section(i));
    }

    private static boolean ruleHolds(Rubric.Rule rule, int i, String key, Map<String, Set<Integer>> evidenceByComponent,
                                     Map<String, List<Integer>> meetingBy, Reading r, Sections sections,
                                     ConceptMatches matches, Credits credits) {
        if (rule.inSection() && !sections.inSection(i, key)) return false;
        if (!rule.inSection() && sections.heading(i)) return false;
        if (r.sentence(i).wordCount() < rule.minWords()) return false;
        if (credits.scenario(i).size() < rule.minScenario()
                && !leansOn(rule, i, key, sections, matches, credits)) return false;
        if (rule.after() != null) {
            Set<Integer> before = evidenceByComponent.getOrDefault(rule.after(), Set.of());
            if (before.isEmpty() || i <= java.util.Collections.min(before)) return false;
        }
        if (rule.afterAll() != null) {
            Set<Integer> before = evidenceByComponent.getOrDefault(rule.afterAll(), Set.of());
            if (before.isEmpty() || i <= java.util.Collections.max(before)) return false;
        }
        // in the paragraph that introduces the system (where the first component's evidence begins), only once that
        // component's evidence has begun; other paragraphs, and the component's own section, may come in any order
        if (rule.afterStart() != null && !sections.inSection(i, key)) {
            Set<Integer> from = evidenceByComponent.getOrDefault(rule.afterStart(), Set.of());
            Set<Integer> intro = evidenceByComponent.values().iterator().next();
            if (!from.isEmpty() && i <= java.util.Collections.min(from) && !intro.isEmpty()
                    && sections.passage(i) == sections.passage(java.util.Collections.min(intro))) return false;
        }
        for (String c : rule.all()) {
            if (!matches.has(i, c)) return false;
        }
        if (!rule.inPassageOf().isEmpty() && !followsInPassage(rule.inPassageOf(), i, meetingBy, sections)) return false;
        if (!rule.none().isEmpty() && excluded(rule, i, r, matches)) return false;
        if (!rule.any().isEmpty()) {
            int lo = Math.max(0, i - rule.window()), hi = Math.min(r.size() - 1, i + rule.window());
            boolean found = false;
            for (String c : rule.any()) {
                found |= matches.has(i, c);
                for (int j = lo; j <= hi && !found; j++) found = credits.credited(j) && matches.has(j, c);
            }
            if (!found) return false;
        }
        if (!rule.overlapWith().isEmpty()) {
            Set<String> other = new HashSet<>();
            for (String k : rule.overlapWith()) {
                for (int j : evidenceByComponent.getOrDefault(k, Set.of())) {
                    if (j != i) other.addAll(credits.described(j));
                }
            }
            int shared = 0;
            for (String w : credits.described(i)) if (other.contains(w)) shared++;
            if (shared < rule.minOverlap()) return false;
        }
        return true;
    }

    /**
     * The sentence just before {@code i}, credited and in the same section (or paragraph), states the rule's
     * {@code leans_on} concepts with enough scenario words of its own: {@code i} says the same of what it described.
     */
    private static boolean leansOn(Rubric.Rule rule, int i, String key, Sections sections, ConceptMatches matches,
                                   Credits credits) {
        int j = i - 1;
        if (rule.leansOn().isEmpty() || j < 0 || !credits.credited(j)) return false;
        if (rule.inSection() ? !sections.inSection(j, key) : sections.passage(j) != sections.passage(i)) return false;
        for (String c : rule.leansOn()) if (!matches.has(j, c)) return false;
        return credits.scenario(j).size() >= rule.minScenario();
    }

    /** Sentence {@code i} comes after one meeting one of {@code criteria}, in the same paragraph. */
    private static boolean followsInPassage(List<String> criteria, int i, Map<String, List<Integer>> meetingBy,
                                            Sections sections) {
        for (String id : criteria) {
            for (int j : meetingBy.getOrDefault(id, List.of())) {
                if (j < i && sections.passage(j) == sections.passage(i)) return true;
            }
        }
        return false;
    }

    /**
     * A concept the rule excludes undoes it. With {@code none_scope: clause} it only counts in the clauses of what
     * the rule requires: in "generate yards with green plants, and before release test it on held-out yards" the
     * test does not undo the training fix.
     */
    private static boolean excluded(Rubric.Rule rule, int i, Reading r, ConceptMatches matches) {
        if (!rule.noneInClause()) {
            for (String c : rule.none()) if (matches.has(i, c)) return true;
            return false;
        }
        // a clause holding every required concept and nothing excluded; when no one clause holds them
        // all, nothing excluded in any clause they occupy
        Set<Integer> common = null, occupied = new HashSet<>();
        for (String c : rule.all()) {
            Set<Integer> cs = new HashSet<>();
            for (ConceptIndex.Hit h : matches.of(i, c)) cs.add(r.clause(i, h.from()));
            occupied.addAll(cs);
            if (common == null) common = cs;
            else common.retainAll(cs);
        }
        Set<Integer> excluded = new HashSet<>();
        for (String c : rule.none()) {
            for (ConceptIndex.Hit h : matches.of(i, c)) excluded.add(r.clause(i, h.from()));
        }
        if (!common.isEmpty()) {
            common.removeAll(excluded);
            return common.isEmpty();
        }
        occupied.retainAll(excluded);
        return !occupied.isEmpty();
    }
}
