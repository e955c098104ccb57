package org.casemark.core;

import org.casemark.nlp.AnnotatedText;
import org.casemark.nlp.NlpPipeline;
import org.casemark.nlp.Sentence;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Grades write-ups against one rubric. Immutable and thread-safe: everything derived from the rubric (compiled
 * concept queries, heading cues, shingles of the texts a learner must not paste back) is built once here.
 *
 * <p>How a grade is reached: annotate once; find headings and inline labels ("Proxy goal: ...") and the section
 * each sentence sits in; decide which sentences may earn credit at all (a real sentence with a verb, not a
 * repeat, not pasted from the prompt or lesson, not a string of rubric terms); match every concept once in one
 * Lucene index; test each criterion's rules sentence by sentence; map met criteria to a score by the rubric's
 * levels; raise flags and apply their caps; write feedback that quotes the learner.
 */
public final class Grader {
    private static final int SHINGLE = 4;
    private static final int NEGATION_WINDOW = 4;
    private static final int MIN_SENTENCES_FOR_OFF_TOPIC = 4;
    /** A topic sentence names its component within its first words (after "The", "Our", "In my case, the" ...). */
    private static final int TOPIC_CUE_WITHIN = 4;
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "my", "our", "this", "its", "their");
    private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "then", "while", "whereas", "yet");

    private final Rubric rubric;
    private final NlpPipeline nlp;
    private final String engineVersion;
    private final ConceptIndex index;
    private final Set<String> copyShingles = new HashSet<>();
    /**
     * The course's vocabulary, which describes no learner's own scenario: the nouns of the assignment and lesson and
     * the words (and prefixes) of the rubric's {@code course_vocabulary} concepts.
     */
    private final Set<String> courseWords = new HashSet<>();
    private final List<String> courseWordPrefixes = new ArrayList<>();
    private final Set<String> conceptWords = new HashSet<>();
    private final Set<String> genericWords = new HashSet<>();
    private final Map<String, List<List<String>>> headingCues = new LinkedHashMap<>();
    private final List<List<String>> negationCues = new ArrayList<>();
    private final Set<String> negatable;
    private final Set<String> rubricTerms;

    public Grader(Rubric rubric, NlpPipeline nlp, String engineVersion) {
        this.rubric = rubric;
        this.nlp = nlp;
        this.engineVersion = engineVersion;
        this.index = new ConceptIndex(rubric.concepts(), nlp::words);
        for (String source : rubric.copySources()) {
            for (Sentence s : nlp.annotate(source).sentences()) {
                copyShingles.addAll(shingles(s));
                for (Token t : s.tokens()) if (t.pos().startsWith("NN")) courseWords.add(term(t.lemma()));
            }
        }
        // words that are a concept on their own ("train", "deploy") are rubric vocabulary, not scenario words;
        // words that only occur inside a phrase ("new region") still describe the learner's scenario
        rubric.concepts().values().forEach(ps -> ps.forEach(p -> {
            String[] ws = p.strip().split("\\s+");
            if (ws.length == 1 && !ws[0].endsWith("*")) conceptWords.add(term(ws[0]));
        }));
        rubric.gaming().genericWords().forEach(w -> genericWords.add(term(w)));
        // the words of the course-vocabulary concepts are not a scenario either ("reward misspecification", "rebalanc*")
        rubric.gaming().courseVocabulary().forEach(c -> rubric.concepts().get(c).forEach(p -> {
            for (String w : p.strip().split("\\s+")) {
                if (w.startsWith("~")) continue;
                if (w.endsWith("*")) courseWordPrefixes.add(term(w.substring(0, w.length() - 1)));
                else courseWords.add(term(w));
            }
        }));
        for (Rubric.Component c : rubric.components()) {
            List<List<String>> cues = new ArrayList<>();
            for (String h : c.headings()) cues.add(words(h));
            headingCues.put(c.key(), cues);
        }
        rubric.negationCues().forEach(c -> negationCues.add(words(c)));
        negatable = Set.copyOf(rubric.negatable());
        rubricTerms = Set.copyOf(rubric.gaming().rubricTerms());
    }

    public Rubric rubric() {
        return rubric;
    }

    public GradeResult grade(String id, String text) {
        GradeResult early = precheck(id, text);
        return early != null ? early : new Essay(nlp.annotate(text)).grade(id);
    }

    /** The result for text that is not graded (blank, too long, not English), or null for text to grade. */
    private GradeResult precheck(String id, String text) {
        if (text == null || text.isBlank()) return reject(id, "text is blank");
        if (text.length() > rubric.limits().maxChars()) {
            return reject(id, "text is " + text.length() + " characters; the limit is " + rubric.limits().maxChars());
        }
        String language = LanguageGuess.of(text);
        return language.equals("en") ? null : needsReview(id, language);
    }

    /** How one sentence was read: for instructors and rubric authors asking "why this grade?". */
    public record SentenceTrace(int index, int start, int end, String text, List<String> section, boolean heading,
                                boolean credited, List<String> notes, List<String> concepts, List<String> negated,
                                List<String> scenarioWords) {
    }

    /** A grade and the per-sentence analysis behind it, from one annotation of the text. */
    public record Explained(GradeResult result, List<SentenceTrace> sentences) {
    }

    /** {@link #grade} and the per-sentence analysis behind it (empty for text rejected or sent to review). */
    public Explained explain(String id, String text) {
        GradeResult early = precheck(id, text);
        if (early != null) return new Explained(early, List.of());
        Essay e = new Essay(nlp.annotate(text));
        return new Explained(e.grade(id), traceOf(e));
    }

    private List<SentenceTrace> traceOf(Essay e) {
        List<SentenceTrace> out = new ArrayList<>();
        for (int i = 0; i < e.n; i++) {
            Sentence s = e.sentences.get(i);
            List<String> notes = new ArrayList<>();
            if (e.duplicate[i]) notes.add("repeat");
            if (e.copied[i]) notes.add("copied");
            if (e.salad[i]) notes.add("rubric terms");
            if (e.definition[i]) notes.add("definition");
            if (e.contentFrom[i] > 0) notes.add("label");
            out.add(new SentenceTrace(i, s.start(), s.end(), e.doc.text().substring(s.start(), s.end()),
                    List.copyOf(e.section.get(i)), e.heading[i], e.credited[i], notes,
                    List.copyOf(e.hits.get(i).keySet()), List.copyOf(e.negated.get(i)), List.copyOf(e.scenario.get(i))));
        }
        return out;
    }

    private GradeResult reject(String id, String error) {
        return GradeResult.rejected(id, rubric.id(), rubric.version(), engineVersion, error);
    }

    private GradeResult needsReview(String id, String language) {
        String name = Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH);
        String message = "This write-up appears to be in " + name + " (" + language + "). The rubric '" + rubric.id()
                + "' grades English write-ups only, so it was not scored: an instructor will review it.";
        List<ComponentResult> components = new ArrayList<>();
        for (Rubric.Component c : rubric.components()) {
            components.add(new ComponentResult(c.key(), 0, c.max(), "not_graded", List.of(), List.of(), List.of(),
                    "Not graded automatically: the write-up is not in English."));
        }
        return new GradeResult(id, rubric.id(), rubric.version(), engineVersion, GradeResult.NEEDS_REVIEW, null,
                rubric.max(), components, new Flags(false, false, false, language, List.of()), message, null);
    }

    // ---------------------------------------------------------------------------------------------------------

    /** One essay being graded: per-sentence facts derived once, then criteria, flags and feedback. */
    private final class Essay {
        final AnnotatedText doc;
        final List<Sentence> sentences;
        final int n;
        final boolean[] heading;
        final int[] contentFrom;              // first token after an inline label ("Proxy goal: ...")
        final List<Set<String>> section = new ArrayList<>();
        final boolean[] credited;
        final boolean[] duplicate;
        final boolean[] copied;
        final boolean[] salad;
        final boolean[] definition;
        final List<Map<String, List<ConceptIndex.Hit>>> hits = new ArrayList<>();   // non-negated, per sentence
        final List<Set<String>> negated = new ArrayList<>();
        final List<Set<String>> scenario = new ArrayList<>();       // scenario nouns, per sentence
        final List<Set<String>> described = new ArrayList<>();      // scenario nouns and adjectives, per sentence
        final String[][] surfaceTerms;        // normalized surface form of every token, per sentence
        final String[][] lemmaTerms;          // normalized lemma of every token, per sentence
        final int[][] clause;                 // clause number of every token, per sentence
        final Set<String> sectionsPresent = new HashSet<>();
        int wordSentences;

        Essay(AnnotatedText doc) {
            this.doc = doc;
            this.sentences = doc.sentences();
            this.n = sentences.size();
            heading = new boolean[n];
            contentFrom = new int[n];
            credited = new boolean[n];
            duplicate = new boolean[n];
            copied = new boolean[n];
            salad = new boolean[n];
            definition = new boolean[n];
            surfaceTerms = new String[n][];
            lemmaTerms = new String[n][];
            clause = new int[n][];
            for (int i = 0; i < n; i++) {
                List<Token> ts = sentences.get(i).tokens();
                surfaceTerms[i] = new String[ts.size()];
                lemmaTerms[i] = new String[ts.size()];
                for (int k = 0; k < ts.size(); k++) {
                    surfaceTerms[i][k] = term(ts.get(k).word());
                    lemmaTerms[i][k] = term(ts.get(k).lemma());
                }
                clause[i] = clauses(ts);
            }
            structure();
            for (int i = 0; i < n; i++) {
                hits.add(new TreeMap<>());
                negated.add(new TreeSet<>());
            }
            for (ConceptIndex.Hit h : index.match(doc)) {
                // a label's own words count ("Harm: ..." states a harm), but a heading's do not
                if (heading[h.sentence()]) continue;
                if (negatable.contains(h.concept()) && isNegated(sentences.get(h.sentence()), h.from())) {
                    negated.get(h.sentence()).add(h.concept());
                } else {
                    hits.get(h.sentence()).computeIfAbsent(h.concept(), k -> new ArrayList<>()).add(h);
                }
            }
            String number = rubric.numberConcept();
            if (number != null) {
                for (int i = 0; i < n; i++) {
                    if (heading[i]) continue;
                    List<Token> ts = sentences.get(i).tokens();
                    for (int k = contentFrom[i]; k < ts.size(); k++) {
                        Token t = ts.get(k);
                        if (t.pos().equals("CD") && Character.isDigit(t.word().charAt(0))) {
                            hits.get(i).computeIfAbsent(number, x -> new ArrayList<>())
                                    .add(new ConceptIndex.Hit(number, i, k, k + 1, t.start(), t.end()));
                            break;
                        }
                    }
                }
            }
            String imperative = rubric.imperativeConcept();
            if (imperative != null) {
                for (int i = 0; i < n; i++) {
                    List<Token> ts = sentences.get(i).tokens();
                    int first = contentFrom[i];
                    while (first < ts.size() && !ts.get(first).isWord()) first++;
                    // "In the simulator, vary ...", "Before deployment, test ...": an opening phrase, then the verb
                    if (first < ts.size() && ts.get(first).pos().equals("IN")) {
                        for (int k = first + 1; k < Math.min(ts.size() - 1, first + 7); k++) {
                            if (ts.get(k).isVerb()) break;
                            if (ts.get(k).word().equals(",")) {
                                // no subject between the comma and the verb: imperative, whatever the tagger's tense
                                String pos = ts.get(k + 1).pos();
                                if (pos.equals("VB") || pos.equals("VBP")) first = k + 1;
                                break;
                            }
                        }
                    }
                    if (!heading[i] && first < ts.size() && (ts.get(first).pos().equals("VB")
                            || (first > contentFrom[i] && ts.get(first).pos().equals("VBP")))) {
                        Token t = ts.get(first);
                        hits.get(i).computeIfAbsent(imperative, k -> new ArrayList<>())
                                .add(new ConceptIndex.Hit(imperative, i, first, first + 1, t.start(), t.end()));
                    }
                }
            }
            credit();
        }

        /**
         * Clause numbers of a sentence's tokens: a new clause after ';' and after a comma followed by a conjunction
         * that joins clauses ("..., and before release test it ...", "..., but ...", "..., then ...").
         */
        int[] clauses(List<Token> ts) {
            int[] out = new int[ts.size()];
            int c = 0;
            for (int k = 0; k < ts.size(); k++) {
                String w = ts.get(k).word();
                if (k > 0 && (ts.get(k - 1).word().equals(";")
                        || (ts.get(k - 1).word().equals(",") && CLAUSE_JOINERS.contains(w.toLowerCase(Locale.ROOT))))) c++;
                out[k] = c;
            }
            return out;
        }

        /** Headings, inline labels and the section (set of component keys) of every sentence. */
        void structure() {
            Set<String> current = Set.of();      // from the last heading
            Set<String> label = null;            // from an inline label, for the rest of its line
            Set<String> paragraph = Set.of();    // from an unheaded paragraph's topic sentence
            int labelLine = -1;
            for (int i = 0; i < n; i++) {
                Sentence s = sentences.get(i);
                if (label != null && s.line() != labelLine) label = null;
                boolean lineAlone = startsLine(s) && endsLine(s);
                int words = s.wordCount();
                String last = s.tokens().get(s.tokens().size() - 1).word();
                boolean terminal = last.equals(".") || last.equals("?") || last.equals("!");
                boolean marked = markedHeading(s);
                // only a short sentence can be a heading: long ones skip the cue search
                boolean markedLine = marked && lineAlone && words <= 12;
                Set<String> cue = words <= 8 || markedLine ? cueComponents(i, 0, s.tokens().size()) : Set.of();
                if (words == 0) {
                    heading[i] = true;
                } else if ((lineAlone && words <= 8 && (!terminal || (last.equals("?") && !cue.isEmpty()))
                        && (!cue.isEmpty() || marked || last.equals(":")) && !labelWithContent(s))
                        // "## Fix 1: changing the training distribution" - a marked line of its own heads what follows
                        || (markedLine && !cue.isEmpty() && (!terminal || !s.hasVerb()))) {
                    heading[i] = true;
                    current = cue;
                    label = null;
                } else if (startsLine(s) && words <= 6 && !cue.isEmpty() && (marked || (terminal && !s.hasVerb()))) {
                    // "**Distribution shift.** In 2024 the site ..." - a run-in heading: a label for its line
                    heading[i] = true;
                    label = cue;
                    labelLine = lastLine(s);
                } else {
                    int colon = labelColon(s);
                    if (colon > 0) {
                        Set<String> cued = cueComponents(i, 0, colon);
                        if (!cued.isEmpty()) {
                            label = cued;
                            labelLine = lastLine(s);
                            contentFrom[i] = colon + 1;
                        }
                    }
                }
                if (i == 0 || startsParagraph(s)) paragraph = Set.of();
                if (current.isEmpty() && label == null && !heading[i]) {
                    Set<String> topic = topicComponents(i);
                    if (!topic.isEmpty()) paragraph = topic;
                }
                Set<String> here = label != null ? label : !current.isEmpty() ? current : paragraph;
                section.add(here);
                if (!heading[i]) sectionsPresent.addAll(here);
            }
        }

        /** A blank line separates this sentence from the previous one. */
        boolean startsParagraph(Sentence s) {
            if (s.index() == 0) return true;
            String t = doc.text();
            boolean lineOpen = false;   // a newline seen, and only whitespace since: a second one makes a blank line
            for (int k = sentences.get(s.index() - 1).end(); k < s.start(); k++) {
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

        /**
         * The component a topic sentence opens with: a heading cue of two words or more ("The distribution shift
         * happens when ...", "Our proxy goal is ...") among its first words, naming one component only. In prose
         * without headings it makes the paragraph that component's section.
         */
        Set<String> topicComponents(int sentence) {
            Set<String> found = new TreeSet<>();
            int to = Math.min(surfaceTerms[sentence].length, contentFrom[sentence] + TOPIC_CUE_WITHIN + 3);
            for (Map.Entry<String, List<List<String>>> e : headingCues.entrySet()) {
                for (List<String> cue : e.getValue()) {
                    if (cue.size() < 2 || DETERMINERS.contains(cue.get(0))) continue;
                    int at = indexOf(sentence, contentFrom[sentence], to, cue);
                    if (at >= 0 && at <= contentFrom[sentence] + TOPIC_CUE_WITHIN) found.add(e.getKey());
                }
            }
            return found.size() == 1 ? found : Set.of();
        }

        /** The 0-based line a sentence ends on (labels last to the end of their line). */
        int lastLine(Sentence s) {
            int line = s.line();
            String t = doc.text();
            for (int k = s.start(); k < s.end(); k++) if (t.charAt(k) == '\n') line++;
            return line;
        }

        boolean startsLine(Sentence s) {
            String t = doc.text();
            for (int k = s.start() - 1; k >= 0; k--) {
                char c = t.charAt(k);
                if (c == '\n' || c == '>' || c == '|') return true;
                if (!Character.isWhitespace(c) && "*#_-•`+".indexOf(c) < 0 && !Character.isDigit(c) && c != '.') return false;
            }
            return true;
        }

        boolean endsLine(Sentence s) {
            String t = doc.text();
            for (int k = s.end(); k < t.length(); k++) {
                char c = t.charAt(k);
                if (c == '\n' || c == '<' || c == '|') return true;
                if (!Character.isWhitespace(c) && "*#_`:".indexOf(c) < 0) return false;
            }
            return true;
        }

        boolean markedHeading(Sentence s) {
            String t = doc.text();
            int lineStart = t.lastIndexOf('\n', s.start() - 1) + 1;
            String prefix = t.substring(lineStart, s.start()).strip();
            return prefix.startsWith("#") || prefix.startsWith("**") || prefix.startsWith("<")
                    || (s.end() + 1 < t.length() && t.startsWith("**", s.end()));
        }

        /** "Intended goal: identify the produce" is a labelled line with content, not a heading. */
        boolean labelWithContent(Sentence s) {
            int colon = labelColon(s);
            if (colon < 0 || cueComponents(s.index(), 0, colon).isEmpty()) return false;
            int after = 0;
            for (Token t : s.tokens().subList(colon + 1, s.tokens().size())) if (t.isWord()) after++;
            return after >= 2;
        }

        /**
         * Index of a ':' (or an arrow) ending a short label at the start of the sentence, or -1. A label is a noun
         * phrase ("Proxy goal:") or a question ("What it learned instead:"); a clause ("The model still works
         * smoothly: it reads ...") is not.
         */
        int labelColon(Sentence s) {
            List<Token> ts = s.tokens();
            boolean clause = false;
            for (int k = 1; k < Math.min(ts.size() - 1, 8); k++) {
                String w = ts.get(k).word();
                if (w.equals(":") || w.equals("→") || w.equals("->") || w.equals("=>") || w.equals("--")) {
                    return clause && !ts.get(0).pos().startsWith("W") ? -1 : k;
                }
                if (w.equals(".") || w.equals(";")) return -1;
                String pos = ts.get(k).pos();
                clause |= pos.equals("VBZ") || pos.equals("VBP") || pos.equals("VBD") || pos.equals("MD");
            }
            return -1;
        }

        /** Components whose longest heading cue occurs in tokens [from, to). */
        Set<String> cueComponents(int sentence, int from, int to) {
            // the longest cue wins; among equally long ones, the one written first ("System and training")
            Set<String> best = new TreeSet<>();
            int bestLength = 0, bestAt = Integer.MAX_VALUE;
            for (Map.Entry<String, List<List<String>>> e : headingCues.entrySet()) {
                for (List<String> cue : e.getValue()) {
                    if (cue.size() < bestLength) continue;
                    int at = indexOf(sentence, from, to, cue);
                    if (at < 0) continue;
                    if (cue.size() > bestLength || at < bestAt) {
                        best.clear();
                        bestLength = cue.size();
                        bestAt = at;
                    }
                    if (at == bestAt) best.add(e.getKey());
                }
            }
            return best;
        }

        boolean isNegated(Sentence s, int from) {
            for (List<String> cue : negationCues) {
                int lo = Math.max(contentFrom[s.index()], from - NEGATION_WINDOW - cue.size() + 1);
                if (contains(s.index(), lo, from, cue)) return true;
            }
            return false;
        }

        /** True if {@code cue} occurs as consecutive tokens (by surface or lemma) within tokens [from, to). */
        boolean contains(int sentence, int from, int to, List<String> cue) {
            return indexOf(sentence, from, to, cue) >= 0;
        }

        /** Where {@code cue} first occurs as consecutive tokens (by surface or lemma) within [from, to), or -1. */
        int indexOf(int sentence, int from, int to, List<String> cue) {
            String[] surface = surfaceTerms[sentence], lemma = lemmaTerms[sentence];
            for (int i = Math.max(0, from); i + cue.size() <= to; i++) {
                boolean all = true;
                for (int j = 0; j < cue.size() && all; j++) {
                    String c = cue.get(j);
                    all = c.equals(surface[i + j]) || c.equals(lemma[i + j]);
                }
                if (all) return i;
            }
            return -1;
        }

        /** Which sentences may earn credit, and the scenario words of each. */
        void credit() {
            Set<String> seen = new HashSet<>();
            int minWords = rubric.limits().minWords();
            for (int i = 0; i < n; i++) {
                Sentence s = sentences.get(i);
                List<Token> content = s.tokens().subList(contentFrom[i], s.tokens().size());
                int words = 0;
                boolean verb = false;
                StringBuilder key = new StringBuilder();
                for (Token t : content) {
                    if (!t.isWord()) continue;
                    words++;
                    verb |= t.isVerb();
                    key.append(t.lemma().toLowerCase(Locale.ROOT)).append(' ');
                }
                Set<String> sc = new TreeSet<>(), desc = new TreeSet<>();
                for (Token t : content) {
                    String lemma = term(t.lemma());
                    if (lemma.length() <= 2 || conceptWords.contains(lemma) || genericWords.contains(lemma)) continue;
                    if (t.isNoun()) sc.add(lemma);
                    if (t.isNoun() || t.pos().startsWith("JJ")) desc.add(lemma);
                }
                scenario.add(sc);
                described.add(desc);
                if (heading[i] || words == 0) continue;
                wordSentences++;
                if (words >= 4 && !seen.add(key.toString())) duplicate[i] = true;
                List<String> sh = shingles(s);
                if (!sh.isEmpty()) {
                    int inSource = 0;
                    for (String x : sh) if (copyShingles.contains(x)) inSource++;
                    copied[i] = inSource * 2 >= sh.size() && inSource >= 2;
                }
                BitSet termTokens = new BitSet();
                for (String c : rubricTerms) {
                    for (ConceptIndex.Hit h : hits.get(i).getOrDefault(c, List.of())) {
                        if (h.from() >= contentFrom[i]) termTokens.set(h.from(), h.to());
                    }
                }
                salad[i] = words >= 3 && termTokens.cardinality() > rubric.gaming().maxTermDensity() * words;
                definition[i] = isDefinition(i, content);
                // a verb makes a sentence; so does a longer phrase that names the scenario's own things (a terse
                // answer such as "Land on the clinic's marked landing pad", whose imperative the tagger may miss)
                boolean sentence = verb || (words >= 5 && sc.size() >= 2);
                credited[i] = words >= minWords && sentence && !duplicate[i] && !copied[i] && !salad[i] && !definition[i];
            }
        }

        /**
         * A textbook definition of a rubric term ("A proxy goal is a goal that ...", "Distribution shift is when
         * ..."): a generic subject that names a rubric term, then "is/are/means/refers" and a generic complement.
         * The assignment asks for the learner's own scenario, so definitions earn nothing.
         */
        boolean isDefinition(int i, List<Token> content) {
            int verb = -1;
            for (int k = 0; k < content.size() && k < 6; k++) {
                if (content.get(k).isVerb()) {
                    verb = k;
                    break;
                }
            }
            if (verb < 1 || verb + 1 >= content.size()) return false;
            String v = term(content.get(verb).word());
            if (!Set.of("is", "are", "means", "refers", "describes").contains(v)) return false;
            String first = term(content.get(0).word());
            if (Set.of("my", "our", "its", "their", "his", "her", "this", "it").contains(first)) return false;
            if (first.equals("the") && scenario.get(i).size() > 1) {
                // "The system is an LLM chatbot for customer support chats" is about the learner's own case;
                // "The training environment is the set of data ..." names nothing of a scenario
                return false;
            }
            String next = term(content.get(verb + 1).word());
            if (!Set.of("a", "an", "the", "when", "any", "what", "how").contains(next)) return false;
            int from = contentFrom[i];
            for (String c : rubricTerms) {
                for (ConceptIndex.Hit h : hits.get(i).getOrDefault(c, List.of())) {
                    if (h.from() >= from && h.from() < from + verb) return true;
                }
            }
            return false;
        }

        int countCredited() {
            int c = 0;
            for (boolean b : credited) if (b) c++;
            return c;
        }

        boolean has(int i, String concept) {
            return hits.get(i).containsKey(concept);
        }

        /** Sentences a component's criteria look at: its own section (plus unsectioned ones) if it has one. */
        boolean candidate(int i, String key) {
            if (!credited[i]) return false;
            if (!sectionsPresent.contains(key)) return true;
            return section.get(i).contains(key) || section.get(i).isEmpty();
        }

        boolean ruleHolds(Rubric.Rule rule, int i, String key, Map<String, Set<Integer>> evidenceByComponent) {
            if (rule.inSection() && !section.get(i).contains(key)) return false;
            if (!rule.inSection() && heading[i]) return false;
            if (scenario.get(i).size() < rule.minScenario()) return false;
            int lo = Math.max(0, i - rule.window()), hi = Math.min(n - 1, i + rule.window());
            for (String c : rule.all()) {
                if (!has(i, c)) return false;
            }
            if (!rule.none().isEmpty()) {
                // none_scope: clause - what the rule excludes only counts in the clauses of what it requires: in
                // "generate yards with green plants, and before release test it on held-out yards" the test does not
                // undo the training fix
                if (!rule.noneInClause()) {
                    for (String c : rule.none()) if (has(i, c)) return false;
                } else {
                    // a clause holding every required concept and nothing excluded; when no one clause holds them
                    // all, nothing excluded in any clause they occupy
                    Set<Integer> common = null, occupied = new HashSet<>();
                    for (String c : rule.all()) {
                        Set<Integer> cs = new HashSet<>();
                        for (ConceptIndex.Hit h : hits.get(i).get(c)) cs.add(clause[i][h.from()]);
                        occupied.addAll(cs);
                        if (common == null) common = cs;
                        else common.retainAll(cs);
                    }
                    Set<Integer> excluded = new HashSet<>();
                    for (String c : rule.none()) {
                        for (ConceptIndex.Hit h : hits.get(i).getOrDefault(c, List.of())) excluded.add(clause[i][h.from()]);
                    }
                    if (!common.isEmpty()) {
                        common.removeAll(excluded);
                        if (common.isEmpty()) return false;
                    } else {
                        occupied.retainAll(excluded);
                        if (!occupied.isEmpty()) return false;
                    }
                }
            }
            if (!rule.any().isEmpty()) {
                boolean found = false;
                for (String c : rule.any()) {
                    found |= has(i, c);
                    for (int j = lo; j <= hi && !found; j++) found = credited[j] && has(j, c);
                }
                if (!found) return false;
            }
            if (!rule.overlapWith().isEmpty()) {
                Set<String> other = new HashSet<>();
                for (String k : rule.overlapWith()) {
                    for (int j : evidenceByComponent.getOrDefault(k, Set.of())) {
                        if (j != i) other.addAll(described.get(j));
                    }
                }
                int shared = 0;
                for (String w : described.get(i)) if (other.contains(w)) shared++;
                if (shared < rule.minOverlap()) return false;
            }
            return true;
        }

        GradeResult grade(String id) {
            Map<String, Set<Integer>> evidence = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> metAt = new LinkedHashMap<>();   // component -> criterion -> sentence
            for (Rubric.Component c : rubric.components()) {
                Map<String, Integer> met = new LinkedHashMap<>();
                // every sentence that meets one of the component's criteria: what later criteria tie back to
                Set<Integer> support = new TreeSet<>();
                for (Rubric.Criterion k : c.criteria()) {
                    for (int i = 0; i < n; i++) {
                        if (!candidate(i, c.key())) continue;
                        for (Rubric.Rule r : k.rules()) {
                            if (ruleHolds(r, i, c.key(), evidence)) {
                                met.putIfAbsent(k.id(), i);
                                support.add(i);
                                break;
                            }
                        }
                    }
                }
                metAt.put(c.key(), met);
                evidence.put(c.key(), support);
            }
            Set<String> metCriteria = new TreeSet<>();
            metAt.values().forEach(m -> metCriteria.addAll(m.keySet()));
            Flags flags = flags(metCriteria);
            List<ComponentResult> results = new ArrayList<>();
            int total = 0;
            for (Rubric.Component c : rubric.components()) {
                Map<String, Integer> met = metAt.get(c.key());
                int score = 0;
                for (Rubric.Level l : c.levels()) {
                    if (!met.keySet().containsAll(l.all())) continue;
                    long any = l.any().stream().filter(met::containsKey).count();
                    if (any >= l.minAny()) {
                        score = l.score();
                        break;
                    }
                }
                score = Math.min(score, cap(flags, c.key()));
                total += score;
                List<Evidence> quotes = new ArrayList<>();
                if (score > 0) {
                    for (Map.Entry<String, Integer> e : met.entrySet()) {
                        Sentence s = sentences.get(e.getValue());
                        int start = s.tokens().get(contentFrom[s.index()]).start();
                        quotes.add(new Evidence(start, s.end(), doc.quote(start, s.end()), e.getKey()));
                    }
                }
                List<String> metIds = new ArrayList<>(), missingIds = new ArrayList<>();
                for (Rubric.Criterion k : c.criteria()) (met.containsKey(k.id()) && score > 0 ? metIds : missingIds).add(k.id());
                String feedback = flags.offTopic()
                        ? "Not credited: the write-up does not describe a goal-misgeneralization scenario (see the overall feedback)."
                        : componentFeedback(c, score, missingIds, evidence);
                results.add(new ComponentResult(c.key(), score, c.max(), ComponentResult.statusFor(score, c.max()),
                        quotes, metIds, missingIds, feedback));
            }
            return new GradeResult(id, rubric.id(), rubric.version(), engineVersion, GradeResult.GRADED, total,
                    rubric.max(), results, flags, overallFeedback(results, flags, total), null);
        }

        int cap(Flags flags, String key) {
            int cap = Integer.MAX_VALUE;
            Map<String, Map<String, Integer>> caps = rubric.flags().caps();
            if (flags.misconception()) cap = Math.min(cap, caps.getOrDefault("misconception", Map.of()).getOrDefault(key, cap));
            if (flags.offTopic()) cap = Math.min(cap, caps.getOrDefault("off_topic", Map.of()).getOrDefault(key, cap));
            if (flags.gaming()) cap = Math.min(cap, caps.getOrDefault("gaming", Map.of()).getOrDefault(key, cap));
            return cap;
        }

        Flags flags(Set<String> metCriteria) {
            Rubric.FlagRules rules = rubric.flags();
            boolean onTopicMet = false;
            for (List<String> set : rules.onTopic()) onTopicMet |= metCriteria.containsAll(set);
            int misconceptions = 0;
            List<String> misconceptionQuotes = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (!credited[i]) continue;
                boolean contrast = false;
                for (String c : rules.contrast()) contrast |= has(i, c);
                if (contrast) continue;
                boolean about = rules.misconceptionContext().isEmpty();
                for (String c : rules.misconceptionContext()) about |= has(i, c);
                if (!about) continue;
                for (String c : rules.misconception()) {
                    if (has(i, c)) {
                        misconceptions++;
                        ConceptIndex.Hit h = hits.get(i).get(c).get(0);
                        misconceptionQuotes.add(c + " \u201c" + doc.quote(h.start(), h.end()) + "\u201d");
                    }
                }
            }
            // a draft of a few sentences is incomplete, not off topic: it keeps its per-component feedback
            // a write-up that explains its failure the wrong way (overfitting, label noise...) is on the assignment,
            // with a misconception; only one that attempts neither is off topic
            boolean offTopic = !onTopicMet && misconceptions == 0 && countCredited() >= MIN_SENTENCES_FOR_OFF_TOPIC;
            Rubric.Gaming g = rubric.gaming();
            int dup = 0, cop = 0, sal = 0, cred = 0, def = 0;
            for (int i = 0; i < n; i++) {
                if (definition[i]) def++;
                if (duplicate[i]) dup++;
                if (copied[i]) cop++;
                if (salad[i]) sal++;
                if (credited[i]) cred++;
            }
            // a concrete scenario names its own things: distinct scenario nouns per sentence that earns credit
            Set<String> scenarioNouns = new TreeSet<>();
            for (int i = 0; i < n; i++) if (credited[i]) scenarioNouns.addAll(scenario.get(i));
            // the learner's own scenario: nouns that are not the course's or the rubric's vocabulary
            scenarioNouns.removeAll(courseWords);
            scenarioNouns.removeIf(w -> courseWordPrefixes.stream().anyMatch(p -> p.length() >= 5 && w.startsWith(p)));
            double density = cred == 0 ? 0 : (double) scenarioNouns.size() / cred;
            // retelling the lesson's example as one's own case, not comparing one's case with it in a sentence or two
            Set<String> lessonExample = new HashSet<>();
            int lessonSentences = 0;
            for (int i = 0; i < n; i++) {
                boolean mentions = false;
                for (String c : g.lessonExample()) {
                    if (credited[i] && has(i, c)) {
                        lessonExample.add(c);
                        mentions = true;
                    }
                }
                if (mentions) lessonSentences++;
            }
            double ws = Math.max(1, wordSentences);
            List<String> reasons = new ArrayList<>();
            {
                if (dup / ws > g.maxDuplicateShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences repeat an earlier one", 100 * dup / ws));
                if (cop / ws > g.maxCopiedShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences are copied from the assignment or lesson", 100 * cop / ws));
                if (sal / ws > 1 - g.minCreditedShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences are mostly rubric terms", 100 * sal / ws));
                if (cred / ws < g.minCreditedShare()) reasons.add(String.format(Locale.ROOT, "gaming: only %.0f%% of sentences can earn credit", 100 * cred / ws));
                if (def / ws > g.maxDefinitionShare()) reasons.add(String.format(Locale.ROOT, "gaming: %.0f%% of sentences define rubric terms instead of describing a scenario", 100 * def / ws));
                if (cred > 0 && density < g.minScenarioWords() / 4.0) reasons.add(String.format(Locale.ROOT, "gaming: no concrete scenario (%d scenario words in %d sentence%s)", scenarioNouns.size(), cred, cred == 1 ? "" : "s"));
                if (lessonExample.size() >= g.lessonExampleMin() && lessonSentences >= g.lessonExampleMinShare() * cred) {
                    reasons.add(String.format(Locale.ROOT, "gaming: retells the lesson's own example %s in %d of %d sentences",
                            new TreeSet<>(lessonExample), lessonSentences, cred));
                }
            }
            boolean gaming = !reasons.isEmpty();
            offTopic = offTopic && !gaming;
            if (offTopic) {
                reasons.add("off_topic: no learned proxy that is explained or carried into a deployment (criteria met: "
                        + metCriteria + ")");
            }
            boolean misconception = !offTopic && !gaming && misconceptions > 0;
            if (misconception) reasons.add("misconception: " + String.join("; ", misconceptionQuotes));
            return new Flags(misconception, offTopic, gaming, "en", reasons);
        }

        String componentFeedback(Rubric.Component c, int score, List<String> missingIds, Map<String, Set<Integer>> evidence) {
            StringBuilder out = new StringBuilder();
            Rubric.Feedback f = c.feedback();
            out.append(score >= c.max() ? f.met() : score == 0 ? f.missing() : f.partial());
            if (score < c.max()) {
                for (Rubric.Criterion k : c.criteria()) {
                    if (missingIds.contains(k.id())) out.append(' ').append(k.missing());
                }
            }
            return fill(out.toString(), evidence);
        }

        /** Replaces {@code {quote:component}} with a short quote of that component's first evidence. */
        String fill(String template, Map<String, Set<Integer>> evidence) {
            StringBuilder out = new StringBuilder();
            int k = 0;
            while (true) {
                int open = template.indexOf("{quote:", k);
                if (open < 0) break;
                int close = template.indexOf('}', open);
                out.append(template, k, open);
                String key = template.substring(open + 7, close);
                Set<Integer> ev = evidence.getOrDefault(key, Set.of());
                if (ev.isEmpty()) {
                    out.append("what you described");
                } else {
                    Sentence s = sentences.get(ev.iterator().next());
                    int start = s.tokens().get(contentFrom[s.index()]).start();
                    String q = doc.quote(start, s.end()).replaceAll("\\s+", " ").strip();
                    if (q.length() > 90) q = q.substring(0, q.lastIndexOf(' ', 87) > 20 ? q.lastIndexOf(' ', 87) : 87) + " …";
                    out.append('“').append(q).append('”');
                }
                k = close + 1;
            }
            out.append(template.substring(k));
            return out.toString();
        }

        String overallFeedback(List<ComponentResult> results, Flags flags, int total) {
            StringBuilder out = new StringBuilder();
            out.append("Score ").append(total).append('/').append(rubric.max()).append('.');
            if (flags.offTopic()) {
                out.append(" This does not read as a goal-misgeneralization case study: describe one AI system, the goal its designers intended, the proxy it could learn instead, and the deployment where the two come apart.");
                return out.toString();
            }
            if (flags.gaming()) {
                out.append(" Most of this text earns no credit: lists of rubric terms, repeated sentences, text pasted from the assignment or lesson, or the lesson's own example retold. Write your own scenario in full sentences.");
            }
            if (flags.misconception()) {
                out.append(" The failure you describe reads as overfitting, label noise, a capability limit or a wrong reward rather than goal misgeneralization: in goal misgeneralization the system stays capable after the shift and competently pursues a goal that coincided with the intended one in training (Langosco et al., \"Goal Misgeneralization in Deep Reinforcement Learning\", ICML 2022).");
            }
            List<String> strong = new ArrayList<>(), weak = new ArrayList<>();
            for (ComponentResult r : results) {
                String title = title(r.key());
                if (r.score() >= r.max()) strong.add(title); else weak.add(title);
            }
            if (!strong.isEmpty()) out.append(" Complete: ").append(String.join(", ", strong)).append('.');
            if (!weak.isEmpty()) out.append(" To improve: ").append(String.join(", ", weak)).append('.');
            return out.toString();
        }

        String title(String key) {
            for (Rubric.Component c : rubric.components()) if (c.key().equals(key)) return c.title();
            return key;
        }
    }

    // ---------------------------------------------------------------------------------------------------------

    private static String term(String word) {
        return TermAnalyzer.INSTANCE.term(word);
    }

    private static List<String> words(String phrase) {
        List<String> out = new ArrayList<>();
        for (String w : phrase.strip().split("\\s+")) out.add(term(w));
        return out;
    }

    /** Lemma shingles of a sentence's words, for detecting text pasted from the prompt or lesson. */
    private static List<String> shingles(Sentence s) {
        List<String> ws = new ArrayList<>();
        for (Token t : s.tokens()) if (t.isWord()) ws.add(term(t.lemma()));
        List<String> out = new ArrayList<>();
        for (int i = 0; i + SHINGLE <= ws.size(); i++) out.add(String.join(" ", ws.subList(i, i + SHINGLE)));
        return out;
    }
}
