package org.casemark.core;

import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a write-up explains its failure as something other than goal misgeneralization in its own words: a
 * misconception stated (overfitting, label noise, a capability limit, a wrong reward) outside any contrast passage,
 * simile or hypothetical; a denied proxy ("there is no separate proxy": a capability failure). A reward
 * misspecification told by the write-up's structure is {@link RewardDisguise}'s. Each finding is quoted, for the flag's
 * reasons.
 */
final class Misconceptions {
    private final Rubric.FlagRules rules;
    private final List<List<String>> genericCues;
    private final Learners learners;

    Misconceptions(Rubric.FlagRules rules, Learners learners) {
        this.rules = rules;
        this.genericCues = rules.genericCues().stream().map(Reading::terms).toList();
        this.learners = learners;
    }

    /**
     * One quote per misconception concept stated in a credited sentence about the system or its training, unless
     * its clause contrasts it (a contrast concept there), makes it a simile or a generic case ("like a memorised
     * route", "an overfit model would ..."), or sits in a passage that announces a contrast: a paragraph, or the
     * section under a heading, where a misconception is named and contrasted or denied ("Why this isn't
     * overfitting", "It is tempting to call this overfitting; ...": {@code contrasting}, see {@link ContrastScope}).
     * {@code concept “words”}.
     */
    List<String> stated(Reading r, Sections sections, ConceptMatches matches, Credits credits, Set<Integer> contrasting) {
        return found(r, sections, matches, credits, contrasting, true);
    }

    /**
     * The misconceptions {@link #stated} would quote but for their sentence, which says nothing of the system or its
     * training ("a depth of 12 invites memorisation"): not a claim about the case on their own, they are one when the
     * write-up's own fix acts on them (see {@code corroborated_by}).
     */
    List<String> unplaced(Reading r, Sections sections, ConceptMatches matches, Credits credits, Set<Integer> contrasting) {
        return found(r, sections, matches, credits, contrasting, false);
    }

    private List<String> found(Reading r, Sections sections, ConceptMatches matches, Credits credits,
                               Set<Integer> contrasting, boolean placed) {
        List<String> quotes = new ArrayList<>();
        for (int i = 0; i < r.size(); i++) {
            if (!credits.credited(i) || contrasting.contains(i)) continue;
            boolean about = rules.misconceptionContext().isEmpty();
            for (String c : rules.misconceptionContext()) about |= matches.has(i, c);
            // "It had basically memorised Season 8.": "it" as the subject is the case's system
            about |= itIsTheSubject(r, i, sections.contentFrom(i)) || itStatesIt(r, i, matches);
            if (about != placed || generic(r, i, sections, matches)) continue;
            // a sentence that defines a misconception's term defines all of its words
            boolean definition = false;
            for (String c : rules.misconception()) {
                for (ConceptIndex.Hit h : matches.of(i, c)) definition |= defines(r, i, sections.contentFrom(i), h);
            }
            for (String c : rules.misconception()) {
                for (ConceptIndex.Hit h : matches.of(i, c)) {
                    if (asked(r, i, h) || contrasted(r, i, h, matches) || attributive(r, i, h, matches) || saidOfPeople(r, i, h, matches)
                            || reported(r, i, h) || formerView(r, i, h) || agentNoun(r, i, h)
                            || oppositeValues(r, i, h) || definition
                            || (rules.purposeOnly().contains(c) && purposeOfChange(r, i, sections.contentFrom(i), h, matches))
                            || (rules.systemOnly().contains(c) && (saidOfAnotherThing(r, i, h, matches)
                                    || saidOfOtherSubject(r, i, h, matches) || saidOfSomeone(r, i, h, matches)))) continue;
                    // the same words stated twice are one reason
                    String quote = c + " \u201c" + r.doc().quote(h.start(), h.end()) + "\u201d";
                    if (!quotes.contains(quote)) quotes.add(quote);
                    break;
                }
            }
        }
        return quotes;
    }

