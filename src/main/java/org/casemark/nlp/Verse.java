package org.casemark.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A case study told in rhyming verse (a limerick, a sonnet, a ballad, a rap) breaks its sentences across lines: "It
 * was trained on the takes / Of ten thousand mistakes". Every line break is a sentence break to the splitter, so the
 * half-sentences earn nothing. In a stanza that reads as verse, the text the splitter sees joins a line that does not
 * end a sentence to the next one (its line break becomes a space, its capital a small letter unless the word is a
 * name), one character for one, so offsets and quotes stay those of the submitted text.
 *
 * <p>A stanza reads as verse when it has at least {@link #MIN_LINES} lines, all short, most with four words or more,
 * most not ending a sentence, none a list item or a table row, and most of its lines rhyme with a line near them.
 * Notes, bullet fragments and chat lines do not rhyme; they are left as they are. A sequence of haiku (two stanzas
 * or more of three short lines of words alone, see {@link #haiku}) reads as verse too.
 */
final class Verse {
    static final int MIN_LINES = 4;
    static final int MAX_LINE_WORDS = 14;
    /** A line rhymes with one at most this many lines away. */
    static final int RHYME_REACH = 2;
    private static final Pattern LISTED = Pattern.compile("^([-*\u2022>|#+]|\\d+[.)/]|\\(?[a-z]\\))", Pattern.CASE_INSENSITIVE);
    private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?:]['\"\u201d\u2019)\\]]*$");
    /** Endings that many words share without rhyming ("trained" / "learned", "training" / "testing"). */
    private static final Set<String> SUFFIXES = Set.of("ed", "ng", "es", "er", "ly", "on", "al",
            "ts", "en", "nt", "ry", "ty", "st", "rs", "ns", "ds", "ks");

    private Verse() {
    }

    /** {@code text} with the line breaks inside verse sentences joined; {@code text} itself when it has none. */
    static String join(String text) {
        if (text.indexOf('\n') < 0) return text;
        char[] out = null;
        List<int[]> lines = lines(text);
        // haiku come in a sequence: a lone three-line stanza of short lines is as likely an address or a note (and
        // one pasted twice is still one)
        Set<String> haikuStanzas = new HashSet<>();
        for (int a = 0; a < lines.size(); ) {
            int b = a;
            while (b < lines.size() && !blank(text, lines.get(b))) b++;
            if (b - a == HAIKU_LINES && haiku(text, lines.subList(a, b))) {
                haikuStanzas.add(text.substring(lines.get(a)[0], lines.get(b - 1)[1]).strip());
            }
            a = Math.max(b, a + 1);
        }
        int haikus = haikuStanzas.size();
        int i = 0;
        while (i < lines.size()) {
            int j = i;
            while (j < lines.size() && !blank(text, lines.get(j))) j++;
            if ((j - i >= MIN_LINES && verse(text, lines.subList(i, j))) || (j - i == HAIKU_LINES && haikus >= 2
                    && haiku(text, lines.subList(i, j)))) {
                if (out == null) out = text.toCharArray();
                for (int k = i; k < j - 1; k++) {
                    int[] line = lines.get(k), next = lines.get(k + 1);
                    String own = text.substring(line[0], line[1]).strip();
                    if (ENDS_SENTENCE.matcher(own).find()) continue;
                    out[line[1]] = ' ';
                    if (line[1] > line[0] && text.charAt(line[1] - 1) == '\r') out[line[1] - 1] = ' ';
                    lowerOpening(text, next, out);
                }
            }
            i = Math.max(j, i + 1);
        }
        return out == null ? text : new String(out);
    }

    /** Each line's [start, end) in {@code text}, end at its '\n' (or the text's end). */
    private static List<int[]> lines(String text) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int k = 0; k <= text.length(); k++) {
            if (k == text.length() || text.charAt(k) == '\n') {
                out.add(new int[] {start, k});
                start = k + 1;
            }
        }
        return out;
    }

    private static boolean blank(String text, int[] line) {
        return text.substring(line[0], line[1]).isBlank();
    }

    static final int HAIKU_LINES = 3;
    private static final int HAIKU_LINE_WORDS = 7;

    /**
     * A haiku: three short lines of two words or more, letters only (no digits, no label, no list mark), the first two
     * ending no sentence ("little wheeled rover / taught on the summer low tides / counting anemones"). An address or
     * a note has digits, a label or a full stop.
     */
    static boolean haiku(String text, List<int[]> stanza) {
        for (int k = 0; k < stanza.size(); k++) {
            String l = text.substring(stanza.get(k)[0], stanza.get(k)[1]).strip();
            int words = l.split("\\s+").length;
            if (words < 2 || words > HAIKU_LINE_WORDS || LISTED.matcher(l).find() || l.indexOf(':') >= 0
                    || !l.matches("[\\p{IsLatin}\\s,;'\u2019\"\u201c\u201d!?.-]+")) {
                return false;
            }
            if (k < stanza.size() - 1 && ENDS_SENTENCE.matcher(l).find()) return false;
        }
        return true;
    }

    static boolean verse(String text, List<int[]> stanza) {
        List<String> lines = new ArrayList<>();
        for (int[] l : stanza) lines.add(text.substring(l[0], l[1]).strip());
        int open = 0, wordy = 0, rhyming = 0;
        for (String l : lines) {
            int words = l.split("\\s+").length;
            if (words > MAX_LINE_WORDS || LISTED.matcher(l).find()) return false;
            if (words >= 4) wordy++;
            if (!ENDS_SENTENCE.matcher(l).find()) open++;
        }
        if (wordy * 4 < lines.size() * 3 || open * 2 < lines.size()) return false;
        for (int a = 0; a < lines.size(); a++) {
            for (int b = Math.max(0, a - RHYME_REACH); b <= Math.min(lines.size() - 1, a + RHYME_REACH); b++) {
                if (b != a && rhyme(lines.get(a), lines.get(b))) {
                    rhyming++;
                    break;
                }
            }
        }
        return rhyming * 2 >= lines.size();
    }

    /**
     * Two lines end in different words that share their last two letters ("name" / "game", "sky" / "fly" do not),
     * or their last four where those two are a common ending ("takes" / "mistakes", "turned" / "learned", not
     * "trained" / "learned" nor "training" / "testing").
     */
    static boolean rhyme(String a, String b) {
        String x = lastWord(a), y = lastWord(b);
        if (x.length() < 2 || y.length() < 2 || x.equals(y)) return false;
        int shared = SUFFIXES.contains(y.substring(y.length() - 2)) ? 4 : 2;
        return x.length() >= shared && y.length() >= shared && x.endsWith(y.substring(y.length() - shared));
    }

    private static String lastWord(String line) {
        String[] words = line.toLowerCase(Locale.ROOT).split("\\s+");
        return words[words.length - 1].replaceAll("[^\\p{L}]", "");
    }

    /** The next line's first letter in small case, unless its word is a name (capitalised inside a line elsewhere) or "I". */
    private static void lowerOpening(String text, int[] line, char[] out) {
        int k = line[0];
        while (k < line[1] && Character.isWhitespace(text.charAt(k))) k++;
        if (k >= line[1] || !Character.isUpperCase(text.charAt(k))) return;
        int end = k;
        while (end < line[1] && Character.isLetter(text.charAt(end))) end++;
        String word = text.substring(k, end);
        if (word.equals("I") || word.startsWith("I'") || named(text, word, k)) return;
        out[k] = Character.toLowerCase(text.charAt(k));
    }

    /** {@code word} stands capitalised somewhere other than at a line's start. */
    private static boolean named(String text, String word, int except) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if (at == except) continue;
            boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
            boolean wordEnd = at + word.length() >= text.length() || !Character.isLetter(text.charAt(at + word.length()));
            if (!wordStart || !wordEnd) continue;
            int before = at - 1;
            while (before >= 0 && text.charAt(before) == ' ') before--;
            boolean lineStart = before < 0 || text.charAt(before) == '\n';
            boolean sentenceStart = before >= 0 && ".!?\"\u201c".indexOf(text.charAt(before)) >= 0;
            if (!lineStart && !sentenceStart) return true;
        }
        return false;
    }
}
