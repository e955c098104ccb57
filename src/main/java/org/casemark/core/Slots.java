package org.casemark.core;

import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The learner's own words for the parts of their case, read once from the sentences that met the rubric's criteria
 * (the rubric's {@code slots} say which criterion and how): the system ("HiveEar", "the wheeled robot", read by
 * {@link SystemNames}), the proxy ("put whatever is lying on the floor into the bin", read here), and the write-up's
 * most frequent own nouns. Feedback is written with them, so that it is about this learner's scenario. A slot the
 * write-up does not fill is absent, never a placeholder.
 */
final class Slots {
    private static final java.util.regex.Pattern NUMERAL_MARK = java.util.regex.Pattern.compile(".*[0-9%~].*");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    /** One slot's words and the sentence they come from. */
    record Slot(String text, int sentence) {
    }

    /**
     * The slots filled for one write-up, by name; its own most frequent nouns (most frequent first); and, for a slot
     * whose criterion was met in a sentence that names it in no words {@code read} takes, that sentence's most
     * frequent own noun ("sys = smart smoke alarm, fewer false alarms" leaves the system as "your smoke system").
     */
    record Filled(Map<String, Slot> slots, List<String> ownNouns, Map<String, String> nouns) {
        Filled {
            slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
            ownNouns = List.copyOf(ownNouns);
            nouns = Map.copyOf(nouns);
        }

        Filled(Map<String, Slot> slots, List<String> ownNouns) {
            this(slots, ownNouns, Map.of());
        }

        /**
         * A slot's words as feedback quotes them: an aside cut before its closing bracket closed ("AI BOWLS COACH
         * (phone app)"), no list marker or half an aside before them.
         */
        String text(String slot) {
            Slot s = slots.get(slot);
            return s == null ? null : Brackets.tidy(s.text());
        }
    }

    private static final int MAX_WORDS = 12;
    /** Verbs whose "like" ends a phrase: "what the card looks like", "what a full pen sounds like". */
    private static final Set<String> LIKENED = Set.of("look", "sound", "feel", "seem", "smell", "taste");
    /** How many of a write-up's most frequent own nouns may name an unnamed part. */
    private static final int FREQUENT = 10;
    /** How many of them a grade keeps as the write-up's own nouns (most frequent first, ties alphabetical). */
    private static final int OWN_NOUNS = 5;
    private static final Set<String> OPENERS = Set.of("TO", "MD", "PRP", "VBZ", "VBD", "IN", "EX", "RB", "UH");
    private static final Set<String> SKIPPED = Set.of("that", "be", "been", "say", "think", "goal", "goals", "proxy",
            "is", "was", "would", "could", "'d", "probably", "maybe", "basically", "just", "what");
    private static final Set<String> SUBORDINATORS = Set.of("that", "if", "whenever", "until", "unless", "as",
            "because", "while", "once");
    // ("when" and "if" open the goal's own condition: "take a batch out when the skin reached a deep copper colour")
    private static final Set<String> CLAUSE_OPENERS = Set.of("because", "since", "which", "while", "whereas", "so",
            "but", "although", "though", "where", "and");
    private static final Set<String> STOP_AFTER = Set.of(".", ";", "!", "?", ":", "(", ")", "-LRB-", "-RRB-",
            "-", "--", "\u2013", "\u2014");

    private final Map<String, Rubric.SlotRule> rules;
    /** The concepts of the lesson's own example: a sentence about it names the course's system, not the learner's. */
    private final List<String> lessonExample;
    private final Set<String> courseNouns;
    private final SystemNames names;

    Slots(Rubric rubric, Set<String> courseNouns) {
        this.lessonExample = List.copyOf(rubric.gaming().lessonExample());
        this.rules = rubric.slots();
        this.courseNouns = Set.copyOf(courseNouns);
        this.names = new SystemNames(rubric, courseNouns);
    }

