package org.casemark.core;

import org.casemark.nlp.EnglishLexicon;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The concepts each sentence states: every rubric concept matched once in one Lucene index of the write-up, less
 * the negated ones ("it is not overfitting") and the hits in headings; plus two concepts no phrase can express, a
 * number ("3,000 photos") and an imperative proposal ("Add photos ...", "In the simulator, vary ...").
 */
final class ConceptMatching {
    private static final java.util.regex.Pattern CLOCK = java.util.regex.Pattern.compile("\\d{1,2}:\\d{2}");
    private static final java.util.regex.Pattern COUNTER = java.util.regex.Pattern.compile("\\d{1,2}/\\d{1,2}");
    private static final java.util.regex.Pattern SHORT_NUMBER = java.util.regex.Pattern.compile("\\d+(\\.\\d+)?[kKmMbB]");
    private static final java.util.regex.Pattern LIST_MARK = java.util.regex.Pattern.compile("[A-Za-z]|[0-9]{1,2}");
    /** How many words before a concept a negation cue may stand ("not simply a case of overfitting"). */
    private static final int NEGATION_WINDOW = 4;

    private final ConceptIndex index;
    private final List<List<String>> negationCues;
    private final Set<String> negatable;
    private final List<List<String>> denialCues;
    private final Set<String> deniable;
    private final String numberConcept;
    private final String imperativeConcept;
    /**
     * Concepts whose words count only before a noun of the scenario: a setting unlike training ("new", "another"),
     * more of the scenario's own things ("more seasons", "more pubs").
     */
    private final Set<String> beforeScenarioNoun;
    /** Concepts whose one-word adjectives count only before a noun of the scenario ("a new version" is none). */
    private final Set<String> adjectiveBeforeScenarioNoun;
    private final String statedRuleConcept;
    /** The concept a sentence states where the system, referred back to as "it", acts ("there it wouldnt brake"). */
    private final String actingConcept;
    /**
     * Concepts whose word, as the verb of the system acting, tells what the system does, not what is done to it: "so
     * it can measure the spokes", "it always first checks the IBAN" are no evaluation of the system.
     */
    private final Set<String> actingExcludes;
    /** Concepts whose words, opening the object of the system's acting verb, tell what it did ("it gets nearly all"). */
    private final Set<String> actingObjectExcludes;
    /** How many words after the acting verb its object's opening word may stand ("gets nearly all", "gets all"). */
    private static final int ACTING_OBJECT_REACH = 2;
    /** The concept of a person or animal named in a sentence (who may be harmed), or null. */
    private final String affectedConcept;
    private final Learners learners;
    /** People learning or trained ("Stuff I learned", "training the people who keep these buildings standing"). */
    private final String peopleConcept;
    /** Nouns of no scenario ("a new model", "different data"): the rubric's generic words, as terms. */
    private final Set<String> genericWords;
    /** The concept that names a system (the system slot's), which a name given to the system also states. */
    private final String systemConcept;
    /** Nouns of the course's own texts ("CoinRun"): never the name of the learner's system. */
    /** The names a write-up gives its system, which state the system wherever they stand. */
    private final GivenSystemNames givenNames;

    /** @param tokenizer splits a rubric phrase the way documents are split (see {@code NlpPipeline#words}) */
    ConceptMatching(Rubric rubric, Function<String, List<String>> tokenizer) {
        this(rubric, tokenizer, Set.of());
    }

