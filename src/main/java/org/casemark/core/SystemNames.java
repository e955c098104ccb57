package org.casemark.core;

import org.casemark.nlp.EnglishLexicon;
import org.casemark.nlp.Token;
import org.casemark.rubric.Rubric;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a write-up calls its AI system, for {@link Slots}: a name it gives ("GradeCast", "which I'll call Skyfall"), or
 * the noun phrase around the rubric's word for a system ("the wheeled robot", "the chatbot for a bank"), never a
 * person ("Dave ... he"), a salutation, a maker or the course's paperwork. Null where the write-up names it only
 * generically ("the model").
 */
final class SystemNames {
    private static final java.util.regex.Pattern NOUN_TAG = java.util.regex.Pattern.compile("NN|NNP");
    private static final java.util.regex.Pattern PRESENT_VERB_TAG = java.util.regex.Pattern.compile("VBZ|VBP");
    private static final java.util.regex.Pattern LIGHT_VERB = java.util.regex.Pattern.compile("be|have|say");
    private static final java.util.regex.Pattern NAME_JOINER = java.util.regex.Pattern.compile("-|to|and|of");
    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("[A-Z][a-z]+[A-Z][A-Za-z]*");
    private static final java.util.regex.Pattern CAMEL_SURNAME = java.util.regex.Pattern.compile("(Mc|Mac|De|Di|Da|La|Le|Van|Von|Du|O)[A-Z].*");
    private static final java.util.regex.Pattern NON_WORD = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
    /** How far into the system's sentence its "is a ..." may stand. */
    private static final int COPULA_WITHIN = 8;
    private static final Set<String> PERSONAL = Set.of("he", "she", "his", "her", "him", "himself", "herself");
    /** The words a letter or a message opens with before the name of the person it is addressed to. */
    private static final Set<String> SALUTATIONS = Set.of("dear", "hi", "hello", "hey");
    // (not "on": "trained the classifier on a big library of clips" tells its data, not what it is)
    private static final Set<String> OF_FOR = Set.of("for", "of", "in", "at");
    /** The makers and owners of a system ("the hiking app company"): a phrase ending on one names them, not it. */
    private static final Set<String> MAKERS = Set.of("company", "companies", "firm", "team", "department", "agency",
            "vendor", "vendors", "maker", "makers", "manufacturer", "developer", "developers", "startup", "supplier",
            "council", "school", "club", "cooperative", "owner", "owners");
    /**
     * What is done with or about a system ("the autonomous firefighting aircraft trials", "the camera data"): a phrase
     * ending on one names that, so the system's name ends at the system's own word.
     */
    private static final Set<String> ABOUT_IT = Set.of("trial", "trials", "test", "tests", "study", "studies",
            "project", "projects", "report", "reports", "data", "dataset", "datasets", "log", "logs", "paper",
            "papers", "article", "articles", "footage", "recordings", "output", "outputs", "results", "programme");
    /** People who build or use a system: "System: The engineers of a project put a camera with AI on a pole" names them. */
    private static final Set<String> PEOPLE = Set.of("engineer", "engineers", "designer", "designers", "researcher",
            "researchers", "scientist", "scientists", "programmer", "programmers", "people", "staff", "user", "users",
            "worker", "workers", "farmer", "farmers", "student", "students", "operator", "operators");

    /** Groups of people a system's word may modify ("detector groups", "robot crews"). */
    private static final Set<String> COLLECTIVES = Set.of("group", "groups", "committee", "committees", "crew", "crews");

    /** The phrase names the people or the organisation behind a system, not the system. */
    private static boolean namesPeople(String phrase) {
        String[] words = NON_WORD.split(phrase.toLowerCase(Locale.ROOT));
        for (String w : words) {
            if (PEOPLE.contains(w) || MAKERS.contains(w)) return true;
        }
        // "a wheelchair user couldn't get across", "the passengers": people the system meets, as the phrase's head
        // ("the driver assistance system" is not)
        if (words.length == 0) return false;
        String head = words[words.length - 1];
        return Misconceptions.everydayPeople(head) || head.endsWith("s") && Misconceptions.everydayPeople(head.substring(0, head.length() - 1))
                || head.equals("children") || head.equals("person");
    }