    private static final Set<String> DENIALS = Set.of("not", "n't", "never");
    /** How many words before a phrase its denial may stand ("didn't buy a normal detector": the verb between). */
    private static final int DENIAL_REACH = 3;

    /**
     * The sentence denies {@code phrase}: "not", "n't" or "never" stands a few words before the phrase, in its clause
     * ("he didn't buy a normal detector"). Not {@link Reading#negation}'s "no": it opens names ("a no-show predictor").
     */
    private static boolean deniedBefore(Reading r, int sentence, String phrase) {
        List<Token> ts = r.sentence(sentence).tokens();
        String[] words = phrase.strip().split("\\s+");
        String last = words[words.length - 1].toLowerCase(Locale.ROOT);
        for (int k = 0; k < ts.size(); k++) {
            if (!ts.get(k).word().toLowerCase(Locale.ROOT).equals(last)) continue;
            int clause = r.clause(sentence, k);
            int reach = Math.max(0, k - words.length - DENIAL_REACH);
            for (int j = k - 1; j >= reach && r.clause(sentence, j) == clause; j--) {
                if (DENIALS.contains(ts.get(j).word().toLowerCase(Locale.ROOT))) return true;
            }
            return false;
        }
        return false;
    }

    Filled read(Reading r, Sections sections, ConceptMatches matches, Credits credits, MetCriteria met) {
        Map<String, Slot> out = new LinkedHashMap<>();
        Map<String, Integer> unnamed = new LinkedHashMap<>();
        Set<String> people = names.persons(r);
        // the names that are not the system's: people's and companies' ("TrickBase Ltd")
        Set<String> persons = new java.util.HashSet<>(people);
        persons.addAll(TextNames.companies(r));
        for (Map.Entry<String, Rubric.SlotRule> e : rules.entrySet()) {
            Rubric.SlotRule rule = e.getValue();
            Integer sentence = null;
            String owner = null;
            for (Map.Entry<String, Map<String, Integer>> m : met.met().entrySet()) {
                if (m.getValue().containsKey(rule.criterion())) {
                    sentence = m.getValue().get(rule.criterion());
                    owner = m.getKey();
                }
            }
            if (sentence == null) continue;
            String text = switch (rule.take()) {
                case "phrase" -> {
                    String p = names.phraseAround(r, sections, matches, sentence, rule.concept(), persons);
                    // "he didn't buy a normal detector. He bought one with AI": a phrase the sentence denies is what
                    // the system is not; the name the write-up uses again says what it is
                    if (p != null && deniedBefore(r, sentence, p)) p = null;
                    // "the machine-learning systems" is a kind; "TallyNet", used again and again, is this one
                    NameUses uses = names.nameUses(r, matches, rule.concept());
                    // ... and a name the write-up gives it ("which we will call RibVision") names it better than the
                    // noun phrase of one sentence ("Traditionally a human grader looks ...")
                    String given = uses.given(persons);
                    String name = p == null || SystemNames.plural(p) ? uses.recurring(persons)
                            : p.equals(given) ? null : given;
                    // ... and so does a product's name in the title ("GM case study: TapTune") where the sentence's
                    // noun phrase does not hold it ("the Phone app"); not where that phrase is a product's name
                    // itself ("system = PartFinder" under "[WhatsApp chat export ...]": the title names the medium)
                    if (name == null && p != null && !namesAProduct(p)) {
                        String titled = names.titleProduct(r, sections, persons);
                        if (titled != null && !p.contains(titled)) name = titled;
                    }
                    // ... and so does the product's name the write-up gives it, where the phrase comes from a line
                    // without a verb ("Bereavement Services Network forum > Technology & Equipment", a forum's
                    // breadcrumb over a post about "CommitCue")
                    if (name == null && p != null && !namesAProduct(p) && !r.sentence(sentence).hasVerb()) {
                        name = uses.product(persons);
                    }
                    yield name != null ? name : p == null ? null : SystemNames.singular(p, r.text());
                }
                default -> after(r, sections, matches, credits, sentence, rule.concept());
            };
            // "Our system was trained on photos of balance wheels ... Later the balance-regulation robot was sold":
            // the sentence that met the criterion names the system only generically; another sentence that names it
            // in the write-up's own words does
            if ((text == null || text.isBlank()) && rule.take().equals("phrase")) {
                Slot other = fromAnother(r, sections, owner, matches, credits, sentence, rule.concept(), i -> {
                    String p = names.phraseAround(r, sections, matches, i, rule.concept(), persons);
                    // ... a phrase with a noun or a name of the scenario ("the alarm-triage model", not "the
                    // smaller network")
                    return p != null && !SystemNames.plural(p) && names.ownNoun(r, i, p) ? SystemNames.singular(p, r.text()) : null;
                });
                if (other != null) {
                    text = other.text();
                    sentence = other.sentence();
                }
            }
            // "Case study: JasmineSort, a bud sorter for ...", "Case study: stitch-planning model for embroidery
            // machines": a title names the write-up's system where no sentence says it in the scenario's words
            if ((text == null || text.isBlank()) && rule.take().equals("phrase") && (sections.heading(0) || titled(r))) {
                // ... unless the text gives the system a product's name ("Bereavement Services Network forum > ..."
                // over a post about "CommitCue")
                String product = names.nameUses(r, matches, rule.concept()).product(persons);
                String t = product != null ? product : names.titleName(r, sections, matches, rule.concept(), persons);
                if (t != null) {
                    text = t;
                    sentence = 0;
                }
            }
            // "System: AI that designs 3D-printed insoles": where nothing else names it, the system's word and what it
            // does, in the sentence that met the criterion or another that earns credit
            if ((text == null || text.isBlank()) && rule.take().equals("phrase")) {
                text = names.toldBy(r, matches, sentence, rule.concept());
                Slot other = text != null ? null
                        : fromAnother(r, sections, owner, matches, credits, sentence, rule.concept(),
                                i -> names.toldBy(r, matches, i, rule.concept()));
                if (other != null) {
                    text = other.text();
                    sentence = other.sentence();
                }
            }
            // "im doing PujaBot at our mandir ... the bot should escalate": where no sentence names the system in
            // the scenario's words, the product's name the write-up gives it once
            if ((text == null || text.isBlank()) && rule.take().equals("phrase")) {
                text = names.nameUses(r, matches, rule.concept()).product(persons);
            }
            if (text != null && !text.isBlank()) out.put(e.getKey(), new Slot(text, sentence));
            else unnamed.put(e.getKey(), sentence);
        }
        // a "proxy" that is the system itself ("a kidney matching assistant") names the wrong part: leave it out
        Slot system = out.get("system"), proxy = out.get("proxy");
        if (system != null && proxy != null && (proxy.sentence() == system.sentence()
                || proxy.text().toLowerCase(Locale.ROOT).contains(system.text().replaceFirst("^the ", "").toLowerCase(Locale.ROOT)))) {
            out.remove("proxy");
        }
        // ... and so does one told in the words of what it must be unlike (the intended goal): no name rather
        // than a wrong one
        for (Map.Entry<String, Rubric.SlotRule> e : rules.entrySet()) {
            Slot slot = out.get(e.getKey());
            if (slot == null || e.getValue().unlike() == null) continue;
            for (Map<String, Integer> m : met.met().values()) {
                Integer other = m.get(e.getValue().unlike());
                if (other != null && other != slot.sentence() && mostlyWithin(slot.text(), r, other)) out.remove(e.getKey());
            }
        }
        Map<String, Integer> counts = nounCounts(r, credits, people);
        List<String> ranked = new ArrayList<>(counts.keySet());
        ranked.sort((a, b) -> counts.get(b) - counts.get(a));
        // ... one of the write-up's ten most frequent: a word it names once ("thanks", "half") says little of it
        Set<String> frequent = Set.copyOf(ranked.subList(0, Math.min(FREQUENT, ranked.size())));
        Map<String, String> nouns = new LinkedHashMap<>();
        unnamed.forEach((slot, at) -> {
            String noun = mostFrequent(counts, frequent, credits.scenario(at));
            if (noun != null) nouns.put(slot, noun);
        });
        return new Filled(out, ranked.subList(0, Math.min(OWN_NOUNS, ranked.size())), nouns);
    }

