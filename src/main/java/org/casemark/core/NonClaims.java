package org.casemark.core;

import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Sentences that do something other than claim, and so earn nothing in {@link Eligibility}: a question, marked or
 * not; an exercise's prompt; an admission or a promise that a part is not written yet (which {@link Structure} also
 * reads as the part declared absent); an aside to the tutor; an analogy's line; a message's header line; a pointer to
 * a figure or a table in place of what it shows.
 */
final class NonClaims {
    private NonClaims() {
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

    /** How a reply says it does not know ("no idea mate", "dunno", "I'm not sure", "don't know"), as index terms. */
    private static final List<List<String>> NOT_KNOWING = Stream.of("no idea", "not sure", "dunno", "idk", "no clue",
            "who knows", "n't know", "dont know", "not a clue", "unsure").map(Reading::terms).toList();
    /** How many words may come before a reply's not knowing ("honestly I have no idea", "tbh not sure"). */
    private static final int NOT_KNOWING_WITHIN = 5;

    /** Sentence {@code i}, from token {@code from}, opens by not knowing ("Kev: no idea mate, on safes i guess"). */
    static boolean opensNotKnowing(Reading r, int i, int from) {
        int to = Math.min(r.terms(i).length, from + NOT_KNOWING_WITHIN + 2);
        for (List<String> cue : NOT_KNOWING) {
            int at = r.indexOf(i, from, to, cue);
            if (at >= 0 && at - from <= NOT_KNOWING_WITHIN) return true;
        }
        return false;
    }

    /**
     * How many words may open a sentence before its indirect question or admission: "For the evaluation part I am not
     * sure what to change", "Evaluation - I did not have time".
     */
    private static final int OPENING = 8;

    /**
     * An indirect question and nothing else ("Not sure if that counts as changing the training distribution.", "I
     * don't know whether this is GM"): it asks, as a question does; so does an admission that a part is not done
     * ("idk how to explain why its the same in trainig"). "Not sure if this is right, but I would add
     * photos from other farms" claims what follows its "but".
     */
    static boolean wonders(Reading r, int i, int from) {
        List<Token> ts = r.sentence(i).tokens();
        String[] terms = r.terms(i);
        for (List<String> cue : WONDERING) {
            int at = r.indexOf(i, from, Math.min(terms.length, from + OPENING + cue.size()), cue);
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

    /**
     * The learner says, as their opinion, that a part needs no change ("I think the evaluation was fine actually, the
     * problem was in the training", "nothing I would change in the testing"): it proposes nothing. ("In testing
     * everything was fine" tells the case, and stays a claim.)
     */
    private static final Pattern NO_CHANGE = Pattern.compile("(?i)\\b((i think|i guess|i believe|imo|honestly|in my "
            + "opinion)\\W+(that\\s+)?(the\\s+)?(evaluation|eval|testing|tests?)"
            + "(\\s+\\p{L}+)?\\s+(was|is|seems|seemed|looks|looked)\\s+(\\p{L}+\\s+)?(fine|ok|okay|good enough|alright)\\b"
            + "|nothing\\s+(to|i would|i['’]d|we would|we['’]d)\\s+change\\b|no\\s+need\\s+to\\s+change\\b"
            + "|no\\s+changes?\\s+(is\\s+|are\\s+)?needed\\b)");

    static boolean needsNoChange(Reading r, Sentence s) {
        return NO_CHANGE.matcher(r.text().substring(s.start(), s.end())).find();
    }

    /** Words that speak of a part of the write-up rather than of the case ("the evaluation part", "the second fix"). */
    private static final Set<String> PART_WORDS = Set.of("part", "parts", "section", "fix", "fixes", "bit");

    /**
     * A clause after the sentence's first that admits a part of the write-up is not done ("..., and for the evaluation
     * part idk yet, will add it later"): its [from, to) tokens, or null. The clause holds an admission (one of the
     * indirect questions and admissions {@link #wonders} reads) and speaks of a part ({@link #PART_WORDS}).
     */
    static int[] admittingClause(Reading r, int i) {
        List<Token> ts = r.sentence(i).tokens();
        boolean anyPart = false;
        for (Token t : ts) anyPart |= PART_WORDS.contains(t.word().toLowerCase(Locale.ROOT));
        if (!anyPart) return null;
        String[] terms = r.terms(i);
        for (List<String> cue : WONDERING) {
            int at = r.indexOf(i, 1, terms.length, cue);
            if (at < 0 || r.clause(i, at) == r.clause(i, 0)) continue;
            int[] clause = r.clauseSpan(i, at);
            boolean part = false;
            for (int k = clause[0]; k < clause[1]; k++) {
                part |= PART_WORDS.contains(ts.get(k).word().toLowerCase(Locale.ROOT));
            }
            if (part) return clause;
        }
        return null;
    }

    /** A message's header line ("Subject: Safety concern: SeatSense on Ascendo stairlifts", "From:", "Re:"). */
    private static final Pattern HEADER = Pattern.compile("(?i)(from|to|cc|bcc|subject|date|re|sent)\\s*:");

    /** The sentence opens a line of a letter's or an e-mail's header: it addresses the message, it says nothing. */
    static boolean header(Reading r, Sentence s) {
        String text = r.text();
        int lineFrom = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        boolean lineStart = s.start() == 0 || text.substring(lineFrom, s.start()).isBlank();
        return lineStart && HEADER.matcher(text.substring(s.start(), Math.min(s.end(), s.start() + 12))).lookingAt();
    }

    /**
     * A part promised for later ("I'll add the aligned goal and the two changes when I've had a chance to reread the
     * lesson", "I will add them later if I can", "I still need to do the training part", "evaluation part I will add
     * after", "so I'll have to add them another time"): it says what the write-up lacks, as an admission does, and
     * earns nothing ("I'm going to do mine on code autocomplete" chooses a case).
     */
    private static final String PROMISE = "\\b(i|we)\\s*((['’]ll|will)(\\s+(have|need) to)?|still need to|need to"
            + "|still have to|have to)\\s+"
            + "(add|write|do|finish|fill in|type up|come back to|get to)\\b";
    /** "Later" as a hurried writer says it: "will add tmrw", "will do l8r". */
    private static final String LATER = "tomorrow|tmrw|tmr|tmrrw|2moro|l8r";
    private static final Pattern DEFERRAL = Pattern.compile("(?i)" + PROMISE + ".*\\b(later|tomorrow|another time|next time"
            + "|when (i|we)|"
            + "once (i|we)|after (i|we)|if (i|we) can|if possible|part|parts|section|sections)\\b"
            // "will add tmrw, phone at 3% lol": the promise with no subject, opening the line or after its label
            + "|(?i)(^\\W*|[:;]\\s*)(will|['’]ll)\\s+(add|write|do|finish|fill in|type up)\\b.{0,30}\\b(later|" + LATER + ")\\b"
            // "evaluation part I will add after, I am having exam on Monday": the part named first, "after" alone
            + "|(?i)\\b(part|parts|section|sections)\\b.*" + PROMISE
            + "|(?i)" + PROMISE + "(\\s+it|\\s+this)?\\s+after\\b\\s*[,.;)]"
            // "I did not get to the part about the two changes, sorry": the part not reached
            + "|(?i)\\b(i|we)\\s+(didn['’]t|did not|couldn['’]t|could not|haven['’]t|have not)\\s+(get|got)\\s+"
            + "(to|round to|around to)\\s+(the|that|this|those|my|our)\\s+(\\w+\\s+){0,2}"
            + "(part|parts|section|sections|bit|fix|fixes|changes)\\b"
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
            + "|(i|we) (was|were) going to (write|add|say|do|put)|(i|we)(['’]ve| have)? (run|ran) out of (steam|words|time))\\b"
            // "I am not sure about this part.": the part not worked out, said of it
            + "|(?i)\\b(i['’]m|i am|we['’]re|we are) (honestly |really |just |still |a bit )?(not sure|unsure) about "
            + "(this|that|the last|the) (part|one|bit|section)\\b"
            // "(ran out of rhymes for the evaluation part ...)", "sinceramente I don't know what to put", "gotta think
            // about this one still": nothing written, and why
            + "|(?i)\\b((run|ran) out of (steam|words|rhymes|time|ideas|space) for\\b"
            + "|(don['’]?t|do not|dunno|idk)\\s+(really\\s+)?(know\\s+)?what to (put|write|say)\\b"
            + "|(gotta|got to) think (about|of) (this|it|that)\\b|think about this one\\b"
            // "need to check with manager", "(ask Sam re: fixes)", "ask in tutorial thurs": a note to find out, not an
            // answer
            + "|(need|have|got) to (check|confirm) with\\b|\\bask \\w+ re\\b"
            + "|\\bask (in|at|during|after) (the |my |our |next )?(tutorial|class|lecture|seminar|office hours|lab)\\b"
            // "I didn't have time to do the evaluation fix, sorry": the part not done, and why
            + "|(i|we) (didn['’]t|did not|don['’]t|do not|haven['’]t|have not) (have|had|get|got) (the |enough )?time "
            + "(to (do|write|finish|add|get to|think about)|for)\\b"
            // "and for evaluation, um, I honestly don't know yet, I'll think about it"
            + "|(i|we) (honestly |really |just )?(don['’]t|do not) know yet\\b|(i|we)(['’]ll| will) think about (it|this|that)\\b"
            // "honestly I don't know what I would change, because ...", "I'm going to have to come back to that one":
            // no proposal, said of the part
            + "|(don['’]?t|do not|dunno|idk)\\s+(really\\s+)?(know\\s+)?what (i|we)(['’]d| would| should| could| can)? "
            + "(change|do|propose|suggest|add|fix)\\b|(have to|need to|will|['’]ll|going to|gonna) come back to (this|that|it)( one| part| bit)?( later)?\\W*$"
            // "(rest isn't written yet, I'm stuck on the distribution shift part.": the parts not written, and why
            + "|\\b(the )?(rest|remainder)( of it)? (isn['’]t|is not) (written|done|finished|ready) yet\\b"
            // ... "I'm honestly stuck on the second one, the course wants a change to the evaluation": the part by
            // its place in the list
            + "|\\b(i['’]m|i am|we['’]re|we are) (still |a bit |kind of |honestly |really |totally )?stuck (on|with) "
            + "(the |this |that )?.*\\b(part|parts|section|sections|bit|one)\\b)"
            // "(still need to add the two fixes!!)": the parts still to do, said without a subject
            + "|(?i)\\bstill (need|have) to (add|write|do|finish|think about|work on|figure out) (the |my |both |these )?"
            + "(two |last |other )?(\\w+ )?(fix|fixes|part|parts|section|sections|changes|one)\\b"
            // "For evaluation I'm honestly not sure what to do.", "I left out the evaluation fix because ...": the part
            // not written, said so
            + "|\\b(i['’]m|i am|we['’]re|we are) (honestly |really |just |still )?(not sure|unsure) (what|how) to "
            + "(do|put|write|say|suggest|propose|fix)\\b"
            + "|\\b(i|we) (left|leave) out (the|my|a|an) |\\b(i|we) (skipped|omitted) (the|my) "
            // "not sure what to put here yet", "honestly not sure what is best to do", "The evaluation I have not clear
            // idea, sorry.", "haven't got to it yet": not knowing what to write, or not having come to it, said of a part
            + "|\\b(not sure|unsure|no idea|no clue|not (a )?clear idea) (what|how)\\b[^.?!]{0,20}\\bto (do|put|write|say|"
            + "suggest|propose|fix|add)\\b"
            + "|\\b(i|we) (have|['’]ve|do|don['’]t|do not)( not| no|n['’]t)?( have)?( a| any)?( clear| real| good)? (idea|clue)"
            + "\\s*([,.;!)]|$|\\s+(for|about|here|yet|sorry)\\b)"
            + "|\\b(haven['’]t|have not|didn['’]t|did not) (got|gotten|get) (round |around )?to (it|this|that|them)\\b"
            // "still thinking about this one, ideas welcome!", "honestly I'm not sure what I'd change here yet": the
            // part not written yet, said so
            + "|\\bstill thinking (about|on|over) (this|it|that)\\b|\\bideas (are )?welcome\\b"
            + "|\\b(not sure|unsure) what (i|we)(['’]d| would) (change|do|add|put|write|suggest)\\b"
            // "✘ why it's the same in training - I couldn't work this out, sorry": the part not found, said so
            + "|\\b(i|we) (couldn['’]t|could not|can['’]t|cannot|didn['’]t|did not) (really |quite |fully |properly )?"
            + "(work|figure) (this|it|that)( one)? out\\b"
            // "I couldn't think of a good distribution shift for this one", "I couldn't come up with a training change I
            // was confident about": the part not found, said so, and nothing after it ("I couldn't think of a separate
            // 'proxy goal' - honestly I think it just learned the cows by heart" goes on to answer)
            + "|\\b(i|we) (couldn['’]t|could not|can['’]t|cannot) (really )?(think of|come up with)\\b"
            + "[^.;:!?\\-\u2013\u2014]{0,80}[.!?]?\\s*$");

    /**
     * A note to self of what is still to write: "NEED TO EXPLAIN WHY IT WOULD LOOK THE SAME IN TRAINING!!", "new film
     * where ... (TODO)" ("TODO: retest all three dogs next week" plans a test). It claims nothing; unlike a deferral
     * it does not declare its part absent ("harm: todo" under a shift whose setting and behaviour are written leaves
     * those standing).
     */
    private static final Pattern NOTE_TO_SELF = Pattern.compile("(?i)(^\\W*|\\b(i|we) (still )?)(need|needs|got) to "
            + "(explain|add|describe|finish|fill in|work out|figure out)\\b|\\b(todo|to-do|tbd)\\b\\s*(\\(.*\\))?\\W*$"
            // "we can add harm later, it's late": a part put off, in a word or two
            + "|\\b(i|we) (can|could) (add|write|do|fill in|finish) (the )?\\w+ (later|tomorrow|tmrw)\\b");

    static boolean noteToSelf(Reading r, Sentence s) {
        return NOTE_TO_SELF.matcher(r.text().substring(s.start(), s.end())).find() || bracketedLine(r, s);
    }

    /**
     * The sentence is (part of) a note in square brackets, a writer's or an editor's ("... is promised "in the new
     * year". [asked how they test updates before release - no answer by deadline. chase or cut]", "[harm?? TODO]"): it
     * opens the bracket and the bracket closes at its end or after it. It tells what the text lacks, not the case. A
     * chat's "[14/05, 21:02] Priya: ..." or a stage direction's "[laughter] They really were." closes the bracket
     * before what it says and is no note; nor is a reference ("[3]").
     */
    private static boolean bracketedLine(Reading r, Sentence s) {
        String text = r.text();
        int open = s.start();
        if (!text.substring(s.start(), s.end()).strip().startsWith("[")) {
            // "[TODO!!! rewatch lecture 4 bit on this]", "[note to self: ~380 words ... check spelling of
            // delamination. submit as pdf??]": a later sentence inside a note still open on its line is the note's
            int lineStart = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
            open = text.lastIndexOf('[', Math.max(0, s.start() - 1));
            if (open < lineStart || s.start() == 0) return false;
            int closed = text.indexOf(']', open);
            if (closed >= 0 && closed < s.start()) return false;
            // ... a note the writer marks as one: an agents' note or a pasted header ("[NOTE FOR AGENTS: Use this
            // script when ...]", "[pasted from our study group chat ...]") goes on with the document's content
            if (!NOTE_OPENING.matcher(text.substring(open, s.start())).lookingAt()) return false;
        }
        int lineEnd = text.indexOf('\n', s.start());
        if (lineEnd < 0) lineEnd = text.length();
        int close = text.indexOf(']', s.start());
        int noteEnd = close < 0 || close >= lineEnd ? lineEnd : close;
        if (text.substring(open, noteEnd).strip().split("\\s+").length < NOTE_WORDS) return false;
        return noteEnd == lineEnd || close >= s.end() - 1 || text.substring(close + 1, s.end()).strip().matches("\\W*");
    }

    /** The words that open a writer's note to self ("[TODO!!! rewatch ...", "[note to self: ...", "[expand - WHY ..."). */
    private static final Pattern NOTE_OPENING = Pattern.compile("(?i)\\[\\W*(todo|to-do|tbd|fixme|note to self|nb|"
            + "expand|check|ask|chase|rewrite|fill in|finish)\\b");

    /** The fewest words of a bracketed note ("[harm?? TODO]" has two; "[3]" is a reference). */
    private static final int NOTE_WORDS = 2;

    /** After a deferral, "but roughly:" and this many words are a draft of the part, not its absence. */
    private static final int DRAFT_WORDS = 6;
    private static final Pattern DRAFT_AFTER = Pattern.compile("(?i)(\\bbut\\b|:)");

    /**
     * "Still to do: the two fixes (one training, one evaluation).": what follows is a list of parts not written (a
     * "TODO: test the sorter on ..." plans a task, and says it).
     */
    private static final Pattern TO_DO = Pattern.compile("(?i)\\bstill to (do|write|add)\\b"
            // "Still need the shift properly plus the two fixes": the parts still wanted, named
            + "|(?i)\\bstill need (the |my |both |these )?(two |last |other )?(\\w+ )?"
            + "(fix|fixes|part|parts|section|sections|shift|proxy|evaluation)\\b");
    /**
     * "[ ] Training fix", "- [ ] check word count", "\u2610 Evaluation fix": a checklist's open box before a few words
     * only, a task not done ("[ ] fix training: more data / more diverse cages" drafts an answer all the same).
     */
    private static final Pattern OPEN_TASK = Pattern.compile("^\\s*(?:[-*+]\\s*)?(?:\\[ \\]|\u2610)\\s*"
            + "(?:[^\\s]+\\s+){0,3}[^\\s]*\\s*$");

    /**
     * Words one of which every match of {@link #TO_DO} or {@link #DEFERRAL} contains, each opening a word (the
     * patterns' own word boundaries), lower-cased: a sentence with none of them is no deferral, and the long patterns
     * are not run on it (most sentences; they were a third of what grading adds to annotation). An alternative added
     * to the patterns adds its word here; {@code NonClaimsTest} checks every example in this file's comments.
     */
    private static final List<String> DEFERRAL_WORDS = List.of("still", "yet", "going to", "suggest", "supposed",
            "forgot", "out of", "sure", "unsure", "what", "think", "check", "confirm", "ask", "time", "come back",
            "stuck", "left", "leave", "skipped", "omitted", "idea", "clue", "got", "get", "work", "figure", "come up");
    /** ... and these anywhere, even inside a word ("I'll", "iwill", "we need to"). */
    private static final List<String> DEFERRAL_PARTS = List.of("'ll", "\u2019ll", "will", "need to", "have to");

    /** Whether {@code lower} holds one of the words that every deferral holds. */
    static boolean mayDefer(String lower) {
        for (String w : DEFERRAL_PARTS) if (lower.contains(w)) return true;
        for (String w : DEFERRAL_WORDS) {
            for (int at = lower.indexOf(w); at >= 0; at = lower.indexOf(w, at + 1)) {
                if (at == 0 || !Character.isLetterOrDigit(lower.charAt(at - 1))) return true;
            }
        }
        return false;
    }

    /** Whether the deferral patterns alone, without the words that gate them, find a deferral in {@code text}. */
    static boolean patternsFind(String text) {
        return TO_DO.matcher(text).find() || DEFERRAL.matcher(text).find();
    }

    static boolean defers(Reading r, Sentence s) {
        String text = r.text().substring(s.start(), s.end());
        int end = r.text().indexOf('\n', s.start());
        String line = r.text().substring(Layout.lineStart(r, s), end < 0 ? r.text().length() : end);
        if (OPEN_TASK.matcher(line).find()) return true;
        if (!mayDefer(text.toLowerCase(Locale.ROOT))) return false;
        if (TO_DO.matcher(text).find()) return true;
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
            // "(Our tutor said to mark ourselves against the rubric first, so ...)": how the write-up was made
            + "|\\b(the|my|our) (tutor|teacher|lecturer|instructor|professor) (said|asked|told|wants|wanted|suggested"
            + "|recommended) (us |me )?to\\b"
            // "My tutor's comment on the practice one was 'say why training can't tell them apart' and I'm not sure I
            // did that": the tutor's feedback on the writing, reported
            + "|\\b(the|my|our) (tutor|teacher|lecturer|instructor|professor|marker)['’]s (comment|comments|feedback|note|notes"
            + "|advice)\\b"
            + "|to the (course )?(tutor|teacher|marker|lecturer|instructor)\\b"
            + "|sorry,? (for|about) (my|the) (english|spelling|grammar|handwriting|format|formatting|layout|length|lateness)\\b"
            // "Sorry this is coming in a day late - we had the in-laws staying and I lost the whole weekend": the
            // write-up's lateness, and why
            + "|(sorry|apologies)\\W+(that )?(this|it|my (case study|essay|work|assignment|submission))(['’]s| is| was)? "
            + "(coming in |being |so )?(a (day|week|bit|little) |two days |\\w+ hours )?(late|delayed)\\b"
            + "|(wi-?fi|internet|laptop|computer) (is|was) (dead|down|broken)\\b"
            + "|(written|told|done) in the (first|second|third) person\\b"
            + "|(did|do|wrote|write|done|doing) (it|this|my case study|the case study) as an? \\w+"
            // "My self-score: 2/2 ✔ (clearly stated)": the learner marking the write-up, not the case
            + "|(self-?score|self-?assessment|self-?mark|self-?grade)\\s*:?\\s*\\d+\\s*/\\s*\\d+"
            // "sorry if I get the words wrong, I missed the week 5 live session": the learner's circumstances
            + "|sorry if (i|my) (get|got|use|used|mix|mixed|misuse|misused|misunderstood|messed|spell|spelled|spelt)\\b"
            + "|\\b(i|we) missed the (\\w+ ){0,3}(session|lecture|class|seminar|webinar|tutorial)s?\\b"
            // "📌 the harm bit → ask Jake what he put": a note to find out, not an answer
            + "|\\bask (?-i:[A-Z][a-z]+) what (he|she|they) (put|wrote|said|did|got|has|had)\\b"
            // "Greg Lutz, Chief Financial Officer: Thanks, Dana.": a speaker's courtesy, with the speaker's label
            + "|:\\s*(thanks|thank you|hi|hello|good (morning|afternoon|evening)|welcome)(,?\\s+[A-Z]\\w+)?\\s*[.!]?\\s*$"
            // "[Tue 21:20] Tom: fine.", "Sam: lol same.": a chat's one-word reply, after its speaker's label
            + "|:\\s*(lol |ok |yeah |haha )?(ok|okay|fine|nice|cool|great|sure|yes|yeah|yep|exactly|agreed|same|perfect|right"
            + "|true|lol|haha)\\s*[.!]*\\s*$"
            // "Priya (AirWeave Support): Hi, thanks for contacting AirWeave!": a support agent's greeting
            + "|(^|\\w+\\W{0,3}:)\\s*((hi|hello|hey)( there)?[,!]?\\s+)?(thanks|thank you) (so much )?for (contacting|reaching out to"
            + "|getting in touch with|calling|choosing)\\b[^.!?]*[.!]?\\s*$)");

    static boolean aside(Reading r, Sentence s, int words) {
        String text = r.text().substring(s.start(), s.end());
        return words <= ASIDE_WORDS && ASIDE.matcher(text).find()
                || words <= PROGRESS_WORDS && PROGRESS.matcher(text).find();
    }

    /** The most words a note on how the learner's work is going has. */
    private static final int PROGRESS_WORDS = 45;
    /**
     * A note on how the learner's own work is going, to the tutor: "I've been stuck on the case study for a while and
     * I've only managed the first part, so I thought I'd send what I have and ask if I'm on the right track". Its
     * "stuck" is no harm of the case.
     */
    private static final Pattern PROGRESS = Pattern.compile("(?i)\\b((stuck on|struggl\\w* with|working on"
            + "|only (managed|done|finished|written|got through)) (the|my|this) (case study|assignment|draft|essay"
            + "|write-?up|first part"
            + "|first section|first question)"
            + "|(am|i'm|i['’]m|if i['’]?m|if i am) on the right track"
            + "|send (you )?what i (have|['’]ve got|have so far))");

    /** What a write-up may point to instead of saying it: a figure, a table, a diagram's parts. */
    private static final String ELSEWHERE = "(figures?|fig\\.?|tables?|diagrams?|charts?|graphs?|appendix|appendices"
            + "|attachments?|slides?|drawings?|sketch(es)?|screenshots?|arrows?)";
    /** The most words a pointer to a figure or a table may add ("See figure 2, left side (green box)"). */
    private static final int POINTER_WORDS = 10;
    /**
     * A pointer to something not in the text, in place of what it shows: "See figure 2, left side (green box).",
     * "Figure 3 shows what happens on a state race day", "The arrow between the two boxes shows why they were the same
     * in training", "Table 1 (under figure 3).". What the figure holds is not read ("Figure 3 shows that the camera
     * misses riders in shadow" says it, and claims it).
     */
    private static final Pattern POINTER = Pattern.compile("(?i)^\\W*(also\\s+|and\\s+)?("
            + "(see|refer to|look at)\\s+(the\\s+|my\\s+)?" + ELSEWHERE + "\\b"
            + "|(the\\s+|my\\s+)?" + ELSEWHERE + "\\b[^.;:]{0,60}?\\b(shows?|explains?|illustrates?|gives?)\\s+"
            + "(what|why|where|how|which|when)\\b)");
    private static final Pattern BARE_POINTER = Pattern.compile("(?i)^\\W*(also\\s+)?(in\\s+)?(the\\s+)?" + ELSEWHERE
            + "\\s*\\d+\\b");

    /** {@link #POINTER}, or a bare "Table 1 (under figure 3)." without a verb, in a short sentence. */
    static boolean pointsAway(Reading r, Sentence s, int contentFrom, int words) {
        int from = contentFrom < s.tokens().size() ? s.tokens().get(contentFrom).start() : s.end();
        String text = r.text().substring(from, s.end());
        if (BARE_POINTER.matcher(text).find() && !s.hasVerb() && words <= POINTER_WORDS) return true;
        Matcher m = POINTER.matcher(text);
        return m.find() && (m.group(3) == null || words <= POINTER_WORDS);
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
            // ... and after a title's colon ("Pretrial risk assessment II: what did the tool learn?")
            boolean joined = before.equals("CC") || content.get(j - 1).word().equals(",")
                    || content.get(j - 1).word().equals(":");
            // ... and after a lead-in phrase ("For the record, what happened to Halcyon-1?"): a wh-word, then a verb
            if (joined && (content.get(j).pos().equals("WRB") || content.get(j).pos().equals("WP"))
                    && (AUXILIARIES.contains(content.get(j + 1).lemma().toLowerCase(Locale.ROOT))
                    || content.get(j + 1).isVerb())) return true;
            // ... and a question quoted after a colon ('First one, from Gareth: "Can you remind us what it is?"'): a
            // modal or an auxiliary, then its subject
            boolean quoted = content.get(j - 1).word().equals(":")
                    || (content.get(j - 1).pos().equals("``") && j >= 2 && content.get(j - 2).word().equals(":"));
            boolean auxiliary = content.get(j).pos().equals("MD")
                    || AUXILIARIES.contains(content.get(j).lemma().toLowerCase(Locale.ROOT));
            if (quoted && auxiliary && SUBJECTS.matcher(content.get(j + 1).pos()).matches()) return true;
        }
        return content.get(k).isVerb();
    }

    /**
     * Where a sentence's words open, from {@code k}: past marks, a timestamp or a number ("34:15 Do players even want
     * hints?", "(1) What was it designed to predict?") and leads ("and", "so", "ok").
     */
    private static int opening(List<Token> content, int k) {
        while (k < content.size() && (!content.get(k).isWord() || content.get(k).pos().equals("CD")
                || content.get(k).pos().equals("LS")
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

    /** What a learner calls the assignment's question when restating it ("Question 4 asks for ..."). */
    private static final Set<String> QUESTION_NOUNS = Set.of("question", "q", "part", "prompt", "assignment",
            "exercise");
    private static final Set<String> QUESTION_DETERMINERS = Set.of("the", "this", "that");
    /** ... and the verbs it asks with ("asks for", "wants"). */
    private static final Set<String> QUESTION_VERBS = Set.of("ask", "want");

    /**
     * The assignment's question restated, which claims nothing: the question is the subject and it asks ("Question 4
     * asks for a realistic deployment context where ... and what harm could result", "The question asks us to
     * describe ...", "Part (d) wants a fix to the evaluation"). The learner's answer follows it.
     */
    static boolean restatesPrompt(List<Token> content) {
        int k = 0;
        while (k < content.size() && !content.get(k).isWord()) k++;
        if (k < content.size() && QUESTION_DETERMINERS.contains(content.get(k).word().toLowerCase(Locale.ROOT))) k++;
        if (k >= content.size() || !QUESTION_NOUNS.contains(content.get(k).word().toLowerCase(Locale.ROOT))) return false;
        k++;
        // its number or letter: "4", "(d)", "d"
        while (k < content.size() && (!content.get(k).isWord() || content.get(k).pos().equals("CD")
                || content.get(k).word().length() == 1)) k++;
        if (k >= content.size()) return false;
        Token verb = content.get(k);
        if (!verb.pos().startsWith("VB") || !QUESTION_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "Part (d) wants the harm: fishermen lose their licences ...": the answer after the colon claims
        for (int j = k + 1; j < content.size(); j++) {
            if (!content.get(j).word().equals(":")) continue;
            int words = 0;
            for (Token t : content.subList(j + 1, content.size())) if (t.isWord()) words++;
            if (words >= 3) return false;
        }
        return true;
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

    /** The tags of a question's subject after its auxiliary ("Can you", "Is the model", "Did it"). */
    private static final java.util.regex.Pattern SUBJECTS = java.util.regex.Pattern.compile("PRP|DT|NNP|NN|NNS");

    private static final Set<String> AUXILIARIES = Set.of("do", "be", "can", "could", "would", "should", "will",
            "have");

}
