package org.casemark.store;

import java.time.Instant;
import java.util.Locale;

/**
 * One result to deliver (an outbox row): its {@code id} is the {@code webhook-id} of every attempt, {@code payload}
 * the exact body sent each time; {@code attempts}, the last answer and the next try say how delivery is going.
 * {@code windowStart} is when the current retry window began (creation, or the last redeliver).
 */
public record Delivery(long seq, String id, String tenant, String submissionId, String eventType, String url,
                       String payload, Status status, int attempts, Integer lastStatusCode, String lastError,
                       Instant nextAttemptAt, Instant windowStart, String leaseToken, Instant createdAt,
                       Instant deliveredAt) {

    public enum Status {
        PENDING, DELIVERED, FAILED;

        public String sql() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The status named {@code s} ({@code pending}, {@code delivered}, {@code failed}); null when none is. */
        public static Status parse(String s) {
            for (Status v : values()) if (v.sql().equals(s)) return v;
            return null;
        }
    }
}
