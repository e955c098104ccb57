package org.casemark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What each tenant configured for webhooks: its signing secrets (created, rotated with a grace period, revoked)
 * and its default callback endpoint, and which endpoints a receiver disabled by answering 410 Gone. The secrets are
 * made by the caller; this class only keeps them.
 */
public final class WebhookConfig {
    private final Store store;

    WebhookConfig(Store store) {
        this.store = store;
    }

    /** A signing secret's bookkeeping (never the secret): live until {@code expiresAt}, or dead once revoked. */
    public record SecretInfo(String secretId, String tenant, Instant createdAt, Instant expiresAt, Instant revokedAt) {
        public boolean liveAt(Instant now) {
            return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
        }
    }

    /** A fresh secret id: {@code wsk_} and 16 hex digits. */
    public static String newSecretId() {
        return "wsk_" + Store.randomHex(8);
    }

    /** Stores a new secret for {@code tenant}. */
    public SecretInfo addSecret(String tenant, String secretId, String secret) {
        Instant now = Store.now();
        store.transaction("add a webhook secret", db -> {
            insertSecret(db, tenant, secretId, secret, now);
            return null;
        });
        return new SecretInfo(secretId, tenant, now, null, null);
    }

    /**
     * Stores a new secret and lets every older live secret of the tenant expire at {@code oldUntil} (or sooner, if
     * it was to expire before): one transaction.
     */
    public SecretInfo rotateSecret(String tenant, String secretId, String secret, Instant oldUntil) {
        Instant now = Store.now();
        store.transaction("rotate a webhook secret", db -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE webhook_secrets SET expires_ms = ? WHERE tenant = ? "
                    + "AND revoked_at IS NULL AND (expires_ms IS NULL OR expires_ms > ?)")) {
                p.setLong(1, oldUntil.toEpochMilli());
                p.setString(2, tenant);
                p.setLong(3, oldUntil.toEpochMilli());
                p.executeUpdate();
            }
            insertSecret(db, tenant, secretId, secret, now);
            return null;
        });
        return new SecretInfo(secretId, tenant, now, null, null);
    }

    /** Revokes a secret at once; false when there is none with that id. A second revoke keeps the first time. */
    public boolean revokeSecret(String secretId) {
        return store.read("revoke a webhook secret", db -> {
            try (PreparedStatement p = db.prepareStatement(
                    "UPDATE webhook_secrets SET revoked_at = COALESCE(revoked_at, ?) WHERE secret_id = ?")) {
                p.setString(1, Store.now().toString());
                p.setString(2, secretId);
                return p.executeUpdate() == 1;
            }
        });
    }

    /** The tenant's live secrets at {@code now}, newest first: every one signs; any one verifies. */
    public List<String> liveSecrets(String tenant, Instant now) {
        return store.read("read webhook secrets", db -> {
            try (PreparedStatement p = db.prepareStatement("SELECT secret FROM webhook_secrets WHERE tenant = ? AND "
                    + "revoked_at IS NULL AND (expires_ms IS NULL OR expires_ms > ?) ORDER BY rowid DESC")) {
                p.setString(1, tenant);
                p.setLong(2, now.toEpochMilli());
                List<String> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.add(rs.getString(1));
                }
                return out;
            }
        });
    }

    /** Every secret's bookkeeping (optionally one tenant's), oldest first. */
    public List<SecretInfo> secrets(String tenant) {
        return store.read("list webhook secrets", db -> {
            try (PreparedStatement p = db.prepareStatement("SELECT secret_id, tenant, created_at, expires_ms, revoked_at "
                    + "FROM webhook_secrets" + (tenant == null ? "" : " WHERE tenant = ?")
                    + " ORDER BY rowid")) {
                if (tenant != null) p.setString(1, tenant);
                List<SecretInfo> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        long exp = rs.getLong("expires_ms");
                        Instant expires = rs.wasNull() ? null : Instant.ofEpochMilli(exp);
                        String revoked = rs.getString("revoked_at");
                        out.add(new SecretInfo(rs.getString("secret_id"), rs.getString("tenant"),
                                Instant.parse(rs.getString("created_at")), expires,
                                revoked == null ? null : Instant.parse(revoked)));
                    }
                }
                return out;
            }
        });
    }

    // ----------------------------------------------------------------------------------------------- endpoints

    /** A callback endpoint: the tenant's default, or one that was disabled (with why). */
    public record Endpoint(String tenant, String url, boolean isDefault, Instant disabledAt, String disabledReason) {
        public boolean disabled() {
            return disabledAt != null;
        }
    }

    /** Makes {@code url} the tenant's default endpoint (enabled), replacing any other default. */
    public void setDefaultEndpoint(String tenant, String url) {
        store.transaction("set an endpoint", db -> {
            try (PreparedStatement p = db.prepareStatement(
                    "UPDATE webhook_endpoints SET is_default = 0 WHERE tenant = ? AND url <> ?")) {
                p.setString(1, tenant);
                p.setString(2, url);
                p.executeUpdate();
            }
            try (PreparedStatement p = db.prepareStatement("INSERT INTO webhook_endpoints (tenant, url, is_default, "
                    + "created_at) VALUES (?, ?, 1, ?) ON CONFLICT (tenant, url) DO UPDATE SET is_default = 1, "
                    + "disabled_at = NULL, disabled_reason = NULL")) {
                p.setString(1, tenant);
                p.setString(2, url);
                p.setString(3, Store.now().toString());
                p.executeUpdate();
            }
            return null;
        });
    }

    /** Removes the tenant's default endpoint; false when it had none. */
    public boolean clearDefaultEndpoint(String tenant) {
        return store.read("clear an endpoint", db -> {
            try (PreparedStatement p = db.prepareStatement(
                    "UPDATE webhook_endpoints SET is_default = 0 WHERE tenant = ? AND is_default = 1")) {
                p.setString(1, tenant);
                return p.executeUpdate() > 0;
            }
        });
    }

    public Optional<Endpoint> defaultEndpoint(String tenant) {
        return endpoints(tenant).stream().filter(Endpoint::isDefault).findFirst();
    }

    /** The endpoint record of a URL, when the tenant has one (its default, or one disabled by 410). */
    public Optional<Endpoint> endpoint(String tenant, String url) {
        return endpoints(tenant).stream().filter(e -> e.url().equals(url)).findFirst();
    }

    /** Every endpoint record (optionally one tenant's). */
    public List<Endpoint> endpoints(String tenant) {
        return store.read("read endpoints", db -> {
            try (PreparedStatement p = db.prepareStatement("SELECT tenant, url, is_default, disabled_at, "
                    + "disabled_reason FROM webhook_endpoints" + (tenant == null ? "" : " WHERE tenant = ?")
                    + " ORDER BY tenant, url")) {
                if (tenant != null) p.setString(1, tenant);
                List<Endpoint> out = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String disabled = rs.getString("disabled_at");
                        out.add(new Endpoint(rs.getString("tenant"), rs.getString("url"), rs.getInt("is_default") == 1,
                                disabled == null ? null : Instant.parse(disabled), rs.getString("disabled_reason")));
                    }
                }
                return out;
            }
        });
    }

    static void disable(Connection db, String tenant, String url, String reason, Instant now) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO webhook_endpoints (tenant, url, is_default, "
                + "disabled_at, disabled_reason, created_at) VALUES (?, ?, 0, ?, ?, ?) ON CONFLICT (tenant, url) "
                + "DO UPDATE SET disabled_at = excluded.disabled_at, disabled_reason = excluded.disabled_reason")) {
            p.setString(1, tenant);
            p.setString(2, url);
            p.setString(3, now.toString());
            p.setString(4, reason);
            p.setString(5, now.toString());
            p.executeUpdate();
        }
    }

    static void enable(Connection db, String tenant, String url) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE webhook_endpoints SET disabled_at = NULL, "
                + "disabled_reason = NULL WHERE tenant = ? AND url = ?")) {
            p.setString(1, tenant);
            p.setString(2, url);
            p.executeUpdate();
        }
    }

    private static void insertSecret(Connection db, String tenant, String secretId, String secret, Instant now)
            throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO webhook_secrets (secret_id, tenant, secret, "
                + "created_at) VALUES (?, ?, ?, ?)")) {
            p.setString(1, secretId);
            p.setString(2, tenant);
            p.setString(3, secret);
            p.setString(4, now.toString());
            p.executeUpdate();
        }
    }
}
