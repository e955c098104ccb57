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
 * Batches: a class's submissions stored in one transaction before any is graded, each a job of the one job table
 * (claimed, leased and completed by {@link Jobs} like any other), or, for a file that could not be read, a
 * rejected submission at once. A batch is known by its tenant, rubric and input's SHA-256, so the same input handed
 * over again is found instead of stored twice.
 */
public final class Batches {
    private final Store store;

    Batches(Store store) {
        this.store = store;
    }

    /** What the intake read: the input and whose it is. */
    public record NewBatch(String tenant, String rubric, String sourceName, String sha256, String format,
                           String layout, List<String> skipped) {
        public NewBatch {
            skipped = List.copyOf(skipped);
        }
    }

    /**
     * One item: a text to grade ({@code rejectedGrade} null), or an unreadable file, stored at once as the rejected
     * grade given (its JSON, with the rubric and engine versions it names).
     */
    public record NewItem(String externalId, String learnerId, String learnerName, String source, String text,
                          String rejectedGrade, String rubricVersion, String engineVersion) {
    }

    public record Batch(String id, String tenant, String rubric, String sourceName, String sha256, String format,
                        String layout, int items, List<String> skipped, Instant createdAt) {
        public Batch {
            skipped = List.copyOf(skipped);
        }
    }

    /** The outcome of {@link #create}: {@code created} is false when the same input was handed over before. */
    public record Created(Batch batch, boolean created) {
    }

    /** How many items are in each state; {@code done()} once none waits. */
    public record Counts(int total, int queued, int grading, int graded, int needsReview, int rejected, int failed) {
        public int finished() {
            return graded + needsReview + rejected + failed;
        }

        public boolean done() {
            return finished() == total;
        }
    }

    /** An item as it stands: its grade's JSON once graded (null before), else its job's state. */
    public record Item(int itemNo, String submissionId, String externalId, String learnerId, String learnerName,
                       String source, String state, String gradeJson, String error) {
    }

    public static String newBatchId() {
        return "bat_" + Store.randomHex(10);
    }

    /** Stores the batch and every item (jobs, and rejected submissions) in one durable transaction. */
    public Created create(NewBatch b, List<NewItem> items) {
        return store.transaction("store a batch", db -> {
            Optional<Batch> earlier = find(db, b.tenant(), b.rubric(), b.sha256());
            if (earlier.isPresent()) return new Created(earlier.get(), false);
            Instant now = Store.now();
            String id = newBatchId();
            try (PreparedStatement p = db.prepareStatement("INSERT INTO batches (id, tenant, rubric, source_name, "
                    + "source_sha256, format, layout, items, skipped, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, id);
                p.setString(2, b.tenant());
                p.setString(3, b.rubric());
                p.setString(4, b.sourceName());
                p.setString(5, b.sha256());
                p.setString(6, b.format());
                p.setString(7, b.layout());
                p.setInt(8, items.size());
                p.setString(9, String.join("\n", b.skipped()));
                p.setString(10, now.toString());
                p.executeUpdate();
            }
            try (PreparedStatement item = db.prepareStatement("INSERT INTO batch_items (batch_id, item_no, "
                    + "submission_id, external_id, learner_id, learner_name, source) VALUES (?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement job = db.prepareStatement("INSERT INTO grading_jobs (submission_id, tenant, "
                         + "learner_id, external_id, rubric, text, state, attempts, run_after_ms, created_at, batch_id) "
                         + "VALUES (?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?, ?)")) {
                for (int i = 0; i < items.size(); i++) {
                    NewItem it = items.get(i);
                    String sub = Store.newSubmissionId();
                    item.setString(1, id);
                    item.setInt(2, i);
                    item.setString(3, sub);
                    item.setString(4, it.externalId());
                    item.setString(5, it.learnerId());
                    item.setString(6, it.learnerName());
                    item.setString(7, it.source());
                    item.addBatch();
                    if (it.rejectedGrade() != null) {
                        Store.insertSubmission(db, new Submission(sub, b.tenant(), it.learnerId(), it.externalId(),
                                b.rubric(), it.rubricVersion(), it.engineVersion(), "", it.rejectedGrade(), now));
                        continue;
                    }
                    job.setString(1, sub);
                    job.setString(2, b.tenant());
                    job.setString(3, it.learnerId());
                    job.setString(4, it.externalId());
                    job.setString(5, b.rubric());
                    job.setString(6, it.text());
                    job.setLong(7, now.toEpochMilli());
                    job.setString(8, now.toString());
                    job.setString(9, id);
                    job.addBatch();
                }
                item.executeBatch();
                job.executeBatch();
            }
            return new Created(new Batch(id, b.tenant(), b.rubric(), b.sourceName(), b.sha256(), b.format(),
                    b.layout(), items.size(), b.skipped(), now), true);
        });
    }

    public Optional<Batch> batch(String tenant, String id) {
        return store.read("read a batch", db -> one(db, "SELECT * FROM batches WHERE tenant = ? AND id = ?", tenant, id));
    }

    /** A tenant's batches, oldest first. */
    public List<Batch> list(String tenant) {
        return store.read("list batches", db -> {
            List<Batch> out = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT * FROM batches WHERE tenant = ? ORDER BY created_at, id")) {
                p.setString(1, tenant);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.add(batch(rs));
                }
            }
            return out;
        });
    }

