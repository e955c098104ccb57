package org.casemark.store;

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
}
