package org.casemark.store;

import java.time.Instant;

/** A stored API key, without its secret: the key's tenant, role ({@code admin} or {@code tenant}) and state. */
public record ApiKey(String keyId, String tenant, String role, Instant createdAt, Instant revokedAt) {
    public static final String ADMIN = "admin";
    public static final String TENANT = "tenant";

    public boolean revoked() {
        return revokedAt != null;
    }
}
