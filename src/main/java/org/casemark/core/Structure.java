package org.casemark.core;

import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The first grading stage: headings, inline labels ("Proxy goal: ...") and paragraphs, and from them the section
 * (set of component keys) each sentence sits in. A heading cue is one of a component's {@code headings} in the
 * rubric; headings are cues, not requirements, so prose without any still gets sections from its topic sentences.
 */
final class Structure {
    /** The most words a line of capitals that titles a document's section has ("KNOWN LIMITATIONS"). */
    private static final int CAPS_TITLE_WORDS = 4;

    /** The rubric's heading cues of each component. */
    private final HeadingCues cues;
    /** The component an unheaded paragraph's topic sentence names. */
    private final TopicSentences topics;
    /** Components a learner proposes (the fixes), not describes. */
    private final Set<String> proposed;
    /** The component keys in the rubric's (the assignment's) order. */
    private final List<String> order;
    /**
     * A JSON field whose value is a number, a truth value or an object of fields: a pasted grade ({@code "total": 12,
     * "labels": {"system": 2}), not a sentence. A field whose value is text ({@code "proxy_goal": "flag shifts with
     * long legs"}) is a learner's answer written as a config file, read as a label and its content.
     */
    private static final java.util.regex.Pattern JSON_FIELD =
            java.util.regex.Pattern.compile("\"[a-z_]+\"\\s*:\\s*(-?\\d|true\\b|false\\b|\\{\\s*\")");
    /** Which part a cue that names the training (or a note that names a part) stands for, where it stands. */
    private final TrainingParts training;
    /** Phrases that address the grader rather than describe a case ("ignore the rubric", "full marks"). */
    private final Map<String, List<List<String>>> directivesByFirst;

    Structure(Rubric rubric) {
        this.cues = new HeadingCues(rubric);
        this.order = List.copyOf(cues.byComponent().keySet());
        // a component met by proposing (a rule that needs the rubric's imperative concept) is a fix
        Set<String> fixes = new HashSet<>();
        for (Rubric.Component c : rubric.components()) {
            for (Rubric.Criterion cr : c.criteria()) {
                for (Rubric.Rule rule : cr.rules()) {
                    if (rule.all().contains(rubric.imperativeConcept())) fixes.add(c.key());
                }
            }
        }
        this.proposed = Set.copyOf(fixes);
        this.topics = new TopicSentences(cues, proposed);
        this.training = new TrainingParts(cues, order, proposed);
        Map<String, List<List<String>>> byFirst = new java.util.HashMap<>();
        for (String d : rubric.gaming().graderDirectives()) {
            List<String> cue = Reading.terms(d);
            byFirst.computeIfAbsent(cue.get(0), k -> new ArrayList<>()).add(cue);
        }
        this.directivesByFirst = Map.copyOf(byFirst);
    }

    /** Text addressed to the grader: one of the directive phrases, or a pasted JSON grade ({@code "total": 12}). */
    private boolean directive(Reading r, int i) {
        Sentence s = r.sentence(i);
        String text = r.text().substring(s.start(), s.end());
        if (text.contains("{\"") || JSON_FIELD.matcher(text).find()) return true;
        // only cues whose first word is in the sentence are tried
        String[] terms = r.terms(i);
        for (int k = 0; k < terms.length; k++) {
            for (List<String> cue : directivesByFirst.getOrDefault(terms[k], List.of())) {
                if (r.indexOf(i, k, Math.min(terms.length, k + cue.size()), cue) == k && addresses(s)) return true;
            }
        }
        return false;
    }

    private static final Set<String> ADDRESSING = Set.of("i", "me", "my", "we", "us", "our", "you", "your",
            "please", "grader", "marker", "grading", "marking", "rubric", "deserve", "deserves", "give", "award", "ignore",
            "disregard");