    /**
     * The misconception stands in a clause that holds a contrast ("not", "rather than", GM's own wording): it is the
     * side set aside. In "I'm not sure there's a separate goal, it's more that it memorised the jar" the memorising
     * stands in a clause of its own, and is what the learner claims. A negation inside a relative clause after it
     * is that clause's own: "it memorised the books and fell apart on anything that didn't look like them" claims
     * the memorising; so is one after "and" or "but" ("it is overfit to one shape and doesn't generalize").
     */
    private boolean contrasted(Reading r, int sentence, ConceptIndex.Hit misconception, ConceptMatches matches) {
        int clause = r.clause(sentence, misconception.from());
        List<org.casemark.nlp.Token> ts = r.sentence(sentence).tokens();
        for (String c : rules.contrast()) {
            for (ConceptIndex.Hit h : matches.of(sentence, c)) {
                // "I keep wanting to say it overfitted to the quarry, but that's not right": the clause after takes
                // the claim back
                if (r.clause(sentence, h.from()) == clause + 1 && takesBack(r, sentence, ts, h.from())) return true;
                if (r.clause(sentence, h.from()) != clause) continue;
                // the misconception's own words may deny ("can't see", "not powerful enough"): not a contrast
                if (h.from() >= misconception.from() && h.to() <= misconception.to()) continue;
                // "the model could not generalize, because it has memorized the patterns": the negation is the verb's
                // before the reason; the reason is the claim
                if (h.to() <= misconception.from() && reasonBetween(ts, h.to(), misconception.from())) continue;
                // "it has memorised the pictures rather than learned the insect": what comes after "rather than"
                // is set aside, and the misconception before it is the claim
                if (h.from() >= misconception.to() && prefers(ts, h)) continue;
                // a negation after a relative pronoun or a coordinating conjunction is its own predicate's: "the
                // model is overfit to one knife shape and doesn't generalize to others" denies the second, not the first
                boolean ownPredicate = false;
                int joint = -1;
                for (int k = misconception.to(); k < h.from() && !ownPredicate; k++) {
                    String pos = ts.get(k).pos();
                    ownPredicate = pos.equals("WDT") || pos.equals("WP") || pos.equals("CC");
                    if (ownPredicate) joint = k;
                }
                // ... unless that predicate takes the claim back: "I keep wanting to say it overfitted to the
                // quarry, but that's not right"
                if (!ownPredicate || retraction(ts, joint + 1, h.from())) return true;
            }
        }
        return false;
    }

    /** A "because" opens a reason among tokens [from, to), after at least one word of the clause before it. */
    static boolean reasonBetween(List<org.casemark.nlp.Token> ts, int from, int to) {
        for (int k = from + 1; k < to; k++) if (ts.get(k).word().equalsIgnoreCase("because")) return true;
        return false;
    }

    /** The words that open a question ("is this overfitting?", "did it memorise them?", "why ...?"). */
    private static final Set<String> ASKING = Set.of("is", "are", "was", "were", "do", "does", "did", "can", "could",
            "would", "will", "has", "have", "had", "should", "isn't", "wasn't", "why", "how", "what");