    /** The words of a course's own paperwork ("entries copied out for the AI module case study"). */
    private static final Set<String> PAPERWORK = Set.of("assignment", "module");
    /** "AI", "ML": in a system's name they name nothing of the scenario. */
    private static final Set<String> AI_WORDS = Set.of("ai", "ml");
    /** Words a hurried writer opens with, which the tagger may read as adjectives ("ok dog walker matching app."). */
    private static final Set<String> DISCOURSE = Set.of("ok", "okay", "um", "uh", "yeah", "hmm", "well", "so", "hi",
            "hey", "btw", "lol");

    private final Set<String> courseNouns;
    private final Set<String> genericWords;

    SystemNames(Rubric rubric, Set<String> courseNouns) {
        this.courseNouns = Set.copyOf(courseNouns);
        this.genericWords = Set.copyOf(rubric.gaming().genericWords().stream().map(Reading::term).toList());
    }

    /**
     * The system's name or noun phrase: a proper name opening the sentence ("ShelfScan is ..."), else a proper name
     * right next to the concept's hit ("the HiveEar app", "ClauseBrief, a language model"), else the noun phrase
     * around that hit ("the wheeled robot"); null when none is there.
     */
    /**
     * The noun at {@code k} ends what the writer says they are ("im a ships agent so i see it from the outside", "I am
     * a night nurse"): "I" and a form of "be", then "a" or "an" and the noun phrase. The writer, not the system.
     */
    static boolean writerIs(List<Token> ts, int k) {
        int j = k - 1;
        while (j >= 0 && (ts.get(j).pos().startsWith("NN") || ts.get(j).pos().startsWith("JJ")
                || ts.get(j).pos().equals("HYPH") || ts.get(j).pos().equals("POS"))) j--;
        if (j < 1 || !(ts.get(j).word().equalsIgnoreCase("a") || ts.get(j).word().equalsIgnoreCase("an"))) return false;
        String be = ts.get(j - 1).word().toLowerCase(Locale.ROOT);
        if (be.equals("im") || be.equals("i'm") || be.equals("i’m")) return true;
        return (be.equals("am") || be.equals("'m") || be.equals("’m") || be.equals("m")) && j >= 2
                && ts.get(j - 2).word().equalsIgnoreCase("i");
    }

