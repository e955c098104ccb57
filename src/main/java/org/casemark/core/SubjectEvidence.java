package org.casemark.core;

import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a text is about an AI system at all, for the off-topic flag: in how many sentences it names one, and the
 * first sentence that shows an AI system's training or learning (or what a system was made to pursue), which keeps a
 * write-up on topic and leaves an instructor to judge whether it attempts the case study. People and animals that
 * learn ("the carers learned", "Pip is our whippet") and the lesson's own example name no system of the writer's.
 */
final class SubjectEvidence {
    private final Rubric.FlagRules rules;
    private final Rubric.Gaming gamingRules;
    private final Learners learners;

    SubjectEvidence(Rubric.FlagRules rules, Rubric.Gaming gamingRules, Learners learners) {
        this.rules = rules;
        this.gamingRules = gamingRules;
        this.learners = learners;
    }

    /**
     * In how many sentences (that earn credit and are not about the lesson's example) the text names an AI system: a
     * word of machine learning counts as naming it outright ({@link Integer#MAX_VALUE}); the first of {@code concepts}
     * also names everyday things ("cars mount the pavement"), so its sentences are counted.
     */
    int naming(Reading r, ConceptMatches matches, Credits credits, Set<String> animate) {
        List<String> concepts = rules.systemConcepts();
        int naming = 0;
        for (int i = 0; i < credits.verdicts().size(); i++) {
            if (!credits.credited(i)) continue;
            if (aboutLessonExample(matches, i)) continue;
            for (int k = 0; k < concepts.size(); k++) {
                if (!machineWords(r, matches, i, concepts.get(k), animate)) continue;
                if (k > 0 || concepts.size() == 1) return Integer.MAX_VALUE;
                naming++;
                break;
            }
        }
        return naming;
    }

    /**
     * Sentence {@code i} has a hit of {@code concept} that is not a word of learning about people or animals ("the
     * carers learned", "her trainer"): those say nothing of an AI system.
     */
    private boolean machineWords(Reading r, ConceptMatches matches, int i, String concept, Set<String> animate) {
        List<Token> ts = r.sentence(i).tokens();
        for (ConceptIndex.Hit h : matches.of(i, concept)) {
            if (h.to() - h.from() != 1 || h.from() >= ts.size() || !learners.aboutPeople(ts, h.from(), animate)) return true;
        }
        return false;
    }

    /**
     * Sentence {@code i} has a hit of {@code concept} that is not the reader told to learn ("Just don't go in August,
     * and learn to reverse.": neither its "learn" nor its "learn to"); a narrator's own learning ("What I had really
     * learned was to count", a page-turner telling its story) counts.
     */
    private boolean notToldToTheReader(Reading r, ConceptMatches matches, int i, String concept) {
        List<Token> ts = r.sentence(i).tokens();
        for (ConceptIndex.Hit h : matches.of(i, concept)) {
            boolean told = false;
            for (int k = h.from(); k < h.to() && k < ts.size() && !told; k++) {
                told = ts.get(k).lemma().equalsIgnoreCase("learn") && Learners.toldToTheReader(ts, k);
            }
            if (!told) return true;
        }
        return false;
    }

    /**
     * A hit of {@code concept} in sentence {@code i} (a machine, not people) before "that" or "which" and a verb in
     * the present or past ("an 'AI' that decides from your photos whether ..."): the system and what it does.
     */
    private boolean machineActs(Reading r, ConceptMatches matches, int i, String concept, Set<String> animate) {
        List<Token> ts = r.sentence(i).tokens();
        for (ConceptIndex.Hit h : matches.of(i, concept)) {
            if (h.to() - h.from() == 1 && learners.aboutPeople(ts, h.from(), animate)) continue;
            int k = h.to();
            // (a closing quotation mark: "an 'AI' that ...")
            while (k < ts.size() && !ts.get(k).isWord() && !ts.get(k).word().equals(",")) k++;
            if (k + 1 >= ts.size() || !ts.get(k).pos().equals("WDT")) continue;
            String verb = ts.get(k + 1).pos();
            if (verb.equals("VBZ") || verb.equals("VBP") || verb.equals("VBD")) return true;
        }
        return false;
    }

