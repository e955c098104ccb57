package org.casemark.store;

import java.time.Instant;

/** A stored submission: the learner's text and its grade, as the JSON it was returned with. */
public record Submission(String id, String tenant, String learnerId, String externalId, String rubric,
                         String rubricVersion, String engineVersion, String text, String gradeJson,
                         Instant createdAt) {
}
