package org.casemark.core;

import java.util.List;

/**
 * The grade of one write-up against one rubric version: what the CLI prints as one JSON line and what the HTTP
 * API returns. {@code status} is {@code graded}; {@code needs_review} when an instructor should decide: the text is
 * not gradable against this rubric (e.g. not English: {@code total} is then null) or the engine's own signals
 * conflict ({@code reviewReasons} says how; {@code total} and the components are then provisional); or
 * {@code rejected} (see {@link #rejected}). {@code reviewReasons} is null unless the status is needs_review.
 */
public record GradeResult(
        String id,
        String rubric,
        String rubricVersion,
        String engineVersion,
        String status,
        List<String> reviewReasons,
        Integer total,
        Integer max,
        List<ComponentResult> components,
        Flags flags,
        String feedback,
        String error) {

    public static final String GRADED = "graded";
    public static final String NEEDS_REVIEW = "needs_review";
    public static final String REJECTED = "rejected";

    public GradeResult {
        components = components == null ? List.of() : List.copyOf(components);
        reviewReasons = reviewReasons == null ? null : List.copyOf(reviewReasons);
        if (!GRADED.equals(status) && !NEEDS_REVIEW.equals(status) && !REJECTED.equals(status)) {
            throw new IllegalArgumentException("unknown status " + status);
        }
    }

    /** A write-up that could not be graded at all (blank, too long, undecodable): the run goes on. */
    public static GradeResult rejected(String id, String rubric, String rubricVersion, String engineVersion,
                                       String error) {
        return new GradeResult(id, rubric, rubricVersion, engineVersion, REJECTED, null, null, null, List.of(), null,
                null, error);
    }
}
