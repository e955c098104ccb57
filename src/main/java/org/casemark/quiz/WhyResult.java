package org.casemark.quiz;

import org.casemark.core.Evidence;

import java.util.List;

/**
 * The grade of one "why" text: {@code score} criteria met of {@code max}, evidence quotes (offsets into the
 * learner's text, {@code criterion} = criterion id) and feedback built from the criteria descriptions.
 */
public record WhyResult(int score, int max, List<String> criteriaMet, List<String> criteriaMissing,
                        List<Evidence> evidence, String feedback) {
    public WhyResult {
        if (score < 0 || score > max) throw new IllegalArgumentException("why score " + score + " not in 0.." + max);
        criteriaMet = List.copyOf(criteriaMet);
        criteriaMissing = List.copyOf(criteriaMissing);
        evidence = List.copyOf(evidence);
    }
}