    /** A credited sentence after sentence {@code i} in which "it" acts ("it has rejected ours three times now"). */
    private static boolean actsLater(Reading r, Credits credits, int i) {
        for (int j = i + 1; j < r.size(); j++) if (credits.credited(j) && Criteria.itActs(r, j)) return true;
        return false;
    }

    /** Sentence {@code i} names the lesson's own example (its coin, levels, direction). */
    boolean aboutLessonExample(ConceptMatches matches, int i) {
        for (String c : gamingRules.lessonExample()) if (matches.has(i, c)) return true;
        return false;
    }

    /**
     * The first credited sentence about an AI system's training or learning (a subject concept with one of its
     * companions) or about what a system was made to pursue, quoted; null when there is none. A sentence comparing
     * with the lesson's own example ("like the CoinRun agent that learned to go right") is the course's subject, not
     * evidence of the learner's, unless the write-up retells that example as its case ({@code retold}). A sentence of
     * the writer's own, a title's too, that names the course's own diagnosis ("Goal misgeneralization only happens in
     * games like CoinRun.", "Goal misgeneralization riddles (my case study)") is one too: the text says it attempts the
     * assignment, so an instructor, not the engine, decides how much of it is there (first allowed only where an AI
     * system was named; over the 38 labelled sets, the 3 texts it also reaches were labelled on topic, 0-7).
     */
    String find(Reading r, ConceptMatches matches, Credits credits, boolean retold, Set<String> animate) {
        Set<String> systemNouns = systemNouns(r, matches, credits);
        boolean named = false;
        for (int i = 0; i < r.size(); i++) {
            // the course's own diagnosis named in the writer's words, a title's too ("Goal misgeneralization riddles
            // (my case study)", "SCOOPS - a short scene (for my GM case study, sorry its a bit silly)"): the text
            // says it is an attempt at the assignment (copied lesson text says nothing of the writer)
            Credits.Verdict v = credits.verdicts().get(i);
            if (!v.copied() && !v.duplicate()) {
                // (a line read as a heading too: "I think this is goal misgeneralization:" over the lines that say why)
                for (String c : rules.diagnosis()) if (matches.has(i, c) || matches.headingNames(i, c)) return Flagging.quote(r, i);
                // "What it actually watched for was simpler: no page turned for four minutes", a slide's "Slide 4 -
                // what it actually learned: SATURDAY = DANGER": what a thing was found to go by, told as a cleft
                if (Clefts.revealed(r.sentence(i).tokens(), learners, animate)) return Flagging.quote(r, i);
            }
            if (!credits.credited(i)) continue;
            if (aboutLessonExample(matches, i) && !retold) continue;
            boolean subject = false, with = false;
            for (String c : rules.subject()) subject |= machineWords(r, matches, i, c, animate);
            for (String c : rules.subjectWith()) with |= matches.has(i, c);
            if (subject && with) return Flagging.quote(r, i);
            // "reports are checked by an 'AI' that decides from your photos whether a vehicle is abandoned": a
            // machine-learning word with the task it does, in a clause of its own, and after it the system referred
            // back to as "it" doing something ("it has rejected ours three times now"): a system at work, told (a job
            // advert's "models that read vet invoices" tells no system at work)
            for (String c : rules.subject()) {
                if (machineActs(r, matches, i, c, animate) && actsLater(r, credits, i)) return Flagging.quote(r, i);
            }
            // "the app is doing exactly what it was designed to do": a system and what it was made to pursue
            boolean system = false, madeFor = false;
            for (String c : rules.systemConcepts()) system |= notToldToTheReader(r, matches, i, c);
            for (String c : rules.madeFor()) madeFor |= notToldToTheReader(r, matches, i, c);
            if (system && madeFor) return Flagging.quote(r, i);
            // "As far as we can tell, the program puts a lot of weight on how fast a child reads": the system named
            // earlier, referred back to ("it", "the program") as the subject of what it goes by
            if (madeFor && named && refersBack(r, i, systemNouns)) return Flagging.quote(r, i);
            named |= system && !aboutLessonExample(matches, i);
            // "So Pip learned: ROUND GLASS BOWL means FOOD GOES IN!": a system named before the verb that says it
            // learned
            if (learnsItself(r, matches, i, animate)) return Flagging.quote(r, i);
        }
        return null;
    }