    /**
     * The misconception stands in a question ("RL beam-steering agent steers to the old target - is this
     * overfitting?"): the sentence ends with a question mark and the hit's clause opens with a verb or a question
     * word, which asks and claims nothing; said in a statement's order ("I think it could be the wrong labels?",
     * "it was reproducing the errors in its labels?") it is a claim, however it ends.
     */
    private static boolean asked(Reading r, int i, ConceptIndex.Hit h) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        if (!ts.get(ts.size() - 1).isQuestionMark()) return false;
        int k = h.from();
        while (k > 0 && ts.get(k - 1).isWord()) k--;
        return k < h.from() && ASKING.contains(ts.get(k).word().toLowerCase(java.util.Locale.ROOT));
    }

    /** Prepositions that open a hypothetical case ("With a misspecified reward ...", "Under an overfit model ..."). */
    private static final Set<String> OPENING_PREPOSITIONS = Set.of("with", "under", "for", "in");

    /** The cues that set aside what follows them and keep what stands before ("A rather than B"). */
    private static final Set<String> PREFERRING = Set.of("rather than", "as opposed to", "instead of");

    private static boolean prefers(List<org.casemark.nlp.Token> ts, ConceptIndex.Hit cue) {
        StringBuilder b = new StringBuilder();
        for (int k = cue.from(); k < cue.to(); k++) b.append(k > cue.from() ? " " : "").append(ts.get(k).word());
        return PREFERRING.contains(b.toString().toLowerCase(java.util.Locale.ROOT));
    }

    /** The clause of the negation at {@code negation} opens with ("but", "and") "that is" before it. */
    private static boolean takesBack(Reading r, int sentence, List<org.casemark.nlp.Token> ts, int negation) {
        int start = negation;
        while (start > 0 && r.clause(sentence, start - 1) == r.clause(sentence, negation)) start--;
        if (start < negation && ts.get(start).pos().equals("CC")) start++;
        return retraction(ts, start, negation);
    }

    /** The pronouns that point back at a whole claim ("but that's not right", "and this isn't true"). */
    private static final Set<String> BACK_POINTERS = Set.of("that", "this");
    private static final Set<String> BE = Set.of("is", "'s", "was", "are", "'re", "were", "be");

    /**
     * The tokens from {@code from} up to the negation at {@code negation} are a pronoun pointing back and a form of
     * "be": the negated clause says the claim before it is not so.
     */
    private static boolean retraction(List<org.casemark.nlp.Token> ts, int from, int negation) {
        if (negation - from != 2 || from < 0) return false;
        return BACK_POINTERS.contains(ts.get(from).word().toLowerCase(java.util.Locale.ROOT))
                && BE.contains(ts.get(from + 1).word().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Every misconception phrase of the sentence is right after a generic cue (a simile: "like a memorised route";
     * a person: "officials who can't see the course"), or near the start of a sentence that opens with an indefinite
     * article (a hypothetical case: "An overfit model would produce garbled output"): not a claim about this system.
     */
    private boolean generic(Reading r, int sentence, Sections sections, ConceptMatches matches) {
        String[] terms = r.terms(sentence);
        int first = sections.contentFrom(sentence);
        // "With a misspecified reward you would have seen bad behaviour": a case opened by a preposition and an
        // indefinite article, told with "would", is as hypothetical as one opened by the article
        if (first + 2 < terms.length && OPENING_PREPOSITIONS.contains(terms[first])
                && (terms[first + 1].equals("a") || terms[first + 1].equals("an")) && Arrays.asList(terms).contains("would")) {
            first++;
        }
        boolean indefinite = first < terms.length && (terms[first].equals("a") || terms[first].equals("an"));
        // "An overfit model would have memorised ...": the hypothetical case is the whole sentence
        // ... and so is "A classifier that had simply failed to learn, or that had memorised its training documents,
        // would have lost precision": the phrase inside the indefinite subject, the "would" after it
        for (String c : rules.misconception()) {
            for (ConceptIndex.Hit h : matches.of(sentence, c)) {
                if (indefinite && (h.from() <= first + 3 || wouldAfter(terms, h.to()))) return true;
            }
        }
        boolean any = false;
        for (String c : rules.misconception()) {
            for (ConceptIndex.Hit h : matches.of(sentence, c)) {
                boolean cued = false;
                for (List<String> cue : genericCues) {
                    int at = h.from() - cue.size();
                    cued |= at >= 0 && r.indexOf(sentence, at, h.from(), cue) == at;
                }
                // "like a student who memorises the answers, you have overfit to your training data": the simile
                // sets aside its own phrase, not the claim beside it
                if (!cued) return false;
                any = true;
            }
        }
        return any;
    }

    /** A "would" follows word {@code from} of the sentence. */
    private static boolean wouldAfter(String[] terms, int from) {
        for (int k = from; k < terms.length; k++) if (terms[k].equals("would")) return true;
        return false;
    }

    /**
     * A one-word misconception term that describes the noun after it ("kids reading memorised or rehearsed books",
     * "a noisy microphone"): it says what that thing is like, not that the system failed so; unless the noun is the
     * system itself ("our overfitted model").
     */
    private boolean attributive(Reading r, int i, ConceptIndex.Hit h, ConceptMatches matches) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        if (h.to() - h.from() != 1) return false;
        String pos = ts.get(h.from()).pos();
        if (!pos.startsWith("JJ") && !pos.equals("VBN")) return false;
        // "it had basically memorised Season 8": a participle after "have", "be" or "get" is the verb, not a modifier
        int b = h.from() - 1;
        while (b >= 0 && ts.get(b).pos().startsWith("RB")) b--;
        if (b >= 0 && Set.of("have", "be", "get").contains(ts.get(b).lemma().toLowerCase(java.util.Locale.ROOT))) return false;
        int k = h.to();
        // "memorised or rehearsed books": a coordinated modifier in between
        if (k + 1 < ts.size() && ts.get(k).pos().equals("CC")
                && (ts.get(k + 1).pos().startsWith("JJ") || ts.get(k + 1).pos().equals("VBN"))) k += 2;
        if (k >= ts.size() || !ts.get(k).pos().startsWith("NN")) return false;
        for (String system : rules.systemConcepts()) {
            for (ConceptIndex.Hit s : matches.of(i, system)) if (s.from() <= k && k < s.to()) return false;
        }
        return true;
    }

    /**
     * A one-word phrase that is a noun for people who do it ("the dashboard shows the memorisers as strong readers"):
     * it names them, not a way the system failed.
     */
    private static boolean agentNoun(Reading r, int i, ConceptIndex.Hit h) {
        if (h.to() - h.from() != 1) return false;
        org.casemark.nlp.Token t = r.sentence(i).tokens().get(h.from());
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        return t.pos().startsWith("NN") && (w.endsWith("er") || w.endsWith("ers"));
    }

    /**
     * The phrase spans a pair of opposite values ("every word labelled correct/incorrect by specialists", "labels
     * accurate or inaccurate"): it names the labels' scheme, not an error in them.
     */
    private static boolean oppositeValues(Reading r, int i, ConceptIndex.Hit h) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        Set<String> words = new HashSet<>();
        for (int k = h.from(); k < h.to(); k++) {
            // "correct/incorrect" may be one token
            for (String w : ts.get(k).word().toLowerCase(java.util.Locale.ROOT).split("/")) words.add(w);
        }
        for (String w : words) {
            for (String prefix : List.of("in", "un", "im", "non-", "non")) {
                if (w.startsWith(prefix) && w.length() > prefix.length() + 2 && words.contains(w.substring(prefix.length()))) return true;
            }
        }
        // "all labelled correct or wrong", "marked good/bad": a scheme's two values in words that share no prefix
        for (Set<String> pair : ANTONYMS) if (words.containsAll(pair)) return true;
        return false;
    }

    /** Words that make what comes before them a term being defined ("overfitting means", "textbook version"). */
    private static final Set<String> DEFINING = Set.of("means", "mean", "meaning", "textbook", "definition", "defined",
            "refers");
    /** How many words after the term a defining word may stand ("So, overfitting, textbook version: ..."). */
    private static final int DEFINING_WINDOW = 4;

    /**
     * The sentence opens with the misconception's words as a term it defines ("So, overfitting, textbook version: the
     * model memorises quirks of the training set", "Overfitting means ...", "Overfitting is when ...", "Overfitting
     * would look like ..."): a definition given to set the case apart from it, not the write-up's explanation of its
     * case.
     */
    private static boolean defines(Reading r, int i, int contentFrom, ConceptIndex.Hit h) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        boolean bracketed = false;
        for (int k = contentFrom; k < h.from(); k++) {
            org.casemark.nlp.Token t = ts.get(k);
            // a reference in square brackets ("[S17] Overfitting would look like ...") is no word of the sentence
            if (t.word().equals("[") || t.word().equals("-LSB-")) bracketed = true;
            if (t.word().equals("]") || t.word().equals("-RSB-")) bracketed = false;
            if (t.isWord() && !bracketed && !LEADS.contains(t.word().toLowerCase(java.util.Locale.ROOT))) return false;
        }
        for (int k = h.to(); k < Math.min(ts.size(), h.to() + DEFINING_WINDOW); k++) {
            String w = ts.get(k).word().toLowerCase(java.util.Locale.ROOT);
            if (DEFINING.contains(w)) return true;
            // "Overfitting would look like a model that can't make sense of new images": what it would be, described
            if (w.equals("look") && k > 0 && ts.get(k - 1).word().equalsIgnoreCase("would")) return true;
            if ((w.equals("is") || w.equals("'s")) && k + 1 < ts.size()
                    && Set.of("when", "where").contains(ts.get(k + 1).word().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    /** Pairs of opposite values a label scheme is told in. */
    private static final List<Set<String>> ANTONYMS = List.of(Set.of("correct", "wrong"), Set.of("right", "wrong"),
            Set.of("good", "bad"), Set.of("true", "false"), Set.of("pass", "fail"), Set.of("positive", "negative"));

    private static final Set<String> PEOPLE_PRONOUNS = Set.of("we", "i", "you", "they", "he", "she", "one");
    private static final Set<String> PEOPLE = Set.of("designer", "developer", "engineer", "team", "human", "people",
            "person", "user", "operator", "researcher", "staff", "company", "annotator", "labeller", "labeler");
    /** Everyday people a scenario's harm falls on, as the subject of a clause. */
    private static final Set<String> EVERYDAY_PEOPLE = Set.of("passenger", "customer", "client", "patient", "child",
            "kid", "baby", "woman", "man", "parent", "mother", "father", "family", "neighbour", "neighbor", "resident",
            "visitor", "guest", "pedestrian", "driver", "rider", "worker", "farmer", "buyer", "shopper", "student",
            "pupil", "teacher", "player", "fan", "audience", "crowd", "citizen", "public", "owner", "nurse", "doctor");

    /**
     * The phrase is said of people, not of the system: its subject, the nearest pronoun or noun before it in its
     * clause, is a person ("so we cannot see which one it learned", "the designers cannot see the difference"), or
     * the clause opens with people ("passengers like a woman leaving the hospital at night cannot see a bike").
     */
    private boolean saidOfPeople(Reading r, int i, ConceptIndex.Hit h, ConceptMatches matches) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        int clause = r.clause(i, h.from()), start = h.from();
        boolean nearest = true;
        for (int k = h.from() - 1; k >= 0 && r.clause(i, k) == clause; k--) {
            start = k;
            org.casemark.nlp.Token t = ts.get(k);
            if (!nearest) continue;
            if (t.pos().equals("PRP")) return PEOPLE_PRONOUNS.contains(t.word().toLowerCase(java.util.Locale.ROOT));
            if (t.pos().startsWith("NN")) {
                String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
                if (PEOPLE.contains(lemma)) return true;
                // "'droplets' and 'driver can't see' are the same thing": the subject right before it is everyday
                // people, and no system's name or word takes it in ("the driver-assist camera cannot see")
                if (EVERYDAY_PEOPLE.contains(lemma) && subjectOf(ts, k, h) && !inSystemWords(i, k, matches)) return true;
                nearest = false;
            }
        }
        // the subject before it, the first head noun (not a modifier of the next noun) after the last comma of its
        // clause, or else after the clause's start and any label ("Harm: ..."), is everyday people
        int label = Layout.labelColon(r.sentence(i));
        int comma = -1;
        for (int k = h.from() - 1; k > start; k--) if (ts.get(k).word().equals(",")) { comma = k; break; }
        for (int from : comma >= 0 ? new int[] {comma + 1, start} : new int[] {start}) {
            Boolean people = firstNounIsPeople(ts, Math.max(from, label + 1), h, i, matches);
            if (people != null) return people;
        }
        return false;
    }

    /**
     * Noun {@code k} is the subject of the phrase: the phrase opens with a verb or a modal ("can't see"), and only
     * adverbs or quotation marks stand between them (not "learned our past pupils by heart").
     */
    /** {@code lemma} is one of the everyday people a scenario's harm falls on ("passenger", "child", "driver"). */
    static boolean everydayPeople(String lemma) {
        return EVERYDAY_PEOPLE.contains(lemma);
    }

    private static boolean subjectOf(List<org.casemark.nlp.Token> ts, int k, ConceptIndex.Hit h) {
        String opens = ts.get(h.from()).pos();
        if (!opens.equals("MD") && !opens.startsWith("VB")) return false;
        for (int j = k + 1; j < h.from(); j++) {
            String pos = ts.get(j).pos();
            if (!pos.startsWith("RB") && !pos.equals("``") && !pos.equals("''")) return false;
        }
        return true;
    }

    /**
     * A limit said of someone: its subject, the noun right before it (past adverbs), is only ever a person or an animal
     * and no word for a system ("because one kayaker cannot see 300 swimmers"). Wrong labels are people's work, so
     * this holds only for what a system cannot do ({@code system_only}).
     */
    private boolean saidOfSomeone(Reading r, int i, ConceptIndex.Hit h, ConceptMatches matches) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        int k = h.from() - 1;
        while (k >= 0 && ts.get(k).pos().startsWith("RB")) k--;
        return k >= 0 && ts.get(k).pos().startsWith("NN") && learners.person(ts.get(k)) && subjectOf(ts, k, h)
                && !inSystemWords(i, k, matches);
    }

    /** What may stand between a relative pronoun and what it says of its noun ("that are dead (or too weak"). */
    private static final Set<String> BE_LIKE = Set.of("be", "seem", "look", "become", "get");

    /**
     * The phrase stands in a relative clause of a noun that is no word of the system: "divert oysters that are dead (or
     * too weak to survive)" says what the oysters are, not what the system can do.
     */
    private boolean saidOfAnotherThing(Reading r, int i, ConceptIndex.Hit h, ConceptMatches matches) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        for (int k = h.from() - 1; k >= 1 && k >= h.from() - 8; k--) {
            org.casemark.nlp.Token t = ts.get(k);
            String pos = t.pos();
            if (pos.equals("WDT")) {
                org.casemark.nlp.Token noun = ts.get(k - 1);
                return noun.pos().startsWith("NN") && !inSystemWords(i, k - 1, matches);
            }
            boolean between = pos.startsWith("JJ") || pos.startsWith("RB") || pos.equals("CC") || pos.equals(",")
                    || pos.equals("-LRB-") || pos.equals("-RRB-")
                    || pos.startsWith("VB") && BE_LIKE.contains(t.lemma().toLowerCase(java.util.Locale.ROOT));
            if (!between) return false;
        }
        return false;
    }

    /**
     * The phrase is said of something that is not the system: its subject, the noun right before it (past adverbs
     * and a modal), is one of the rubric's other subjects ("the divergence that ordinary held-out validation cannot
     * see" tells what a test misses, GM's own claim about testing in distribution); or its object is the system itself
     * by its name ("every booking request passes through QuietNight" tells where the requests go, not what the system
     * misses).
     */
    private boolean saidOfOtherSubject(Reading r, int i, ConceptIndex.Hit h, ConceptMatches matches) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        int k = h.from() - 1;
        while (k >= 0 && (ts.get(k).pos().startsWith("RB") || ts.get(k).pos().equals("MD"))) k--;
        if (k >= 0 && ts.get(k).pos().startsWith("NN")) {
            for (String c : rules.otherSubjects()) {
                for (ConceptIndex.Hit s : matches.of(i, c)) if (s.from() <= k && k < s.to()) return true;
            }
        }
        int o = h.to();
        while (o < ts.size() && (ts.get(o).pos().equals("DT") || ts.get(o).pos().equals("PRP$"))) o++;
        // (by its name: "can't make out the cars" is about the cars, whatever a car may be elsewhere)
        return o < ts.size() && ts.get(o).pos().startsWith("NNP") && inSystemWords(i, o, matches);
    }

    /** Token {@code k} of sentence {@code i} is inside a match of a system concept. */
    private boolean inSystemWords(int i, int k, ConceptMatches matches) {
        for (String system : rules.systemConcepts()) {
            for (ConceptIndex.Hit s : matches.of(i, system)) if (s.from() <= k && k < s.to()) return true;
        }
        return false;
    }

    /** Whether the first head noun in [from, hit) is everyday people; null where a verb, pronoun or none comes first. */
    private Boolean firstNounIsPeople(List<org.casemark.nlp.Token> ts, int from, ConceptIndex.Hit h, int i,
                                      ConceptMatches matches) {
        for (int k = from; k < h.from(); k++) {
            org.casemark.nlp.Token t = ts.get(k);
            if (t.pos().equals("PRP") || t.pos().startsWith("VB")) return null;
            if (!t.pos().startsWith("NN")) continue;
            if (k + 1 < ts.size() && ts.get(k + 1).pos().startsWith("NN")) continue;
            if (!EVERYDAY_PEOPLE.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) return false;
            for (String system : rules.systemConcepts()) {
                for (ConceptIndex.Hit s : matches.of(i, system)) if (k < s.to() && s.from() < h.from()) return false;
            }
            return true;
        }
        return null;
    }

    private static final Set<String> SAYING = Set.of("say", "claim", "argue", "think", "believe", "call", "suggest",
            "insist", "reckon", "suspect", "blame", "tell");
    private static final Set<String> FIRST_PERSON = Set.of("i", "we", "my", "our", "me", "us");

    /**
     * The misconception is someone else's view that the write-up reports ("A colleague says this is reward hacking",
     * "Another says it's plain overfitting"): a verb of saying before it, whose subject is neither the writer ("I
     * think it memorised") nor the system. A reported view is not the write-up's own explanation.
     */
    private static boolean reported(Reading r, int i, ConceptIndex.Hit h) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        for (int k = h.from() - 1; k > 0; k--) {
            org.casemark.nlp.Token t = ts.get(k);
            if (!t.pos().startsWith("VB") || !SAYING.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) continue;
            boolean subject = false;
            for (int j = 0; j < k; j++) {
                org.casemark.nlp.Token s = ts.get(j);
                String w = s.word().toLowerCase(java.util.Locale.ROOT);
                if (FIRST_PERSON.contains(w) || w.equals("it")) return false;
                subject |= s.pos().startsWith("NN") || (s.pos().equals("PRP") && PEOPLE_PRONOUNS.contains(w))
                        || s.pos().equals("DT") || w.equals("some") || w.equals("others") || w.equals("people");
            }
            return subject;
        }
        return false;
    }

    private static final Set<String> SUPPOSING = Set.of("think", "imagine", "assume", "believe", "figure", "suppose",
            "picture");

    /**
     * The misconception is a view the writer held before and tells as past ("I imagined the model memorising the
     * nuts it was trained on", "I thought it had just overfitted", "In the first version I said the model had
     * 'overfitted to our fields'"): a first-person subject and a past-tense verb of supposing or saying before it. A
     * write-up that says how its author's view changed is not explained by the old view.
     */
    private static boolean formerView(Reading r, int i, ConceptIndex.Hit h) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        for (int k = h.from() - 1; k > 0; k--) {
            org.casemark.nlp.Token t = ts.get(k);
            String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
            if (!t.pos().equals("VBD") || !(SUPPOSING.contains(lemma) || FORMER_WORDS.contains(lemma))) continue;
            for (int j = Math.max(0, k - 3); j < k; j++) {
                String w = ts.get(j).word().toLowerCase(java.util.Locale.ROOT);
                // "As I said, it memorised the route" says it again, now
                boolean again = j > 0 && ts.get(j - 1).word().equalsIgnoreCase("as");
                if ((w.equals("i") || w.equals("we")) && !(again && FORMER_WORDS.contains(lemma))) return true;
            }
        }
        return false;
    }

    /** Verbs the writer's own earlier words are reported with ("In the first version I said it had overfitted"). */
    private static final Set<String> FORMER_WORDS = Set.of("say", "write", "claim", "argue");

    /**
     * The misconception's words tell what a proposed change is for: "crop the input to the harness area so the model
     * can't see the partner's hands" wants the model blind to a cue; it does not blame the failure on its eyesight
     * (for the rubric's {@code purpose_only} concepts; "add dropout so it stops memorising" blames memorising). A
     * proposal (or a change to the training data, or a bare verb opening the sentence) stands before a "so" that
     * opens a clause ("so the", "so that", "so it"), and the words stand after it.
     */
    private boolean purposeOfChange(Reading r, int i, int contentFrom, ConceptIndex.Hit h, ConceptMatches matches) {
        if (rules.rewardDisguise() == null) return false;
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        for (int k = h.from() - 1; k > 0; k--) {
            if (!ts.get(k).word().equalsIgnoreCase("so") || k + 1 >= ts.size()) continue;
            String next = ts.get(k + 1).pos();
            boolean opensClause = ts.get(k + 1).word().equalsIgnoreCase("that") || next.equals("DT")
                    || next.startsWith("PRP");
            if (!opensClause) continue;
            if (contentFrom < k && ts.get(contentFrom).pos().equals("VB")) return true;
            if (matches.hitBefore(i, rules.rewardDisguise().proposal(), k)
                    || matches.hitBefore(i, rules.rewardDisguise().data(), k)) return true;
        }
        return false;
    }

    /** Words that lead into a sentence without being its subject ("ie it memorised their trays", "So it ..."). */
    private static final Set<String> LEADS = Set.of("and", "so", "but", "then", "ie", "i.e.", "i.e", "eg", "e.g.",
            "also", "because", "basically", "honestly", "well", "ok", "okay", "yes", "yeah", "or", "now");

    /** The words after which "it" opens a clause of the writer's own ("so it basically memorised", ", and it ..."). */
    private static final Set<String> CLAUSE_OPENERS = Set.of("so", "and", "but", "because", "then", "thus",
            "therefore", ",", ";", ":");

    /**
     * "There were only 60 photos per species, so it basically memorised those 2,400 pictures": "it" with its verb in
     * the clause of a misconception's words, after the clause's start, is the case's system too.
     */
    private boolean itStatesIt(Reading r, int i, ConceptMatches matches) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        for (String c : rules.misconception()) {
            for (ConceptIndex.Hit h : matches.of(i, c)) {
                int clause = r.clause(i, h.from());
                for (int k = h.from() - 1; k >= 0 && r.clause(i, k) == clause; k--) {
                    if (!ts.get(k).word().equalsIgnoreCase("it")) continue;
                    // "so it basically memorised", ", and it ...": "it" opens a clause of the writer's own; after
                    // "like" or "say" ("Sounds to me like it simply overfitted", "I'd say it's overfitted") another's
                    // view is reported
                    if (k == 0 || !CLAUSE_OPENERS.contains(ts.get(k - 1).word().toLowerCase(java.util.Locale.ROOT))) continue;
                    int v = k + 1;
                    while (v < h.from() && ts.get(v).pos().startsWith("RB")) v++;
                    if (v <= h.from() && v < ts.size() && (ts.get(v).pos().startsWith("VB") || ts.get(v).pos().equals("MD"))) return true;
                }
            }
        }
        return false;
    }

    /** The sentence opens with "it" and a verb: a claim about the system the write-up is about. */
    private static boolean itIsTheSubject(Reading r, int i, int from) {
        List<org.casemark.nlp.Token> ts = r.sentence(i).tokens();
        while (from < ts.size() && (!ts.get(from).isWord() || LEADS.contains(ts.get(from).word().toLowerCase(java.util.Locale.ROOT)))) from++;
        if (from + 1 >= ts.size() || !ts.get(from).word().equalsIgnoreCase("it")) return false;
        int k = from + 1;
        while (k < ts.size() && ts.get(k).pos().startsWith("RB")) k++;
        return k < ts.size() && (ts.get(k).pos().startsWith("VB") || ts.get(k).pos().equals("MD"));
    }

    /** "There is no separate proxy", "it didn't learn some other goal": quotes of sentences that deny a proxy. */
    List<String> proxyDenials(Reading r, ConceptMatches matches, Credits credits) {
        List<String> out = new ArrayList<>();
        if (rules.proxyDenial() == null) return out;
        for (int i = 0; i < r.size(); i++) {
            if (!credits.credited(i) || !matches.has(i, rules.proxyDenial())) continue;
            ConceptIndex.Hit h = matches.of(i, rules.proxyDenial()).get(0);
            out.add("denies a proxy \u201c" + r.doc().quote(h.start(), h.end()) + "\u201d");
        }
        return out;
    }
}
