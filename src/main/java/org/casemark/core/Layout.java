package org.casemark.core;

import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a sentence sits in the text's layout: its line and paragraph, the marks that open its line ('#', "**", a
 * number), a label's colon, a code fence. Pure functions of the text; {@link Structure} reads sections from them.
 */
final class Layout {
    private Layout() {
    }

    /** A line that opens or closes a fenced code block: "```yaml", "~~~". */
    static final Pattern FENCE = Pattern.compile("(?m)^[ \\t]*(```|~~~)");

    /**
     * The sentences from a code fence's opening line ("```yaml") to its closing one, inclusive; an unclosed fence
     * runs to the end of the text.
     */
    static boolean[] fenced(Reading r) {
        return fenced(r, opening -> true);
    }

    /** The tag of a fence that opens a block of shell commands: "```bash", "```console", "~~~sh". */
    private static final Pattern SHELL_FENCE = Pattern.compile("[ \\t]*(```|~~~)[ \\t]*(bash|sh|shell|zsh|console"
            + "|terminal|powershell|ps1|cmd|bat)\\s*$");

    /**
     * The sentences of fenced blocks of shell commands ("```bash\ngit clone ...\npip install ...\n```"): orders to a
     * computer, not claims about a case.
     */
    static boolean[] shellFenced(Reading r) {
        return fenced(r, opening -> SHELL_FENCE.matcher(opening).lookingAt());
    }

    /** The sentences of the fenced blocks whose opening line ({@code "```bash"}) {@code opens} accepts. */
    private static boolean[] fenced(Reading r, java.util.function.Predicate<String> opens) {
        boolean[] out = new boolean[r.size()];
        String text = r.text();
        java.util.regex.Matcher m = FENCE.matcher(text);
        List<Integer> marks = new ArrayList<>();
        while (m.find()) marks.add(m.start());
        for (int k = 0; k < marks.size(); k += 2) {
            int from = marks.get(k);
            int eol = text.indexOf('\n', from);
            if (!opens.test(text.substring(from, eol < 0 ? text.length() : eol))) continue;
            int to = k + 1 < marks.size() ? text.indexOf('\n', marks.get(k + 1)) : text.length();
            if (to < 0) to = text.length();
            for (int i = 0; i < r.size(); i++) {
                Sentence s = r.sentence(i);
                if (s.start() >= from && s.start() < to) out[i] = true;
            }
        }
        return out;
    }

    /**
     * The learner asks the reader to ignore a paragraph above: "Please ignore my proxy paragraph above", "disregard the
     * section above". The part's word, when given, says which paragraph ("proxy").
     */
    private static final Pattern IGNORE_ABOVE = Pattern.compile("(?i)\\b(ignore|disregard)\\s+(my|the)\\s+(?:(\\p{L}+)\\s+)?"
            + "(paragraph|section|part|answer|bit|version)\\s+(above|before)\\b");
    /** Words before "paragraph" that say which one by its place, not by its part. */
    private static final java.util.Set<String> PLACE_WORDS = java.util.Set.of("first", "old", "previous", "earlier",
            "original", "last");

    /**
     * The text with the paragraph the learner asked to ignore blanked (the nearest one above that names the part, or
     * the one just above): a retracted first attempt earns and names nothing, however it was labelled.
     */
    static String withoutIgnoredParagraph(String text) {
        java.util.regex.Matcher m = IGNORE_ABOVE.matcher(text);
        if (!m.find()) return text;
        StringBuilder b = new StringBuilder(text);
        do {
            String part = m.group(3) == null ? null : m.group(3).toLowerCase(java.util.Locale.ROOT);
            if (part != null && PLACE_WORDS.contains(part)) part = null;
            // paragraphs above the request, nearest first: [start, end) between blank lines
            int end = text.lastIndexOf("\n\n", m.start());
            while (end > 0) {
                int start = text.lastIndexOf("\n\n", end - 1);
                start = start < 0 ? 0 : start + 2;
                String para = text.substring(start, end);
                boolean words = para.codePoints().anyMatch(Character::isLetter);
                if (words && (part == null || para.toLowerCase(java.util.Locale.ROOT).contains(part))) {
                    for (int k = start; k < end; k++) if (b.charAt(k) != '\n') b.setCharAt(k, ' ');
                    break;
                }
                end = start - 2;
            }
        } while (m.find());
        return b.toString();
    }