    /**
     * The nouns a text names its system with: those of the system concepts' hits ("robot") and the head of a noun
     * phrase set beside a name ("ReadRight, a tablet program": "program").
     */
    private Set<String> systemNouns(Reading r, ConceptMatches matches, Credits credits) {
        Set<String> nouns = new HashSet<>();
        for (int i = 0; i < r.size(); i++) {
            if (!credits.credited(i) || aboutLessonExample(matches, i)) continue;
            List<Token> ts = r.sentence(i).tokens();
            for (String c : rules.systemConcepts()) {
                for (ConceptIndex.Hit h : matches.of(i, c)) {
                    for (int k = h.from(); k < h.to() && k < ts.size(); k++) {
                        if (ts.get(k).pos().startsWith("NN")) nouns.add(ts.get(k).lemma().toLowerCase(Locale.ROOT));
                    }
                    // an apposition: ", a tablet program" -> its last noun
                    int k = h.to();
                    if (k + 1 < ts.size() && ts.get(k).word().equals(",") && ts.get(k + 1).pos().equals("DT")) {
                        String head = null;
                        for (k = k + 2; k < ts.size(); k++) {
                            String pos = ts.get(k).pos();
                            if (pos.startsWith("NN")) head = ts.get(k).lemma().toLowerCase(Locale.ROOT);
                            else if (!pos.startsWith("JJ") && !pos.equals("HYPH")) break;
                        }
                        if (head != null) nouns.add(head);
                    }
                }
            }
        }
        return nouns;
    }

    /**
     * Sentence {@code i} refers back to a system named earlier as the subject of a verb: "it" or "its" and a noun
     * right before the verb, or "the", "this" or "that" before one of {@code systemNouns} right before it.
     */
    private static boolean refersBack(Reading r, int i, Set<String> systemNouns) {
        List<Token> ts = r.sentence(i).tokens();
        for (int k = 0; k + 2 < ts.size(); k++) {
            String w = ts.get(k).word().toLowerCase(Locale.ROOT);
            Token next = ts.get(k + 1);
            if (w.equals("it") && (next.isVerb() || next.pos().startsWith("RB") && ts.get(k + 2).isVerb())) return true;
            if (w.equals("its") && next.pos().startsWith("NN") && ts.get(k + 2).isVerb()) return true;
            if ((w.equals("the") || w.equals("this") || w.equals("that")) && next.pos().startsWith("NN")
                    && systemNouns.contains(next.lemma().toLowerCase(Locale.ROOT)) && ts.get(k + 2).isVerb()) return true;
        }
        return false;
    }

    /** A verb "learn" in sentence {@code i} with a system's name or word before it, apart from the verb itself. */
    private boolean learnsItself(Reading r, ConceptMatches matches, int i, Set<String> animate) {
        List<Token> ts = r.sentence(i).tokens();
        for (int k = 1; k < ts.size(); k++) {
            Token t = ts.get(k);
            if (!t.pos().startsWith("VB") || !t.lemma().equalsIgnoreCase("learn")) continue;
            // "young people cannot afford the tools while they learn": people learning, whatever comes before
            if (learners.aboutPeople(ts, k, animate)) continue;
            for (String c : rules.systemConcepts()) {
                for (ConceptIndex.Hit h : matches.of(i, c)) if (h.to() <= k) return true;
            }
            // "the valves 'learn' what an open window looks like": a thing, not a person or an animal, that learns
            // something
            if (Clefts.thingLearns(ts, k, learners, animate)) return true;
        }
        return false;
    }
}
