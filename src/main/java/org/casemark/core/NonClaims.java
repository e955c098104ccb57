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
 * not; an exercise's prompt; an aside to the tutor; an analogy's line; a message's header line; a pointer to a figure
 * or a table in place of what it shows. An admission or a promise that a part is not written yet is {@link Deferrals}'.
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
     * problem was in the training", "nothing I would change in the testing"), or a report says none is proposed
     * ("Training: no change is proposed at this stage"): it proposes nothing. ("In testing
     * everything was fine" tells the case, and stays a claim.)
     */
    private static final Pattern NO_CHANGE = Pattern.compile("(?i)\\b((i think|i guess|i believe|imo|honestly|in my "
            + "opinion)\\W+(that\\s+)?(the\\s+)?(evaluation|eval|testing|tests?)"
            + "(\\s+\\p{L}+)?\\s+(was|is|seems|seemed|looks|looked)\\s+(\\p{L}+\\s+)?(fine|ok|okay|good enough|alright)\\b"
            + "|nothing\\s+(to|i would|i['’]d|we would|we['’]d)\\s+change\\b|no\\s+need\\s+to\\s+change\\b"
            + "|no\\s+changes?\\s+(is\\s+|are\\s+)?needed\\b"
            // a report's "Training: no change is proposed at this stage", "we recommend no change to the data"
            + "|\\bno\\s+changes?\\b[^.;:\\n]{0,40}?\\b(is|are|was|were|has\\s+been|have\\s+been)\\s+"
            + "(proposed|suggested|recommended|planned|required|necessary)\\b"
            + "|\\b(propose[sd]?|suggest(s|ed)?|recommend(s|ed)?)\\s+no\\s+changes?\\b)");

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

    /** The label of a meeting's attendance line ("Present:", "In attendance:", "Apologies:", "ALSO PRESENT:"). */
    private static final Pattern ATTENDANCE = Pattern.compile("(?i)\\s*(also\\s+)?(present|attendees|attending|in\\s+attendance"
            + "|apologies(\\s+for\\s+absence)?|absent|regrets)\\s*:");

    /**
     * The sentence stands on a line of minutes that says who attended or sent apologies ("Present: R. Ashdown (Chair),
     * L. Fenwick (Head of Catering)", "Apologies: K. Doyle"): it names the people at the meeting, nothing of the case.
     */
    static boolean attendance(Reading r, Sentence s) {
        return withinLineOpening(r, s, (text, from, to) -> ATTENDANCE.matcher(text).region(from, to).lookingAt());
    }

    /**
     * The sentence stands on a web page's breadcrumb line ("InnTech Forum \u203a Revenue & Pricing \u203a pricing bot wont go
     * up for festival week??"): the path to a post, and its title, which the post itself tells.
     */
    static boolean breadcrumb(Reading r, Sentence s) {
        return withinLineOpening(r, s, org.casemark.nlp.Markup::breadcrumb);
    }

    /** A test of the line from {@code from} to {@code to} of {@code text}. */
    private interface LineTest {
        boolean test(String text, int from, int to);
    }

    /** Sentence {@code s} ends on the line it starts on, and that line passes {@code opening}. */
    private static boolean withinLineOpening(Reading r, Sentence s, LineTest opening) {
        String text = r.text();
        int lineFrom = Layout.lineStart(r, s);
        int lineTo = text.indexOf('\n', lineFrom);
        if (lineTo < 0) lineTo = text.length();
        return s.end() <= lineTo && opening.test(text, lineFrom, lineTo);
    }

    /** A date or a time of day in a post's byline ("6 Oct 2025", "03/09/2024", "15:55", "Oct 6, 2025"). */
    private static final Pattern DATE_OR_TIME = Pattern.compile("(?i)\\b(\\d{1,2}:\\d{2}(\\s*[ap]\\.?m\\.?)?"
            + "|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
            + "|\\d{1,2}(st|nd|rd|th)?\\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?(,?\\s+\\d{4})?"
            + "|(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}(st|nd|rd|th)?(,?\\s+\\d{4})?)\\b");
    /** The most words a byline keeps besides its date and time (a name or a handle, "posted", "by"). */
    private static final int BYLINE_WORDS = 3;

    /**
     * A post's or a message's byline, a line of its own: who wrote it and when ("StellarDrive_Support — 6 Oct 2025,
     * 15:55", "mara_k 03/09/2024 21:22"). No verb; a date or a time; at most a few words besides. It says who posted,
     * nothing of the case.
     */
    static boolean byline(Reading r, Sentence s) {
        String text = r.text();
        int lineFrom = text.lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
        int lineTo = text.indexOf('\n', s.end());
        if (lineTo < 0) lineTo = text.length();
        if (!text.substring(lineFrom, s.start()).isBlank() || !text.substring(s.end(), lineTo).isBlank()) return false;
        if (s.hasVerb()) return false;
        String said = text.substring(s.start(), s.end());
        Matcher dated = DATE_OR_TIME.matcher(said);
        if (!dated.find()) return false;
        String rest = dated.reset().replaceAll(" ");
        int words = 0;
        for (String w : rest.split("[^\\p{L}\\p{N}_]+")) if (!w.isEmpty()) words++;
        return words <= BYLINE_WORDS;
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
            // "I am in your Tuesday training about digital tools": the writer on a course of their own, no system's training
            + "|\\b(i am|i['’]m|we are|we['’]re) (in|on|attending|taking|doing) (your|the|this|our) (\\w+ ){0,2}(training"
            + "|course|class|workshop|module)\\b"
            // "On the last module you asked us to bring an example of match-day technology going wrong.": the tutor's
            // request, the assignment itself, reported to the tutor
            + "|\\byou (asked|told|wanted|invited|set) (us|me|everyone|the (class|group)) to\\b"
            // "I hope you are well.", "Hope this email finds you well", "hope you had a good weekend": an email's
            // courtesy to its reader, whose "hope" states no designer's goal
            + "|\\bhope (that )?(you|you['’]re|you are|all is|everyone is|this (email |message |note |letter )?finds you)"
            + "( all| both)?( (doing|keeping))? ?(well|good|fine|ok|okay|safe)\\b"
            + "|\\bhope (you|you all|everyone) (had|have|['’]ve had|are having) an? (good|nice|great|lovely|relaxing|restful)"
            + " (weekend|week|holiday|break|day|summer|christmas|new year)\\b"
            // "Priya (AirWeave Support): Hi, thanks for contacting AirWeave!": a support agent's greeting
            + "|(^|\\w+\\W{0,3}:)\\s*((hi|hello|hey)( there)?[,!]?\\s+)?(thanks|thank you) (so much )?for (contacting|reaching out to"
            + "|getting in touch with|calling|choosing)\\b[^.!?]*[.!]?\\s*$)");

    /**
     * "I went through about four ideas (self-driving tractor, a chess thing, something about spam filters) before
     * landing on this, because it's the thing I actually know about.": the topics the writer set aside before choosing
     * the case, however many are listed; none of them is the case.
     */
    private static final Pattern SET_ASIDE = Pattern.compile("(?i)\\bbefore (finally )?(landing|settling|deciding) on "
            + "(this|it|one|my|the one)\\b");

    /** The most words a sentence listing the topics set aside has. */
    private static final int SET_ASIDE_WORDS = 45;

    static boolean aside(Reading r, Sentence s, int words) {
        String text = r.text().substring(s.start(), s.end());
        return words <= ASIDE_WORDS && ASIDE.matcher(text).find()
                || words <= SET_ASIDE_WORDS && SET_ASIDE.matcher(text).find()
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
