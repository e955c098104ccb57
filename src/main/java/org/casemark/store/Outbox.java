package org.casemark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outbox: results waiting to be delivered. Rows are written by {@link Jobs#complete} in the grade's own
 * transaction; a delivery worker {@link #claim}s due rows under a lease and records each attempt's outcome with
 * the lease token, so a worker that died mid-attempt leaves the row to be tried again (at-least-once).
 */
public final class Outbox {
    private static final String CLAIM = Claims.claim(Claims.Dialect.SQLITE, "webhook_deliveries", "",
            "status = 'pending' AND next_attempt_ms <= ? AND (lease_until IS NULL OR lease_until < ?)",
            "next_attempt_ms, seq");

    private final Store store;

    Outbox(Store store) {
        this.store = store;
    }

    /** A result to deliver: {@code id} becomes the {@code webhook-id}, {@code payload} the body of every attempt. */
    public record NewDelivery(String id, String tenant, String submissionId, String eventType, String url,
                              String payload) {
    }

    /** A fresh delivery id ({@code msg_} and 24 hex digits; no '.', as Standard Webhooks asks of a webhook-id). */
    public static String newDeliveryId() {
        return "msg_" + Store.randomHex(12);
    }

    static void insert(Connection db, NewDelivery d, Instant now) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO webhook_deliveries (id, tenant, submission_id, "
                + "event_type, url, payload, status, attempts, next_attempt_ms, window_start_ms, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)")) {
            p.setString(1, d.id());
            p.setString(2, d.tenant());
            p.setString(3, d.submissionId());
            p.setString(4, d.eventType());
            p.setString(5, d.url());
            p.setString(6, d.payload());
            p.setLong(7, now.toEpochMilli());
            p.setLong(8, now.toEpochMilli());
            p.setString(9, now.toString());
            p.executeUpdate();
        }
    }

    /** Claims up to {@code max} due deliveries, earliest first, under a lease of {@code lease}; each is an attempt. */
    public List<Delivery> claim(int max, Duration lease, Instant now) {
        return store.transaction("claim deliveries", Store.Durability.RELAXED, db -> Claims.run(db, CLAIM,
                "SELECT * FROM webhook_deliveries WHERE lease_token = ? ORDER BY next_attempt_ms, seq",
                Outbox::delivery, max, lease, now));
    }

    /** The receiver acknowledged (2xx). False when the lease was lost meanwhile. */
    public boolean delivered(Delivery claimed, int statusCode, Instant now) {
        return store.transaction("record a delivery", Store.Durability.RELAXED, db -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE webhook_deliveries SET status = 'delivered', "
                    + "last_status_code = ?, last_error = NULL, next_attempt_ms = NULL, lease_token = NULL, "
                    + "lease_until = NULL, delivered_at = ? WHERE seq = ? AND lease_token = ?")) {
                p.setInt(1, statusCode);
                p.setString(2, now.toString());
                p.setLong(3, claimed.seq());
                p.setString(4, claimed.leaseToken());
                return p.executeUpdate() == 1;
            }
        });
    }

    /** The attempt failed; try again at {@code next}. */
    public boolean retry(Delivery claimed, Integer statusCode, String error, Instant next) {
        return store.transaction("record a failed attempt", Store.Durability.RELAXED, db ->
                settle(db, claimed, "pending", statusCode, error, next.toEpochMilli()));
    }

    /** The attempt failed and no more will be made ({@code failed}). */
    public boolean giveUp(Delivery claimed, Integer statusCode, String error) {
        return store.transaction("give up a delivery", Store.Durability.RELAXED, db -> settle(db, claimed, "failed", statusCode, error, null));
    }

    /**
     * The receiver answered 410 Gone: this delivery fails, the endpoint is disabled, and every other pending
     * delivery of the tenant to that URL fails with it. One transaction.
     */
    public boolean endpointGone(Delivery claimed, int statusCode, String error, Instant now) {
        return store.transaction("disable an endpoint", db -> {
            if (!settle(db, claimed, "failed", statusCode, error, null)) return false;
            WebhookConfig.disable(db, claimed.tenant(), claimed.url(), error, now);
            try (PreparedStatement p = db.prepareStatement("UPDATE webhook_deliveries SET status = 'failed', "
                    + "last_error = ?, next_attempt_ms = NULL WHERE tenant = ? AND url = ? AND status = 'pending' "
                    + "AND lease_token IS NULL")) {
                p.setString(1, "not sent: the endpoint was disabled (" + error + ")");
                p.setString(2, claimed.tenant());
                p.setString(3, claimed.url());
                p.executeUpdate();
            }
            return true;
        });
    }

    /**
     * Queues a delivery again whatever its state: due now, with a new retry window, and its endpoint enabled again
     * (a tenant asking for a redelivery says its receiver is back). Empty when the tenant has no such delivery.
     */
    public Optional<Delivery> redeliver(String tenant, String id, Instant now) {
        return store.transaction("redeliver", db -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE webhook_deliveries SET status = 'pending', "
                    + "next_attempt_ms = ?, window_start_ms = ?, lease_token = NULL, lease_until = NULL "
                    + "WHERE tenant = ? AND id = ?")) {
                p.setLong(1, now.toEpochMilli());
                p.setLong(2, now.toEpochMilli());
                p.setString(3, tenant);
                p.setString(4, id);
                if (p.executeUpdate() == 0) return Optional.empty();
            }
            List<Delivery> d = select(db, "SELECT * FROM webhook_deliveries WHERE tenant = ? AND id = ?", tenant, id);
            WebhookConfig.enable(db, tenant, d.get(0).url());
            return Optional.of(d.get(0));
        });
    }

    public Optional<Delivery> delivery(String tenant, String id) {
        return store.read("read a delivery", db -> select(db,
                "SELECT * FROM webhook_deliveries WHERE tenant = ? AND id = ?", tenant, id).stream().findFirst());
    }

    /** Every delivery of a submission, oldest first. */
    public List<Delivery> forSubmission(String tenant, String submissionId) {
        return store.read("read deliveries", db -> select(db,
                "SELECT * FROM webhook_deliveries WHERE tenant = ? AND submission_id = ? ORDER BY seq", tenant,
                submissionId));
    }

    /** One page of deliveries, oldest first. */
    public record Page(List<Delivery> items, String nextCursor) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** A tenant's deliveries after {@code cursor}, optionally of one status; at most {@code limit}. */
    public Page page(String tenant, Delivery.Status status, String cursor, int limit) {
        long after = cursor == null ? 0 : Store.decodeCursor(cursor);
        return store.read("list deliveries", db -> {
            String sql = "SELECT * FROM webhook_deliveries WHERE tenant = ? AND seq > ?"
                    + (status == null ? "" : " AND status = ?") + " ORDER BY seq LIMIT ?";
            try (PreparedStatement p = db.prepareStatement(sql)) {
                int i = 1;
                p.setString(i++, tenant);
                p.setLong(i++, after);
                if (status != null) p.setString(i++, status.sql());
                p.setInt(i, limit + 1);
                List<Delivery> items = new ArrayList<>();
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) items.add(delivery(rs));
                }
                boolean more = items.size() > limit;
                if (more) items = items.subList(0, limit);
                return new Page(items, more ? Store.encodeCursor(items.get(limit - 1).seq()) : null);
            }
        });
    }

    /** When the earliest pending delivery is due (empty when none is pending). */
    public Optional<Instant> nextDue() {
        return store.read("read the next due delivery", db -> {
            try (PreparedStatement p = db.prepareStatement(
                    "SELECT MIN(CASE WHEN lease_until > next_attempt_ms THEN lease_until ELSE next_attempt_ms END) "
                            + "FROM webhook_deliveries WHERE status = 'pending'");
                 ResultSet rs = p.executeQuery()) {
                long ms = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() ? Optional.<Instant>empty() : Optional.of(Instant.ofEpochMilli(ms));
            }
        });
    }

    /** How many deliveries are in each status. */
    public Map<String, Long> counts() {
        return store.read("count deliveries", db -> {
            Map<String, Long> out = new TreeMap<>();
            for (Delivery.Status s : Delivery.Status.values()) out.put(s.sql(), 0L);
            try (PreparedStatement p = db.prepareStatement(
                    "SELECT status, COUNT(*) FROM webhook_deliveries GROUP BY status");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        });
    }

    private static boolean settle(Connection db, Delivery claimed, String status, Integer statusCode, String error,
                                  Long nextMs) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE webhook_deliveries SET status = ?, last_status_code = ?, "
                + "last_error = ?, next_attempt_ms = ?, lease_token = NULL, lease_until = NULL "
                + "WHERE seq = ? AND lease_token = ?")) {
            p.setString(1, status);
            if (statusCode == null) p.setNull(2, java.sql.Types.INTEGER);
            else p.setInt(2, statusCode);
            p.setString(3, error);
            if (nextMs == null) p.setNull(4, java.sql.Types.INTEGER);
            else p.setLong(4, nextMs);
            p.setLong(5, claimed.seq());
            p.setString(6, claimed.leaseToken());
            return p.executeUpdate() == 1;
        }
    }

    private static List<Delivery> select(Connection db, String sql, String... params) throws SQLException {
        return Rows.select(db, sql, Outbox::delivery, params);
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        int code = rs.getInt("last_status_code");
        Integer lastCode = rs.wasNull() ? null : code;
        long next = rs.getLong("next_attempt_ms");
        Instant nextAt = rs.wasNull() ? null : Instant.ofEpochMilli(next);
        String delivered = rs.getString("delivered_at");
        return new Delivery(rs.getLong("seq"), rs.getString("id"), rs.getString("tenant"),
                rs.getString("submission_id"), rs.getString("event_type"), rs.getString("url"),
                rs.getString("payload"), Delivery.Status.parse(rs.getString("status")), rs.getInt("attempts"),
                lastCode, rs.getString("last_error"), nextAt, Instant.ofEpochMilli(rs.getLong("window_start_ms")),
                rs.getString("lease_token"), Instant.parse(rs.getString("created_at")),
                delivered == null ? null : Instant.parse(delivered));
    }
}
