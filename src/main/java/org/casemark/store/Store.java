package org.casemark.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * casemark's database: {@code DATA_DIR/casemark.db}. One connection, used under this object's lock: every call is
 * a short statement or transaction (grading happens before, outside the lock), and every write is committed with
 * {@code synchronous=FULL} before the call returns.
 */
public final class Store implements AutoCloseable {
    public static final String FILE_NAME = "casemark.db";
    /**
     * How long a statement waits for a lock another process holds before failing with {@link StoreBusyException}:
     * long enough for a {@code keys} command's write, short enough that a held database answers 503 quickly.
     */
    public static final int BUSY_TIMEOUT_MS = 2000;
    /** How long background work keeps off the database after another connection held it past the busy timeout. */
    public static final java.time.Duration BUSY_QUIET = java.time.Duration.ofSeconds(3);
    private static final String MIGRATIONS = "/org/casemark/store/migrations/";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final Connection db;
    private final Path file;

    private Store(Connection db, Path file) {
        this.db = db;
        this.file = file;
    }

    /** Opens (creating if needed) {@code dataDir/casemark.db} and applies every pending migration. */
    public static Store open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MS);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                s.execute("PRAGMA foreign_keys = ON");
            }
            Store store = new Store(c, file);
            store.migrate();
            return store;
        } catch (IOException | SQLException e) {
            throw new StoreException(file + ": cannot open the database: " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    // ---------------------------------------------------------------------------------------------------- schema

    /** The migrations shipped in the jar, in order: {@code migrations/index.txt} lists {@code V<n>__name.sql}. */
    static List<String> migrations() {
        String index = resource(MIGRATIONS + "index.txt");
        List<String> names = index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        for (int i = 0; i < names.size(); i++) {
            if (!names.get(i).startsWith(String.format("V%03d__", i + 1))) {
                throw new IllegalStateException("migration " + (i + 1) + " is named " + names.get(i)
                        + "; expected V" + String.format("%03d", i + 1) + "__<name>.sql");
            }
        }
        return names;
    }

    public synchronized int schemaVersion() {
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                    + "applied_at TEXT NOT NULL)");
            try (ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        } catch (SQLException e) {
            throw fail("read the schema version", e);
        }
    }

    private synchronized void migrate() throws SQLException {
        List<String> names = migrations();
        int current = schemaVersion();
        if (current > names.size()) {
            throw new StoreException(file + ": schema version " + current + " is newer than this casemark ("
                    + names.size() + "); upgrade casemark", null);
        }
        for (int v = current + 1; v <= names.size(); v++) {
            String name = names.get(v - 1);
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                for (String sql : statements(resource(MIGRATIONS + name))) s.execute(sql);
                try (PreparedStatement p = db.prepareStatement(
                        "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                    p.setInt(1, v);
                    p.setString(2, name);
                    p.setString(3, now().toString());
                    p.executeUpdate();
                }
                db.commit();
            } catch (SQLException e) {
                db.rollback();
                throw new StoreException(file + ": migration " + name + " failed: " + e.getMessage(), e);
            } finally {
                db.setAutoCommit(true);
            }
        }
    }

    /** Splits a migration into statements: {@code --} comment lines dropped, then split at {@code ;}. */
    static List<String> statements(String script) {
        StringBuilder sb = new StringBuilder();
        script.lines().filter(l -> !l.strip().startsWith("--")).forEach(l -> sb.append(l).append('\n'));
        List<String> out = new ArrayList<>();
        for (String part : sb.toString().split(";")) if (!part.isBlank()) out.add(part.strip());
        return out;
    }

    // -------------------------------------------------------------------------------------------------- API keys

    /** A newly created key: {@code key} is the whole secret ({@code cm_<key_id>_<secret>}), shown once only. */
    public record NewKey(ApiKey apiKey, String key) {
    }

    public synchronized NewKey createKey(String tenant, String role) {
        if (tenant == null || !tenant.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("tenant must be 1-64 letters, digits, '.', '_' or '-', was '" + tenant + "'");
        }
        if (!ApiKey.ADMIN.equals(role) && !ApiKey.TENANT.equals(role)) throw new IllegalArgumentException(role);
        String keyId = HexFormat.of().formatHex(randomBytes(8));
        String key = "cm_" + keyId + "_" + B64.encodeToString(randomBytes(32));
        Instant created = now();
        try (PreparedStatement p = db.prepareStatement(
                "INSERT INTO api_keys (key_id, tenant, role, key_hash, created_at) VALUES (?, ?, ?, ?, ?)")) {
            p.setString(1, keyId);
            p.setString(2, tenant);
            p.setString(3, role);
            p.setBytes(4, sha256(key));
            p.setString(5, created.toString());
            p.executeUpdate();
        } catch (SQLException e) {
            throw fail("create a key", e);
        }
        return new NewKey(new ApiKey(keyId, tenant, role, created, null), key);
    }

    /** Revokes a key; false when no key has that id. Revoking twice keeps the first revocation time. */
    public synchronized boolean revokeKey(String keyId) {
        try (PreparedStatement p = db.prepareStatement(
                "UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE key_id = ?")) {
            p.setString(1, now().toString());
            p.setString(2, keyId);
            return p.executeUpdate() == 1;
        } catch (SQLException e) {
            throw fail("revoke a key", e);
        }
    }

    public synchronized List<ApiKey> keys() {
        List<ApiKey> out = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement(
                "SELECT key_id, tenant, role, created_at, revoked_at FROM api_keys ORDER BY created_at, key_id");
             ResultSet rs = p.executeQuery()) {
            while (rs.next()) out.add(apiKey(rs));
        } catch (SQLException e) {
            throw fail("list keys", e);
        }
        return out;
    }

    /** The live key a presented secret belongs to; empty when malformed, unknown, wrong or revoked. */
    public synchronized Optional<ApiKey> authenticate(String presented) {
        if (presented == null) return Optional.empty();
        String[] parts = presented.split("_", 3);
        if (parts.length != 3 || !parts[0].equals("cm") || !parts[1].matches("[0-9a-f]{16}")) return Optional.empty();
        try (PreparedStatement p = db.prepareStatement(
                "SELECT key_id, tenant, role, created_at, revoked_at, key_hash FROM api_keys WHERE key_id = ?")) {
            p.setString(1, parts[1]);
            try (ResultSet rs = p.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                if (!MessageDigest.isEqual(rs.getBytes("key_hash"), sha256(presented))) return Optional.empty();
                ApiKey key = apiKey(rs);
                return key.revoked() ? Optional.empty() : Optional.of(key);
            }
        } catch (SQLException e) {
            throw fail("check a key", e);
        }
    }

    private static ApiKey apiKey(ResultSet rs) throws SQLException {
        String revoked = rs.getString("revoked_at");
        return new ApiKey(rs.getString("key_id"), rs.getString("tenant"), rs.getString("role"),
                Instant.parse(rs.getString("created_at")), revoked == null ? null : Instant.parse(revoked));
    }

    // ----------------------------------------------------------------------------------------------- submissions

    /** A fresh submission id ({@code sub_} and 20 hex digits), for the grade to carry before it is stored. */
    public static String newSubmissionId() {
        return "sub_" + HexFormat.of().formatHex(randomBytes(10));
    }

    /** What the caller hands over to store: everything but the time, which the store assigns. */
    public record NewSubmission(String id, String tenant, String learnerId, String externalId, String rubric,
                                String rubricVersion, String engineVersion, String text, String gradeJson) {
    }

    /** The response that was sent for an idempotency key, and the hash of the request that produced it. */
    public record StoredResponse(String requestHash, int status, String body) {
    }

    /** The outcome of {@link #saveSubmission}: {@code created} is false when an earlier response was found. */
    public record Saved(boolean created, StoredResponse response) {
    }

    /** An idempotency key and the request's hash, recorded in the same transaction as the submission. */
    public record Idempotency(String key, String requestHash) {
    }

    public synchronized Optional<StoredResponse> storedResponse(String tenant, String idempotencyKey) {
        try (PreparedStatement p = db.prepareStatement(
                "SELECT request_hash, status, response FROM idempotency_keys WHERE tenant = ? AND idem_key = ?")) {
            p.setString(1, tenant);
            p.setString(2, idempotencyKey);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(new StoredResponse(rs.getString(1), rs.getInt(2), rs.getString(3)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read an idempotency key", e);
        }
    }

    /**
     * Stores a submission and, when {@code idempotency} is given, the response {@code render} makes of it, in one
     * transaction committed before this returns. If the idempotency key was recorded meanwhile (a concurrent
     * retry), nothing is stored and the recorded response comes back with {@code created == false}.
     */
    public synchronized Saved saveSubmission(NewSubmission s, Idempotency idempotency, int status,
                                             Function<Submission, String> render) {
        if (idempotency != null) {
            Optional<StoredResponse> earlier = storedResponse(s.tenant(), idempotency.key());
            if (earlier.isPresent()) return new Saved(false, earlier.get());
        }
        Submission sub = new Submission(s.id(), s.tenant(), s.learnerId(),
                s.externalId(), s.rubric(), s.rubricVersion(), s.engineVersion(), s.text(), s.gradeJson(), now());
        String body = render.apply(sub);
        try {
            db.setAutoCommit(false);
            insertSubmission(db, sub);
            if (idempotency != null) insertIdempotency(db, s.tenant(), idempotency, status, body, sub.createdAt());
            db.commit();
            return new Saved(true, new StoredResponse(idempotency == null ? null : idempotency.requestHash(), status,
                    body));
        } catch (SQLException e) {
            rollback();
            throw fail("store a submission", e);
        } finally {
            autoCommit();
        }
    }

    public synchronized Optional<Submission> submission(String tenant, String id) {
        try (PreparedStatement p = db.prepareStatement("SELECT * FROM submissions WHERE tenant = ? AND id = ?")) {
            p.setString(1, tenant);
            p.setString(2, id);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(submission(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw fail("read a submission", e);
        }
    }

    /** One page of a tenant's submissions, oldest first; {@code nextCursor} is null on the last page. */
    public record Page(List<Submission> items, String nextCursor) {
        public Page {
            items = List.copyOf(items);
        }
    }

    /** Thrown for a cursor this store did not hand out. */
    public static final class BadCursorException extends RuntimeException {
        public BadCursorException(String cursor) {
            super("cursor '" + cursor + "' is not one this server returned");
        }
    }

    /** A tenant's submissions after {@code cursor} (null: from the start), optionally filtered; at most {@code limit}. */
    public synchronized Page submissions(String tenant, String learnerId, String rubric, String cursor, int limit) {
        long after = cursor == null ? 0 : decodeCursor(cursor);
        StringBuilder sql = new StringBuilder("SELECT * FROM submissions WHERE tenant = ? AND seq > ?");
        if (learnerId != null) sql.append(" AND learner_id = ?");
        if (rubric != null) sql.append(" AND rubric = ?");
        sql.append(" ORDER BY seq LIMIT ?");
        try (PreparedStatement p = db.prepareStatement(sql.toString())) {
            int i = 1;
            p.setString(i++, tenant);
            p.setLong(i++, after);
            if (learnerId != null) p.setString(i++, learnerId);
            if (rubric != null) p.setString(i++, rubric);
            p.setInt(i, limit + 1);
            List<Submission> items = new ArrayList<>();
            long lastSeq = 0;
            boolean more = false;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    if (items.size() == limit) {
                        more = true;
                        break;
                    }
                    items.add(submission(rs));
                    lastSeq = rs.getLong("seq");
                }
            }
            return new Page(items, more ? encodeCursor(lastSeq) : null);
        } catch (SQLException e) {
            throw fail("list submissions", e);
        }
    }

    static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(rs.getString("id"), rs.getString("tenant"), rs.getString("learner_id"),
                rs.getString("external_id"), rs.getString("rubric"), rs.getString("rubric_version"),
                rs.getString("engine_version"), rs.getString("text"), rs.getString("grade_json"),
                Instant.parse(rs.getString("created_at")));
    }

    static String encodeCursor(long seq) {
        return B64.encodeToString(("s1:" + seq).getBytes(StandardCharsets.UTF_8));
    }

    static long decodeCursor(String cursor) {
        try {
            String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (!s.startsWith("s1:")) throw new BadCursorException(cursor);
            long seq = Long.parseLong(s.substring(3));
            if (seq < 0) throw new BadCursorException(cursor);
            return seq;
        } catch (IllegalArgumentException e) {
            throw new BadCursorException(cursor);
        }
    }

    // ------------------------------------------------------------------------------------- jobs and webhooks

    /** Grading jobs with leases (asynchronous submissions). */
    public Jobs jobs() {
        return new Jobs(this);
    }

    /** The outbox of results to deliver to callback URLs. */
    public Outbox outbox() {
        return new Outbox(this);
    }

    /** Batches of a class's submissions, their items and counts. */
    public Batches batches() {
        return new Batches(this);
    }

    /** Instructors' reviews of grades, kept beside the machine grades, and the review queue. */
    public Reviews reviews() {
        return new Reviews(this);
    }

    /** Tenants' Standard Webhooks signing secrets and callback endpoints. */
    public WebhookConfig webhooks() {
        return new WebhookConfig(this);
    }

    /** Work on the connection under this store's lock: one statement, or the body of a transaction. */
    @FunctionalInterface
    interface Sql<T> {
        T run(Connection db) throws SQLException;
    }

    /** How far a transaction's commit is made durable before the call returns. */
    enum Durability {
        /** {@code synchronous=FULL}: on disk, surviving a power loss. For what was promised to a client. */
        DURABLE,
        /**
         * {@code synchronous=NORMAL} (in WAL mode): surviving the process being killed, not the machine losing
         * power. For bookkeeping whose loss only makes work be done again: a lease, an attempt's outcome. Saves a
         * disk flush (about 3 ms here) on each of them.
         */
        RELAXED
    }

    /** Runs {@code work} as one transaction, committed durably before this returns and rolled back if it throws. */
    synchronized <T> T transaction(String what, Sql<T> work) {
        return transaction(what, Durability.DURABLE, work);
    }

    /** Runs {@code work} as one transaction, committed as {@code d} says before this returns. */
    synchronized <T> T transaction(String what, Durability d, Sql<T> work) {
        if (d == Durability.RELAXED && busyWithin(BUSY_QUIET)) {
            // background work (leases, outcomes) waits its turn without taking the lock for a busy timeout, which
            // would keep requests waiting behind it
            throw new StoreBusyException(file + ": cannot " + what + ": the database was held by another connection "
                    + "a moment ago", null);
        }
        try {
            if (d == Durability.RELAXED) synchronous("NORMAL");
            db.setAutoCommit(false);
            T result = work.run(db);
            db.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw fail(what, e);
        } catch (RuntimeException e) {
            rollback();
            throw e;
        } finally {
            autoCommit();
            // every other write of this connection (submissions, keys) stays synchronous=FULL
            if (d == Durability.RELAXED) synchronous("FULL");
        }
    }

    private void synchronous(String level) {
        try (Statement st = db.createStatement()) {
            st.execute("PRAGMA synchronous = " + level);
        } catch (SQLException e) {
            throw fail("set synchronous=" + level, e);
        }
    }

    /** Runs {@code work} (reads, or a single statement) under this store's lock. */
    synchronized <T> T read(String what, Sql<T> work) {
        try {
            return work.run(db);
        } catch (SQLException e) {
            throw fail(what, e);
        }
    }

    /** Inserts a graded submission on the caller's transaction. */
    static void insertSubmission(Connection db, Submission sub) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO submissions (id, tenant, learner_id, "
                + "external_id, rubric, rubric_version, engine_version, text, grade_json, created_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, sub.id());
            p.setString(2, sub.tenant());
            p.setString(3, sub.learnerId());
            p.setString(4, sub.externalId());
            p.setString(5, sub.rubric());
            p.setString(6, sub.rubricVersion());
            p.setString(7, sub.engineVersion());
            p.setString(8, sub.text());
            p.setString(9, sub.gradeJson());
            p.setString(10, sub.createdAt().toString());
            p.executeUpdate();
        }
    }

    /** Records the response sent for an idempotency key on the caller's transaction. */
    static void insertIdempotency(Connection db, String tenant, Idempotency idempotency, int status, String body,
                                  Instant at) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT INTO idempotency_keys (tenant, idem_key, "
                + "request_hash, status, response, created_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            p.setString(1, tenant);
            p.setString(2, idempotency.key());
            p.setString(3, idempotency.requestHash());
            p.setInt(4, status);
            p.setString(5, body);
            p.setString(6, at.toString());
            p.executeUpdate();
        }
    }

    /** A random lowercase hex string of {@code bytes} random bytes: ids and lease tokens. */
    static String randomHex(int bytes) {
        return HexFormat.of().formatHex(randomBytes(bytes));
    }

    // ------------------------------------------------------------------------------------------------------ misc

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw fail("close", e);
        }
    }

    /** SHA-256 of a UTF-8 string; also how request bodies are fingerprinted for idempotency. */
    public static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String resource(String name) {
        try (InputStream in = Store.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException e) {
            throw fail("end a transaction", e);
        }
    }

    private StoreException fail(String what, SQLException e) {
        String message = file + ": cannot " + what + ": " + e.getMessage();
        if (!busy(e)) return new StoreException(message, e);
        lastBusy = System.nanoTime();
        return new StoreBusyException(message, e);
    }

    /** When another connection last held the database past the busy timeout (System.nanoTime), or 0. */
    private volatile long lastBusy;

    /**
     * Another connection held the database past the busy timeout within {@code window}: background work keeps out of
     * the way (this store has one connection, and a worker waiting out the lock would keep requests waiting behind it).
     */
    public boolean busyWithin(java.time.Duration window) {
        long at = lastBusy;
        return at != 0 && System.nanoTime() - at < window.toNanos();
    }

    /** SQLITE_BUSY (5) or SQLITE_LOCKED (6), extended codes included: another connection holds the lock. */
    private static boolean busy(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == 5 || primary == 6;
    }
}