    /** Markdown strikethrough on one line: "~~more cameras~~". */
    private static final Pattern STRUCK = Pattern.compile("~~[^~\n]{1,300}~~");

    /**
     * The text with what the learner withdrew blanked: words struck out ("~~more cameras~~ more night clips") and
     * notes left to themselves about the writing ("TODO explain why"). Withdrawn words earn nothing and name nothing.
     * Blanks of the same length keep every offset, so quotes still point into the text.
     */
    static String withoutWithdrawn(String text) {
        String out = blanked(blanked(withoutIgnoredParagraph(text), STRUCK), PART_NOT_DONE);
        java.util.regex.Matcher m = NOTE_TO_SELF.matcher(out);
        if (!m.find()) return out;
        StringBuilder b = new StringBuilder(out);
        do {
            if (!aboutTheWriting(m.group(2))) continue;
            for (int k = m.start(); k < m.end(); k++) b.setCharAt(k, ' ');
        } while (m.find());
        return b.toString();
    }

    /**
     * A part of the assignment said to be unwritten ("DEPLOYMENT PART NOT DONE", "evaluation - not written yet",
     * "FIXES TO FOLLOW", "Fixes: to come"): the part's name and the admission, withdrawn like a note to self. ("to
     * follow" only in capitals or after a label's colon or dash: "the goal to follow the trail" is the case's.)
     */
    private static final Pattern PART_NOT_DONE = Pattern.compile("(?i)\\b(system|goal|aligned goal|proxy|proxy goal|"
            + "shift|distribution shift|deployment|harm|fix|fixes|training fix|eval|evaluation|part|section)"
            + "(\\s+(part|section|bit))?\\s*[:\\-\u2013\u2014]?\\s*(not done|not written|not finished|still to do|"
            + "still to write|tbc|pending)(\\s+yet)?\\b"
            + "|\\b(FIXES|FIX|EVALUATION|EVAL|DEPLOYMENT|SHIFT)( (PART|SECTION))? ?[:\\-]? ?(TO FOLLOW|TO COME)\\b"
            + "|(?i)\\b(fixes|fix|evaluation|eval|deployment|shift)(\\s+(part|section))?\\s*[:\\-\u2013\u2014]\\s*"
            + "(to follow|to come)\\b");

    /**
     * Each part the write-up says is unwritten by a {@link #PART_NOT_DONE} note ("Evaluation: TBC"): the part's name as
     * written ("Evaluation") and the note; the note itself is withdrawn from the text that is read.
     */
    static List<String[]> partsNotDone(String text) {
        List<String[]> out = new ArrayList<>();
        java.util.regex.Matcher m = PART_NOT_DONE.matcher(text);
        while (m.find()) {
            String part = m.group(1) != null ? m.group(1) : m.group(6) != null ? m.group(6) : m.group(10);
            // ("Distribution shift\n- TBC": one line when quoted)
            if (part != null) out.add(new String[]{part, m.group().strip().replaceAll("\\s+", " ")});
        }
        return out;
    }

    /**
     * A note the learner left themselves, from its marker to the end of the line ("TODO explain why this would look
     * the same in training", "Distribution shift: TODO", "[TODO evaluation - will add]").
     */
    private static final Pattern NOTE_TO_SELF = Pattern.compile("\\[?\\b(TODO|TBD|FIXME)\\b([^\n]{0,300})");

    /**
     * The note is about the write-up still to be written (empty, or naming a part, a word count, something to add,
     * explain or ask), not work planned in the case ("TODO: retest all three dogs next week" in a lab notebook).
     */
    private static final Pattern WRITING = Pattern.compile("(?i)\\b(explain|add|write|writing|word|words|ask|need|finish|"
            + "describe|expand|fill|section|part|shift|harm|fix|fixes|proxy|goal|eval|evaluation|training|system)\\b");

