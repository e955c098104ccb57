package org.casemark.core;

import org.casemark.nlp.Token;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Web copy written for a search engine: the course's terms run into the same keyword over and over ("goal
 * misgeneralization smart plug", "proxy goal smart plug", "distribution shift smart plug"). A learner writes "the
 * proxy goal of the plug"; a page stuffed for a search writes every term with the keyword stuck on.
 */
final class KeywordStuffing {
    /**
     * Distinct course terms directly followed by the same word that make stuffing. Measured on the 46 labelled sets:
     * the one keyword-stuffed page ran 5 terms into its keyword; no other write-up more than 2 into any one word
     * ("proxy goal rather", "distribution shift scenario").
     */
    static final int MIN_TERMS = 4;

    private KeywordStuffing() {
    }

    /** The keyword and the terms run into it, as a reason; null when no word follows {@link #MIN_TERMS} terms. */
    static String find(Reading r, ConceptMatches matches, List<String> termConcepts) {
        Map<String, Set<String>> into = new TreeMap<>();
        for (int i = 0; i < r.size(); i++) {
            List<Token> ts = r.sentence(i).tokens();
            // the longest term that ends before each word: "goal misgeneralization smart", not also "goal" and
            // "misgeneralization" inside it
            Map<Integer, ConceptIndex.Hit> longest = new TreeMap<>();
            for (String c : termConcepts) {
                for (ConceptIndex.Hit h : matches.of(i, c)) {
                    ConceptIndex.Hit l = longest.get(h.to());
                    if (l == null || h.from() < l.from()) longest.put(h.to(), h);
                }
            }
            for (ConceptIndex.Hit h : longest.values()) {
                if (h.to() >= ts.size()) continue;
                Token next = ts.get(h.to());
                // a noun or an adjective stuck on: "smart plug", not "proxy goal is", "aligned goal of"
                if (!next.isNoun() && !next.pos().startsWith("JJ")) continue;
                String term = r.doc().quote(h.start(), h.end()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                into.computeIfAbsent(next.word().toLowerCase(Locale.ROOT), k -> new TreeSet<>()).add(term);
            }
        }
        String word = null;
        for (Map.Entry<String, Set<String>> e : into.entrySet()) {
            if (e.getValue().size() >= MIN_TERMS && (word == null || e.getValue().size() > into.get(word).size())) {
                word = e.getKey();
            }
        }
        if (word == null) return null;
        StringBuilder b = new StringBuilder();
        for (String t : into.get(word)) b.append(b.length() == 0 ? "" : ", ").append('\u201c').append(t).append(' ')
                .append(word).append('\u201d');
        return String.format(Locale.ROOT, "gaming: %d of the course's terms run into the same keyword (%s): text "
                + "written for a search engine, not a case", into.get(word).size(), b);
    }
}