    String phraseAround(Reading r, Sections sections, ConceptMatches matches, int i, String concept,
                                Set<String> persons) {
        List<Token> ts = r.sentence(i).tokens();
        int from = sections.contentFrom(i);
        while (from < ts.size() && !ts.get(from).isWord()) from++;
        if (from < ts.size() && (isName(ts.get(from)) || TextNames.definedAcronym(r, ts.get(from).word()))
                && !persons.contains(lower(ts.get(from).word())) && !company(ts, from)) {
            return Slots.words(r, i, from, nameEnd(ts, from));
        }
        // "System: an automated laminator in a bakery's kitchen": after a label, the noun phrase it opens with
        if (sections.contentFrom(i) > 0) {
            String labelled = nounPhrase(r, i, from);
            if (labelled != null && ownWords(labelled) && !namesPeople(labelled)) return labelled;
        }
        // a name right beside the hit: "The system is ClauseBrief, a language model ..." is ClauseBrief; in "A
        // distillery in Speyside uses an AI" the name is where its user is
        for (ConceptIndex.Hit h : matches.of(i, concept)) {
            for (int k = Math.max(from, h.from() - 3); k < Math.min(ts.size(), h.to() + 3); k++) {
                // ... not a place or a maker after a preposition ("an AI grader for ginseng root in Geumsan", "the
                // aarti robot at Shree Radha Krishna Mandir": the preposition opens the run of names)
                int run = k;
                while (run > 0 && isName(ts.get(run - 1))) run--;
                boolean placed = run > 0 && ts.get(run - 1).pos().equals("IN");
                if (isName(ts.get(k)) && !placed && !persons.contains(lower(ts.get(k).word())) && !company(ts, k)
                        && !GivenSystemNames.actsOn(ts, k, h)) {
                    return Slots.words(r, i, k, nameEnd(ts, k));
                }
            }
        }
        // the most telling hit: "my system is a chatbot for a bank" names a chatbot, not a system
        String generic = null;
        for (ConceptIndex.Hit h : matches.of(i, concept)) {
            String phrase = phraseAt(r, i, from, h);
            if (phrase == null || namesPeople(phrase) || writerIs(ts, h.from())) continue;
            if (!genericWords.contains(r.terms(i)[h.from()])) return phrase;
            if (generic == null) generic = phrase;
        }
        // "the AI system" names nothing of this scenario: a recurring name or the write-up's own nouns say more
        if (generic != null && ownWords(generic)) return generic;
        // "The system here is a small microphone mounted under the crown board": what the system is, after "is"
        for (ConceptIndex.Hit h : matches.of(i, concept)) {
            String complement = complementAfter(r, i, h.to());
            if (complement != null && ownWords(complement)) return complement;
        }
        // "My case study is a drowing detecter for swiming pools", "the system could be a smart baby monitor": the
        // first "is a" of the sentence that names the system
        for (int k = from; k < Math.min(ts.size(), from + COPULA_WITHIN); k++) {
            if (!ts.get(k).lemma().equals("be")) continue;
            String complement = complementAfter(r, i, k);
            if (complement != null && ownWords(complement)) return complement;
            // "The system I picked is a jukebox, or really ...": with the system's word as its subject, one noun of
            // the scenario says what the system is
            final int copula = k;
            if (matches.of(i, concept).stream().anyMatch(h -> h.to() <= copula) && k + 2 < ts.size()
                    && ts.get(k + 1).pos().equals("DT") && ts.get(k + 2).pos().startsWith("NN")
                    && (k + 3 >= ts.size() || !ts.get(k + 3).pos().startsWith("NN")) && !isName(ts.get(k + 2))
                    && ownWord(lower(ts.get(k + 2).word()))) {
                return "the " + Slots.words(r, i, k + 2, k + 3);
            }
            // "The sorter is a camera mounted over a steel sorting table": what the sentence is about, before "is"
            String subject = subjectBefore(r, i, from, k);
            if (subject != null) return subject;
            break;
        }
        return null;   // "the model" alone says nothing of this scenario
    }

    /**
     * A product's name in the write-up's title or its opening headings ("SLIDE 1 - GM case study: TapTune / ...",
     * "Slide 1: FeastCast @ Gather Events"), not one of {@code persons}; null when none.
     */
    String titleProduct(Reading r, Sections sections, Set<String> persons) {
        for (int i = 0; i < Math.min(r.size(), TITLE_SENTENCES); i++) {
            if (i > 0 && !sections.heading(i) && !sections.heading(i - 1)) break;
            // "[WhatsApp with Kasia from the course, she said I could use it ...]": a note in brackets on where the
            // text comes from is no title
            if (r.text().substring(r.sentence(i).start(), r.sentence(i).end()).strip().startsWith("[")) continue;
            List<Token> ts = r.sentence(i).tokens();
            for (int k = 0; k < ts.size(); k++) {
                Token t = ts.get(k);
                if (!productName(t.word()) || !isName(t) || persons.contains(lower(t.word()))) continue;
                // not a word of a longer name ("DeepTech Founders Evening", "RoboOps Summit 2024"), a forum's
                // ("r/ConcreteTech") or an alert's ("WakeFalseAcceptRateHigh")
                boolean longer = k + 1 < ts.size() && ts.get(k + 1).word().length() > 1
                        && Character.isUpperCase(ts.get(k + 1).word().charAt(0));
                boolean path = k > 0 && ts.get(k - 1).word().endsWith("/");
                if (!longer && !path && humps(t.word()) <= MAX_NAME_HUMPS) return t.word();
            }
        }
        return null;
    }

    /** A product's name has few capitals inside it ("TapTune", "FeastCast"), an alert's or a code's many. */
    private static final int MAX_NAME_HUMPS = 3;

    private static int humps(String w) {
        return (int) w.chars().filter(Character::isUpperCase).count();
    }