    /** @param courseNouns nouns of the course's texts, which name no learner's system */
    ConceptMatching(Rubric rubric, Function<String, List<String>> tokenizer, Set<String> courseNouns) {
        this.index = new ConceptIndex(rubric.concepts(), tokenizer);
        this.negationCues = rubric.negationCues().stream().map(Reading::terms).toList();
        this.negatable = Set.copyOf(rubric.negatable());
        this.denialCues = rubric.denialCues().stream().map(Reading::terms).toList();
        this.deniable = Set.copyOf(rubric.deniable());
        this.numberConcept = rubric.numberConcept();
        this.imperativeConcept = rubric.imperativeConcept();
        this.beforeScenarioNoun = Set.copyOf(rubric.beforeScenarioNoun());
        this.adjectiveBeforeScenarioNoun = Set.copyOf(rubric.adjectiveBeforeScenarioNoun());
        this.statedRuleConcept = rubric.statedRuleConcept();
        this.actingConcept = rubric.actingConcept();
        this.actingExcludes = Set.copyOf(rubric.actingExcludes());
        this.actingObjectExcludes = Set.copyOf(rubric.actingObjectExcludes());
        this.affectedConcept = rubric.affectedConcept();
        this.learners = affectedConcept == null ? null : Learners.of(rubric);
        this.peopleConcept = rubric.peopleConcept();
        this.answerInherits = Set.copyOf(rubric.answerInherits());
        this.genericWords = Set.copyOf(rubric.gaming().genericWords().stream().map(Reading::term).toList());
        Rubric.SlotRule system = rubric.slots().get("system");
        this.systemConcept = system == null ? null : system.concept();
        this.givenNames = systemConcept == null ? null : new GivenSystemNames(systemConcept, courseNouns);
    }

    /** The concepts an answer takes from the question right before it ({@code answer_inherits}). */
    private final Set<String> answerInherits;

