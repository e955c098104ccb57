package org.casemark.core;

import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Which sentences may earn credit at all: a real sentence (a verb, or a phrase naming the scenario's own things) of
 * enough words, not a repeat, not pasted from the assignment or lesson, not a string of rubric terms, not a
 * textbook definition of one, not a question or an aside ({@link NonClaims}), not a promise or a note to self
 * ({@link Deferrals}), not an entry of a reference list. Also the scenario words of every sentence: its nouns (and adjectives) that are neither a one-word rubric
 * concept nor a generic word.
 */
final class Eligibility {
    private static final int SHINGLE = 4;
    /** An answer after a label ("Fix: more data") needs this many words of its own. */
    private static final int LABELLED_MIN_WORDS = 2;
    /** The most words a verbless continuation of the sentence before it may have. */
    private static final int CONTINUATION_WORDS = 5;
    private static final Set<String> DEFINING_VERBS = Set.of("is", "are", "means", "refers", "describes");
    private static final Set<String> OWN_SUBJECTS = Set.of("my", "our", "its", "their", "his", "her", "this", "it");
    private static final Set<String> GENERIC_COMPLEMENTS = Set.of("a", "an", "the", "when", "any", "what", "how");

    /** Lemma shingles of the texts a learner must not paste back (the rubric's copy sources). */
    private final Set<String> copyShingles = new HashSet<>();
    /**
     * Words that are a concept on their own ("train", "deploy") are rubric vocabulary, not scenario words; words
     * that only occur inside a phrase ("new region") still describe the learner's scenario.
     */
    private final Set<String> conceptWords = new HashSet<>();
    private final Set<String> genericWords = new HashSet<>();
    /**
     * The one-word phrases of the lesson's example ("coin", "gem"): rubric vocabulary in a sentence that compares a
     * case with CoinRun, but the scenario's own nouns in a write-up that retells the example as its case (its
     * concepts in the rubric's share of the sentences that are not headings; {@link Flagging} counts the credited
     * ones, which are not known yet here).
     */
    private final Set<String> lessonWords = new HashSet<>();
    private final Rubric.Gaming gaming;
    private final Set<String> rubricTerms;
    private final int minWords;
    private final double maxTermDensity;
    private final List<List<String>> denialCues;
    private final double maxDeniedShare;
    /** A write-up must have this many sentences before "it denies most of what it says" is judged. */
    private static final int MIN_SENTENCES_FOR_DENIAL = 3;

    /** @param copySources the rubric's copy sources, annotated */
    Eligibility(Rubric rubric, List<AnnotatedText> copySources) {
        for (AnnotatedText source : copySources) {
            for (Sentence s : source.sentences()) copyShingles.addAll(shingles(s));
        }
        rubric.concepts().forEach((name, ps) -> ps.forEach(p -> {
            String[] ws = p.strip().split("\\s+");
            // (a part of speech, "fine ~noun", leaves the phrase one word)
            if (ws.length == 2 && (ws[1].equals("~noun") || ws[1].equals("~verb"))) ws = new String[] {ws[0]};
            if (ws.length == 1 && !ws[0].endsWith("*")) {
                conceptWords.add(Reading.term(ws[0]));
                if (rubric.gaming().lessonExample().contains(name)) lessonWords.add(Reading.term(ws[0]));
            }
        }));
        gaming = rubric.gaming();
        rubric.gaming().genericWords().forEach(w -> genericWords.add(Reading.term(w)));
        rubricTerms = Set.copyOf(rubric.gaming().rubricTerms());
        minWords = rubric.limits().minWords();
        maxTermDensity = rubric.gaming().maxTermDensity();
        denialCues = rubric.denialCues().stream().map(Reading::terms).toList();
        maxDeniedShare = rubric.gaming().maxDeniedShare();
    }

    /** The most words a title has (a dictated first line of sixty words is the write-up, not its title). */
    private static final int TITLE_WORDS = 15;

    /**
     * The write-up's title: its first line of words, a paragraph of its own with more after it, not a label ("System:
     * ...") or a bullet, and no full stop ("What happened with our smoking controller (a true story from my job)").
     * It names the write-up; the case is told below it.
     */
    private static boolean title(Reading r, int i, int wordSentencesToHere) {
        Sentence s = r.sentence(i);
        // the first sentence with words (the count includes this one), with more to read after it
        if (wordSentencesToHere != 1 || i + 1 >= r.size()) return false;
        String last = s.tokens().get(s.tokens().size() - 1).word();
        return Layout.startsLine(r, s) && Layout.aloneInParagraph(r, s) && !Layout.bulletLine(r, s)
                && Layout.labelColon(s) < 0 && !Set.of(".", "!", "?", "...").contains(last);
    }

    Credits judge(Reading r, Sections sections, ConceptMatches matches) {
        boolean retold = retold(r, sections, matches);
        // the sentences said so far (lemma keys and word sets), each with whether it counts as said (see below)
        Map<String, Boolean> seen = new HashMap<>();
        List<Set<String>> seenLemmas = new ArrayList<>();
        List<Boolean> seenCounted = new ArrayList<>();
        int distinct = 0;
        List<Credits.Verdict> verdicts = new ArrayList<>();
        int wordSentences = 0;
        boolean[] commands = Layout.shellFenced(r);
        Set<Integer> repeatedPassages = repeatedPassages(r, sections);
        for (int i = 0; i < r.size(); i++) {
            Sentence s = r.sentence(i);
            int contentFrom = sections.contentFrom(i);
            List<Token> content = s.tokens().subList(contentFrom, s.tokens().size());
            int words = 0;
            boolean verb = false;
            StringBuilder key = new StringBuilder();
            for (Token t : content) {
                if (!t.isWord()) continue;
                words++;
                verb |= t.isVerb();
                key.append(t.lemma().toLowerCase(Locale.ROOT)).append(' ');
            }
            // the assignment's own terms ("the distribution shift part") name a part of the assignment, not of the case
            BitSet termTokens = new BitSet();
            for (String c : rubricTerms) {
                for (ConceptIndex.Hit h : matches.of(i, c)) {
                    if (h.from() >= contentFrom) termTokens.set(h.from(), h.to());
                }
            }
            SortedSet<String> sc = new TreeSet<>(), desc = new TreeSet<>();
            for (int k = contentFrom; k < s.tokens().size(); k++) {
                Token t = s.tokens().get(k);
                if (termTokens.get(k)) continue;
                String lemma = Reading.term(t.lemma());
                if (lemma.length() <= 2 || (conceptWords.contains(lemma) && !(retold && lessonWords.contains(lemma)))
                        || genericWords.contains(lemma)) continue;
                if (t.isNoun()) sc.add(lemma);
                if (t.isNoun() || t.pos().startsWith("JJ")) desc.add(lemma);
            }
            if (sections.heading(i) || words == 0) {
                verdicts.add(new Credits.Verdict(false, false, false, false, false, false, sc, desc));
                continue;
            }
            wordSentences++;
            boolean copied = isCopied(s);
            boolean salad = words >= 3 && termTokens.cardinality() > maxTermDensity * words;
            boolean definition = isDefinition(content, contentFrom, sc, matches, i);
            // a verb makes a sentence; so does a longer phrase that names the scenario's own things (a terse
            // answer such as "Land on the clinic's marked landing pad", whose imperative the tagger may miss)
            // and so does the content of an inline label in notes ("fix (training): more data from more places")
            boolean names = content.stream().anyMatch(Token::isNoun);
            // a few nouns that end a sentence's line ("... -> ride starts -> kid thrown off. Injury, lawsuit."): the
            // sentence's own continuation, as terse as a labelled answer
            boolean continues = !verb && words >= LABELLED_MIN_WORDS && words <= CONTINUATION_WORDS && sc.size() >= 2
                    && i > 0 && !sections.heading(i - 1) && sections.passage(i - 1) == sections.passage(i)
                    && r.sentence(i - 1).hasVerb();
            // a later cell of a table's row answers the row's first cell, as a label's content answers the label
            // ("| Fix - training data | more cities |"); the first row's cells head their columns
            // ... and so does the line under a heading ("FIX TRAINING" / "more recordings."): it answers the heading
            boolean labelled = contentFrom > 0
                    || (Layout.tableColumn(r, s) > 0 && Layout.tableStart(r, s) != Layout.lineStart(r, s))
                    || (i > 0 && sections.heading(i - 1) && !sections.section(i).isEmpty() && Layout.startsLine(r, s));
            // a repeat: the same sentence again, or with a few words swapped ("an intelligence artificial who control
            // the vapeur" and "an artificial intelligence who control the vapour"), or a sentence of a paragraph that
            // says an earlier one again in other words. Saying again, as a label's answer, what earned nothing before
            // ("Tom: more data." in a chat, then "Training fix: more data ...") is the first claim of it
            Set<String> lemmas = new HashSet<>(java.util.Arrays.asList(key.toString().split(" ")));
            Boolean earlier = seen.get(key.toString());
            boolean repeat = earlier != null && (earlier || contentFrom == 0);
            repeat |= repeatedPassages.contains(sections.passage(i));
            if (!repeat && words >= NEAR_REPEAT_WORDS) {
                for (int e = 0; e < seenLemmas.size(); e++) {
                    if ((seenCounted.get(e) || contentFrom == 0) && jaccard(lemmas, seenLemmas.get(e)) >= NEAR_REPEAT_OVERLAP) {
                        repeat = true;
                        break;
                    }
                }
            }
            if (!repeat) distinct++;
            boolean duplicate = words >= 4 && repeat;
            boolean sentence = verb || (words >= 5 && sc.size() >= 2) || continues
                    || (labelled && words >= (names ? LABELLED_MIN_WORDS : 3));
            // a question asks, it does not claim ("What could go wrong?"); a learner's answer is the next sentence
            boolean question = (endsAsking(s.tokens()) && NonClaims.asks(content))
                    || NonClaims.asksUnmarked(content) || NonClaims.prompts(content) || NonClaims.restatesPrompt(content)
                    || NonClaims.wonders(r, i, contentFrom) || r.defers(i) || Deferrals.noteToSelf(r, s)
                    || NonClaims.aside(r, s, words)
                    || NonClaims.analogy(r, s) || NonClaims.pointsAway(r, s, contentFrom, words)
                    || NonClaims.needsNoChange(r, s);
            // the answer after a label is terse and still an answer: "fix: more data", "eval: test more"
            // ... if it names a thing ("(will add)" is a placeholder)
            int least = (labelled && names) || continues ? Math.min(minWords, LABELLED_MIN_WORDS) : minWords;
            boolean credited = words >= least && sentence && !duplicate && !copied && !salad && !definition && !question
                    && !(words <= TITLE_WORDS && title(r, i, wordSentences)) && !NonClaims.header(r, s)
                    && !NonClaims.byline(r, s) && !NonClaims.attendance(r, s)
                    && !NonClaims.breadcrumb(r, s) && !commands[i];
            verdicts.add(new Credits.Verdict(credited, duplicate, copied, salad, definition, false, sc, desc));
            // what counts as said: a sentence that earned credit, a repeat, or a label's answer
            boolean counted = credited || duplicate || contentFrom > 0;
            seen.merge(key.toString(), counted, Boolean::logicalOr);
            if (words >= NEAR_REPEAT_WORDS) {
                seenLemmas.add(lemmas);
                seenCounted.add(counted);
            }
        }
        citedFromHere(r, sections, verdicts);
        return new Credits(denied(r, sections, retracted(r, sections, verdicts)), wordSentences, distinct);
    }

    /**
     * The sentence ends on a question mark, or on one inside its closing quote ('... how it was trained?"'); not on
     * one in a closing bracket ("trained on logs from lots of jumps (~40k jumps?)" is unsure of a number, it asks
     * nothing).
     */
    private static boolean endsAsking(List<Token> ts) {
        int k = ts.size() - 1;
        while (k > 0 && ts.get(k).pos().equals("''")) k--;
        return ts.get(k).word().equals("?");
    }

    /** The words of a line of its own that opens a list of works cited ("References", "Works cited:"). */
    private static final Set<String> REFERENCE_LISTS = Set.of("references", "reference list", "bibliography",
            "works cited", "literature cited", "sources", "further reading", "citations", "literature");

    /**
     * The entries under a line of its own that opens a list of works cited ("References") earn nothing and claim
     * nothing, up to the next heading: "Specification gaming: the flip side of AI ingenuity." is a title the learner
     * cites, not their diagnosis, and "Domain randomization for transferring deep neural networks ..." no fix of theirs.
     */
    private static void citedFromHere(Reading r, Sections sections, List<Credits.Verdict> verdicts) {
        boolean cited = false;
        for (int i = 0; i < r.size(); i++) {
            Sentence s = r.sentence(i);
            if (cited && sections.heading(i)) cited = false;
            if (Layout.startsLine(r, s) && Layout.endsLine(r, s)) {
                StringBuilder words = new StringBuilder();
                for (Token t : s.tokens()) {
                    if (t.isWord()) words.append(words.length() == 0 ? "" : " ").append(t.word().toLowerCase(Locale.ROOT));
                }
                if (REFERENCE_LISTS.contains(words.toString())) {
                    cited = true;
                    continue;
                }
            }
            if (!cited || !verdicts.get(i).credited()) continue;
            Credits.Verdict v = verdicts.get(i);
            verdicts.set(i, new Credits.Verdict(false, v.duplicate(), v.copied(), v.salad(), v.definition(), v.denied(),
                    v.scenario(), v.described()));
        }
    }

    /**
     * A sentence of this many words or more that shares {@link #NEAR_REPEAT_OVERLAP} of its distinct words with an
     * earlier one (of their words together) repeats it.
     */
    private static final int NEAR_REPEAT_WORDS = 6;
    private static final double NEAR_REPEAT_OVERLAP = 0.75;

    /** A paragraph of at least this many words may repeat an earlier one in other words. */
    private static final int NEAR_REPEAT_PASSAGE_WORDS = 25;
    /** The share of their words together that a paragraph shares with an earlier one it says again. */
    private static final double NEAR_REPEAT_PASSAGE_OVERLAP = 0.6;

    /**
     * The paragraphs that say an earlier paragraph again with a few words swapped ("Goal misgeneralization happens
     * when ..." and below it "Goal misgeneralization occurs when ..."): one paragraph padded into three. Their
     * sentences are repeats, as a sentence pasted again is; a paragraph pasted unchanged already repeats its sentences.
     */
    private static Set<Integer> repeatedPassages(Reading r, Sections sections) {
        Map<Integer, Set<String>> lemmas = new java.util.LinkedHashMap<>();
        Map<Integer, Integer> words = new HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            if (sections.heading(i)) continue;
            int p = sections.passage(i);
            for (Token t : r.sentence(i).tokens()) {
                if (!t.isWord()) continue;
                lemmas.computeIfAbsent(p, k -> new HashSet<>()).add(t.lemma().toLowerCase(Locale.ROOT));
                words.merge(p, 1, Integer::sum);
            }
        }
        Set<Integer> repeated = new HashSet<>();
        List<Set<String>> earlier = new ArrayList<>();
        for (Map.Entry<Integer, Set<String>> e : lemmas.entrySet()) {
            if (words.get(e.getKey()) < NEAR_REPEAT_PASSAGE_WORDS) continue;
            for (Set<String> before : earlier) {
                if (jaccard(e.getValue(), before) >= NEAR_REPEAT_PASSAGE_OVERLAP) { repeated.add(e.getKey()); break; }
            }
            earlier.add(e.getValue());
        }
        return repeated;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String w : a) if (b.contains(w)) common++;
        return common / (double) (a.size() + b.size() - common);
    }

    /** The lesson's example retold as the case: its concepts in the rubric's share of the sentences that are not headings. */
    private boolean retold(Reading r, Sections sections, ConceptMatches matches) {
        Set<String> concepts = new HashSet<>();
        int telling = 0, sentences = 0;
        for (int i = 0; i < r.size(); i++) {
            if (sections.heading(i)) continue;
            sentences++;
            boolean tells = false;
            for (String c : gaming.lessonExample()) {
                if (matches.has(i, c)) {
                    concepts.add(c);
                    tells = true;
                }
            }
            if (tells) telling++;
        }
        return gaming.lessonExampleRetold(concepts.size(), telling, sentences);
    }

    /** A sentence that takes back what came before it in its paragraph: "Scrap that.", "Scratch all that.", "No, wait." */
    private static final Pattern RETRACTION = Pattern.compile("(?i)^\\W*((ok|okay|hmm|actually),?\\s+)?"
            + "((scrap|scratch|forget|ignore|disregard)\\s+(all\\s+)?(that|this|the above)|no,?\\s+wait)\\W*$");

    /**
     * "Proxy goal: my first thought was the background ... Hmm, no. Writing that out, it doesn't work. Scrap that.":
     * a learner who takes back what they wrote earns nothing for it; the sentences of the paragraph before the
     * retraction (back to a heading) earn nothing, and what follows it is the answer.
     */
    private static List<Credits.Verdict> retracted(Reading r, Sections sections, List<Credits.Verdict> verdicts) {
        List<Credits.Verdict> out = null;
        for (int i = 1; i < r.size(); i++) {
            Sentence s = r.sentence(i);
            if (sections.heading(i) || !RETRACTION.matcher(r.text().substring(s.start(), s.end())).matches()) continue;
            for (int j = i - 1; j >= 0 && sections.passage(j) == sections.passage(i) && !sections.heading(j); j--) {
                Credits.Verdict v = verdicts.get(j);
                if (!v.credited()) continue;
                if (out == null) out = new ArrayList<>(verdicts);
                out.set(j, new Credits.Verdict(false, v.duplicate(), v.copied(), v.salad(), v.definition(), v.denied(),
                        v.scenario(), v.described()));
            }
        }
        return out == null ? verdicts : out;
    }

    /**
     * A write-up that denies most of what it says ("The system was not trained on ...", "There is no proxy", "I
     * would not change the data") has no case study left: when more than the rubric's share of its credited
     * sentences carry a denial, those sentences earn nothing. Real write-ups deny a claim here and there.
     */
    private List<Credits.Verdict> denied(Reading r, Sections sections, List<Credits.Verdict> verdicts) {
        List<Integer> credited = new ArrayList<>(), withDenial = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (!verdicts.get(i).credited()) continue;
            credited.add(i);
            // a sentence carries a denial when it denies its main claim or has one for every WORDS_PER_DENIAL of its
            // words: in a run-on of a hundred words ("... with no lumps and they trained it at the flagship cafe
            // ..."), one "no" in passing denies nothing the sentence claims
            if (denialsPerWord(r, sections, List.of(i)) * WORDS_PER_DENIAL >= 1 || deniesMainClaim(r, sections, i)) {
                withDenial.add(i);
            }
        }
        boolean denies = credited.size() >= MIN_SENTENCES_FOR_DENIAL
                ? withDenial.size() > maxDeniedShare * credited.size()
                // a draft of one or two sentences: denied when each denies its own main claim ("was not trained",
                // "There is no proxy") and denials are dense (one in fifteen words or more); not when a long run-on
                // sentence says "never" once in passing, nor for a contrast that affirms ("trained on summer photos,
                // not winter ones", "did not learn to count cars but to count lines")
                : !credited.isEmpty() && withDenial.size() == credited.size()
                    && credited.stream().allMatch(i -> deniesMainClaim(r, sections, i))
                    && denialsPerWord(r, sections, credited) >= 1.0 / 15;
        if (!denies) return verdicts;
        List<Credits.Verdict> out = new ArrayList<>(verdicts);
        for (int i : withDenial) {
            Credits.Verdict v = verdicts.get(i);
            out.set(i, new Credits.Verdict(false, v.duplicate(), v.copied(), v.salad(), v.definition(), true,
                    v.scenario(), v.described()));
        }
        return out;
    }

    private static final Set<String> AFFIRMING = Set.of("but", "instead", "rather");

    /**
     * The sentence's first denial stands before its first verb or right after it ("No shift would occur", "was not
     * trained", "There is no proxy"), and nothing after it affirms something else ("but", "instead", "rather").
     */
    private boolean deniesMainClaim(Reading r, Sections sections, int i) {
        List<Token> ts = r.sentence(i).tokens();
        int verb = -1, denial = -1;
        for (int k = sections.contentFrom(i); k < ts.size(); k++) {
            if (verb < 0 && ts.get(k).isVerb()) verb = k;
            if (denial < 0 && denialAt(r, i, k)) denial = k;
        }
        if (denial < 0 || (verb >= 0 && denial > verb + 2)) return false;
        for (int k = denial + 1; k < ts.size(); k++) {
            if (AFFIRMING.contains(ts.get(k).word().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    private static final int WORDS_PER_DENIAL = 60;

    /** Words before a denial cue that make it a frequency, not a denial ("the others almost never", "almost no"). */
    private static final Set<String> FREQUENCY = Set.of("almost", "hardly", "nearly", "practically", "virtually");

    /**
     * A denial cue ("not", "never", "no") starts at token {@code k} of sentence {@code i}, and is not a frequency ("the
     * others almost never get picked"), which denies nothing the write-up claims. (A denial in an aside in brackets
     * was tried as none too: CheckList's every-claim-negated attack then let 11 of 2,075 write-ups through.)
     */
    private boolean denialAt(Reading r, int i, int k) {
        List<Token> ts = r.sentence(i).tokens();
        if (k > 0 && FREQUENCY.contains(ts.get(k - 1).word().toLowerCase(Locale.ROOT))) return false;
        int size = ts.size();
        for (List<String> cue : denialCues) if (r.indexOf(i, k, Math.min(size, k + cue.size()), cue) == k) return true;
        return false;
    }

    /** Denial cues per word over the given sentences' own words (after any label). */
    private double denialsPerWord(Reading r, Sections sections, List<Integer> sentences) {
        int cues = 0, words = 0;
        for (int i : sentences) {
            List<Token> ts = r.sentence(i).tokens();
            for (int k = sections.contentFrom(i); k < ts.size(); k++) {
                if (!ts.get(k).isWord()) continue;
                words++;
                if (denialAt(r, i, k)) cues++;
            }
        }
        return words == 0 ? 0 : (double) cues / words;
    }

    /** At least half the sentence's shingles (and two or more) occur in the assignment or lesson. */
    private boolean isCopied(Sentence s) {
        List<String> sh = shingles(s);
        if (sh.isEmpty()) return false;
        int inSource = 0;
        for (String x : sh) if (copyShingles.contains(x)) inSource++;
        return inSource * 2 >= sh.size() && inSource >= 2;
    }

    /**
     * A textbook definition of a rubric term ("A proxy goal is a goal that ...", "Distribution shift is when
     * ..."): a generic subject that names a rubric term, then "is/are/means/refers" and a generic complement.
     * The assignment asks for the learner's own scenario, so definitions earn nothing.
     */
    private boolean isDefinition(List<Token> content, int contentFrom, Set<String> scenario, ConceptMatches matches,
                                 int sentence) {
        int verb = -1;
        for (int k = 0; k < content.size() && k < 6; k++) {
            if (content.get(k).isVerb()) {
                verb = k;
                break;
            }
        }
        if (verb < 1 || verb + 1 >= content.size()) return false;
        String v = Reading.term(content.get(verb).word());
        if (!DEFINING_VERBS.contains(v)) return false;
        String first = Reading.term(content.get(0).word());
        if (OWN_SUBJECTS.contains(first)) return false;
        if (scenario.size() > 1) {
            // "The system is an LLM chatbot for customer support chats", "goal is the organist and the congregation
            // think the organ sounds good" are about the learner's own case; "The training environment is the set
            // of data ..." names nothing of a scenario
            return false;
        }
        String next = Reading.term(content.get(verb + 1).word());
        if (!GENERIC_COMPLEMENTS.contains(next)) return false;
        for (String c : rubricTerms) {
            for (ConceptIndex.Hit h : matches.of(sentence, c)) {
                if (h.from() >= contentFrom && h.from() < contentFrom + verb) return true;
            }
        }
        return false;
    }

    /** Lemma shingles of a sentence's words, for detecting text pasted from the prompt or lesson. */
    private static List<String> shingles(Sentence s) {
        List<String> ws = new ArrayList<>();
        for (Token t : s.tokens()) if (t.isWord()) ws.add(Reading.term(t.lemma()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= ws.size(); i++) out.add(String.join(" ", ws.subList(i, i + SHINGLE)));
        return out;
    }
}