    /** How many opening sentences a title and its headings may take ("GM case study - slides / Slide 1: ..."). */
    private static final int TITLE_SENTENCES = 3;

    /**
     * The system a title names: a product's name in it ("Case study: JasmineSort, a bud sorter"), else the noun
     * phrase around the system's word ("Case study: stitch-planning model for embroidery machines"); null when none.
     */
    String titleName(Reading r, Sections sections, ConceptMatches matches, String concept, Set<String> persons) {
        for (Token t : r.sentence(0).tokens()) {
            if (productName(t.word()) && isName(t)) return t.word();
        }
        int from = sections.contentFrom(0);
        for (ConceptIndex.Hit h : matches.of(0, concept)) {
            String phrase = phraseAt(r, 0, from, h);
            if (phrase != null && !plural(phrase) && ownWords(phrase)) return singular(phrase, r.text());
        }
        return null;
    }

    /**
     * "The sorter is ...", "Our grading camera was ...": the noun phrase from {@code from} up to the copula at {@code at}
     * (a determiner, then adjectives and nouns ending on a noun of the scenario), as "the sorter"; else null.
     */
    private String subjectBefore(Reading r, int i, int from, int at) {
        List<Token> ts = r.sentence(i).tokens();
        if (at - from < 2 || at - from > 4) return null;
        // "The sorter is a camera ...": says what the thing is; "My hometown is near ..." does not
        if (at + 1 >= ts.size() || !ts.get(at + 1).pos().equals("DT")) return null;
        String det = ts.get(from).pos();
        if (!det.equals("DT") && !det.equals("PRP$")) return null;
        for (int k = from + 1; k < at; k++) {
            String pos = ts.get(k).pos();
            if (!pos.startsWith("NN") && !pos.startsWith("JJ")) return null;
        }
        Token head = ts.get(at - 1);
        if (!head.pos().startsWith("NN") || isName(head) || !ownWord(lower(head.word()))) return null;
        for (int k = from + 1; k < at; k++) {
            String w = lower(ts.get(k).word());
            if (PAPERWORK.contains(w) || MAKERS.contains(w)) return null;
        }
        return "the " + Slots.words(r, i, from + 1, at);
    }

