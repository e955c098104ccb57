package org.casemark.core;

import org.casemark.nlp.EnglishLexicon;
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
 * (the rubric's {@code slots} say which criterion and how): the system ("HiveEar", "the wheeled robot"), the proxy
 * ("put whatever is lying on the floor into the bin"), the intended goal, the deployment context, and the
 * write-up's most frequent own nouns. Feedback is written with them, so that it is about this learner's scenario.
 * A slot the write-up does not fill is absent, never a placeholder.
 */
final class Slots {
    /** One slot's words and the sentence they come from. */
    record Slot(String text, int sentence) {
    }

    /** The slots filled for one write-up, by name, and its own most frequent nouns (most frequent first). */
    record Filled(Map<String, Slot> slots, List<String> ownNouns) {
        Filled {
            slots = Collections.unmodifiableMap(new LinkedHashMap<>(slots));
            ownNouns = List.copyOf(ownNouns);
        }

        String text(String slot) {
            Slot s = slots.get(slot);
            return s == null ? null : s.text();
        }
    }

    private static final int MAX_WORDS = 12;
    private static final Set<String> STOP_AFTER = Set.of(".", ";", "!", "?", ":", "(", ")", "-LRB-", "-RRB-");

    private final Map<String, Rubric.SlotRule> rules;
    private final Set<String> courseNouns;

    Slots(Rubric rubric, Set<String> courseNouns) {
        this.rules = rubric.slots();
        this.courseNouns = Set.copyOf(courseNouns);
    }

    Filled read(Reading r, Sections sections, ConceptMatches matches, Credits credits, MetCriteria met) {
        Map<String, Slot> out = new LinkedHashMap<>();
        for (Map.Entry<String, Rubric.SlotRule> e : rules.entrySet()) {
            Rubric.SlotRule rule = e.getValue();
            Integer sentence = null;
            for (Map<String, Integer> m : met.met().values()) {
                if (m.containsKey(rule.criterion())) sentence = m.get(rule.criterion());
            }
            if (sentence == null) continue;
            String text = switch (rule.take()) {
                case "phrase" -> phraseAround(r, sections, matches, sentence, rule.concept());
                case "after" -> after(r, sections, matches, sentence, rule.concept());
                default -> nouns(credits, sentence);
            };
            if (text != null && !text.isBlank()) out.put(e.getKey(), new Slot(text, sentence));
        }
        return new Filled(out, ownNouns(credits));
    }

    /** A proper name in the sentence, else the noun phrase around the concept's first hit ("wheeled robot"). */
    private String phraseAround(Reading r, Sections sections, ConceptMatches matches, int i, String concept) {
        List<Token> ts = r.sentence(i).tokens();
        int from = sections.contentFrom(i);
        for (int k = from; k < ts.size(); k++) {
            Token t = ts.get(k);
            // a name: capitalised, not a word of the course, and not an English word capitalised by position
            if (t.pos().startsWith("NNP") && Character.isUpperCase(t.word().charAt(0))
                    && !t.word().equals(t.word().toUpperCase(Locale.ROOT))       // "FPV", "RL": acronyms, not names
                    && !courseNouns.contains(t.word().toLowerCase(Locale.ROOT))
                    && (k > from || !EnglishLexicon.get().knows(t.word(), null))) {
                int end = k;
                while (end + 1 < ts.size() && ts.get(end + 1).pos().startsWith("NNP")) end++;
                return words(r, i, k, end + 1);
            }
        }
        List<ConceptIndex.Hit> hits = matches.of(i, concept);
        if (hits.isEmpty()) return null;
        int head = hits.get(0).from(), start = head;
        while (start - 1 >= from && (ts.get(start - 1).pos().startsWith("NN") || ts.get(start - 1).pos().startsWith("JJ")
                || ts.get(start - 1).pos().equals("VBN") || ts.get(start - 1).word().equals("-"))) {
            start--;
        }
        int end = hits.get(0).to();
        while (end < ts.size() && ts.get(end).pos().startsWith("NN")) end++;
        if (end - start < 2) return null;   // "the model" alone says nothing of this scenario
        return "the " + words(r, i, start, end);
    }

    /** The words after the concept's first hit, up to a clause break, at most a dozen. */
    private String after(Reading r, Sections sections, ConceptMatches matches, int i, String concept) {
        List<ConceptIndex.Hit> hits = matches.of(i, concept);
        List<Token> ts = r.sentence(i).tokens();
        int start = hits.isEmpty() ? sections.contentFrom(i) : hits.get(0).to();
        while (start < ts.size() && (!ts.get(start).isWord() || ts.get(start).pos().equals("TO")
                || ts.get(start).word().equalsIgnoreCase("is") || ts.get(start).word().equalsIgnoreCase("was")
                || ts.get(start).word().equalsIgnoreCase("that"))) {
            start++;
        }
        int end = start;
        while (end < ts.size() && end - start < MAX_WORDS && !STOP_AFTER.contains(ts.get(end).word())
                && !(ts.get(end).word().equals(",") && end - start >= 4)) {
            end++;
        }
        if (end - start < 2) return null;
        return words(r, i, start, end);
    }

    /** Up to three of the sentence's own scenario nouns. */
    private String nouns(Credits credits, int i) {
        List<String> own = new ArrayList<>();
        for (String w : credits.scenario(i)) if (!courseNouns.contains(w)) own.add(w);
        if (own.isEmpty()) return null;
        return String.join(", ", own.subList(0, Math.min(3, own.size())));
    }

    /** The write-up's own nouns by how many credited sentences name them (ties alphabetical). */
    private List<String> ownNouns(Credits credits) {
        Map<String, Integer> counts = new TreeMap<>();
        for (int i = 0; i < credits.verdicts().size(); i++) {
            if (!credits.credited(i)) continue;
            for (String w : credits.scenario(i)) if (!courseNouns.contains(w)) counts.merge(w, 1, Integer::sum);
        }
        List<String> out = new ArrayList<>(counts.keySet());
        out.sort((a, b) -> counts.get(b) - counts.get(a));
        return out.subList(0, Math.min(5, out.size()));
    }

    /** The learner's text of tokens [from, to), on one line, without markup quotes around it. */
    private static String words(Reading r, int i, int from, int to) {
        Sentence s = r.sentence(i);
        String text = r.text().substring(s.tokens().get(from).start(), s.tokens().get(to - 1).end());
        // quotation marks and emphasis around the learner's phrase are markup, not words
        return text.replaceAll("\\s+", " ").replaceAll("[\"“”*]", "").replaceAll("^['‘]+|['’,]+$", "").strip();
    }
}
