package org.casemark.core;

import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which sentences may earn credit at all: a real sentence (a verb, or a phrase naming the scenario's own things) of
 * enough words, not a repeat, not pasted from the assignment or lesson, not a string of rubric terms, not a
 * textbook definition of one. Also the scenario words of every sentence: its nouns (and adjectives) that are
 * neither a one-word rubric concept nor a generic word.
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
        Set<String> seen = new HashSet<>();
        List<Set<String>> seenLemmas = new ArrayList<>();
        int distinct = 0;
        List<Credits.Verdict> verdicts = new ArrayList<>();
        int wordSentences = 0;
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
            boolean repeat = !seen.add(key.toString());
            // the same sentence with a few words swapped ("an intelligence artificial who control the vapeur" and
            // "an artificial intelligence who control the vapour"): a repeat too
            Set<String> lemmas = new HashSet<>(java.util.Arrays.asList(key.toString().split(" ")));
            if (!repeat && words >= NEAR_REPEAT_WORDS) {
                for (Set<String> earlier : seenLemmas) {
                    if (jaccard(lemmas, earlier) >= NEAR_REPEAT_OVERLAP) { repeat = true; break; }
                }
            }
            if (words >= NEAR_REPEAT_WORDS) seenLemmas.add(lemmas);
            if (!repeat) distinct++;
            boolean duplicate = words >= 4 && repeat;
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
            boolean sentence = verb || (words >= 5 && sc.size() >= 2) || continues
                    || (contentFrom > 0 && words >= (names ? LABELLED_MIN_WORDS : 3));
            // a question asks, it does not claim ("What could go wrong?"); a learner's answer is the next sentence
            boolean question = (s.tokens().get(s.tokens().size() - 1).word().equals("?") && asks(content))
                    || asksUnmarked(content) || prompts(content)
                    || wonders(r, i, contentFrom) || defers(r, s) || aside(r, s, words) || analogy(r, s);
            // the answer after a label is terse and still an answer: "fix: more data", "eval: test more"
            // ... if it names a thing ("(will add)" is a placeholder)
            int least = (contentFrom > 0 && names) || continues ? Math.min(minWords, LABELLED_MIN_WORDS) : minWords;
            boolean credited = words >= least && sentence && !duplicate && !copied && !salad && !definition && !question
                    && !(words <= TITLE_WORDS && title(r, i, wordSentences)) && !header(r, s);
            verdicts.add(new Credits.Verdict(credited, duplicate, copied, salad, definition, false, sc, desc));
        }
        citedFromHere(r, sections, verdicts);
        return new Credits(denied(r, sections, retracted(r, sections, verdicts)), wordSentences, distinct);
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

    /** The openings of an indirect question, as index terms. */
    private static final List<List<String>> WONDERING = Stream.of("not sure if", "not sure whether", "unsure if",
            "unsure whether", "n't know if", "n't know whether", "not know if", "not know whether", "wonder if",
            "wonder whether",
            // ... and an admission that the part is not done: "idk how to explain why its the same in trainig tbh",
            // "I did not get to the part about the two changes", "ran out of time for this one"
            "idk", "i dunno", "n't know how", "not know how", "not sure how", "n't get to", "not get to",
            "ran out of time", "run out of time", "running out of time",
            // "Eval: not sure yet, will add.", "eval - tbd"
            "not sure yet", "unsure yet", "tbd", "to be decided", "to be added", "will add later",
            // "training fix: will add l8r"
            "will add l8r", "add it l8r",
            // "For evaluation I am not sure what is best, sorry"
            "not sure what", "not sure which", "n't know what", "not know what", "n't know which", "not know which",
            "no idea what", "no idea how", "no idea which").map(Reading::terms).toList();

    /**
     * An indirect question and nothing else ("Not sure if that counts as changing the training distribution.", "I
     * don't know whether this is GM"): it asks, as a question does; so does an admission that a part is not done
     * ("idk how to explain why its the same in trainig"). "Not sure if this is right, but I would add
     * photos from other farms" claims what follows its "but".
     */
    private static boolean wonders(Reading r, int i, int from) {
        List<Token> ts = r.sentence(i).tokens();
        String[] terms = r.terms(i);
        for (List<String> cue : WONDERING) {
            int at = r.indexOf(i, from, Math.min(terms.length, from + 4 + cue.size()), cue);
            if (at < 0) continue;
            // what follows in a clause of its own names nothing ("not sure yet, will add"): still an admission
            boolean namesMore = false;
            for (int k = at + cue.size(); k < ts.size(); k++) {
                if (r.clause(i, k) != r.clause(i, at) && ts.get(k).isNoun()) namesMore = true;
            }
            return r.clause(i, ts.size() - 1) == r.clause(i, at) || !namesMore;
        }
        return false;
    }

    /** A message's header line ("Subject: Safety concern: SeatSense on Ascendo stairlifts", "From:", "Re:"). */
    private static final Pattern HEADER = Pattern.compile("(?i)(from|to|cc|bcc|subject|date|re|sent)\\s*:");

    /** The sentence opens a line of a letter's or an e-mail's header: it addresses the message, it says nothing. */
    private static boolean header(Reading r, Sentence s) {
        String text = r.text();
        int lineFrom = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        boolean lineStart = s.start() == 0 || text.substring(lineFrom, s.start()).isBlank();
        return lineStart && HEADER.matcher(text.substring(s.start(), Math.min(s.end(), s.start() + 12))).lookingAt();
    }

    /**
     * A part promised for later ("I'll add the aligned goal and the two changes when I've had a chance to reread the
     * lesson", "I will add them later if I can", "I still need to do the training part", "evaluation part I will add
     * after"): it says what the write-up lacks, as an admission does, and earns nothing ("I'm going to do mine on code
     * autocomplete" chooses a case).
     */
    private static final String PROMISE = "\\b(i|we)\\s*(['’]ll|will|still need to|need to|still have to|have to)\\s+"
            + "(add|write|do|finish|fill in|type up|come back to|get to)\\b";
    private static final Pattern DEFERRAL = Pattern.compile("(?i)" + PROMISE + ".*\\b(later|tomorrow|when (i|we)|"
            + "once (i|we)|after (i|we)|if (i|we) can|if possible|part|parts|section|sections)\\b"
            // "evaluation part I will add after, I am having exam on Monday": the part named first, "after" alone
            + "|(?i)\\b(part|parts|section|sections)\\b.*" + PROMISE
            + "|(?i)" + PROMISE + "(\\s+it|\\s+this)?\\s+after\\b\\s*[,.;)]"
            // "I haven't done the two fixes yet, do you have any ideas for the evaluation one?"
            + "|(?i)(\\b(i|we)\\s+|^\\W*)(haven['’]t|have not|didn['’]t|did not)\\s+(done|written|finished|do|write|finish)\\b"
            + ".*\\byet\\b"
            // "(couldn't make this one fit, it was going to be the evaluation fix)": what a part would have been
            + "|(?i)\\b(couldn['’]t|could not|can['’]t|cannot|didn['’]t|did not)\\b.*\\b(was|were) going to be\\b"
            // "still working on this one lol, suggestions welcome", "oh no, there's supposed to be an evaluation fix as
            // well", "I forgot the evaluation part": the part not done, said of the write-up
            + "|(?i)\\b(still working on (this|it|that)|suggestions (are )?welcome|open to suggestions"
            + "|there(['’]s| is) supposed to be|(i|we) forgot (to|the|about)"
            // "I was going to write something about testing but honestly I've run out of steam"
            + "|(i|we) (was|were) going to (write|add|say|do|put)|(i|we)(['’]ve| have)? (run|ran) out of (steam|words))\\b"
            // "(ran out of rhymes for the evaluation part ...)", "sinceramente I don't know what to put", "gotta think
            // about this one still": nothing written, and why
            + "|(?i)\\b((run|ran) out of (steam|words|rhymes|time|ideas|space) for\\b"
            + "|(don['’]?t|do not|dunno|idk)\\s+(really\\s+)?(know\\s+)?what to (put|write|say)\\b"
            + "|(gotta|got to) think (about|of) (this|it|that)\\b|think about this one\\b"
            // "need to check with manager", "(ask Sam re: fixes)": a note to find out, not an answer
            + "|(need|have|got) to (check|confirm) with\\b|\\bask \\w+ re\\b"
            // "I didn't have time to do the evaluation fix, sorry": the part not done, and why
            + "|(i|we) (didn['’]t|did not|don['’]t|do not|haven['’]t|have not) (have|had|get|got) (the |enough )?time "
            + "(to (do|write|finish|add|get to|think about)|for)\\b"
            // "and for evaluation, um, I honestly don't know yet, I'll think about it"
            + "|(i|we) (honestly |really |just )?(don['’]t|do not) know yet\\b|(i|we)(['’]ll| will) think about (it|this|that)\\b"
            // "(rest isn't written yet, I'm stuck on the distribution shift part.": the parts not written, and why
            + "|\\b(the )?(rest|remainder)( of it)? (isn['’]t|is not) (written|done|finished|ready) yet\\b"
            + "|\\b(i['’]m|i am|we['’]re|we are) (still |a bit |kind of )?stuck (on|with) (the |this |that )?.*\\b(part|parts|section|sections|bit)\\b)"
            // "(still need to add the two fixes!!)": the parts still to do, said without a subject
            + "|(?i)\\bstill (need|have) to (add|write|do|finish|think about|work on|figure out) (the |my |both |these )?"
            + "(two |last |other )?(\\w+ )?(fix|fixes|part|parts|section|sections|changes|one)\\b"
            // "For evaluation I'm honestly not sure what to do.", "I left out the evaluation fix because ...": the part
            // not written, said so
            + "|\\b(i['’]m|i am|we['’]re|we are) (honestly |really |just |still )?(not sure|unsure) (what|how) to "
            + "(do|put|write|say|suggest|propose|fix)\\b"
            + "|\\b(i|we) (left|leave) out (the|my|a|an) |\\b(i|we) (skipped|omitted) (the|my) ");

    /** After a deferral, "but roughly:" and this many words are a draft of the part, not its absence. */
    private static final int DRAFT_WORDS = 6;
    private static final Pattern DRAFT_AFTER = Pattern.compile("(?i)(\\bbut\\b|:)");

    static boolean defers(Reading r, Sentence s) {
        String text = r.text().substring(s.start(), s.end());
        Matcher m = DEFERRAL.matcher(text);
        if (!m.find()) return false;
        // "I haven't written this part properly yet, but roughly: train it on more varied data from different
        // branches": the draft after the apology still answers
        Matcher draft = DRAFT_AFTER.matcher(text);
        if (draft.find(m.end())) {
            String rest = text.substring(draft.end()).strip();
            return rest.split("\\s+").length < DRAFT_WORDS || DEFERRAL.matcher(rest).find();
        }
        return true;
    }

    /** The most words an aside about the write-up itself has ("(did it as a flowchart, hope ok)"). */
    private static final int ASIDE_WORDS = 25;
    /**
     * A learner's aside about the write-up itself, to the tutor: an apology, a "hope it's ok", the form it took ("Dear
     * Tutor -- sorry, the cabin wifi is dead so my case study is a postcard", "written in the third person, as the
     * tutor suggested"). It tells nothing of the case, whatever words of the rubric it holds ("tutor", "hope").
     */
    private static final Pattern ASIDE = Pattern.compile("(?i)\\b(hope (it['’]?s |this is |that['’]?s |this )?(ok|okay|fine)\\b"
            + "|dear (tutor|teacher|marker|professor|lecturer|instructor)\\b"
            + "|as (the|my|our) (tutor|teacher|lecturer|instructor|professor) (suggested|said|asked|recommended)\\b"
            + "|to the (course )?(tutor|teacher|marker|lecturer|instructor)\\b"
            + "|sorry,? (for|about) (my|the) (english|spelling|grammar|handwriting|format|formatting|layout|length|lateness)\\b"
            + "|(wi-?fi|internet|laptop|computer) (is|was) (dead|down|broken)\\b"
            + "|(written|told|done) in the (first|second|third) person\\b"
            + "|(did|do|wrote|write|done|doing) (it|this|my case study|the case study) as an? \\w+)");

    private static boolean aside(Reading r, Sentence s, int words) {
        return words <= ASIDE_WORDS && ASIDE.matcher(r.text().substring(s.start(), s.end())).find();
    }

    /** A line the learner labels as an analogy or an everyday comparison ("Analogy: a house-sitter who ..."). */
    private static final Pattern ANALOGY_LINE = Pattern.compile("(?i)^\\W*(an |my |the )?(analogy|analogies|metaphor"
            + "|everyday (version|example|comparison)|real[- ]life (version|example|comparison)|comparison)\\s*[:\u2013\u2014-]");

    /**
     * The sentence stands on a line labelled as an analogy ("Analogy: my dog thinks 'walk' means 'someone picked up
     * the leash'. ... The case: PitWatch is ..."): it illustrates a part, it is not the case, and earns nothing.
     */
    static boolean analogy(Reading r, Sentence s) {
        String text = r.text();
        int line = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        if (line > s.start()) line = 0;
        return ANALOGY_LINE.matcher(text.substring(line, Math.min(text.length(), line + 60))).find();
    }

    private static final Set<String> LEADS = Set.of("and", "so", "but", "then", "or", "ok", "okay", "well", "now");

    /**
     * The sentence is worded as a question: a wh-word ("What could go wrong?", "So where does it break?") or a verb
     * first ("Is that bad?", "Does it generalize?"). A statement with a tag ("most golfers are sixty-plus, right?",
     * "it learned the wrong rule, didn't it?") or said with a rising "?" ("training: probably add more data, maybe
     * from more different families?") claims what it says.
     */
    static boolean asks(List<Token> content) {
        int k = opening(content, 0);
        if (k >= content.size()) return true;
        for (int j = k; j < Math.min(content.size(), k + 2); j++) if (content.get(j).pos().startsWith("W")) return true;
        // "Your system description is fine but where does the training data come from?": the question after a "but"
        for (int j = k + 1; j + 1 < content.size(); j++) {
            String before = content.get(j - 1).pos();
            boolean joined = before.equals("CC") || content.get(j - 1).word().equals(",");
            if (joined && (content.get(j).pos().equals("WRB") || content.get(j).pos().equals("WP"))
                    && AUXILIARIES.contains(content.get(j + 1).lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return content.get(k).isVerb();
    }

    /**
     * Where a sentence's words open, from {@code k}: past marks, a timestamp or a number ("34:15 Do players even want
     * hints?") and leads ("and", "so", "ok").
     */
    private static int opening(List<Token> content, int k) {
        while (k < content.size() && (!content.get(k).isWord() || content.get(k).pos().equals("CD")
                || LEADS.contains(content.get(k).word().toLowerCase(Locale.ROOT)))) k++;
        return k;
    }

    /** The verbs an exercise asks with ("(e) Explain how your answer to (c) differs from ..."). */
    private static final Set<String> PROMPTING = Set.of("explain", "describe", "justify", "discuss", "outline",
            "predict");
    /** ... and, after an exercise's item label ("(d) Propose one change ..."), these too, whatever follows. */
    private static final Set<String> PROMPTING_ITEM = Set.of("propose", "state", "suggest", "identify", "give", "name",
            "list", "compare", "define", "show", "argue", "evaluate", "assess");

    /**
     * An exercise's prompt, which asks and claims nothing: one of {@link #PROMPTING} opens it (after an item label
     * such as "(e)", if any), then a wh-word or "your" ("Explain how ...", "Describe what the agent ...", "Justify your
     * answer"); or, after an item label, one of {@link #PROMPTING_ITEM} ("(d) Propose one change ..."). A learner's
     * imperative ("Add training cases where ...", "identify the disease correctly", "Suggest the move that helps ...")
     * opens otherwise.
     */
    static boolean prompts(List<Token> content) {
        int k = 0;
        while (k < content.size() && !content.get(k).isWord()) k++;
        // an exercise's item label: "(e)"
        boolean item = k + 1 < content.size() && content.get(k).word().length() == 1 && k > 0
                && (content.get(k - 1).word().equals("(") || content.get(k - 1).word().equals("-LRB-"))
                && (content.get(k + 1).word().equals(")") || content.get(k + 1).word().equals("-RRB-"));
        if (item) k += 2;
        k = opening(content, k);
        if (k + 1 >= content.size()) return false;
        String verb = content.get(k).word().toLowerCase(Locale.ROOT);
        if (item && PROMPTING_ITEM.contains(verb)) return true;
        if (!PROMPTING.contains(verb)) return false;
        if (k > 0 && content.get(k - 1).isWord() && !content.get(k - 1).pos().equals("CD")) return false;
        Token next = content.get(k + 1);
        String w = next.word().toLowerCase(Locale.ROOT);
        return next.pos().startsWith("W") || w.equals("your") || w.equals("how");
    }

    /** A wh-word run together with "is" the way chat types it ("whats", "hows", "wheres"). */
    private static final Set<String> FUSED_WH = Set.of("whats", "hows", "wheres", "whys", "whos");

    /**
     * A question typed without its "?", as chat lines are ("Jonas: and what's it supposed to do", "whats the proxy
     * tho"): a wh-word and "is" ("what's", "whats", "what is") opening the sentence, then a determiner or a pronoun.
     * A statement opening so is rare ("What's interesting is ..." has an adjective next).
     */
    static boolean asksUnmarked(List<Token> content) {
        // (after a speaker's name: "Jonas: and what's it ...")
        boolean spoken = content.size() > 2 && content.get(0).pos().startsWith("NNP") && content.get(1).word().equals(":");
        int k = opening(content, spoken ? 2 : 0);
        if (k >= content.size()) return false;
        String first = content.get(k).word().toLowerCase(Locale.ROOT);
        int next;
        if (FUSED_WH.contains(first)) next = k + 1;
        else if (content.get(k).pos().startsWith("W") && k + 1 < content.size()
                && content.get(k + 1).lemma().equalsIgnoreCase("be")) next = k + 2;
        else return false;
        if (next >= content.size()) return false;
        String pos = content.get(next).pos();
        return pos.equals("DT") || pos.equals("PRP") || pos.equals("PRP$");
    }

    private static final Set<String> AUXILIARIES = Set.of("do", "be", "can", "could", "would", "should", "will",
            "have");

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

    /** A denial cue ("not", "never", "no") starts at token {@code k} of sentence {@code i}. */
    private boolean denialAt(Reading r, int i, int k) {
        int size = r.sentence(i).tokens().size();
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