    /**
     * "an automated laminator in a bakery": the noun phrase a determiner opens at {@code at} (adjectives and nouns up
     * to five words, ending on a noun), as "the automated laminator"; null when none opens there.
     */
    private static String nounPhrase(Reading r, int i, int at) {
        List<Token> ts = r.sentence(i).tokens();
        if (at >= ts.size() || !ts.get(at).pos().equals("DT")) return null;
        int start = at + 1, end = start;
        while (end < ts.size() && end - start < 8) {
            Token t = ts.get(end);
            boolean joined = end > start && ts.get(end - 1).end() == t.start();   // "camera-based", "self-driving"
            boolean modifier = (t.pos().equals("VBN") || t.pos().equals("VBG")) && end + 1 < ts.size()
                    && ts.get(end + 1).pos().startsWith("NN");                    // "reinforcement learning agent"
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("NN") || joined || modifier)) break;
            end++;
        }
        while (end > start && !ts.get(end - 1).pos().startsWith("NN")) end--;
        // a phrase cut inside a hyphenated word names half a thing ("the self" of "self-driving robot")
        if (end < ts.size() && end > start && ts.get(end - 1).end() == ts.get(end).start()) return null;
        // the subject of a clause ("System: a startup has made a herding drone") is not the thing the label names
        if (end < ts.size() && ts.get(end).isVerb()) return null;
        return end > start ? "the " + Slots.words(r, i, start, end) : null;
    }

    /** At most this many words of a relative clause name a system ("that designs 3D-printed insoles"). */
    private static final int RELATIVE_WORDS = 6;
    private static final Set<String> RELATIVES = Set.of("that", "which", "who");
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "or", "but", "so", "because", "when", "while");

    /**
     * "AI that designs 3D-printed insoles", "robot that drives the rows in orchards": the system's word in sentence
     * {@code i} and the relative clause after it that says what it does, up to its last noun; null when the clause
     * names nothing of the scenario. A last resort, where no sentence names the system in the scenario's words.
     */
    String toldBy(Reading r, ConceptMatches matches, int i, String concept) {
        for (ConceptIndex.Hit h : matches.of(i, concept)) {
            String told = relativeAfter(r, i, h);
            if (told != null) return told;
        }
        return null;
    }

    private String relativeAfter(Reading r, int i, ConceptIndex.Hit h) {
        List<Token> ts = r.sentence(i).tokens();
        int rel = h.to();
        // a system's word in the singular, then what it does as a habit ("designs", "drives"), not what happened once
        // ("the robot that lost ...", "the model that failed ...")
        if (rel + 1 >= ts.size() || !RELATIVES.contains(lower(ts.get(rel).word()))
                || !NOUN_TAG.matcher(ts.get(rel - 1).pos()).matches() || !PRESENT_VERB_TAG.matcher(ts.get(rel + 1).pos()).matches()
                || LIGHT_VERB.matcher(ts.get(rel + 1).lemma()).matches()) {
            return null;
        }
        int end = rel + 1;
        while (end < ts.size() && end - rel <= RELATIVE_WORDS && (ts.get(end).isWord() || ts.get(end).word().equals("-"))
                && !CLAUSE_JOINS.contains(lower(ts.get(end).word()))) {
            // "predicts which customers ... will return": a question inside does not end in a few words
            if (ts.get(end).pos().startsWith("W")) return null;
            end++;
        }
        // cut inside a compound ("screens resumes for a mid-size software | company"): back to before its preposition
        if (end < ts.size() && ts.get(end).pos().startsWith("NN")) {
            int prep = end - 1;
            while (prep > rel + 1 && !ts.get(prep).pos().equals("IN")) prep--;
            if (prep > rel + 1) end = prep;
        }
        while (end > rel + 1 && !ts.get(end - 1).pos().startsWith("NN")) end--;
        if (end <= rel + 2 || !ownWords(Slots.words(r, i, rel + 1, end))) return null;
        return "the " + Slots.words(r, i, h.from(), end);
    }

    /** "is a small microphone", "was an LSTM trained ...": the noun phrase after "is a", as "the small microphone". */
    private static String complementAfter(Reading r, int i, int at) {
        List<Token> ts = r.sentence(i).tokens();
        int k = at;
        while (k < ts.size() && ts.get(k).pos().equals("RB")) k++;
        if (k + 2 >= ts.size() || !ts.get(k).lemma().equals("be") || !ts.get(k + 1).pos().equals("DT")) return null;
        int start = k + 2, end = start;
        while (end < ts.size() && end - start < 5 && (ts.get(end).pos().startsWith("JJ") || ts.get(end).pos().startsWith("NN")
                || (ts.get(end).word().equals("-") && end > start && ts.get(end - 1).end() == ts.get(end).start()))) end++;
        while (end > start && !ts.get(end - 1).pos().startsWith("NN")) end--;
        // "a camera put at the exit of the milking parlour": one noun, told by what follows it, is a name too
        if (end - start < 1 || end - start < 2 && !(end < ts.size() && ts.get(end).pos().equals("VBN"))) return null;
        return "the " + Slots.words(r, i, start, end);
    }

    /**
     * The participle at {@code k} modifies the noun after it ("the wheeled robot", "a trained model"), rather than
     * being the verb of its clause ("the school has used GradeCast"): no verb, modal, pronoun or "to" stands before it.
     */
    private static boolean modifies(List<Token> ts, int k) {
        if (k == 0) return false;
        // "knife-sharpening robot", "LLM-based tool": a participle joined by a hyphen is part of its word
        if (ts.get(k - 1).end() == ts.get(k).start()) return true;
        String pos = ts.get(k - 1).pos();
        return !(pos.startsWith("VB") || pos.equals("MD") || pos.equals("PRP") || pos.equals("TO"));
    }

    /**
     * Generic words for a system that, before another noun, modify it ("model living room", "system logs", "engine
     * room"), and "car", a system's word for a self-driving one, before a noun it modifies ("the car exhaust", "car
     * seats").
     */
    private static final Set<String> MODIFYING_GENERICS = Set.of("model", "system", "software", "program", "algorithm",
            "engine", "car");

    /** The noun phrase around one hit ("the wheeled robot", "the chatbot for a bank"), or null for a bare head. */
    private String phraseAt(Reading r, int i, int from, ConceptIndex.Hit hit) {
        List<Token> ts = r.sentence(i).tokens();
        int head = hit.from(), start = head;
        // modifiers before the head, and every piece of a hyphenated word ("speech-to-text", read as five tokens);
        // a dash with spaces around it ("The AI system - robot that ...") separates, it does not join
        while (start - 1 >= from) {
            Token before = ts.get(start - 1);
            boolean joiner = NAME_JOINER.matcher(before.word()).matches() && before.end() == ts.get(start).start();
            if (joiner && start - 2 >= from && ts.get(start - 2).end() == before.start()) {
                start -= 2;   // "speech-to-text": the joiner and the word before it
            } else if (!before.word().equals("-") && !DISCOURSE.contains(before.word().toLowerCase(Locale.ROOT))
                    && !before.word().equalsIgnoreCase("own")
                    && (before.pos().startsWith("NN") || before.pos().startsWith("JJ")
                    || ((before.pos().equals("VBN") || before.pos().equals("VBG")) && modifies(ts, start - 1)))) {
                start--;
            } else {
                break;
            }
        }
        while (start < head && ts.get(start).word().equals("-")) start++;
        int end = hit.to();
        // ... and after it: nouns, the pieces of a hyphenated word ("passport-photo checkers") and a participle inside
        // a compound ("AI pill counting cameras")
        while (end < ts.size()) {
            Token t = ts.get(end);
            boolean inside = end + 1 < ts.size() && ts.get(end + 1).pos().startsWith("NN");
            boolean hyphen = t.word().equals("-") && end > 0 && ts.get(end - 1).end() == t.start()
                    && end + 1 < ts.size() && t.end() == ts.get(end + 1).start();
            if (t.pos().startsWith("NN") || hyphen || (t.pos().equals("VBG") && inside)) end++;
            else break;
        }
        while (end > hit.to() && !ts.get(end - 1).pos().startsWith("NN")) end--;
        // "detector groups testing radiation hardness": the system's word modifies a group of people, who are
        // named ("the group controller" is a system)
        if (hit.to() < ts.size() && COLLECTIVES.contains(lower(ts.get(hit.to()).word()))) return null;
        if (end > hit.to() && ABOUT_IT.contains(lower(ts.get(end - 1).word()))) end = hit.to();
        // "a model living room", "the system logs", "the car exhaust": a generic word that modifies the nouns after it
        // names no system
        if (end > hit.to() && hit.to() - hit.from() == 1 && MODIFYING_GENERICS.contains(lower(ts.get(hit.from()).word()))) {
            return null;
        }
        // "a chatbot for a bank": a one-word head takes its "for/of ..." complement
        if (end - start < 2 && end + 1 < ts.size() && OF_FOR.contains(ts.get(end).word().toLowerCase(Locale.ROOT))) {
            int k = end + 1;
            while (k < ts.size() && k - end <= 4 && (ts.get(k).pos().equals("DT") || ts.get(k).pos().startsWith("JJ")
                    || ts.get(k).pos().startsWith("NN") || ts.get(k).pos().equals("PRP$"))) k++;
            if (ts.get(k - 1).pos().startsWith("NN")) end = k;
        }
        if (end - start < 2) return null;   // "the model" alone says nothing of this scenario
        // "(or rather, dear tutor)": the one a letter is addressed to is a person
        for (int k = Math.max(0, start - 1); k < hit.from(); k++) if (SALUTATIONS.contains(lower(ts.get(k).word()))) return null;
        // "the hiking app company" names its maker; "the AI module case study" the course's paperwork
        if (MAKERS.contains(lower(ts.get(end - 1).word()))) return null;
        for (int k = start; k < end; k++) {
            if (PAPERWORK.contains(lower(ts.get(k).word()))) return null;
            if (k + 1 < end && lower(ts.get(k).word()).equals("case") && lower(ts.get(k + 1).word()).startsWith("stud")) return null;
        }
        return (isName(ts.get(start)) ? "" : "the ") + Slots.words(r, i, start, end);
    }

    /**
     * One system named by its kind ("one of those AI pill counting cameras" is "the AI pill counting camera"), so that
     * feedback can say what it does: the last word's "-s", "-es" or "-ies" made singular where English knows the word
     * without it and the write-up uses it.
     */
    static String singular(String phrase, String text) {
        if (!plural(phrase)) return phrase;
        int cut = phrase.lastIndexOf(' ') + 1;
        String last = phrase.substring(cut);
        List<String> stems = new ArrayList<>();
        if (last.endsWith("ies")) stems.add(last.substring(0, last.length() - 3) + "y");
        stems.add(last.substring(0, last.length() - 1));
        if (last.endsWith("es")) stems.add(last.substring(0, last.length() - 2));
        for (String stem : stems) {
            // ... and the write-up uses it so somewhere: the learner's own word, not one made for them
            if (stem.length() > 2 && EnglishLexicon.get().knows(stem.toLowerCase(Locale.ROOT), null, false)
                    && java.util.regex.Pattern.compile("(?i)\\b" + java.util.regex.Pattern.quote(stem) + "\\b").matcher(text).find()) {
                return phrase.substring(0, cut) + stem;
            }
        }
        return phrase;
    }

    /** A phrase whose last word is a plural noun ("the machine-learning systems"). */
    static boolean plural(String phrase) {
        String last = phrase.substring(phrase.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return last.length() > 3 && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("us") && !last.endsWith("is");
    }

    /** How the write-up uses its names, read once for a slot: see {@link NameUses}. */
    NameUses nameUses(Reading r, ConceptMatches matches, String concept) {
        return NameUses.read(r, matches, concept, (ts, k) -> isName(ts.get(k)) && !company(ts, k));
    }


    /**
     * The names, lower-cased, that the write-up uses for people, in one pass: a name that "he", "she", "his" or
     * "her" follows in its sentence or the next ("Dave had run the offside camera ... he'd stopped checking", "Mia
     * ... she just lay there"), or one that opens two or more lines as a speaker ("Bea: ...").
     */
    Set<String> persons(Reading r) {
        Set<String> out = new java.util.HashSet<>();
        Map<String, Integer> speakerLines = new java.util.HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            List<Token> ts = r.sentence(i).tokens();
            boolean nextHasPronoun = i + 1 < r.size() && r.sentence(i + 1).tokens().stream()
                    .anyMatch(t -> PERSONAL.contains(lower(t.word())));
            boolean pronounAfter = nextHasPronoun;
            // a name that opens two or more lines with a colon after it is a speaker's ("Bea: but the lift ..."),
            // a person; a title's "ClauseFinder: a case study" opens one
            // ("[19:47] Marcus (TalkTrail Support): ..." too: a chat log's time and role around the name)
            int colon = -1;
            for (int k = 0; k < Math.min(ts.size(), 12) && colon < 0; k++) {
                if (ts.get(k).word().equals(":") && !(k > 0 && k + 1 < ts.size() && ts.get(k - 1).pos().equals("CD")
                        && ts.get(k + 1).pos().equals("CD"))) colon = k;
            }
            // "[08:41] Agent (Hana): Hi Owen": a person's role, then their name in brackets, before the colon
            if (colon >= 4 && TextNames.isBracket(ts.get(colon - 1)) && TextNames.isBracket(ts.get(colon - 3))
                    && ROLES.contains(lower(ts.get(colon - 4).word())) && isName(ts.get(colon - 2))) {
                out.add(lower(ts.get(colon - 2).word()));
            }
            for (int k = 0; k < colon; k++) {
                // a speaker's name may be an English word too ("Marcus", "Will"): capitalised and tagged a name
                Token t = ts.get(k);
                boolean name = t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0)) && t.word().length() >= 2;
                if (name && speakerLines.merge(lower(t.word()), 1, Integer::sum) == 2) out.add(lower(t.word()));
                if (name) break;
            }
            // the name a letter or a message is addressed to ("Dear Ellie,", "Hi Tom") is a person's
            int first = 0;
            while (first < ts.size() && !ts.get(first).isWord()) first++;
            if (first + 1 < ts.size() && SALUTATIONS.contains(lower(ts.get(first).word()))
                    && isName(ts.get(first + 1))) {
                out.add(lower(ts.get(first + 1).word()));
            }
            // walking back, a name is a person's when a pronoun stands after it here, or in the next sentence
            for (int k = ts.size() - 1; k >= 0; k--) {
                Token t = ts.get(k);
                if (PERSONAL.contains(lower(t.word()))) pronounAfter = true;
                else if (pronounAfter && isName(t) && !productName(t.word())) out.add(lower(t.word()));
            }
        }
        return out;
    }

    /** The roles of people in a chat log or a transcript ("Agent (Hana):"; "Bot (ShelfScan):" is no person's). */
    private static final Set<String> ROLES = Set.of("agent", "customer", "user", "rep", "representative", "advisor",
            "adviser", "support", "staff", "caller", "operator", "engineer", "manager", "technician", "nurse", "doctor",
            "teacher", "student", "host", "guest", "interviewer", "interviewee", "moderator", "presenter", "reporter");

    /**
     * A name written with a capital inside it ("CoxMate", "GradeCast", "TableEye") is a product's, not a person's,
     * whatever pronoun follows it ("McKenzie", "DeShawn", "MacLeod" are people's).
     */
    static boolean productName(String w) {
        return CAMEL_CASE.matcher(w).matches() && !CAMEL_SURNAME.matcher(w).matches();
    }

    private static String lower(String w) {
        return w.toLowerCase(Locale.ROOT);
    }

    /** A name: a capitalised proper noun that is not an acronym, a course word or an English word. */
    private boolean isName(Token t) {
        String w = t.word();
        // the tagger reads a product's CamelCase name ("ClauseBrief") as a common noun now and then
        boolean camel = t.pos().startsWith("NN") && CAMEL_CASE.matcher(w).matches();
        // (a capital inside the word makes it a product's name whatever English word it spells: "CoxMate")
        return (t.pos().startsWith("NNP") || camel) && w.length() >= 3 && Character.isUpperCase(w.charAt(0))
                && !w.equals(w.toUpperCase(Locale.ROOT)) && !courseNouns.contains(w.toLowerCase(Locale.ROOT))
                && (productName(w) || !EnglishLexicon.get().knows(w, null));
    }

    /** The name at {@code k} is (part of) a company's: a company suffix ends its run of names, or is the name. */
    private static boolean company(List<Token> ts, int k) {
        for (int j = k; j < Math.min(ts.size(), nameEnd(ts, k) + 1); j++) {
            if (TextNames.companySuffix(ts.get(j).word())) return true;
        }
        return false;
    }

    private static int nameEnd(List<Token> ts, int k) {
        int end = k + 1;
        while (end < ts.size() && ts.get(end).pos().startsWith("NNP")) end++;
        return end;
    }

    /** Some noun or name of sentence {@code i} within {@code phrase} is neither generic nor the course's own. */
    boolean ownNoun(Reading r, int i, String phrase) {
        Set<String> words = new java.util.HashSet<>(List.of(NON_WORD.split(phrase.toLowerCase(Locale.ROOT))));
        for (Token t : r.sentence(i).tokens()) {
            if (!t.pos().startsWith("NN")) continue;
            // "balance-regulation" is one token and two words of the phrase
            for (String w : NON_WORD.split(t.word().toLowerCase(Locale.ROOT))) {
                if (words.contains(w) && ownWord(w)) return true;
            }
        }
        return false;
    }

    /** The phrase has a word that is neither generic ("system", "model") nor the course's. */
    private boolean ownWords(String phrase) {
        for (String w : NON_WORD.split(phrase.toLowerCase(Locale.ROOT))) {
            if (!w.equals("the") && ownWord(w)) return true;
        }
        return false;
    }

    /** A word (lower case) of three letters or more that is neither generic, nor the course's, nor "AI". */
    private boolean ownWord(String w) {
        if (w.length() < 3) return false;
        String t = Reading.term(w);
        return !genericWords.contains(t) && !courseNouns.contains(t) && !AI_WORDS.contains(w);
    }
}
