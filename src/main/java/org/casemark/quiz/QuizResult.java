package org.casemark.quiz;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * The score of one answers document. Scores are decimals rounded half-up to 4 places; the total is the sum of the
 * rounded item scores. {@code reveal} says whether keyed answers are shown (in {@code key} fields and feedback).
 */
public record QuizResult(String quiz, double score, double max, boolean reveal, List<ItemResult> items) {
    public QuizResult {
        items = List.copyOf(items);
    }

    public static final String ANSWERED = "answered";
    public static final String UNANSWERED = "unanswered";

    /**
     * One item: {@code correct} means full marks; {@code key} (the keyed answer, in the answer shape) only when
     * revealed; {@code parts} per term or scenario for matching and classification; {@code why} only when the
     * learner gave a "why" text.
     */
    public record ItemResult(String id, String kind, double score, double max, boolean correct, String status,
                             String feedback, JsonNode key, List<PartResult> parts, WhyResult why) {
        public ItemResult {
            if (score < 0 || score > max) throw new IllegalArgumentException(id + ": score " + score + " > " + max);
            if (!ANSWERED.equals(status) && !UNANSWERED.equals(status)) throw new IllegalArgumentException(status);
            parts = parts == null ? null : List.copyOf(parts);
        }
    }

    /** One term (matching) or scenario (classification); {@code answer} and {@code key} are ids. */
    public record PartResult(String id, String answer, double score, double max, boolean correct, String status,
                             String feedback, String key) {
    }
}