    /** A word of {@code phrase} is a product's name ("PartFinder", "the TallyNet scanner"). */
    private static boolean namesAProduct(String phrase) {
        for (String w : phrase.split("\\s+")) if (SystemNames.productName(w)) return true;
        return false;
    }

    /** Nouns of time say when something happened, not what the system is ("your year system"). */
    private static final Set<String> TIME_NOUNS = Set.of("year", "month", "week", "weekend", "day", "night", "morning",
            "afternoon", "evening", "hour", "minute", "season", "time", "period", "decade", "half", "session");

    /** {@code noun} can name a thing a system is for: not a noun of time. */
    static boolean namesAThing(String noun) {
        return !TIME_NOUNS.contains(noun);
    }

    /**
     * Of {@code words}, the one among {@code frequent} the write-up names most often (a longer one first, ties
     * alphabetical); else null.
     */
    private static String mostFrequent(Map<String, Integer> counts, Set<String> frequent,
                                       java.util.Collection<String> words) {
        String best = null;
        for (String w : new java.util.TreeSet<>(words)) {
            Integer n = counts.get(w);
            if (!frequent.contains(w) || !namesAThing(w)) continue;
            // a longer noun says more of the scenario than a short one ("the washer", not "the box")
            boolean longer = w.length() >= 4, bestLonger = best != null && best.length() >= 4;
            if (best == null || longer && !bestLonger || longer == bestLonger && n > counts.get(best)) best = w;
        }
        return best;
    }

