package org.casemark.core;

import org.casemark.nlp.Sentence;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentences that say a part of the write-up is not written yet, and so claim nothing of the case (one of
 * {@link NonClaims}' kinds): a deferral or an admission ("I'll add the fixes later", "I didn't have time to do the
 * evaluation fix"), which {@link Structure} also reads as the part declared absent; a writer's note to self ("[harm??
 * TODO]"); a checklist's open box.
 */
final class Deferrals {
    private Deferrals() {
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
    /**
     * "Later" as a hurried writer says it: "will add tmrw", "will do l8r", "tomorow", and in Scots "the morra" (the
     * tomorrow typed with a letter short or doubled: "tomorow", "tommorrow").
     */
    private static final String LATER = "tomm?orr?ow|tmrw|tmr|tmrrw|2moro|l8r|tmw|the morra|the morn";
    private static final Pattern DEFERRAL = Pattern.compile("(?i)" + PROMISE + ".*\\b(later|" + LATER
            + "|another time|next time"
            + "|when (i|we)|"
            + "once (i|we)|after (i|we)|if (i|we) can|if possible|part|parts|section|sections)\\b"
            // "will add tmrw, phone at 3% lol": the promise with no subject, opening the line or after its label (a
            // colon, or a dash: "fixes - will add this tomorow!!")
            + "|(?i)(^\\W*|[:;]\\s*|\\s[-\u2013]\\s+)(will|['’]ll)\\s+(add|write|do|finish|fill in|type up)\\b.{0,30}"
            + "\\b(later|" + LATER + ")\\b"
            // "Fixes - no done yet, will finish the morra": a label answered that the part is not done
            + "|(?i)([:;]\\s*|\\s[-\u2013]\\s+)(not|no|nae)\\s+(done|finished|written)(\\s+yet)?\\b"
            // "evaluation - not sure tbh", "Fix 2: idk yet": a label whose whole answer is that the writer does not know
            + "|(?i)([:;]\\s*|\\s[-\u2013]\\s+)(not sure|unsure|idk|no idea|dunno)(\\s+(tbh|yet|lol|sorry|really))*\\W*$"
            // "evaluation part I will add after, I am having exam on Monday": the part named first, "after" alone
            + "|(?i)\\b(part|parts|section|sections)\\b.*" + PROMISE
            + "|(?i)" + PROMISE + "(\\s+it|\\s+this)?\\s+after\\b\\s*[,.;)]"
            // "I did not get to the part about the two changes, sorry": the part not reached
            + "|(?i)\\b(i|we)\\s+(didn['’]t|did not|couldn['’]t|could not|haven['’]t|have not)\\s+(get|got)\\s+"
            + "(to|round to|around to)\\s+(the|that|this|those|my|our)\\s+(\\w+\\s+){0,2}"
            + "(part|parts|section|sections|bit|fix|fixes|changes)\\b"
            // "I haven't done the two fixes yet, do you have any ideas for the evaluation one?", "fixes - havent finished
            // this part yet"
            + "|(?i)(\\b(i|we)\\s+|^\\W*|[:;]\\s*|\\s[-\u2013]\\s+)(haven['’]?t|have not|didn['’]?t|did not)\\s+"
            + "(done|written|finished|do|write|finish)\\b"
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
            // "fix for evaluation: didnt really get this part sorry", "I don't understand the second one": the part not
            // understood, said by the writer or as a label's whole answer ("the arm didn't get the part into the jig"
            // tells the case)
            + "|(^\\W*|[:;]\\s*|\\s[-\u2013]\\s+|\\b(i|we)\\s+)(didn['’]?t|did not|don['’]?t|do not)\\s+(really\\s+|quite\\s+"
            + "|fully\\s+)?(get|understand)\\s+(this|that|the)\\s+(\\w+\\s+){0,2}(part|one|bit|section|question)\\b"
            // "(dont really know what to do for the evaluation one sorry)": not knowing what to write, said of a part
            // by its name ("the drivers don't know what to do" tells the case)
            + "|\\b(don['’]?t|do not) (really |honestly |quite )?know (what|how) to (do|put|write|say|suggest|propose"
            + "|fix|add) (for|about|with|in|on) (the|this|that|my) (\\w+ ){0,2}(part|parts|one|bit|section|fix|question)\\b"
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
        // "Evaluation: [TODO - something about testing?": the note under the part's inline label
        Matcher labelled = LABEL_THEN_NOTE.matcher(text.substring(s.start(), s.end()));
        if (labelled.lookingAt()) open = s.start() + labelled.end() - 1;
        else if (!text.substring(s.start(), s.end()).strip().startsWith("[")) {
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
    private static final String NOTE_WORDS_OPENING = "\\[\\W*(todo|to-do|tbd|fixme|note to self|nb|expand|check|ask|chase"
            + "|rewrite|fill in|finish)\\b";
    private static final Pattern NOTE_OPENING = Pattern.compile("(?i)" + NOTE_WORDS_OPENING);

    /** A short inline label and a writer's note opening after it ("Evaluation: [TODO ..."). */
    private static final Pattern LABEL_THEN_NOTE = Pattern.compile("(?i)\\s*[\\p{L}][\\p{L} ()/&-]{0,40}:\\s*(?="
            + NOTE_WORDS_OPENING + ")\\[");

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
     * to the patterns adds its word here; {@code DeferralsTest} checks every example in this file's comments.
     */
    private static final List<String> DEFERRAL_WORDS = List.of("still", "yet", "going to", "suggest", "supposed",
            "forgot", "out of", "sure", "unsure", "what", "think", "check", "confirm", "ask", "time", "come back",
            "stuck", "left", "leave", "skipped", "omitted", "idea", "clue", "got", "get", "work", "figure", "come up",
            "understand");
    /** ... and these anywhere, even inside a word ("I'll", "iwill", "we need to"). */
    private static final List<String> DEFERRAL_PARTS = List.of("'ll", "\u2019ll", "will", "need to", "have to");

    /** Words that name several parts of the assignment at once ("the two fixes", "both parts"). */
    private static final Pattern PLURAL_PARTS = Pattern.compile("(?i)\\b(fixes|parts|sections|both|two)\\b");
    /** One of several parts named together: the later one, the earlier one, or one without saying which. */
    private static final Pattern SECOND_PART = Pattern.compile("(?i)\\b(the )?(second|last|other|latter) (one|fix|part)\\b");
    private static final Pattern FIRST_PART = Pattern.compile("(?i)\\bthe (first|former) (one|fix|part)\\b");
    private static final Pattern ONE_PART = Pattern.compile("(?i)\\b(only|just) (one|1)\\b|\\bone of (the|my)\\b");

    /**
     * The parts a deferral ({@code said}) declares absent, of the parts it names ({@code named}, in the assignment's
     * order): the one it names; of several said in the plural ("still need to add the two fixes"), all, or the second
     * or the first where it says so ("I only really had one idea for fixes, sorry, I ran out of time on the second
     * one"), or none where it says "only one" without which (the write-up's content shows which). Several named in the
     * singular ("Fix for eval: haven't figured this one out" names the fixes' shared word and one of them, not which):
     * none.
     */
    static List<String> deferredParts(String said, List<String> named) {
        if (named.size() == 1) return named;
        if (named.isEmpty() || !PLURAL_PARTS.matcher(said).find()) return List.of();
        if (SECOND_PART.matcher(said).find()) return List.of(named.get(named.size() - 1));
        if (FIRST_PART.matcher(said).find()) return List.of(named.get(0));
        return ONE_PART.matcher(said).find() ? List.of() : named;
    }

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
}
