package org.casemark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a worker claims rows of a queue table (grading jobs, outbox deliveries): one {@code UPDATE} that writes a fresh
 * lease token and expiry on the rows a sub-select picks, then a read of the rows carrying that token. On SQLite the
 * statement runs under the database's single write lock, so two claimers never get the same row; on PostgreSQL
 * the same text with {@code FOR UPDATE SKIP LOCKED} in the sub-select lets several servers sharing one database
 * claim concurrently, each skipping the rows another is claiming. Nothing else differs between the two.
 */
final class Claims {
    enum Dialect { SQLITE, POSTGRESQL }

    private Claims() {
    }

    /**
     * The claim statement. Parameters, in order: the lease token, the lease expiry (epoch ms), then those of
     * {@code claimable}, then the row limit.
     *
     * @param set        extra assignments, e.g. {@code "state = 'running'"} (may be empty)
     * @param claimable  the condition a row must meet to be claimed (with its own {@code ?} parameters)
     * @param order      which claimable rows go first
     */
    static String claim(Dialect dialect, String table, String set, String claimable, String order) {
        String pick = "SELECT seq FROM " + table + " WHERE " + claimable + " ORDER BY " + order + " LIMIT ?"
                + (dialect == Dialect.POSTGRESQL ? " FOR UPDATE SKIP LOCKED" : "");
        return "UPDATE " + table + " SET lease_token = ?, lease_until = ?, attempts = attempts + 1"
                + (set.isEmpty() ? "" : ", " + set) + " WHERE seq IN (" + pick + ")";
    }

    /**
     * Claims up to {@code max} rows with {@code claim} (a {@link #claim} statement whose {@code claimable} takes the
     * claim time, epoch ms, twice) under a fresh lease token that runs out {@code lease} after {@code now}, and
     * reads them back with {@code claimed} (a query whose one parameter is that token). Empty when none was
     * claimable. Runs on the caller's transaction.
     */
    static <T> List<T> run(Connection db, String claim, String claimed, Rows.Reader<T> row, int max, Duration lease,
                           Instant now) throws SQLException {
        String token = Store.randomHex(12);
        try (PreparedStatement p = db.prepareStatement(claim)) {
            p.setString(1, token);
            p.setLong(2, now.plus(lease).toEpochMilli());
            p.setLong(3, now.toEpochMilli());
            p.setLong(4, now.toEpochMilli());
            p.setInt(5, max);
            if (p.executeUpdate() == 0) return List.of();
        }
        return Rows.select(db, claimed, row, token);
    }
}
