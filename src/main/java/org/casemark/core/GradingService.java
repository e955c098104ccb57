package org.casemark.core;

import java.util.List;

/**
 * What adapters (CLI, HTTP) call to grade: rubrics loaded and validated once, one shared NLP pipeline.
 * Implementations are thread-safe.
 */
public interface GradingService {

    /**
     * Grades one write-up. Never throws for the text's content: blank, over-long or undecodable text gives a
     * {@link GradeResult#REJECTED} result whose {@code error} says why, and a non-English text gives
     * {@link GradeResult#NEEDS_REVIEW}.
     *
     * @throws UnknownRubricException if no rubric has that id
     */
    GradeResult grade(String rubricId, String id, String text);

    /** The learner-visible description of every loaded rubric, in id order. */
    List<RubricSummary> rubrics();

    /** Engine version recorded in every grade. */
    String engineVersion();

    /** Thrown when a rubric id is not loaded; adapters map it to "not found". */
    final class UnknownRubricException extends RuntimeException {
        public UnknownRubricException(String rubricId) {
            super("unknown rubric '" + rubricId + "'");
        }

        public UnknownRubricException(String rubricId, java.util.Collection<String> known) {
            super("unknown rubric '" + rubricId + "' (rubrics: " + String.join(", ", new java.util.TreeSet<>(known)) + ")");
        }
    }
}
