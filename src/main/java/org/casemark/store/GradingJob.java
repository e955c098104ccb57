package org.casemark.store;

import java.time.Instant;
import java.util.Locale;

/**
 * A submission waiting to be graded, as received: who sent it, the rubric, the text, the quiz result scored at
 * intake (JSON, or null), where the result goes (null: the tenant's endpoint), the job's lease, and the batch it
 * belongs to (null for a submission of its own; a batch item's result is not called back).
 */
public record GradingJob(long seq, String submissionId, String tenant, String learnerId, String externalId,
                         String rubric, String text, String quizJson, String callbackUrl, State state, int attempts,
                         String leaseToken, Instant leaseUntil, String lastError, Instant createdAt, String batchId) {

    /** A job of no batch. */
    public GradingJob(long seq, String submissionId, String tenant, String learnerId, String externalId,
                      String rubric, String text, String quizJson, String callbackUrl, State state, int attempts,
                      String leaseToken, Instant leaseUntil, String lastError, Instant createdAt) {
        this(seq, submissionId, tenant, learnerId, externalId, rubric, text, quizJson, callbackUrl, state, attempts,
                leaseToken, leaseUntil, lastError, createdAt, null);
    }

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