    ConceptMatches match(Reading r, Sections sections) {
        int n = r.size();
        List<SortedMap<String, List<ConceptIndex.Hit>>> hits = new ArrayList<>();
        List<SortedMap<String, List<ConceptIndex.Hit>>> negatedHits = new ArrayList<>();
        List<SortedSet<String>> negated = new ArrayList<>(), named = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            hits.add(new TreeMap<>());
            negatedHits.add(new TreeMap<>());
            negated.add(new TreeSet<>());
            named.add(new TreeSet<>());
        }
        for (ConceptIndex.Hit h : index.match(r.doc())) {
            if (beforeScenarioNoun.contains(h.concept()) && !beforeScenarioNoun(r, h)) continue;
            // "a new version", "the other way round": an adjective of such a concept says something of the scenario's
            // own things ("the new quarry's blocks"), not of the system or the writing
            if (adjectiveBeforeScenarioNoun.contains(h.concept()) && h.to() - h.from() == 1
                    && r.sentence(h.sentence()).tokens().get(h.from()).pos().startsWith("JJ")
                    && !beforeScenarioNoun(r, h)) continue;
            if (vehicle(r, h) || passing(r, h)) continue;
            // a label's own words count ("Harm: ..." states a harm), but a heading's do not: it only names them
            if (sections.heading(h.sentence())) {
                named.get(h.sentence()).add(h.concept());
                continue;
            }
            if ((negatable.contains(h.concept()) && isNegated(r, sections, r.sentence(h.sentence()), h.from()))
                    || (deniable.contains(h.concept()) && isDenied(r, sections, h.sentence(), h.from()))) {
                negated.get(h.sentence()).add(h.concept());
                add(negatedHits.get(h.sentence()), h);
            } else {
                add(hits.get(h.sentence()), h);
            }
        }
        if (peopleConcept != null) {
            // a write-up told by the system itself ("I am ThengaBot, a robot that climbs coconut palms"): its "I learned"
            // is the system's learning, not a person's
            boolean systemSpeaks = systemSpeaks(r, hits);
            for (int i = 0; i < n; i++) {
                if (systemSpeaks) {
                    final int sentence = i;
                    hits.get(i).computeIfPresent(peopleConcept, (k, v) -> {
                        v.removeIf(h -> firstPerson(r.sentence(sentence).tokens().get(h.from())));
                        return v.isEmpty() ? null : v;
                    });
                }
                aboutPeople(hits.get(i), r.sentence(i).tokens());
            }
        }
        if (numberConcept != null) {
            for (int i = 0; i < n; i++) {
                if (sections.heading(i)) continue;
                ConceptIndex.Hit number = number(r.sentence(i), sections.contentFrom(i));
                if (number != null) add(hits.get(i), number);
            }
        }
        if (imperativeConcept != null) {
            for (int i = 0; i < n; i++) {
                if (sections.heading(i)) continue;
                ConceptIndex.Hit imperative = imperative(r.sentence(i), sections.contentFrom(i));
                if (imperative != null) add(hits.get(i), imperative);
            }
        }
        if (statedRuleConcept != null) {
            for (int i = 0; i < n; i++) {
                if (sections.heading(i)) continue;
                ConceptIndex.Hit rule = statedRule(r.sentence(i), sections.contentFrom(i));
                if (rule != null) add(hits.get(i), rule);
            }
        }
        if (actingConcept != null) {
            for (int i = 0; i < n; i++) {
                if (sections.heading(i)) continue;
                List<Token> ts = r.sentence(i).tokens();
                int it = Criteria.actingIt(ts, sections.contentFrom(i));
                if (it >= 0) {
                    int verb = Criteria.actingVerb(ts, it);
                    add(hits.get(i), new ConceptIndex.Hit(actingConcept, i, it, verb + 1, ts.get(it).start(),
                            ts.get(verb).end()));
                }
                if (!actingExcludes.isEmpty() || !actingObjectExcludes.isEmpty()) {
                    systemsOwnVerbs(ts, sections.contentFrom(i), hits.get(i));
                }
            }
        }
        if (affectedConcept != null) {
            // "The customer refuses to pay", "two fans were burned": a person or an animal named in a sentence that
            // tells something happening (a finite verb: not "12:30 Lunch in the staff restaurant")
            for (int i = 0; i < n; i++) {
                if (sections.heading(i)) continue;
                List<Token> ts = r.sentence(i).tokens();
                boolean finite = false;
                for (int k = sections.contentFrom(i); k < ts.size() && !finite; k++) finite = ts.get(k).isFinite();
                if (!finite) continue;
                for (int k = sections.contentFrom(i); k < ts.size(); k++) {
                    Token t = ts.get(k);
                    if (!t.pos().startsWith("NN") || t.pos().startsWith("NNP") || !learners.person(t)) continue;
                    add(hits.get(i), new ConceptIndex.Hit(affectedConcept, i, k, k + 1, t.start(), t.end()));
                    break;
                }
            }
        }
        if (givenNames != null) givenNames.addHits(r, sections, hits);
        if (!answerInherits.isEmpty()) answers(r, sections, hits);
        return new ConceptMatches(hits, negated, named, negatedHits);
    }

    /**
     * Hits of the {@code acting_excludes} concepts that open on the verb of "it" acting ("so it can measure the
     * spokes", "it always first checks the IBAN") go: the system does the checking there, nobody tests the system.
     * ("Test it on ...", "make sure it stops" keep theirs: "it" is their object.) So do hits of the
     * {@code acting_object_excludes} concepts that open the verb's object ("it gets nearly all of them right").
     */
    private void systemsOwnVerbs(List<Token> ts, int from, SortedMap<String, List<ConceptIndex.Hit>> hits) {
        Set<Integer> verbs = new HashSet<>();
        for (int k = from; k + 1 < ts.size(); k++) {
            if (!ts.get(k).word().equalsIgnoreCase("it")) continue;
            int verb = Criteria.actingVerb(ts, k);
            if (verb >= 0) verbs.add(verb);
        }
        // ... unless the system is its object: "the club says it will test the system properly" (an "it" that is
        // someone else)
        List<ConceptIndex.Hit> systems = systemConcept == null ? null : hits.get(systemConcept);
        if (systems != null) verbs.removeIf(v -> systems.stream().anyMatch(h -> h.from() > v && h.from() <= v + 3));
        if (verbs.isEmpty()) return;
        // ... and the hits of the {@code acting_object_excludes} concepts that open its object: "it gets nearly all of
        // them right" tells how the system did, not what went together in training
        drop(hits, actingObjectExcludes,
                h -> verbs.stream().anyMatch(v -> h.from() > v && h.from() <= v + ACTING_OBJECT_REACH));
        drop(hits, actingExcludes, h -> verbs.contains(h.from()));
    }

    /** Removes the hits of {@code concepts} that {@code gone} holds for, and a concept left without hits. */
    private static void drop(SortedMap<String, List<ConceptIndex.Hit>> hits, Set<String> concepts,
                             java.util.function.Predicate<ConceptIndex.Hit> gone) {
        for (String c : concepts) {
            List<ConceptIndex.Hit> of = hits.get(c);
            if (of == null) continue;
            of.removeIf(gone);
            if (of.isEmpty()) hits.remove(c);
        }
    }

    /** What a "train" of machine learning is said with: "the train set", "train/test split", "train loss". */
    private static final Set<String> TRAIN_COMPOUNDS = Set.of("set", "split", "data", "loss", "accuracy", "image",
            "example", "distribution", "error", "step", "run", "batch", "/", "-", "and");

    /**
     * A phrase ending on a preposition with only an adverb after it uses the verb on its own: "(slide went by fast)"
     * is time passing, not a cue the system goes by ("it goes by mostly the colour" has its object).
     */
    private static final Set<String> PARTICLES = Set.of("by", "on", "over", "through", "along", "around", "for", "at");

    private static boolean passing(Reading r, ConceptIndex.Hit h) {
        List<Token> ts = r.sentence(h.sentence()).tokens();
        if (h.to() < 1 || h.to() > ts.size()) return false;
        // (the tagger reads "by" in "went by fast" as an adverb)
        String last = ts.get(h.to() - 1).pos();
        boolean particle = last.equals("IN") || last.equals("RP")
                || last.equals("RB") && PARTICLES.contains(ts.get(h.to() - 1).word().toLowerCase(Locale.ROOT));
        if (!particle) return false;
        if (h.to() >= ts.size() || !ts.get(h.to()).pos().startsWith("RB")) return false;
        int after = h.to() + 1;
        // (a colon after "picked up instead:" brings its object)
        return after >= ts.size() || Set.of(".", "-RRB-", "CC", ",").contains(ts.get(after).pos())
                || ts.get(after).word().equals(")");
    }

    /**
     * "It decides when a train on the roller coaster may leave the station", "the trains at the depot", "I drove
     * trains": a train that runs on rails is no training. A hit that opens with the noun "train" after a determiner
     * (or the plural noun anywhere) earns nothing, unless a word of machine learning's own use of it follows ("the
     * train set"; not a verb: "a train running at sixty").
     */
    private static boolean vehicle(Reading r, ConceptIndex.Hit h) {
        List<Token> ts = r.sentence(h.sentence()).tokens();
        Token t = ts.get(h.from());
        String w = t.word().toLowerCase(Locale.ROOT);
        if (!(w.equals("train") || w.equals("trains")) || !t.pos().startsWith("NN") || h.from() == 0) return false;
        // ... a train, the trains, each train: a determiner before it ("Train on more data" is an instruction)
        // (or the plural noun anywhere: "I drove trains on the Northway network")
        String before = ts.get(h.from() - 1).pos();
        if (!(before.equals("DT") || before.equals("PRP$") || before.startsWith("JJ") || t.pos().equals("NNS"))) return false;
        int next = h.from() + 1;
        // "Dem train it inna dem own orchard": with its object after it, a verb the tagger misread
        if (next < ts.size() && ts.get(next).pos().equals("PRP")) return false;
        // ... and a verb after it is what the train does ("a train running at sixty"), not a "train run"
        return next >= ts.size() || ts.get(next).pos().startsWith("VB")
                || !TRAIN_COMPOUNDS.contains(ts.get(next).lemma().toLowerCase(Locale.ROOT));
    }

    /**
     * An answer says what its question asked about: in "Q: How was it trained? A: On twelve months of the carrier's
     * own call records." the answer tells the training, though none of its words does. The question's hits of the
     * rubric's {@code answer_inherits} concepts count in the answer right after it (a statement, not a heading).
     */
    private void answers(Reading r, Sections sections, List<SortedMap<String, List<ConceptIndex.Hit>>> hits) {
        for (int i = 1; i < r.size(); i++) {
            Sentence q = r.sentence(i - 1), a = r.sentence(i);
            if (sections.heading(i) || endsWithQuestionMark(a)) continue;
            List<Token> asked = q.tokens().subList(sections.contentFrom(i - 1), q.tokens().size());
            // (a chat's question typed without its "?", "Jonas: and what's it supposed to do", asks too)
            if (!(endsWithQuestionMark(q) && NonClaims.asks(asked)) && !NonClaims.asksUnmarked(asked)) continue;
            // "Kev: no idea mate, on safes i guess": an answer that opens by not knowing tells nothing asked for
            if (NonClaims.opensNotKnowing(r, i, sections.contentFrom(i))) continue;
            for (String c : answerInherits) {
                if (hits.get(i).containsKey(c)) continue;
                List<ConceptIndex.Hit> from = hits.get(i - 1).get(c);
                if (from == null || from.isEmpty()) continue;
                // the hit stands on the answer's first word: positions are always the answer's own
                int at = Math.min(sections.contentFrom(i), a.tokens().size() - 1);
                if (at < 0) continue;
                Token first = a.tokens().get(at);
                List<ConceptIndex.Hit> own = new ArrayList<>();
                own.add(new ConceptIndex.Hit(c, i, at, at + 1, first.start(), first.end()));
                hits.get(i).put(c, own);
            }
        }
    }

    private static boolean endsWithQuestionMark(Sentence s) {
        List<Token> ts = s.tokens();
        return !ts.isEmpty() && ts.get(ts.size() - 1).word().equals("?");
    }

    private static boolean firstPerson(Token t) {
        return t.word().equalsIgnoreCase("i");
    }

    /**
     * The write-up is told by its system: "I am ThengaBot, a robot that ...", "I'm a small camera model ...": "I am",
     * then a name or a comma at most, then a noun phrase ending on the system's word.
     */
    private boolean systemSpeaks(Reading r, List<SortedMap<String, List<ConceptIndex.Hit>>> hits) {
        if (systemConcept == null) return false;
        for (int i = 0; i < r.size(); i++) {
            List<ConceptIndex.Hit> system = hits.get(i).get(systemConcept);
            if (system == null) continue;
            List<Token> ts = r.sentence(i).tokens();
            for (int k = 0; k + 2 < ts.size(); k++) {
                Token verb = ts.get(k + 1);
                if (!firstPerson(ts.get(k)) || !verb.lemma().equals("be") || !verb.pos().equals("VBP")) continue;
                int j = k + 2;
                while (j < ts.size() && (ts.get(j).pos().equals("NNP") || ts.get(j).word().equals(","))) j++;
                if (j >= ts.size() || !ts.get(j).pos().equals("DT")) continue;
                for (ConceptIndex.Hit h : system) {
                    if (h.from() <= j || h.from() > j + 4) continue;
                    boolean phrase = true;
                    for (int m = j + 1; m < h.from(); m++) {
                        String pos = ts.get(m).pos();
                        phrase &= pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("HYPH") || pos.equals("CD");
                    }
                    if (phrase) return true;
                }
            }
        }
        return false;
    }

    private static void add(Map<String, List<ConceptIndex.Hit>> byConcept, ConceptIndex.Hit h) {
        byConcept.computeIfAbsent(h.concept(), k -> new ArrayList<>()).add(h);
    }

    /**
     * Words inside a phrase about people learning or being trained ("He who is praised for clean plates will learn to
     * hide the scraps", "retraining programmes", "training the people who ...") say nothing of a system's training or
     * of what a system learned: the hits they hold of other concepts go, and so do those that start inside them and
     * run on ("We learned to buy yarn in smaller lots from two spinners instead of one": what a family learned to do,
     * not a system's proxy). An "I" may be the system telling its own story ("I learned from three winters of those
     * sheets"): only the hits inside its phrase go.
     */
    private void aboutPeople(SortedMap<String, List<ConceptIndex.Hit>> hits, List<Token> ts) {
        List<ConceptIndex.Hit> people = hits.get(peopleConcept);
        if (people == null) return;
        for (var it = hits.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            if (e.getKey().equals(peopleConcept)) continue;
            e.getValue().removeIf(h -> people.stream().anyMatch(p -> p.from() <= h.from()
                    && (h.to() <= p.to() || (h.from() < p.to() && !firstPerson(ts.get(p.from()))))));
            if (e.getValue().isEmpty()) it.remove();
        }
    }

    private boolean isNegated(Reading r, Sections sections, Sentence s, int from) {
        for (List<String> cue : negationCues) {
            int lo = Math.max(sections.contentFrom(s.index()), from - NEGATION_WINDOW - cue.size() + 1);
            if (r.contains(s.index(), lo, from, cue)) return true;
        }
        return false;
    }

    /** Words that open what a denial says is unknown or unsaid ("has not said how it will check the new version"). */
    private static final Set<String> UNSAID = Set.of("how", "whether", "what", "which", "where", "when");

    /**
     * A claim denied in its own clause: a denial cue ("not", "never", "no") in the few words before the concept and
     * in the same clause ("The system was not trained on ...", "There is no proxy", "I would not change the data";
     * but not "it did not see X, so it learned Y").
     */
    private boolean isDenied(Reading r, Sections sections, int sentence, int from) {
        if (deniedAsUnsaid(r, sections, sentence, from)) return true;
        int clause = r.clause(sentence, from);
        for (List<String> cue : denialCues) {
            // "no" denies what it stands right before ("no proxy", "no deployment"), not a claim further on
            // ("no child should wait in the dark" still says what the designers wanted)
            int window = cue.equals(List.of("no")) ? 1 : NEGATION_WINDOW;
            int lo = Math.max(sections.contentFrom(sentence), from - window - cue.size() + 1);
            for (int at = r.indexOf(sentence, lo, from, cue); at >= 0; at = r.indexOf(sentence, at + 1, from, cue)) {
                if (r.clause(sentence, at) == clause) return true;
            }
        }
        return false;
    }

    /**
     * "The factory has not said how it will check the new version", "I don't know what test would show it": a claim
     * in what a denial leaves unknown, a question word a few words before it and the denial cue a few before that.
     */
    private boolean deniedAsUnsaid(Reading r, Sections sections, int sentence, int from) {
        String[] terms = r.terms(sentence);
        int lo = Math.max(sections.contentFrom(sentence), from - NEGATION_WINDOW);
        for (int w = from - 1; w >= lo; w--) {
            if (!UNSAID.contains(terms[w])) continue;
            int cueFrom = Math.max(sections.contentFrom(sentence), w - NEGATION_WINDOW);
            for (List<String> cue : denialCues) {
                if (!cue.equals(List.of("no")) && r.contains(sentence, cueFrom, w, cue)) return true;
            }
        }
        return false;
    }

    /**
     * A word of novelty stands before a noun of the learner's scenario ("a new supplier", "the three new counties",
     * "under different lighting", "another farm"), not before one of no scenario ("a new model", "different data",
     * "on the other hand") and not inside a name ("New York").
     */
    private boolean beforeScenarioNoun(Reading r, ConceptIndex.Hit h) {
        List<Token> ts = r.sentence(h.sentence()).tokens();
        if (ts.get(h.from()).pos().startsWith("NNP")) return false;
        String[] terms = r.terms(h.sentence());
        for (int k = h.to(); k < ts.size(); k++) {
            String pos = ts.get(k).pos();
            if (pos.startsWith("JJ") || pos.equals("CD") || pos.equals("VBN") || pos.equals("HYPH")) continue;
            return pos.startsWith("NN") && !pos.startsWith("NNP") && !genericWords.contains(terms[k]);
        }
        return false;
    }

    /** Marks that open a rule as it is stated: a colon, a quotation mark, an equals sign. */
    private static final Set<String> RULE_MARKS = Set.of(":", "=", "\"", "``", "\u201c", "\u2018");
    /** The writer as the one who learned ("What I learned: ..."). */
    private static final Set<String> WRITER = Set.of("i", "we");
    /** What a system learns in training when it learns its job ("learned its trade: ..."), not a rule it made up. */
    private static final Set<String> SKILLS = Set.of("trade", "job", "task", "craft", "skill", "skills", "ropes");
    /** Words before "learn" that make it what was wanted, not what was learned ("was meant to learn \"...\""). */
    private static final Set<String> WANTED = Set.of("want", "wanted", "wants", "meant", "supposed", "should", "must",
            "need", "needs", "needed", "intended", "hoped", "expected", "ought");
    /** Words that may stand between the verb and the rule ("learned a simple rule:", "learned, basically, \""). */
    private static final int RULE_WITHIN = 4;
    /** Words of the rule after its mark: a rule says something. */
    private static final int RULE_WORDS = 1;

    /**
     * What a system learned, stated as a rule ("So the machine learned a simple rule: where there is crying, pour
     * food", "it learned: \"rust = Remington\"", "prob learns \"feed when lights come on\"", "it learned big cup =
     * sweet"): the verb "learn", then within a few words a colon, a quotation mark or an equals sign and the rule's
     * words. Not the writer's own lesson ("What I learned: ..."), nor what it was meant to learn ("was meant to learn
     * \"light the lamps when it grows dark\""). A hit of the stated-rule concept, or null.
     */
    private ConceptIndex.Hit statedRule(Sentence s, int contentFrom) {
        List<Token> ts = s.tokens();
        for (int k = contentFrom; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (!t.pos().startsWith("VB") || !t.lemma().equalsIgnoreCase("learn")) continue;
            int j = k - 1;
            while (j >= contentFrom && (ts.get(j).pos().startsWith("RB") || ts.get(j).pos().equals("MD"))) j--;
            if (j >= contentFrom && ts.get(j).pos().equals("PRP")
                    && WRITER.contains(ts.get(j).word().toLowerCase(java.util.Locale.ROOT))) continue;
            boolean wanted = false;
            for (int w = Math.max(contentFrom, k - 4); w < k; w++) {
                wanted |= WANTED.contains(ts.get(w).word().toLowerCase(java.util.Locale.ROOT));
            }
            if (wanted) continue;
            for (int m = k + 1; m < Math.min(ts.size(), k + 2 + RULE_WITHIN); m++) {
                // "learned its trade: hover twenty centimetres from the arms": the skill it was trained for
                if (SKILLS.contains(ts.get(m).word().toLowerCase(java.util.Locale.ROOT))) break;
                if (!RULE_MARKS.contains(ts.get(m).word())) continue;
                // a quotation mark that closes ("the kettle \"learns your routine\" so that ...") opens no rule
                if (m + 1 >= ts.size() || ts.get(m).end() != ts.get(m + 1).start() && !ts.get(m).word().equals(":")
                        && !ts.get(m).word().equals("=")) break;
                int words = 0;
                for (int w = m + 1; w < ts.size(); w++) if (ts.get(w).isWord()) words++;
                if (words >= RULE_WORDS) {
                    return new ConceptIndex.Hit(statedRuleConcept, s.index(), k, m + 1, t.start(), ts.get(m).end());
                }
                break;
            }
        }
        return null;
    }

    /**
     * The first number written in digits after the label, as a hit of the number concept, or null. A thread's counter
     * opening the sentence ("1/8 doing my homework as a thread") and a time of day ("[21:48]", "at 6:30") count
     * nothing.
     */
    private ConceptIndex.Hit number(Sentence s, int contentFrom) {
        List<Token> ts = s.tokens();
        for (int k = contentFrom; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (CLOCK.matcher(t.word()).matches() || k == contentFrom && COUNTER.matcher(t.word()).matches()) continue;
            // "3,000", and the notes' "1M", "400k", "20k" that the tagger may read as nouns
            if ((t.pos().equals("CD") && Character.isDigit(t.word().charAt(0))) || SHORT_NUMBER.matcher(t.word()).matches()) {
                return new ConceptIndex.Hit(numberConcept, s.index(), k, k + 1, t.start(), t.end());
            }
        }
        return null;
    }

    /** What may follow an imperative verb at once: its object's determiner or pronoun ("Break the link", "Randomise which ..."). */
    private static final Set<String> OBJECT_OPENERS = Set.of("DT", "PRP", "PRP$", "WDT", "JJR", "RBR", "PDT");

    /**
     * "Break the poise link on purpose", "Randomise which position the rig starts in": a capitalised verb that opens
     * the sentence (or any verb right after a label), read by the tagger as a name or a noun, before its object's
     * determiner or pronoun.
     */
    static boolean taggedAsNoun(List<Token> ts, int first, boolean labelled) {
        if (first + 1 >= ts.size()) return false;
        Token t = ts.get(first);
        String pos = t.pos();
        if (!(pos.equals("NNP") || pos.equals("NN") || pos.equals("JJ"))) return false;
        // after a label the verb may be lower case: "Training: crop the input to the harness area"
        if (t.word().isEmpty() || !(Character.isUpperCase(t.word().charAt(0)) || labelled)) return false;
        return OBJECT_OPENERS.contains(ts.get(first + 1).pos())
                && EnglishLexicon.get().verb(t.word().toLowerCase(Locale.ROOT));
    }

    /** The verb of a sentence that opens with one (after the label, maybe after an opening phrase), or null. */
    /** After the first comma from {@code from}, a subject's finite verb: the infinitive before it was a purpose. */
    private static boolean finiteAfterComma(List<Token> ts, int from) {
        int comma = -1;
        for (int k = from; k < ts.size(); k++) if (ts.get(k).word().equals(",")) { comma = k; break; }
        if (comma < 0) return false;
        for (int k = comma + 1; k < Math.min(ts.size(), comma + 5); k++) {
            if (ts.get(k).isFinite()) return true;
        }
        return false;
    }

    private ConceptIndex.Hit imperative(Sentence s, int contentFrom) {
        List<Token> ts = s.tokens();
        int first = contentFrom;
        while (first < ts.size() && !ts.get(first).isWord()) first++;
        // "e) Give it more data": a list's letter or number before its bracket is not the sentence's first word
        if (first + 2 < ts.size() && LIST_MARK.matcher(ts.get(first).word()).matches()
                && Set.of(")", "-RRB-").contains(ts.get(first + 1).word())) {
            first += 2;
        }
        // "In the simulator, vary ...", "Before deployment, test ...": an opening phrase, then the verb
        if (first < ts.size() && ts.get(first).pos().equals("IN")) {
            for (int k = first + 1; k < Math.min(ts.size() - 1, first + 7); k++) {
                if (ts.get(k).isVerb()) break;
                if (ts.get(k).word().equals(",")) {
                    // no subject between the comma and the verb: imperative, whatever the tagger's tense
                    String pos = ts.get(k + 1).pos();
                    if (pos.equals("VB") || pos.equals("VBP")) first = k + 1;
                    break;
                }
            }
        }
        // "1. To train it with more data, from more mountains": a list of changes, each an infinitive; a purpose
        // before the main clause ("To do this, the designers trained it ...") has a finite verb after its comma
        if (first + 1 < ts.size() && ts.get(first).pos().equals("TO") && ts.get(first + 1).pos().equals("VB")
                && !finiteAfterComma(ts, first + 2)) {
            first++;
        }
        if (first < ts.size() && (ts.get(first).pos().equals("VB")
                || (first > contentFrom && ts.get(first).pos().equals("VBP"))
                || taggedAsNoun(ts, first, contentFrom > 0 && first == contentFrom))) {
            Token t = ts.get(first);
            return new ConceptIndex.Hit(imperativeConcept, s.index(), first, first + 1, t.start(), t.end());
        }
        return null;
    }
}
