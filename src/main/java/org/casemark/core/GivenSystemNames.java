package org.casemark.core;

import org.casemark.nlp.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * The concept-matching step that reads the names a write-up gives its system ("We trained a 1-D temporal CNN
 * (TsuNet)", "His name is Barry", "HullScore" used twice) and adds a hit of the system concept wherever such a name
 * stands, so "TsuNet missed both events" states the system as "the model missed both events" does.
 */
final class GivenSystemNames {
    private final String systemConcept;
    /** Nouns of the course's texts ("CoinRun"), which name no learner's system. */
    private final Set<String> courseNouns;

    GivenSystemNames(String systemConcept, Set<String> courseNouns) {
        this.systemConcept = systemConcept;
        this.courseNouns = Set.copyOf(courseNouns);
    }

    /** How many words from a word for a system a name may stand to be its name ("a 1-D temporal CNN (TsuNet)"). */
    private static final int NAME_WINDOW = 3;

    /**
     * A name the write-up gives its system ("We trained a 1-D temporal CNN (TsuNet)", "ClauseBrief, a language
     * model") states the system wherever it is used again ("TsuNet missed both with high confidence"). A name is a
     * capitalised proper noun of three letters or more, not an acronym, used twice or more, standing beside a word
     * for a system once at least, not a person's (no "'s" after it) and not one of the course's own ("CoinRun").
     */
    void addHits(Reading r, Sections sections, List<SortedMap<String, List<ConceptIndex.Hit>>> hits) {
        // uses in distinct sentences: a write-up pasted twice names nothing more often
        Map<String, Set<String>> usedIn = new java.util.HashMap<>();
        for (int i = 0; i < r.size(); i++) {
            if (sections.heading(i)) continue;
            String sentence = r.text().substring(r.sentence(i).start(), r.sentence(i).end());
            for (Token t : r.sentence(i).tokens()) {
                // (a product's CamelCase name is one whatever the tagger calls it: "Your SmartDosette reminder box")
                if (nameLike(t) || SystemNames.productName(t.word())) {
                    usedIn.computeIfAbsent(t.word(), w -> new java.util.HashSet<>()).add(sentence);
                }
            }
        }
        Map<String, Integer> uses = new java.util.HashMap<>();
        usedIn.forEach((w, in) -> uses.put(w, in.size()));
        Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < r.size(); i++) {
            List<Token> ts = r.sentence(i).tokens();
            for (ConceptIndex.Hit h : hits.get(i).getOrDefault(systemConcept, List.of())) {
                for (int k = Math.max(0, h.from() - NAME_WINDOW); k < Math.min(ts.size(), h.to() + NAME_WINDOW); k++) {
                    Token t = ts.get(k);
                    if (k >= h.from() && k < h.to()) continue;
                    if (!nameLike(t) || uses.getOrDefault(t.word(), 0) < 2) continue;
                    if (courseNouns.contains(t.word().toLowerCase(Locale.ROOT))) continue;
                    if (k + 1 < ts.size() && ts.get(k + 1).word().equals("'s")) continue;
                    if (actsOn(ts, k, h)) continue;
                    names.add(t.word());
                }
            }
        }
        // "So they built a robot bartender. Of course they did. His name is Barry.": a name given soon after the
        // system's word
        for (int i = 1; i < r.size(); i++) {
            if (sections.heading(i)) continue;
            boolean after = false;
            for (int j = Math.max(0, i - GIVEN_NAME_WINDOW); j < i; j++) after |= hits.get(j).containsKey(systemConcept);
            if (!after) continue;
            String given = givenName(r.sentence(i).tokens(), sections.contentFrom(i));
            if (given != null && uses.getOrDefault(given, 0) >= 2
                    && !courseNouns.contains(given.toLowerCase(Locale.ROOT))) {
                names.add(given);
            }
        }
        // a product's name ("HullScore", "IcePath") used in two sentences or more names the system wherever it stands,
        // near the system's word or not: a write-up calls its system by it ("What Rhythm would do" is not one)
        uses.forEach((w, n) -> {
            if (n >= 2 && SystemNames.productName(w) && !courseNouns.contains(w.toLowerCase(Locale.ROOT))) {
                names.add(w);
            }
        });
        // "TrickBase Ltd" is the company behind the system, wherever its name stands without the suffix
        Set<String> companies = TextNames.companies(r);
        names.removeIf(n -> companies.contains(n.toLowerCase(Locale.ROOT)));
        if (names.isEmpty()) return;
        for (int i = 0; i < r.size(); i++) {
            if (sections.heading(i)) continue;
            List<Token> ts = r.sentence(i).tokens();
            List<ConceptIndex.Hit> stated = hits.get(i).getOrDefault(systemConcept, List.of());
            for (int k = 0; k < ts.size(); k++) {
                if (!names.contains(ts.get(k).word())) continue;
                final int at = k;
                if (stated.stream().anyMatch(h -> h.from() <= at && at < h.to())) continue;
                hits.get(i).computeIfAbsent(systemConcept, c -> new ArrayList<>())
                        .add(new ConceptIndex.Hit(systemConcept, i, k, k + 1, ts.get(k).start(), ts.get(k).end()));
            }
        }
    }

    /** How many sentences after the system's word a possessive may give its name ("His name is Barry"). */
    private static final int GIVEN_NAME_WINDOW = 3;

    /** The pronouns a name is given with ("His name is Barry", "Its name was Quill"). */
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");

    /**
     * The name a sentence gives, opening with a possessive ("His name is Barry.", "Its name was Quill"), or null: the
     * name of a system named a few sentences before ({@code from}: where the sentence's own words start).
     */
    static String givenName(List<Token> ts, int from) {
        if (ts.size() < from + 4) return null;
        if (!POSSESSIVES.contains(ts.get(from).word().toLowerCase(Locale.ROOT))) return null;
        if (!ts.get(from + 1).lemma().equalsIgnoreCase("name") || !ts.get(from + 2).lemma().equalsIgnoreCase("be")) return null;
        Token name = ts.get(from + 3);
        return nameLike(name) ? name.word() : null;
    }

    /** Verbs that name a system rather than act on it ("TsuNet is a CNN", "a model called TsuNet"). */
    private static final Set<String> NAMING_VERBS = Set.of("be", "call", "name", "dub", "nickname", "brand");

    /**
     * A verb between the name and the word for a system that is not one of naming: the name is who uses or builds
     * the system ("A distillery in Speyside uses an AI"), not its name; so is a name after a preposition that follows
     * the system's word ("a computer model of the Cathedral").
     */
    static boolean actsOn(List<Token> ts, int name, ConceptIndex.Hit system) {
        int lo = name < system.from() ? name + 1 : system.to(), hi = name < system.from() ? system.from() : name;
        for (int k = lo; k < hi; k++) {
            Token t = ts.get(k);
            if (t.isVerb() && !NAMING_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
            // "a CNN that sorts Madurai buds": a relative clause between them tells what the system does to the name
            // (whatever tag its verb gets)
            if (t.pos().equals("WDT") && name > system.from()) return true;
            // "a computer model of the Cathedral", "the robot at Shree Radha Krishna Mandir": a preposition after the
            // system's word, and the name is what the system is of, at or for
            if (t.pos().equals("IN") && name > system.from() && !t.word().equalsIgnoreCase("as")) return true;
        }
        return false;
    }

    /** A capitalised proper noun of three letters or more with a lower-case letter in it ("TsuNet", not "AUC"). */
    private static boolean nameLike(Token t) {
        String w = t.word();
        return t.pos().startsWith("NNP") && w.length() >= 3 && Character.isUpperCase(w.charAt(0))
                && !w.equals(w.toUpperCase(Locale.ROOT)) && !CALENDAR.contains(w.toLowerCase(Locale.ROOT));
    }

    /**
     * The months and days, which date a text ("add the April-May app tickets", "Next meeting: Tuesday 21 May") and
     * name no system, however often they are used.
     */
    private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june",
            "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday");
}