    /**
     * The sentence speaks to its reader: a person ("I", "you", "please"), a request ("give", "award", "ignore") or
     * the grader named. "The policy got full marks either way during training" describes the case.
     */
    private static boolean addresses(Sentence s) {
        for (Token t : s.tokens()) if (ADDRESSING.contains(t.word().toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** The most words of a document's own section title in the shape of its part headings ("What we found"). */
    private static final int BARE_TITLE_WORDS = 5;

    private static boolean opensCapitalised(Sentence s) {
        Token first = Layout.firstWord(s);
        return first != null && Character.isUpperCase(first.word().codePointAt(0));
    }

    /** Headings, inline labels and the section (set of component keys) of every sentence. */
    Sections read(Reading r) {
        List<Sections.Place> places = new ArrayList<>();
        Set<String> present = new HashSet<>();
        Map<String, Integer> declaredAbsent = new java.util.HashMap<>();   // parts said not written, where
        Set<String> current = Set.of();      // from the last heading
        boolean tableHeads = false;          // `current` was set by a table row's first cell: it ends with the table
        Set<String> label = null;            // from an inline label, for the rest of its line
        Set<String> paragraph = Set.of();    // from an unheaded paragraph's topic sentence
        int labelLine = -1;
        boolean labelHeads = false;          // a marked label line heads the rest of its paragraph
        boolean labelOverBullets = false;    // a label line that is no bullet heads the bullets below it
        int passage = -1, block = 0;         // passage: a paragraph or a heading's line; block: from one heading to the next
        boolean[] fenced = Layout.fenced(r);
        Set<String> speakers = speakers(r);
        boolean lowerCaseProse = !org.casemark.nlp.Shouting.shouted(r.text());
        boolean bareHeadings = false;        // a part's heading stood alone in its paragraph, without a full stop
        int headNumber = -1;                 // the list number of the numbered label line that set `current`
        String asker = null;                 // the speaker whose question set `current`
        String turnBy = null;                // the speaker of the turn on line `turnLine`
        int turnLine = -1, askLine = -1;
        for (int i = 0; i < r.size(); i++) {
            Sentence s = r.sentence(i);
            if (fenced[i]) {
                // a line of a fenced code block ("```yaml ... training: ... ```") is data the write-up quotes, not a
                // heading or a label: it stays in the section it is pasted into
                int line = r.text().lastIndexOf('\n', Math.max(0, s.start() - 1)) + 1;
                boolean fence = Layout.FENCE.matcher(r.text().substring(line, s.end())).lookingAt();
                if (i == 0 || Layout.startsParagraph(r, s)) passage++;
                Set<String> here = label != null ? label : !current.isEmpty() ? current : paragraph;
                places.add(new Sections.Place(fence, 0, new TreeSet<>(here), Math.max(passage, 0), block, false,
                        label != null || !current.isEmpty()));
                if (!fence) present.addAll(here);
                continue;
            }
            // "| PPO 50M (eval maps) | 17,960 |" heads its row, and the table; the prose after the table is not under it
            if (tableHeads && Layout.startsLine(r, s) && !Layout.tableLine(r, s)) {
                current = Set.of();
                tableHeads = false;
                block++;
            }
            if (directive(r, i)) {
                // earns nothing, and changes no section: as if it were not there
                places.add(new Sections.Place(true, 0, new TreeSet<>(), Math.max(passage, 0), block, true, false));
                continue;
            }
            boolean heading = false;
            int contentFrom = 0;                 // after an inline label
            boolean ownLabel = false;            // the sentence names its own part: a label, or a topic sentence
            if (headNumber > 0 && Layout.startsParagraph(r, s) && Layout.itemNumber(r, s) == headNumber + 1
                    && !labelledLine(r, i)) {
                // "3. Proxy: it might learn ..." heads the paragraphs below it, and "4. The company buys a new quarry
                // ..." is the next item of the same list: it ends the label's reach. Numbered as the assignment
                // numbers its parts (the label's number is its part's place), the item is the next part, if that
                // part is one a learner describes; else it is a section of its own (a topic sentence may place it)
                headNumber++;
                String next = headNumber <= order.size() ? order.get(headNumber - 1) : null;
                current = next != null && !proposed.contains(next) ? Set.of(next) : Set.of();
                asker = null;
                label = null;
                block++;
            }
            // "**2. The aligned goal: what the designers wanted the system to optimize.**" and its answer on the next
            // line: a marked (bold, numbered, '#') label line heads the rest of its paragraph; a plain one its line
            // "PROXY -> follow the strongest signal" and, below it in the same paragraph, "-> practice field always had
            // ONE transmitter buried": the bullets under a label that is not itself a bullet are its content
            boolean underLabel = labelOverBullets && Layout.bulletLine(r, s) && !Layout.startsParagraph(r, s);
            if (label != null && s.line() != labelLine && !(labelHeads && !Layout.startsParagraph(r, s)) && !underLabel) label = null;
            boolean lineAlone = Layout.startsLine(r, s) && Layout.endsLine(r, s);
            int words = s.wordCount();
            String last = s.tokens().get(s.tokens().size() - 1).word();
            boolean terminal = last.equals(".") || last.equals("?") || last.equals("!");
            // a row of a table pasted with tabs ("Factor<TAB>Training (lab)<TAB>Deployment (homes)") heads nothing,
            // nor does a Markdown table's cell after the first of its row ("| Overfitting | In training | ...")
            boolean tableRow = r.text().substring(s.start(), s.end()).strip().indexOf('\t') > 0
                    || Layout.tableColumn(r, s) > 0;
            // "RESULTS", "KNOWN LIMITATIONS": in prose written in lower case, a short line of capitals alone after the
            // first is a document's section title, marked as a '#' is; naming no part of the assignment, it ends the
            // reach of the heading before it (the first line titles the whole text, and may name its system)
            boolean marked = Layout.markedHeading(r, s)
                    || (i > 0 && lowerCaseProse && lineAlone && words <= CAPS_TITLE_WORDS && !terminal
                        && Layout.capitals(r, s))
                    // "What the Department intended" headed a part on a line of its own: "What we found", a line of
                    // the same shape (a title's words, a capital first, no full stop), is the document's next section
                    // and ends the part's reach
                    || (bareHeadings && lineAlone && words <= BARE_TITLE_WORDS && !terminal && !last.equals(":")
                        && Layout.startsParagraph(r, s) && Layout.titleWords(s) && opensCapitalised(s));
            // only a short sentence can be a heading: long ones skip the cue search
            boolean markedLine = marked && lineAlone && words <= 12;
            // "5. Propose a change to the training distribution." alone in its paragraph, its answer in the paragraph
            // below: the assignment's next part, numbered as the assignment numbers it and named, asked as a heading
            // whatever its full stop (a list of one-line answers goes on with the next number, not with an answer)
            boolean nextPart = headNumber > 0 && headNumber < order.size() && Layout.itemNumber(r, s) == headNumber + 1
                    && words <= NUMBERED_PART_WORDS && Layout.aloneInParagraph(r, s) && answeredBelow(r, s)
                    // ("5. Changes: for training I would use more diverse data." is a label and its answer)
                    && Layout.labelColon(s) < 0;
            // "ACTIONS / 1. RoadClear suspended for the 10K / 2. Tallis to retrain the model with more data": items of
            // a numbered list that say something, one under the other, are its content, not headings
            boolean listedItem = s.hasVerb() && Layout.numberedRun(r, s);
            Set<String> cue = (words <= 8 || markedLine || nextPart) && !tableRow
                    ? cues.components(r, i, 0, s.tokens().size()) : Set.of();
            nextPart = nextPart && cue.contains(order.get(headNumber));
            // "Blimp camera chases gull, misses winning goal": a headline whose one cue word comes late names no part
            // (a headline tells news with a verb; "What I would change in training" asks, "Changes to training" names)
            if (!cue.isEmpty() && !marked && LineShapes.tellsNews(s) && !Layout.whLabel(s) && !last.equals("?") && !last.equals(":")
                    && cues.lateOneWord(r, i)) cue = Set.of();
            // "(still need to add the two fixes!!)": a line that says a part is still to do names it, and heads nothing;
            // the part it names is declared absent, however long the line
            if (r.defers(i)) {
                List<String> named = order.stream().filter(cues.components(r, i, 0, s.tokens().size())::contains).toList();
                for (String k : Deferrals.deferredParts(r.text().substring(s.start(), s.end()), named)) {
                    declaredAbsent.putIfAbsent(k, i);
                }
                cue = Set.of();
            } else {
                // "Fixes: train it on more different decks, and for the evaluation part idk yet, will add it later": a
                // clause admits that one part is not done; the rest of the sentence still answers
                int[] clause = NonClaims.admittingClause(r, i);
                if (clause != null) {
                    Set<String> named = cues.components(r, i, clause[0], clause[1]);
                    if (named.size() == 1) declaredAbsent.putIfAbsent(named.iterator().next(), i);
                }
            }
            // "RECOMMENDATIONS / 1. Change what the model trains on. / 2. Change how the model is accepted.": under
            // the fixes' heading, a heading that opens with a verb telling what to do is one of the fixes, whatever
            // else its words name (here the system)
            if (!cue.isEmpty() && !current.isEmpty() && proposed.containsAll(current)
                    && java.util.Collections.disjoint(cue, proposed) && LineShapes.imperative(s)) cue = current;
            // "fix would be more training data", "goal is reset the pins right": a line without a full stop that says
            // what its part is, as hurried writing does, is the part's content, not its heading
            if (!cue.isEmpty() && !terminal && !last.equals(":") && !Layout.hashHeading(r, s) && !Layout.whLabel(s)
                    && LineShapes.statesIt(s)) cue = Set.of();
            if (words == 0) {
                heading = true;
            } else if (nextPart) {
                heading = true;
                current = Set.of(order.get(headNumber));
                tableHeads = false;
                label = null;
                asker = null;
            } else if (!listedItem && ((lineAlone && words <= 8 && (!terminal || (last.equals("?") && !cue.isEmpty()))
                    && (!cue.isEmpty() || marked || last.equals(":")) && !labelWithContent(r, s)
                    // "• More diverse training photos / • Test more before launch": items of a list, not headings
                    && (marked || !Layout.listItem(r, s)))
                    // "## Fix 1: changing the training distribution" - a marked line of its own heads what follows
                    // ... but "<b>Training:</b> more songs and more choirs" is a label with its content, not a heading
                    || (markedLine && !cue.isEmpty() && (!terminal || !s.hasVerb() || Layout.nameLike(s))
                        && (Layout.hashHeading(r, s) || !labelWithContent(r, s))))) {
                heading = true;
                current = training.nestedUnderProposals(r, i, cue, current);
                tableHeads = Layout.tableColumn(r, s) == 0;
                label = null;
                asker = null;
                bareHeadings |= !cue.isEmpty() && lineAlone && !terminal && Layout.startsParagraph(r, s);
            } else if (Layout.outlineTitle(r, s) && words <= 8 && terminal
                    // ("7.6 Mitigations proposed." on its own line: a part's name and a word or two, whatever their
                    // case; "4.3 Training data. The Department will ..." runs in, and tells of the data)
                    && (Layout.titleWords(s) || (!cue.isEmpty() && words <= OUTLINE_CUE_WORDS && lineAlone))) {
                // "3.2 Why the proxy is indistinguishable in training. At all three sites ...", "4.1 Body scan data.":
                // a report's numbered sub-section title, run in or on its own line, heads its paragraph; it earns
                // nothing, and names the part it is about when its words do
                heading = true;
                if (!cue.isEmpty()) {
                    label = training.nestedUnderProposals(r, i, cue, current);
                    labelLine = Layout.lastLine(r, s);
                    labelOverBullets = !Layout.bulletLine(r, s);
                    labelHeads = true;
                }
            } else if (Layout.startsLine(r, s) && words <= 6 && !cue.isEmpty() && !labelWithContent(r, s)
                    && (marked || (terminal && (!s.hasVerb() || Layout.whLabel(s) || (cue.size() == 1 && cues.namesOnlyItsPart(r, i, words)))))) {
                // "What we changed in training. We rebuilt the generator ..." - a question-shaped run-in label too
                // "**Distribution shift.** In 2024 the site ..." - a run-in heading: a label for its line
                heading = true;
                if (lineAlone && s.tokens().stream().noneMatch(t -> t.word().equals(":"))) {
                    // "Change to the training distribution." alone on its line, its answer on the lines below: it
                    // heads them, as a heading without the full stop does (not "MYTH: More data always fixes it.",
                    // a label's line)
                    current = training.nestedUnderProposals(r, i, cue, current);
                    tableHeads = false;
                    label = null;
                    asker = null;
                } else {
                    label = training.nestedUnderProposals(r, i, cue, current);
                    ownLabel = true;
                    labelLine = Layout.lastLine(r, s);
                    labelOverBullets = !Layout.bulletLine(r, s);
                    labelHeads = false;
                }
            } else {
                int colon = labelEnd(r, s);
                // "[14:06] Luis (PostPeek Support): Pretty much!" - a chat line's time stamp, its speaker and role
                int stamp = Layout.chatStamp(s);
                int stampedColon = stamp > 0 ? Layout.labelColon(s, stamp) : -1;
                boolean stamped = stampedColon > 0 && Layout.stampedSpeaker(s, stamp, stampedColon);
                if (stamped) colon = stampedColon;
                // "DANA: Train it on more hearings." - a speaker's name before the colon: what follows is the
                // sentence, as it is after a label (an imperative opens it), and the section stays as it was
                boolean spoken = colon > 0 && Layout.startsLine(r, s) && (stamped
                        || Layout.speaker(s, colon) || (colon == 1 && speakers.contains(s.tokens().get(0).word().toLowerCase(Locale.ROOT))));
                if (spoken) {
                    contentFrom = colon + 1;
                    // "SAM: And the goal is what, just get the words right?" - a speaker's question that names a
                    // part of the assignment heads the answers after it, as a question-shaped heading does
                    Set<String> asked = last.equals("?") && words - colon <= 12
                            ? cues.components(r, i, contentFrom, s.tokens().size()) : Set.of();
                    String who = speakerName(s, stamped ? stamp : 0, colon);
                    turnBy = who;
                    turnLine = Layout.lastLine(r, s);
                    if (asked.size() == 1) {
                        heading = true;
                        current = asked;
                        label = null;
                        asker = who;
                        askLine = turnLine;
                    } else if (last.equals("?") && who.equals(asker)) {
                        // "COUNSEL: Promptly?" - the asker's next question, naming no part, ends the answers to the
                        // last one: what follows is no longer under it
                        current = Set.of();
                        asker = null;
                        block++;
                    }
                    // "Me: training: get more diverse users into the data." - a label after the speaker's name
                    int second = heading ? -1 : Layout.labelColon(s, contentFrom);
                    Set<String> labelled = second > 0 ? cues.components(r, i, contentFrom, second) : Set.of();
                    if (!labelled.isEmpty()) {
                        label = labelled;
                        labelLine = Layout.lastLine(r, s);
                        labelOverBullets = !Layout.bulletLine(r, s);
                        labelHeads = false;
                        contentFrom = second + 1;
                    }
                } else if (asker != null && asker.equals(turnBy) && s.line() == turnLine && turnLine != askLine && last.equals("?")
                        && cues.components(r, i, 0, s.tokens().size()).isEmpty()) {
                    // "COUNSEL: July ninth. First week of seasonal staff, correct?" - the asker's next question,
                    // naming no part, ends the answers to the last one: what follows is no longer under it
                    current = Set.of();
                    asker = null;
                    block++;
                }
                // ("Retrain: ..." reads as a speaker too, and its name is a cue: the label stands)
                if (colon > 0 && !heading && contentFrom <= colon + 1) {
                    Set<String> cued = training.describedTraining(r, i, colon, cues.components(r, i, 0, colon), current,
                            present);
                    if (!cued.isEmpty()) {
                        contentFrom = colon + 1;
                        if (marked && Layout.startsLine(r, s) && Layout.aloneInParagraph(r, s)) {
                            // "2. The aligned goal: what the designers wanted the system to optimize." on a line
                            // and in a paragraph of its own, the answer in the paragraphs below: it heads them as a
                            // heading does, and its own words after the colon are read as any sentence's
                            current = cued;
                            asker = null;
                            label = null;
                            block++;
                            headNumber = numberedAsAssigned(r, s, cued);
                        } else {
                            label = cued;
                            ownLabel = true;
                            labelLine = Layout.lastLine(r, s);
                            labelOverBullets = !Layout.bulletLine(r, s);
                            labelHeads = marked && Layout.startsLine(r, s);
                            // "Fixes: 1) training: check all labels twice": a narrower label after a broad one
                            int second = Layout.labelColon(s, contentFrom);
                            Set<String> narrower = second > 0 ? cues.components(r, i, contentFrom, second) : Set.of();
                            if (!narrower.isEmpty() && cued.containsAll(narrower) && narrower.size() < cued.size()) {
                                label = narrower;
                                contentFrom = second + 1;
                            }
                        }
                    }
                }
            }
            boolean newParagraph = i == 0 || Layout.startsParagraph(r, s);
            if (newParagraph) paragraph = Set.of();
            if (newParagraph || heading || (i > 0 && places.get(i - 1).heading())) passage++;
            if (heading && label == null) {
                block++;
                headNumber = words == 0 ? headNumber : numberedAsAssigned(r, s, current);
            }
            if (current.isEmpty() && label == null && !heading) {
                Set<String> topic = topics.components(r, i, contentFrom);
                if (!topic.isEmpty()) {
                    paragraph = topic;
                    ownLabel = true;
                }
            }
            Set<String> here = label != null ? label : !current.isEmpty() ? current : paragraph;
            boolean cued = label != null || !current.isEmpty();
            places.add(new Sections.Place(heading, contentFrom, new TreeSet<>(here), passage, block, false, cued,
                    ownLabel && !heading));
            if (!heading) present.addAll(here);
        }
        if (partsListed(r, places)) {
            present.clear();
            for (Sections.Place p : places) if (!p.heading()) present.addAll(p.section());
        }
        return new Sections(places, present, declaredAbsent, training.notedAbsent(r.text()));
    }

    /** The most words a numbered line that asks for the assignment's next part may have. */
    private static final int NUMBERED_PART_WORDS = 12;

    /** The paragraph after sentence {@code s}'s is not a numbered item: an answer, not the list's next line. */
    private static boolean answeredBelow(Reading r, Sentence s) {
        int k = Layout.afterLine(r, s);
        return k < r.size() && Layout.itemNumber(r, r.sentence(k)) < 0;
    }

    /** Headings in a row, numbers aside, that list the assignment's parts rather than head them. */
    private static final int LISTED_PARTS = 3;

    /**
     * A list of the assignment's parts ("1. The AI system / 2. The aligned goal / ... / 6. Fix to the evaluation"):
     * headings in a row, with only their numbers between them, head nothing, not even the last of them, whose section
     * would otherwise hold whatever follows the list (a write-up pasted below it again). Changes {@code places} in
     * place; true where it found such a list.
     */
    private static boolean partsListed(Reading r, List<Sections.Place> places) {
        boolean found = false;
        for (int i = 0; i < places.size(); i++) {
            // (different parts: "# 3. PROXY" over "# what it probably learned instead:" heads the proxy twice)
            Set<Set<String>> parts = new HashSet<>();
            int j = i;
            for (; j < places.size() && (places.get(j).heading() || LineShapes.numberOnly(r.sentence(j))); j++) {
                if (places.get(j).heading() && !places.get(j).section().isEmpty()) parts.add(places.get(j).section());
            }
            if (parts.size() < LISTED_PARTS || j >= places.size()) {
                i = Math.max(i, j);
                continue;
            }
            SortedSet<String> last = places.get(j - 1).section();
            if (!places.get(j - 1).heading()) {
                i = j;
                continue;
            }
            for (int k = j; k < places.size() && !places.get(k).heading(); k++) {
                Sections.Place p = places.get(k);
                if (!p.section().equals(last) || p.contentFrom() > 0) break;
                places.set(k, new Sections.Place(false, 0, new TreeSet<>(), p.passage(), p.block(), p.directive(), false));
                found = true;
            }
            i = j;
        }
        return found;
    }

    /** The words from {@code from} to a speaker's colon, lower-cased ("the court" in "THE COURT: Sustained."). */
    private static String speakerName(Sentence s, int from, int colon) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < colon; k++) b.append(k == from ? "" : " ").append(s.tokens().get(k).word().toLowerCase(Locale.ROOT));
        return b.toString();
    }

    /**
     * The line of sentence {@code i} (or of the sentence after a number split off as its own) names its part: a label
     * ("4. Distribution shift: ...") or a short heading ("4. Where it goes wrong"), which sets the section itself.
     */
    private boolean labelledLine(Reading r, int i) {
        Sentence own = r.sentence(i);
        boolean bare = Layout.NUMBERED.matcher(r.text().substring(own.start(), own.end()).strip()).matches();
        int j = bare && i + 1 < r.size() && r.sentence(i + 1).line() == own.line() ? i + 1 : i;
        Sentence s = r.sentence(j);
        int colon = labelEnd(r, s);
        if (colon > 0 && !cues.components(r, j, 0, colon).isEmpty()) return true;
        // "2. What has happened" on a line of its own is a heading, whether or not it names a part
        String last = s.tokens().get(s.tokens().size() - 1).word();
        if (Layout.endsLine(r, s) && s.wordCount() <= 8 && !last.equals(".")) return true;
        return s.wordCount() <= 12 && !cues.components(r, j, 0, s.tokens().size()).isEmpty();
    }

    /**
     * The list number of a numbered label or heading line when it is its part's place in the assignment ("3. Proxy:"
     * in a write-up numbered as the assignment is), else -1: only then does the next number name the next part.
     */
    private int numberedAsAssigned(Reading r, Sentence s, Set<String> cued) {
        int n = Layout.itemNumber(r, s);
        return cued.size() == 1 && n >= 1 && n <= order.size() && order.get(n - 1).equals(cued.iterator().next()) ? n : -1;
    }

    /** "Intended goal: identify the produce" is a labelled line with content, not a heading. */
    private boolean labelWithContent(Reading r, Sentence s) {
        int colon = labelEnd(r, s);
        Set<String> labelled = colon < 0 ? Set.of() : cues.components(r, s.index(), 0, colon);
        if (labelled.isEmpty()) return false;
        int after = 0;
        for (Token t : s.tokens().subList(colon + 1, s.tokens().size())) if (t.isWord()) after++;
        // "Fix 1: training distribution" on a line of its own: what follows the colon names the labelled part
        // again, a few words without a verb, not an answer ("FIX: TRAINING DATA" names another part): a heading
        // (its words all a cue's, a "training" the tagger reads as a verb is the cue's: "Fix - training distribution")
        if (after <= TITLE_WORDS && Layout.startsLine(r, s) && Layout.endsLine(r, s)
                && cues.onlyCue(r, s.index(), colon + 1, s.tokens().size())
                && labelled.containsAll(cues.components(r, s.index(), colon + 1, s.tokens().size()))) return false;
        return after >= 2;
    }

    /** An outline's numbered title this short that names a part heads its paragraph, however its words are cased. */
    private static final int OUTLINE_CUE_WORDS = 3;

    /** At most this many words after a label's colon may name its part again (a heading, not a label's content). */
    private static final int TITLE_WORDS = 4;

    /**
     * Where the label that opens sentence {@code s} ends ({@link Layout#labelColon}), -1 for none. An equals sign ends
     * a label only on a line of its own ("c) Proxy = pick green pods"); inside a paragraph it is the learner's
     * shorthand ("... between rounds. Training data = a few hundred title fights"), which heads nothing.
     */
    private int labelEnd(Reading r, Sentence s) {
        int end = Layout.labelColonOrDash(s), colon = Layout.labelColon(s);
        // a dash ends a label only where the label's words are all a part's name ("proxy - it learnt to go off the
        // coffin size", "The aligned goal - keep the panels clean"), not a title's ("WoofDrop Support - Live chat") nor
        // a note's ("Looks fine in training - mean error ~15 min")
        // (nor a table cell's: "| Fix – training data | more cities |" heads its row)
        if (end > 0 && end != colon && (!cues.onlyCue(r, s.index(), 0, end) || Layout.tableColumn(r, s) >= 0)) {
            end = colon;
        }
        return end > 0 && s.tokens().get(end).word().equals("=") && !Layout.startsLine(r, s) ? -1 : end;
    }

    /** How many lines a one-word label must open before it is read as a speaker's name. */
    private static final int SPEAKER_LINES = 3;

    /**
     * The speakers of a dialogue or a chat: one-word labels ("me:", "Sam:", "Tutor:") that open at least
     * {@link #SPEAKER_LINES} lines and name no part of the assignment.
     */
    private Set<String> speakers(Reading r) {
        // distinct lines: a write-up pasted twice has no more speakers than once
        Map<String, Set<String>> opened = new java.util.HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            Sentence s = r.sentence(i);
            if (!Layout.startsLine(r, s) || Layout.labelColon(s) != 1) continue;
            String w = s.tokens().get(0).word();
            if (!w.chars().allMatch(Character::isLetter) || !cues.components(r, i, 0, 1).isEmpty()) continue;
            opened.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new HashSet<>()).add(r.text().substring(s.start(), s.end()));
        }
        Set<String> out = new HashSet<>();
        opened.forEach((w, lines) -> {
            if (lines.size() >= SPEAKER_LINES) out.add(w);
        });
        return out;
    }

}


