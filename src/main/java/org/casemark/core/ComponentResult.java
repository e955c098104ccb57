package org.casemark.core;

import java.util.List;

/**
 * One rubric component's score (0..max), status met|partial|missing (not_graded when the write-up was not graded),
 * the engine's confidence in that score (0..1; null when not graded: see {@code Review} for what lowers it), the
 * evidence that earned it and feedback.
 */
public record ComponentResult(
        String key,
        int score,
        int max,
        String status,
        Double confidence,
        List<Evidence> evidence,
        List<String> criteriaMet,
        List<String> criteriaMissing,
        String feedback) {

    public ComponentResult {
        if (score < 0 || score > max) throw new IllegalArgumentException(key + ": score " + score + " not in 0.." + max);
        evidence = List.copyOf(evidence);
        criteriaMet = List.copyOf(criteriaMet);
        criteriaMissing = List.copyOf(criteriaMissing);
    }

    public static String statusFor(int score, int max) {
        return score >= max ? "met" : score == 0 ? "missing" : "partial";
    }
}