    /**
     * The first words {@code read} finds in another sentence than {@code except} that earns credit, states {@code
     * concept} and is not about the lesson's own example; null when none does.
     */
    private Slot fromAnother(Reading r, Sections sections, String owner, ConceptMatches matches, Credits credits,
                             int except, String concept, java.util.function.IntFunction<String> read) {
        for (int i = 0; i < r.size(); i++) {
            if (i == except || !credits.credited(i) || matches.of(i, concept).isEmpty()) continue;
            // "a local news channel uploads a video about ... a car crash", in the shift's section: another part's
            // sentence does not name the system
            if (!sections.section(i).isEmpty() && !sections.section(i).contains(owner)) continue;
            final int at = i;
            if (lessonExample.stream().anyMatch(c -> matches.has(at, c))) continue;
            String text = read.apply(i);
            if (text != null && !text.isBlank()) return new Slot(text, i);
        }
        return null;
    }

    /** The write-up opens with a line of its own without a full stop: a title. */
    private static boolean titled(Reading r) {
        if (r.size() < 2) return false;
        String first = r.text().substring(r.sentence(0).start(), r.sentence(0).end()).strip();
        int nl = r.text().indexOf('\n', r.sentence(0).start());
        return !first.endsWith(".") && nl >= 0 && nl <= r.sentence(0).end() + 1 && r.sentence(0).tokens().size() <= 16;
    }

