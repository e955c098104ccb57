package org.casemark.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The grading job queue. {@link #enqueue} stores a submission as received; a worker {@link #claim}s jobs under a
 * lease; {@link #complete} stores the grade, marks the job done and writes the result's delivery to the outbox in
 * one transaction, and only while the worker's lease token is still the job's. A worker that dies (or whose lease
 * runs out) leaves the job to be claimed again, so a crash loses nothing and no job is stored as graded twice.
 */
public final class Jobs {
    private static final String CLAIM = Claims.claim(Claims.Dialect.SQLITE, "grading_jobs", "state = 'running'",
            "(state = 'queued' AND run_after_ms <= ?) OR (state = 'running' AND lease_until < ?)", "seq");

    private final Store store;

    Jobs(Store store) {
        this.store = store;
    }

    /** A submission to grade later, as the intake checked it. */
    public record NewJob(String submissionId, String tenant, String learnerId, String externalId, String rubric,
                         String text, String quizJson, String callbackUrl) {
    }

    /**
     * Stores a job and, when {@code idempotency} is given, the response {@code render} makes of it, in one
     * transaction. If the idempotency key was recorded before, nothing is stored and the first response comes back
     * with {@code created == false}.
     */
    public Store.Saved enqueue(NewJob job, Store.Idempotency idempotency, int status,
                               Function<GradingJob, String> render) {
        return store.transaction("queue a submission", db -> {
            if (idempotency != null) {
                Optional<Store.StoredResponse> earlier = store.storedResponse(job.tenant(), idempotency.key());
                if (earlier.isPresent()) return new Store.Saved(false, earlier.get());
            }
            Instant now = Store.now();
            try (PreparedStatement p = db.prepareStatement("INSERT INTO grading_jobs (submission_id, tenant, "
                    + "learner_id, external_id, rubric, text, quiz_json, callback_url, state, attempts, run_after_ms, "
                    + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'queued', 0, ?, ?)")) {
                p.setString(1, job.submissionId());
                p.setString(2, job.tenant());
                p.setString(3, job.learnerId());
                p.setString(4, job.externalId());
                p.setString(5, job.rubric());
                p.setString(6, job.text());
                p.setString(7, job.quizJson());
                p.setString(8, job.callbackUrl());
                p.setLong(9, now.toEpochMilli());
                p.setString(10, now.toString());
                p.executeUpdate();
            }
            GradingJob stored = new GradingJob(0, job.submissionId(), job.tenant(), job.learnerId(), job.externalId(),
                    job.rubric(), job.text(), job.quizJson(), job.callbackUrl(), GradingJob.State.QUEUED, 0, null,
                    null, null, now);
            String body = render.apply(stored);
            if (idempotency != null) Store.insertIdempotency(db, job.tenant(), idempotency, status, body, now);
            return new Store.Saved(true, new Store.StoredResponse(
                    idempotency == null ? null : idempotency.requestHash(), status, body));
        });
    }

    /**
     * Claims up to {@code max} jobs that are queued, or whose lease ran out, oldest first, under a new lease of
     * {@code lease} from {@code now}. Each claim counts as an attempt.
     */
    public List<GradingJob> claim(int max, Duration lease, Instant now) {
        return store.transaction("claim grading jobs", Store.Durability.RELAXED, db -> Claims.run(db, CLAIM,
                "SELECT * FROM grading_jobs WHERE lease_token = ? ORDER BY seq", Jobs::job, max, lease, now));
    }

    /**
     * Stores the grade of a claimed job, marks the job done and, when {@code delivery} is given, queues the
     * result's delivery: one transaction. False (and nothing stored) when the lease is no longer this worker's.
     */
    public boolean complete(GradingJob claimed, Store.NewSubmission graded, Outbox.NewDelivery delivery) {
        return complete(claimed, graded, delivery, true);
    }

    /**
     * {@link #complete(GradingJob, Store.NewSubmission, Outbox.NewDelivery)}, committed with {@code synchronous=FULL}
     * when {@code durable}, else {@code NORMAL}: a grade that survives the process being killed but not a power loss,
     * after which the job is simply claimed and graded again (for a batch on the command line, whose grades nobody
     * has been told of yet; it saves a disk flush per grade).
     */
    public boolean complete(GradingJob claimed, Store.NewSubmission graded, Outbox.NewDelivery delivery,
                            boolean durable) {
        return store.transaction("store a grade", durable ? Store.Durability.DURABLE : Store.Durability.RELAXED, db -> {
            Instant now = Store.now();
            if (!finish(db, claimed, GradingJob.State.DONE, null, now)) return false;
            Store.insertSubmission(db, new Submission(graded.id(), graded.tenant(), graded.learnerId(),
                    graded.externalId(), graded.rubric(), graded.rubricVersion(), graded.engineVersion(),
                    graded.text(), graded.gradeJson(), claimed.createdAt()));
            if (delivery != null) Outbox.insert(db, delivery, now);
            return true;
        });
    }

    /** Gives up on a claimed job ({@code failed}, with the error), queueing {@code delivery} to say so. */
    public boolean fail(GradingJob claimed, String error, Outbox.NewDelivery delivery) {
        return store.transaction("fail a grading job", db -> {
            Instant now = Store.now();
            if (!finish(db, claimed, GradingJob.State.FAILED, error, now)) return false;
            if (delivery != null) Outbox.insert(db, delivery, now);
            return true;
        });
    }

    /**
     * Returns a claimed job to the queue, to be tried again from {@code runAfter}. With {@code countAttempt} false
     * the claim is not counted (the worker never started grading it, e.g. at shutdown).
     */
    public boolean release(GradingJob claimed, Instant runAfter, String error, boolean countAttempt) {
        return store.transaction("release a grading job", Store.Durability.RELAXED, db -> {
            try (PreparedStatement p = db.prepareStatement("UPDATE grading_jobs SET state = 'queued', lease_token = "
                    + "NULL, lease_until = NULL, run_after_ms = ?, last_error = COALESCE(?, last_error), attempts = "
                    + "attempts - ? WHERE seq = ? AND lease_token = ? AND state = 'running'")) {
                p.setLong(1, runAfter.toEpochMilli());
                p.setString(2, error);
                p.setInt(3, countAttempt ? 0 : 1);
                p.setLong(4, claimed.seq());
                p.setString(5, claimed.leaseToken());
                return p.executeUpdate() == 1;
            }
        });
    }

    /** A tenant's job for a submission id, in whatever state it is. */
    public Optional<GradingJob> job(String tenant, String submissionId) {
        return store.read("read a grading job", db -> {
            List<GradingJob> jobs = select(db, "SELECT * FROM grading_jobs WHERE submission_id = ? AND tenant = ?",
                    submissionId, tenant);
            return jobs.stream().findFirst();
        });
    }

    /** How many jobs are in each state ({@code queued}, {@code running}, {@code done}, {@code failed}). */
    public Map<String, Long> counts() {
        return store.read("count grading jobs", db -> {
            Map<String, Long> out = new TreeMap<>();
            for (GradingJob.State s : GradingJob.State.values()) out.put(s.sql(), 0L);
            try (PreparedStatement p = db.prepareStatement("SELECT state, COUNT(*) FROM grading_jobs GROUP BY state");
                 ResultSet rs = p.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
            return out;
        });
    }

    /**
     * Ends a claimed job. A done job's text is dropped: the submission keeps it, and no essay is stored twice; a
     * failed job keeps it (it has no submission).
     */
    private static boolean finish(Connection db, GradingJob claimed, GradingJob.State state, String error,
                                  Instant now) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("UPDATE grading_jobs SET state = ?, lease_token = NULL, "
                + "lease_until = NULL, last_error = ?, finished_at = ?"
                + (state == GradingJob.State.DONE ? ", text = ''" : "")
                + " WHERE seq = ? AND lease_token = ? AND state = 'running'")) {
            p.setString(1, state.sql());
            p.setString(2, error);
            p.setString(3, now.toString());
            p.setLong(4, claimed.seq());
            p.setString(5, claimed.leaseToken());
            return p.executeUpdate() == 1;
        }
    }

    private static List<GradingJob> select(Connection db, String sql, String... params) throws SQLException {
        return Rows.select(db, sql, Jobs::job, params);
    }

    static GradingJob job(ResultSet rs) throws SQLException {
        long until = rs.getLong("lease_until");
        boolean leased = !rs.wasNull();
        return new GradingJob(rs.getLong("seq"), rs.getString("submission_id"), rs.getString("tenant"),
                rs.getString("learner_id"), rs.getString("external_id"), rs.getString("rubric"), rs.getString("text"),
                rs.getString("quiz_json"), rs.getString("callback_url"), GradingJob.State.of(rs.getString("state")),
                rs.getInt("attempts"), rs.getString("lease_token"), leased ? Instant.ofEpochMilli(until) : null,
                rs.getString("last_error"), Instant.parse(rs.getString("created_at")), rs.getString("batch_id"));
    }
}
