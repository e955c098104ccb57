package org.casemark.quiz;

import org.casemark.core.Evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small, dependency-free {@link WhyGrader}: words are lowercased and crudely suffix-stripped; a criterion is met
 * when, for any one of its phrases, every phrase word occurs in one sentence within {@value #WINDOW} consecutive
 * words (in any order). The evidence is that sentence, with its offsets. It knows no negation or synonyms beyond
 * the phrases the quiz file lists.
 */
public final class LemmaOverlapWhyGrader implements WhyGrader {

    /** Phrase words must all fall within this many consecutive words of one sentence. */
    public static final int WINDOW = 8;

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+[.!?]*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    @Override
    public WhyResult grade(String quizId, String itemId, QuizItem.Why spec, String text) {
        List<Sentence> sentences = sentences(text);
        List<String> met = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<Evidence> evidence = new ArrayList<>();
        List<String> missingDescriptions = new ArrayList<>();
        for (QuizItem.Criterion c : spec.criteria()) {
            Sentence found = null;
            for (Sentence s : sentences) {
                if (c.phrases().stream().anyMatch(p -> s.contains(stems(p)))) {
                    found = s;
                    break;
                }
            }
            if (found == null) {
                missing.add(c.id());
                missingDescriptions.add(c.description());
            } else {
                met.add(c.id());
                evidence.add(new Evidence(found.start, found.end, text.substring(found.start, found.end), c.id()));
            }
        }
        String feedback = missing.isEmpty()
                ? "Your explanation states every point asked for."
                : "Your explanation does not yet state: " + String.join("; ", missingDescriptions) + ".";
        return new WhyResult(met.size(), spec.criteria().size(), met, missing, evidence, feedback);
    }

    /** Lowercase, then strip one common suffix and a final "e", so "coincided"/"coincides"/"coincide" agree. */
    static String stem(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace("iour", "ior");
        for (String suffix : new String[] {"ing", "ed", "es", "ly", "s"}) {
            if (w.endsWith(suffix) && w.length() - suffix.length() >= 3 && !(suffix.equals("s") && w.endsWith("ss"))) {
                w = w.substring(0, w.length() - suffix.length());
                break;
            }
        }
        if (w.length() > 3 && w.endsWith("e")) w = w.substring(0, w.length() - 1);
        return w;
    }

    static List<String> stems(String phrase) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(phrase);
        while (m.find()) out.add(stem(m.group()));
        return out;
    }

    private static List<Sentence> sentences(String text) {
        List<Sentence> out = new ArrayList<>();
        Matcher m = SENTENCE.matcher(text);
        while (m.find()) {
            int start = m.start();
            int end = m.end();
            while (start < end && Character.isWhitespace(text.charAt(start))) start++;
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
            if (end > start) out.add(new Sentence(start, end, stems(text.substring(start, end))));
        }
        return out;
    }

    private record Sentence(int start, int end, List<String> words) {
        /** True when every phrase word occurs within {@link #WINDOW} consecutive words. */
        boolean contains(List<String> phrase) {
            if (phrase.isEmpty()) return false;
            for (int from = 0; from < words.size(); from++) {
                List<String> window = words.subList(from, Math.min(words.size(), from + WINDOW));
                if (window.contains(phrase.get(0)) && window.containsAll(phrase)) return true;
            }
            return false;
        }
    }
}