    /** {@code word} (lower case) stands somewhere in {@code text} as written in lower case. */
    private static boolean writtenLowerCase(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            boolean start = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
            if (start) return true;
        }
        return false;
    }

    /** The tags a phrase cut short does not end on ("at the", "away from"). */
    private static final Set<String> TRAILING_TAGS = Set.of("IN", "DT", "TO", "CC", "PRP$", "RB");
    /** How the tokenizer writes opening quotation marks. */
    private static final Set<String> QUOTE_MARKS = Set.of("``", "\"", "\u201c", "'", "`", "\u2018");
    private static final Set<String> CLOSING_QUOTES = Set.of("''", "\"", "\u201d", "'", "\u2019");

    /** Marks that can only open a quotation (not a bare "'", which also ends "the engineers'"). */
    private static final Set<String> OPENING_QUOTES = Set.of("``", "\"", "\u201c", "\u2018");
    /** How many words after the concept's hit a quoted rule may open and still be what was learned. */
    private static final int QUOTE_WITHIN = 12;

    /** The words after the concept's first hit, up to a clause break, at most a dozen. */
    private String after(Reading r, Sections sections, ConceptMatches matches, Credits credits, int i, String concept) {
        List<ConceptIndex.Hit> hits = matches.of(i, concept);
        List<Token> ts = r.sentence(i).tokens();
        // "it didn't really learn 'peak starter' at all, it learned my jar": what it learned is after the hit
        // that no negation in its own clause denies
        ConceptIndex.Hit hit = null;
        for (ConceptIndex.Hit h : hits) {
            if (!deniedInClause(r, i, h.from())) {
                hit = h;
                break;
            }
        }
        if (hit == null && !hits.isEmpty()) return null;
        // without the concept, only a label's content ("Proxy goal: ...") says what the slot holds; the opening
        // words of any other sentence ("But on those beaches UV dose") name nothing
        if (hits.isEmpty() && sections.contentFrom(i) == 0) return null;
        // "treated any surface activity as a sign of hunger", "associates a lowered sweep bar with a fault": what
        // it learned to go by is what stands between the verb and "as" / "with", not what follows
        if (hit != null && hit.to() - hit.from() >= 3
                && Set.of("as", "with").contains(ts.get(hit.to() - 1).word().toLowerCase(Locale.ROOT))) {
            int from = hit.from() + 1;
            while (from < hit.to() - 1 && (!ts.get(from).isWord() || ts.get(from).pos().equals("DT"))) from++;
            if (from < hit.to() - 1) return words(r, i, from, hit.to() - 1);
        }
        int start = hit == null ? sections.contentFrom(i) : hit.to();
        int limit = ts.size();
        // "it learns \"brake when the car is going fast\" instead of \"brake when the caravan is swaying\"": what it
        // learned stands between the verb and "instead"; what follows "instead of" is the goal it set aside
        if (hit != null && hit.to() - hit.from() > 2 && ts.get(hit.to() - 1).word().equalsIgnoreCase("instead")) {
            start = hit.from() + 1;
            limit = hit.to() - 1;
        }
        // skip what opens the phrase without saying anything: "is", "that", "I'd say", "could be", "goal"
        boolean quoted = false;
        while (start < limit && (!ts.get(start).isWord() || OPENERS.contains(ts.get(start).pos())
                || SKIPPED.contains(ts.get(start).word().toLowerCase(Locale.ROOT)))) {
            quoted |= QUOTE_MARKS.contains(ts.get(start).word());
            start++;
        }
        // "What it seems to have learned instead, in the words of one of the supplier's engineers, is \"find the
        // reddest part of the crowd\"": a rule of three words or more quoted a few words on is what it learned
        for (int k = start; k < Math.min(limit, start + QUOTE_WITHIN) && !quoted; k++) {
            if (!OPENING_QUOTES.contains(ts.get(k).word())) continue;
            // (a mark after an odd number of marks closes the quotation the hit opened: learned "A" ... as "B")
            int before = 0;
            for (int m = 0; m < k; m++) {
                if (QUOTE_MARKS.contains(ts.get(m).word()) || CLOSING_QUOTES.contains(ts.get(m).word())) before++;
            }
            if (before % 2 == 1) break;
            int close = -1;
            for (int m = k + 1; m < Math.min(limit, k + 1 + 2 * MAX_WORDS) && close < 0; m++) {
                if (CLOSING_QUOTES.contains(ts.get(m).word())) close = m;
            }
            if (close < 0) break;
            int inside = 0;
            for (int m = k + 1; m < close; m++) if (ts.get(m).isWord()) inside++;
            if (inside >= 3) {
                start = k + 1;
                quoted = true;
            }
            break;
        }
        // "the bot can learn is how much the owner is panicking": what is learned comes after "is" or "learn"
        // ("= " opens a label's content, "sim reward = stockouts avoided"; after what it learned, "it picked up 'phone
        // moving towards the lock = owner arriving'", both sides are the cue it learned to take for the goal)
        // ... but a rule quoted whole right after the verb ("can learn \"the big family is the poor family\"") is what
        // it learned, "is" and all
        for (int k = start; k < Math.min(limit - 2, start + 8) && !quoted; k++) {
            String lemma = ts.get(k).lemma().toLowerCase(Locale.ROOT);
            if ((lemma.equals("be") && !ts.get(k + 1).pos().startsWith("VBG")) || lemma.equals("learn")
                    || (hit == null && ts.get(k).word().equals("="))) {
                start = k + 1;
                while (start < ts.size() && (ts.get(start).pos().equals("TO") || SKIPPED.contains(ts.get(start).word().toLowerCase(Locale.ROOT)))) start++;
            }
        }
        // "didn't really learn the peak of the starter, it learned the rubber band": a phrase in a denied clause
        // is what it did not learn; what it learned follows a later "learn" that nothing denies
        if (start < ts.size() && deniedInClause(r, i, start)) {
            int later = -1;
            for (int k = start; k < ts.size() - 1 && later < 0; k++) {
                if (ts.get(k).lemma().equalsIgnoreCase("learn") && !deniedInClause(r, i, k)) later = k + 1;
            }
            if (later < 0) return null;
            start = later;
            while (start < ts.size() && (ts.get(start).pos().equals("TO") || SKIPPED.contains(ts.get(start).word().toLowerCase(Locale.ROOT)))) start++;
        }
        int end = start;
        while (end < limit && end - start < MAX_WORDS && !stops(ts, end)
                && !(end - start >= 3 && clauseBreak(ts.get(end)))) {
            end++;
        }
        // a quoted rule ends where its quotation does ("go to where the floorspace is densest" instead of ...)
        if (quoted) {
            for (int k = start; k < Math.min(limit, start + 2 * MAX_WORDS); k++) {
                if (CLOSING_QUOTES.contains(ts.get(k).word())) {
                    end = k;
                    break;
                }
            }
        }
        // a phrase cut short ends on its last content word, not on "at the", "away from"
        // (a quotation ends where its closing mark does: "brake when the car is going fast")
        boolean closed = quoted && end < ts.size() && CLOSING_QUOTES.contains(ts.get(end).word());
        // ... but "what the card looks like" keeps its "like"
        while (!closed && end > start && TRAILING_TAGS.contains(ts.get(end - 1).pos())
                && !(end - start >= 2 && ts.get(end - 1).word().equalsIgnoreCase("like")
                && LIKENED.contains(ts.get(end - 2).lemma().toLowerCase(Locale.ROOT)))) end--;
        if (end - start < 3 || !quoted && !readsAsGoal(ts, start, end)) return null;
        // the phrase must name something of the learner's scenario, not only "the wrong thing"
        boolean own = false;
        for (int k = start; k < end; k++) own |= credits.scenario(i).contains(Reading.term(ts.get(k).lemma()));
        return own ? words(r, i, start, end) : null;
    }

    /**
     * A phrase that can stand for a goal: what to do ("put whatever is lying on the floor into the bin") or a thing
     * to reach ("the nearest orange square"). A phrase with a finite verb of its own ("the building, holds position
     * ..."), a measure ("agree in ~100% of windows") or one opening with a preposition ("at night, in fog") is a
     * description of the case, not the proxy's name; feedback then does without the name rather than misname it.
     */
    private static boolean readsAsGoal(List<Token> ts, int start, int end) {
        String opener = ts.get(start).pos();
        if (opener.equals("IN") || opener.equals("CD")) return false;
        boolean subordinate = false;
        for (int k = start; k < end; k++) {
            Token t = ts.get(k);
            if (NUMERAL_MARK.matcher(t.word()).matches()) return false;
            // a clause inside the goal is its own: "do what the user usually asks for", "escalate when the student
            // uses ...", "charge the customer whose body is nearest"
            subordinate |= t.pos().startsWith("W") || SUBORDINATORS.contains(t.word().toLowerCase(Locale.ROOT));
            boolean finite = t.pos().equals("VBZ") || t.pos().equals("VBD") || t.pos().equals("VBP");
            if (finite && k > start && !subordinate) return false;
        }
        return true;
    }

    /** A negation ("not", "n't", "never", "no") before token {@code at} in its clause. */
    private static boolean deniedInClause(Reading r, int i, int at) {
        List<Token> ts = r.sentence(i).tokens();
        for (int k = at - 1; k >= 0 && r.clause(i, k) == r.clause(i, at); k--) {
            if (Reading.negation(ts.get(k))) return true;
        }
        return false;
    }

    /** A stop ends the phrase; a hyphen inside a word ("tour-pro template") does not. */
    private static boolean stops(List<Token> ts, int k) {
        Token t = ts.get(k);
        if (!STOP_AFTER.contains(t.word())) return false;
        boolean inWord = t.word().equals("-") && k > 0 && k + 1 < ts.size()
                && ts.get(k - 1).end() == t.start() && ts.get(k + 1).start() == t.end();
        return !inWord;
    }

    /** Where a phrase's clause ends: a comma, a modal ("would have matched"), a conjunction opening a clause. */
    private static boolean clauseBreak(Token t) {
        return t.word().equals(",") || t.pos().equals("MD") || CLAUSE_OPENERS.contains(t.word().toLowerCase(Locale.ROOT));
    }

    /** Most of the content words of {@code phrase} stand in sentence {@code i}. */
    private static boolean mostlyWithin(String phrase, Reading r, int i) {
        Set<String> there = new java.util.HashSet<>();
        for (Token t : r.sentence(i).tokens()) if (t.isContent()) there.add(Reading.term(t.lemma()));
        int content = 0, shared = 0;
        for (String w : NON_WORD.split(phrase.toLowerCase(Locale.ROOT))) {
            if (w.length() < 3) continue;
            content++;
            if (there.contains(Reading.term(w))) shared++;
        }
        return content > 0 && shared * 3 >= content * 2;
    }

    /** The write-up's own nouns, each with how many credited sentences name it, in alphabetical order. */
    private Map<String, Integer> nounCounts(Reading r, Credits credits, Set<String> persons) {
        Map<String, Integer> counts = new TreeMap<>();
        String lower = r.text();
        for (int i = 0; i < credits.verdicts().size(); i++) {
            if (!credits.credited(i)) continue;
            for (String w : credits.scenario(i)) {
                // a word the write-up only ever capitalises is a place's or a person's name ("Madurai")
                // ... and an abbreviation ("approx.", "no.") is no noun of the scenario to name it by
                if (!courseNouns.contains(w) && !persons.contains(w) && writtenLowerCase(lower, w) && !w.contains(".")) {
                    counts.merge(w, 1, Integer::sum);
                }
            }
        }
        return counts;
    }

    /** The learner's text of tokens [from, to), on one line, without markup quotes around it. */
    static String words(Reading r, int i, int from, int to) {
        Sentence s = r.sentence(i);
        String text = r.text().substring(s.tokens().get(from).start(), s.tokens().get(to - 1).end());
        // quotation marks and emphasis around the learner's phrase are markup, not words; struck-out words withdrawn
        return Layout.withoutWithdrawn(text).replaceAll("\\s+", " ").replaceAll("[\"“”*]", "")
                .replaceAll("^['‘]+|['’,!?.]+$", "").strip();
    }
}
