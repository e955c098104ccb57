package org.casemark.store;

import java.time.Instant;
import java.util.Locale;

/**
 * A submission waiting to be graded, as received: who sent it, the rubric, the text, the quiz result scored at
 * intake (JSON, or null), where the result goes (null: the tenant's endpoint), and the job's lease.
 */
public record GradingJob(long seq, String submissionId, String tenant, String learnerId, String externalId,
                         String rubric, String text, String quizJson, String callbackUrl, State state, int attempts,
                         String leaseToken, Instant leaseUntil, String lastError, Instant createdAt) {

    public enum State {
        QUEUED, RUNNING, DONE, FAILED;

        String sql() {
            return name().toLowerCase(Locale.ROOT);
        }

        static State of(String sql) {
            return valueOf(sql.toUpperCase(Locale.ROOT));
        }
    }

    /** What a client is told: {@code grading} while a live lease is held, {@code queued} before (or after it ran out). */
    public String status(Instant now) {
        return switch (state) {
            case QUEUED -> "queued";
            case RUNNING -> leaseUntil != null && leaseUntil.isAfter(now) ? "grading" : "queued";
            case DONE -> "graded";
            case FAILED -> "failed";
        };
    }
}