    private static boolean aboutTheWriting(String note) {
        return !note.matches(".*\\p{L}.*") || WRITING.matcher(note).find();
    }

    private static String blanked(String text, Pattern p) {
        java.util.regex.Matcher m = p.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text);
        do {
            for (int k = m.start(); k < m.end(); k++) out.setCharAt(k, ' ');
        } while (m.find());
        return out.toString();
    }

    /**
     * The tokens of a chat line's time stamp before its speaker ("[14:06] Luis (PostPeek Support): Pretty much!"): 3
     * for a bracket, a time and a bracket; 0 for none.
     */
    static int chatStamp(Sentence s) {
        List<Token> ts = s.tokens();
        return ts.size() > 4 && ts.get(0).pos().equals("-LRB-") && ts.get(1).pos().equals("CD")
                && ts.get(2).pos().equals("-RRB-") ? 3 : 0;
    }

    /**
     * After a chat line's time stamp (tokens from {@code from}), one or two names before the colon, a role in brackets
     * after them aside ("[14:06] Luis (PostPeek Support):"); after a stamp a chat's handles count as names however
     * they are written ("[21:48] me:", "[21:55] jo:").
     */
    static boolean stampedSpeaker(Sentence s, int from, int colon) {
        int names = 0;
        boolean role = false;
        for (int k = from; k < colon; k++) {
            Token t = s.tokens().get(k);
            if (t.pos().equals("-LRB-") && names > 0 && !role) { role = true; continue; }
            if (t.pos().equals("-RRB-") && role) { role = false; continue; }
            if (role) continue;
            // (a handle is one word: "[21:48] it learned: dark sky = rain" is no speaker's line)
            if (!nameWord(t) && !(colon - from == 1 && t.isWord() && Character.isLetter(t.word().charAt(0)))) return false;
            names++;
        }
        return names >= 1 && names <= 2 && !role;
    }

    /** The words before the colon are a speaker's name: one or two capitalised names ("DANA", "Bea", "Sam Okafor"). */
    static boolean speaker(Sentence s, int colon) {
        if (colon > 2) return false;
        for (int k = 0; k < colon; k++) if (!nameWord(s.tokens().get(k))) return false;
        return true;
    }

    /** A word of a speaker's name: capitalised, and a proper noun or all capitals ("Sam", "DANA"). */
    private static boolean nameWord(Token t) {
        return (t.pos().startsWith("NNP") || t.word().equals(t.word().toUpperCase(Locale.ROOT)))
                && Character.isUpperCase(t.word().charAt(0));
    }

    /** A blank line (or the text's end) follows the sentence's line, and one precedes it. */
    static boolean aloneInParagraph(Reading r, Sentence s) {
        // "2." split off by the tokenizer opens the paragraph for the label after it
        Sentence opener = s.index() > 0 && r.sentence(s.index() - 1).line() == s.line()
                && NUMBERED.matcher(r.text().substring(r.sentence(s.index() - 1).start(), r.sentence(s.index() - 1).end()).strip()).matches()
                ? r.sentence(s.index() - 1) : s;
        if (!startsParagraph(r, opener)) return false;
        // the rest of its line may hold more of the question ("... Explain specifically why ..."): the paragraph
        // ends where the line does
        int k = afterLine(r, s);
        return k >= r.size() || startsParagraph(r, r.sentence(k));
    }

    /** The index of the first sentence on a line after the last line of {@code s} ({@code r.size()} for none). */
    static int afterLine(Reading r, Sentence s) {
        int line = lastLine(r, s), k = s.index() + 1;
        while (k < r.size() && r.sentence(k).line() <= line) k++;
        return k;
    }

    /** A blank line separates this sentence from the previous one. */
    static boolean startsParagraph(Reading r, Sentence s) {
        if (s.index() == 0) return true;
        String t = r.text();
        boolean lineOpen = false;   // a newline seen, and only whitespace since: a second one makes a blank line
        for (int k = r.sentence(s.index() - 1).end(); k < s.start(); k++) {
            char c = t.charAt(k);
            if (c == '\n') {
                if (lineOpen) return true;
                lineOpen = true;
            } else if (!Character.isWhitespace(c)) {
                lineOpen = false;
            }
        }
        return false;
    }

    /** The 0-based line a sentence ends on (labels last to the end of their line). */
    static int lastLine(Reading r, Sentence s) {
        int line = s.line();
        String t = r.text();
        for (int k = s.start(); k < s.end(); k++) if (t.charAt(k) == '\n') line++;
        return line;
    }

    /** Where the line of sentence {@code s} starts in the text. */
    static int lineStart(Reading r, Sentence s) {
        return r.text().lastIndexOf('\n', s.start() - 1) + 1;
    }

    /**
     * The column of a Markdown table ("| Overfitting | degrades, erratic |") the sentence stands in, 0 for the
     * first; -1 outside a table row (a line that opens with a pipe).
     */
    static int tableColumn(Reading r, Sentence s) {
        String t = r.text();
        int from = lineStart(r, s);
        String before = t.substring(from, s.start());
        if (!before.stripLeading().startsWith("|")) return -1;
        int pipes = 0;
        for (int k = 0; k < before.length(); k++) if (before.charAt(k) == '|') pipes++;
        return pipes - 1;
    }

    /**
     * The sentence's line belongs to a table of any style: a Markdown row, a row of cells with pipes inside
     * ("what it sorts by | the part type"), or a rule of dashes and pluses ("-----+-----").
     */
    static boolean tableLine(Reading r, Sentence s) {
        int from = lineStart(r, s);
        int end = r.text().indexOf('\n', s.start());
        String line = r.text().substring(from, end < 0 ? r.text().length() : end);
        return line.indexOf('|') >= 0 || (line.strip().length() >= 3 && line.strip().matches("[-+=:| ]+"));
    }

    /** Where the table the sentence stands in begins (its first row's offset); -1 outside a table row. */
    static int tableStart(Reading r, Sentence s) {
        if (tableColumn(r, s) < 0) return -1;
        String t = r.text();
        int from = lineStart(r, s);
        while (from > 0) {
            int prev = t.lastIndexOf('\n', from - 2) + 1;
            if (!t.substring(prev, from - 1).stripLeading().startsWith("|")) break;
            from = prev;
        }
        return from;
    }

    /** The sentence opens its line with a list marker: "- ", "* ", "•", "->", "→". */
    static boolean bulletLine(Reading r, Sentence s) {
        if (!startsLine(r, s)) return false;
        String t = r.text();
        int lineStart = lineStart(r, s);
        return bullet(t.substring(lineStart, Math.min(t.length(), s.end())));
    }

    /**
     * "• More diverse training photos" between sibling bullets of its list: an item of the list, not a heading. It is
     * a bullet line without a closing colon, a bullet of the same indent stands next to it in its paragraph, and no
     * deeper-indented line follows it (a bullet with its own sub-items may head them).
     */
    static boolean listItem(Reading r, Sentence s) {
        if (!bulletLine(r, s)) return false;
        String t = r.text();
        int from = lineStart(r, s);
        int end = t.indexOf('\n', from);
        if (end < 0) end = t.length();
        if (t.substring(from, end).strip().endsWith(":")) return false;
        int indent = indent(t, from);
        String prev = lineBefore(t, from), next = lineAfter(t, end);
        boolean nextInParagraph = next != null && !next.isBlank();
        if (nextInParagraph && indent(next, 0) > indent) return false;
        return (nextInParagraph && bullet(next) && indent(next, 0) == indent)
                || (prev != null && !prev.isBlank() && bullet(prev) && indent(prev, 0) == indent);
    }

    /** The number a line opens with ("2. Tallis to retrain ...", "(3) ..."), -1 for none. */
    private static final Pattern LINE_NUMBER = Pattern.compile("^\\s*\\(?(\\d{1,2})[.)]\\s");

    /**
     * The sentence's line is an item of a numbered list run together ("ACTIONS / 1. RoadClear suspended for the 10K /
     * 2. Tallis to retrain the model with more data / 3. ..."): the line right above opens with the number before its
     * own, or the line right below with the number after it, no blank line between. A numbered heading has its
     * content below it before the next number comes.
     */
    static boolean numberedRun(Reading r, Sentence s) {
        int own = itemNumber(r, s);
        if (own < 0) return false;
        String t = r.text();
        int from = lineStart(r, s);
        int end = t.indexOf('\n', from);
        if (end < 0) end = t.length();
        return numbered(lineAfter(t, end)) == own + 1 || (own > 1 && numbered(lineBefore(t, from)) == own - 1);
    }

    /** The line before the one starting at {@code from}, null at the text's start. */
    private static String lineBefore(String t, int from) {
        return from > 0 ? t.substring(t.lastIndexOf('\n', from - 2) + 1, from - 1) : null;
    }

    /** The line after the one ending at {@code end} (its newline or the text's end), null at the text's end. */
    private static String lineAfter(String t, int end) {
        if (end >= t.length()) return null;
        int nextEnd = t.indexOf('\n', end + 1);
        return t.substring(end + 1, nextEnd < 0 ? t.length() : nextEnd);
    }

    private static int numbered(String line) {
        if (line == null) return -1;
        java.util.regex.Matcher m = LINE_NUMBER.matcher(line);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static int indent(String t, int from) {
        int k = from;
        while (k < t.length() && (t.charAt(k) == ' ' || t.charAt(k) == '\t')) k++;
        return k - from;
    }

    private static boolean bullet(String line) {
        String l = line.strip();
        return l.startsWith("- ") || l.startsWith("* ") || l.startsWith("•") || l.startsWith("->")
                || l.startsWith("→") || l.startsWith("=>") || l.startsWith("– ");
    }

    /** The ticks and crosses of a checklist ("✔ 1. AI system: ...", "✘ 5. Fix to training"), which mark a line as bullets do. */
    static final String CHECK_MARKS = "\u2714\u2718\u2713\u2717\u2610\u2611\u2612\u2705\u274c\u2715\u2716\u2613";

    static boolean startsLine(Reading r, Sentence s) {
        String t = r.text();
        for (int k = s.start() - 1; k >= 0; k--) {
            char c = t.charAt(k);
            if (c == '\n' || c == '>' || c == '|') return true;
            if (!Character.isWhitespace(c) && "*#_-•`+".indexOf(c) < 0 && CHECK_MARKS.indexOf(c) < 0
                    && !Character.isDigit(c) && c != '.') return false;
        }
        return true;
    }

    static boolean endsLine(Reading r, Sentence s) {
        String t = r.text();
        for (int k = s.end(); k < t.length(); k++) {
            char c = t.charAt(k);
            if (c == '\n' || c == '<' || c == '|') return true;
            if (!Character.isWhitespace(c) && "*#_`:".indexOf(c) < 0) return false;
        }
        return true;
    }

    static boolean markedHeading(Reading r, Sentence s) {
        String t = r.text();
        int lineStart = lineStart(r, s);
        String prefix = t.substring(lineStart, s.start()).strip();
        while (!prefix.isEmpty() && CHECK_MARKS.indexOf(prefix.charAt(0)) >= 0) prefix = prefix.substring(1).strip();
        return prefix.startsWith("#") || prefix.startsWith("**") || prefix.startsWith("<")
                || NUMBERED.matcher(prefix).matches()
                || (s.end() + 1 < t.length() && t.startsWith("**", s.end()))
                || (prefix.isEmpty() && NAMED_NUMBER.matcher(t.substring(s.start(), s.end())).lookingAt());
    }

    /**
     * A line that opens by numbering a part in words: "Part 2 - ", "Question 3:", "Q4.", "Section 1 -", a slide deck's
     * "Slide 4 - What it actually learned", an agenda's "Item 2: What FixFirst is for".
     */
    static final Pattern NAMED_NUMBER =
            Pattern.compile("(?i)(part|question|q|section|task|step|slide|item|point|exercise|problem|chapter)\\s*\\d{1,2}\\s*[-\u2013\u2014:.)]");

    /**
     * The number of the list item a sentence's line opens with ("4. The company buys ...", or "4." split off by the
     * tokenizer as a sentence of its own), -1 when the line opens with no number.
     */
    static int itemNumber(Reading r, Sentence s) {
        if (!startsLine(r, s)) return -1;
        String t = r.text();
        String prefix = t.substring(lineStart(r, s), s.start()).strip();
        java.util.regex.Matcher m = NUMBERED.matcher(prefix.isEmpty() ? t.substring(s.start(), s.end()).strip() : prefix);
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    /**
     * A sentence opening its line with a sub-section's number in a report's outline ("3.2 Why ...", "1.1.4 Scope.")
     * with more of its paragraph after it: the number is inside the sentence, and the paragraph goes on under it.
     */
    static boolean outlineTitle(Reading r, Sentence s) {
        return startsLine(r, s) && r.text().substring(lineStart(r, s), s.start()).isBlank()
                && OUTLINE.matcher(r.text().substring(s.start(), s.end())).lookingAt()
                && s.index() + 1 < r.size() && !startsParagraph(r, r.sentence(s.index() + 1));
    }

    /**
     * The words after an outline number read as a title: they open with a wh-word ("Why the proxy is
     * indistinguishable in training."), have no verb ("Deployment context."), or capitalise every word ("Body Scan
     * Data.", whose "Scan" the tagger reads as a verb).
     */
    static boolean titleWords(Sentence s) {
        List<Token> words = s.tokens().stream().filter(t -> t.isWord() && !t.pos().equals("CD")).toList();
        if (words.isEmpty()) return false;
        if (WH.contains(words.get(0).word().toLowerCase(Locale.ROOT)) || !s.hasVerb()) return true;
        return words.stream().allMatch(t -> Character.isUpperCase(t.word().codePointAt(0)));
    }

    private static final Pattern OUTLINE = Pattern.compile("\\d{1,2}(\\.\\d{1,2})+\\.?\\s");

    /** The sentence is written in capitals: four letters or more, none of them lower case ("RESULTS"). */
    static boolean capitals(Reading r, Sentence s) {
        String t = r.text().substring(s.start(), s.end());
        int letters = 0;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letters++;
        }
        return letters >= 4;
    }

    /** A line's number: "6.", "6)", "(6)" (the number is group 1). */
    static final Pattern NUMBERED = Pattern.compile("\\(?(\\d{1,2})[.)]");
    private static final Set<String> WH = Set.of("what", "how", "why", "where", "when", "which");

    /**
     * A heading's words that name a part rather than say something, though one of them reads as a verb: at most five
     * words, not opening with an imperative ("Proposed change to training." is a name; "Add more training data."
     * is an instruction).
     */
    static boolean nameLike(Sentence s) {
        Token first = firstWord(s);
        return s.wordCount() <= 5 && first != null && !first.pos().equals("VB");
    }

    /** A short question-shaped label: "What we changed in training.", "How we test it now." */
    static boolean whLabel(Sentence s) {
        Token first = firstWord(s);
        return first != null && WH.contains(first.word().toLowerCase(Locale.ROOT));
    }

    static Token firstWord(Sentence s) {
        for (Token t : s.tokens()) if (t.isWord()) return t;
        return null;
    }

    /** The sentence's line opens with markdown's '#'. */
    static boolean hashHeading(Reading r, Sentence s) {
        String t = r.text();
        int lineStart = lineStart(r, s);
        return t.substring(lineStart, s.start()).strip().startsWith("#");
    }

    /**
     * Index of a ':' (or an arrow) ending a short label at the start of the sentence, or -1. A label is a noun
     * phrase ("Proxy goal:") or a question ("What it learned instead:"); a clause ("The model still works
     * smoothly: it reads ...") is not.
     */
    static int labelColon(Sentence s) {
        return labelColon(s, 0);
    }

    /** Adverbs of time that open a note, not a label ("already in training -> ...", "still in the pilot: ..."). */
    private static final Set<String> WHEN_ADVERBS = Set.of("already", "still", "even");

    /** What the tokenizer leaves before the '>' of an arrow typed as "->", "-->", "=>" or "==>". */
    private static final Set<String> ARROW_SHAFTS = Set.of("-", "--", "=", "==");
    /** At most this many tokens before a spaced dash that ends a label ("distribution shift -"). */
    private static final int DASH_LABEL_WORDS = 4;

    /** {@link #labelColon(Sentence)} for a label that opens at token {@code from} (after a speaker's name). */
    static int labelColon(Sentence s, int from) {
        return labelEnd(s, from, false);
    }

    /**
     * {@link #labelColon(Sentence)}, or a spaced dash after a label's few words of letters ("aligned goal - do the
     * cremations right"): where a part's label may end. Not a title's dash ("GM case study - Loopcast AutoMod" is a
     * title, not a label: only a label that names a part makes the rest its content) nor a speaker's.
     */
    static int labelColonOrDash(Sentence s) {
        return labelEnd(s, 0, true);
    }

    private static int labelEnd(Sentence s, int from, boolean dashes) {
        List<Token> ts = s.tokens();
        if (from >= ts.size()) return -1;
        // "already in training -> learns to push anxious msgs": a note that opens with an adverb tells when, and its
        // arrow reads "and then"; a label names a part
        // ("First, the training data:", "so the distribution shift:" are labels)
        if (WHEN_ADVERBS.contains(ts.get(from).word().toLowerCase(Locale.ROOT))) return -1;
        boolean clause = false;
        boolean word = ts.get(from).isWord();
        int dashAt = -1;
        for (int k = from + 1; k < Math.min(ts.size() - 1, from + 8); k++) {
            String w = ts.get(k).word();
            // "SHIFT -> real slide, 3 skiers buried": the tokenizer splits "->" and "=>" in two; an arrow that
            // opens the line ("-> training -> more realistic scenarios") is its bullet, not the label's end
            boolean arrow = w.equals(">") && ARROW_SHAFTS.contains(ts.get(k - 1).word());
            if (arrow && !word) continue;
            // "c) Proxy = pick pods that are green": an equals sign ends a label as a colon does (not the shaft of
            // an arrow typed "=>", which the tokenizer splits)
            boolean equals = w.equals("=") && !ts.get(k + 1).word().equals(">");
            // "aligned goal - do the cremations right", "proxy - it basically learnt to go off the coffin size": a
            // hyphen or an en dash with a space on either side, after a label's few words, ends it as a colon does
            // (not "Slide 2 - System: camera + AI", whose colon ends the label, nor "R1 - Model may have learned ...",
            // an item's code: the label's words are letters only)
            boolean dash = dashes && (w.equals("-") || w.equals("\u2013")) && k - from <= DASH_LABEL_WORDS && dashAt < 0
                    && ts.get(k - 1).end() < ts.get(k).start() && ts.get(k).end() < ts.get(k + 1).start()
                    && !ts.get(k + 1).word().equals(">") && lettersOnly(ts.subList(from, k));
            if (dash) {
                dashAt = clause && !ts.get(from).pos().startsWith("W") ? -1 : k;
                continue;
            }
            if (w.equals(":") || w.equals("→") || w.equals("->") || w.equals("=>") || w.equals("--") || arrow || equals) {
                return clause && !ts.get(from).pos().startsWith("W") ? -1 : k;
            }
            word |= ts.get(k).isWord();
            if (w.equals(".") || w.equals(";")) return dashAt;
            String pos = ts.get(k).pos();
            clause |= pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD");
        }
        return dashAt;
    }

    /** Every token is a word of letters ("aligned goal", "Proxy"), no code or number ("R1", "Slide 2"). */
    private static boolean lettersOnly(List<Token> ts) {
        for (Token t : ts) {
            for (int c = 0; c < t.word().length(); c++) if (!Character.isLetter(t.word().charAt(c))) return false;
        }
        return !ts.isEmpty();
    }
}