    /** The batch made of this input for this rubric, if it was handed over before. */
    public Optional<Batch> find(String tenant, String rubric, String sha256) {
        return store.read("find a batch", db -> find(db, tenant, rubric, sha256));
    }

    private static Optional<Batch> find(Connection db, String tenant, String rubric, String sha256) throws SQLException {
        return one(db, "SELECT * FROM batches WHERE tenant = ? AND rubric = ? AND source_sha256 = ?", tenant, rubric,
                sha256);
    }

    public Counts counts(String batchId, Instant now) {
        return store.read("count a batch's items", db -> {
            int[] n = new int[6];
            try (PreparedStatement p = db.prepareStatement("SELECT CASE WHEN s.id IS NOT NULL THEN "
                    + "json_extract(s.grade_json, '$.status') WHEN j.state = 'failed' THEN 'failed' "
                    + "WHEN j.state = 'running' AND j.lease_until > ? THEN 'grading' ELSE 'queued' END AS st, COUNT(*) "
                    + "FROM batch_items bi LEFT JOIN submissions s ON s.id = bi.submission_id "
                    + "LEFT JOIN grading_jobs j ON j.submission_id = bi.submission_id WHERE bi.batch_id = ? GROUP BY st")) {
                p.setLong(1, now.toEpochMilli());
                p.setString(2, batchId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        int k = List.of("queued", "grading", "graded", "needs_review", "rejected", "failed")
                                .indexOf(rs.getString(1));
                        if (k >= 0) n[k] += rs.getInt(2);
                    }
                }
            }
            return new Counts(n[0] + n[1] + n[2] + n[3] + n[4] + n[5], n[0], n[1], n[2], n[3], n[4], n[5]);
        });
    }

    /** Every item of a batch in input order, with its grade where there is one. */
    public List<Item> items(String batchId, Instant now) {
        return store.read("read a batch's items", db -> {
            List<Item> out = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT bi.*, s.grade_json, j.state, j.lease_until, "
                    + "j.last_error FROM batch_items bi LEFT JOIN submissions s ON s.id = bi.submission_id "
                    + "LEFT JOIN grading_jobs j ON j.submission_id = bi.submission_id WHERE bi.batch_id = ? "
                    + "ORDER BY bi.item_no")) {
                p.setString(1, batchId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        String grade = rs.getString("grade_json");
                        String job = rs.getString("state");
                        long until = rs.getLong("lease_until");
                        String state = grade != null ? "done" : "failed".equals(job) ? "failed"
                                : "running".equals(job) && until > now.toEpochMilli() ? "grading" : "queued";
                        out.add(new Item(rs.getInt("item_no"), rs.getString("submission_id"),
                                rs.getString("external_id"), rs.getString("learner_id"), rs.getString("learner_name"),
                                rs.getString("source"), state, grade, rs.getString("last_error")));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Returns the batch's jobs that a process left leased to the queue at once. Only for a caller that holds the
     * data directory's lock (the command line): no other process can be grading them.
     */
    public int releaseLeases(String batchId) {
        return store.transaction("release a batch's leases", Store.Durability.RELAXED, db -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE grading_jobs SET state = 'queued', lease_token = "
                    + "NULL, lease_until = NULL WHERE batch_id = ? AND state = 'running'")) {
                p.setString(1, batchId);
                return p.executeUpdate();
            }
        });
    }

    private static Optional<Batch> one(Connection db, String sql, String... params) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) p.setString(i + 1, params[i]);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next() ? Optional.of(batch(rs)) : Optional.empty();
            }
        }
    }

    private static Batch batch(ResultSet rs) throws SQLException {
        return new Batch(rs.getString("id"), rs.getString("tenant"), rs.getString("rubric"),
                rs.getString("source_name"), rs.getString("source_sha256"), rs.getString("format"),
                rs.getString("layout"), rs.getInt("items"), lines(rs.getString("skipped")),
                Instant.parse(rs.getString("created_at")));
    }

    private static List<String> lines(String text) {
        return text.isEmpty() ? List.of() : List.of(text.split("\n"));
    }
}
