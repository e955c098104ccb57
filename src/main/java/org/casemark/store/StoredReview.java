package org.casemark.store;

import java.time.Instant;

/**
 * An instructor's review of one submission's grade as stored: what they set ({@code reviewJson}: scores, flags,
 * comment, as the caller rendered it), who ({@code reviewer}, the name given, and {@code keyId}, the API key used)
 * and when.
 */
public record StoredReview(String id, String tenant, String submissionId, String reviewJson, String reviewer,
                           String keyId, Instant createdAt) {
}
