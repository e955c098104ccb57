package org.casemark.webhook;

import org.casemark.store.GradingJob;

/**
 * What the grading workers call to grade a queued submission: handed in by the adapter that owns the grader (and
 * its bounded pool), so this package never depends on the grading core.
 */
@FunctionalInterface
public interface JobGrader {

    /** The grade of {@code job}; throws {@link Busy} when there is no capacity now (the job waits its turn). */
    Graded grade(GradingJob job) throws Busy;

    /** A grade as stored: its status ({@code graded}, {@code needs_review}, {@code rejected}), versions and JSON. */
    record Graded(String status, String rubricVersion, String engineVersion, String gradeJson) {
    }

    /** No grading capacity now: try again shortly, without counting an attempt. */
    final class Busy extends Exception {
        public Busy(String message) {
            super(message, null, false, false);
        }
    }
}
