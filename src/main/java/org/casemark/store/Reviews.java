package org.casemark.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Instructors' reviews, stored beside the machine grades (which are never changed): the review queue (write-ups
 * sent to review that no instructor has reviewed yet), each review with who and when, and the latest review of each
 * submission, which is its grade from then on. A review and the callback announcing it are committed together.
 */
public final class Reviews {
    private final Store store;

    Reviews(Store store) {
        this.store = store;
    }

    /** What the caller hands over: everything but the id and the time, which the store assigns. */
    public record NewReview(String tenant, String submissionId, String reviewJson, String reviewer, String keyId) {
    }

    /** A submission waiting in the review queue, and the batch it came in (null for one of its own). */
    public record Waiting(Submission submission, String batchId) {
    }

    /** One page of the queue, oldest first; {@code nextCursor} is null on the last page. */
    public record Queue(List<Waiting> items, String nextCursor) {
        public Queue {
            items = List.copyOf(items);
        }
    }

    public static String newReviewId() {
        return "rev_" + Store.randomHex(10);
    }

    /**
     * Stores a review and, when {@code delivery} is given, its callback (made by {@code delivery} from the stored
     * review) in one durable transaction.
     */
    public StoredReview save(NewReview r, Function<StoredReview, Outbox.NewDelivery> delivery) {
        return store.transaction("store a review", db -> {
            StoredReview stored = new StoredReview(newReviewId(), r.tenant(), r.submissionId(), r.reviewJson(),
                    r.reviewer(), r.keyId(), Store.now());
            try (PreparedStatement p = db.prepareStatement("INSERT INTO grade_reviews (id, tenant, submission_id, "
                    + "review_json, reviewer, key_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                p.setString(1, stored.id());
                p.setString(2, stored.tenant());
                p.setString(3, stored.submissionId());
                p.setString(4, stored.reviewJson());
                p.setString(5, stored.reviewer());
                p.setString(6, stored.keyId());
                p.setString(7, stored.createdAt().toString());
                p.executeUpdate();
            }
            Outbox.NewDelivery d = delivery == null ? null : delivery.apply(stored);
            if (d != null) Outbox.insert(db, d, stored.createdAt());
            return stored;
        });
    }

    /** The latest review of a submission. */
    public Optional<StoredReview> latest(String tenant, String submissionId) {
        return Optional.ofNullable(latest(tenant, List.of(submissionId)).get(submissionId));
    }

    /** The latest review of each of these submissions that has one, by submission id. */
    public Map<String, StoredReview> latest(String tenant, Collection<String> submissionIds) {
        Map<String, StoredReview> out = new HashMap<>();
        if (submissionIds.isEmpty()) return out;
        return store.read("read reviews", db -> {
            List<String> ids = List.copyOf(submissionIds);
            for (int from = 0; from < ids.size(); from += 500) {   // SQLite's bound parameters are limited
                List<String> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
                String marks = String.join(",", Collections.nCopies(chunk.size(), "?"));
                try (PreparedStatement p = db.prepareStatement("SELECT * FROM grade_reviews WHERE tenant = ? AND "
                        + "submission_id IN (" + marks + ") ORDER BY seq")) {
                    p.setString(1, tenant);
                    for (int i = 0; i < chunk.size(); i++) p.setString(i + 2, chunk.get(i));
                    try (ResultSet rs = p.executeQuery()) {
                        while (rs.next()) out.put(rs.getString("submission_id"), review(rs));   // later ones win
                    }
                }
            }
            return out;
        });
    }

    /** Every review of a submission, oldest first (each one kept, with who and when). */
    public List<StoredReview> history(String tenant, String submissionId) {
        return store.read("read reviews", db -> {
            List<StoredReview> out = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT * FROM grade_reviews WHERE tenant = ? AND "
                    + "submission_id = ? ORDER BY seq")) {
                p.setString(1, tenant);
                p.setString(2, submissionId);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) out.add(review(rs));
                }
            }
            return out;
        });
    }

    /** The latest review of every reviewed submission of a tenant (optionally of one rubric), with the submission. */
    public List<Map.Entry<Submission, StoredReview>> reviewed(String tenant, String rubric) {
        return store.read("read reviewed submissions", db -> {
            List<Map.Entry<Submission, StoredReview>> out = new ArrayList<>();
            try (PreparedStatement p = db.prepareStatement("SELECT s.*, r.id AS r_id, r.review_json, r.reviewer, "
                    + "r.key_id, r.created_at AS r_created_at FROM submissions s JOIN grade_reviews r ON r.seq = "
                    + "(SELECT MAX(seq) FROM grade_reviews WHERE tenant = s.tenant AND submission_id = s.id) "
                    + "WHERE s.tenant = ? AND (? IS NULL OR s.rubric = ?) ORDER BY s.seq")) {
                p.setString(1, tenant);
                p.setString(2, rubric);
                p.setString(3, rubric);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        Submission s = Store.submission(rs);
                        out.add(Map.entry(s, new StoredReview(rs.getString("r_id"), tenant, s.id(),
                                rs.getString("review_json"), rs.getString("reviewer"), rs.getString("key_id"),
                                Instant.parse(rs.getString("r_created_at")))));
                    }
                }
            }
            return out;
        });
    }

    /** The review queue: a tenant's write-ups graded {@code needs_review} that no review has settled, oldest first. */
    public Queue queue(String tenant, String cursor, int limit) {
        long after = cursor == null ? 0 : Store.decodeCursor(cursor);
        return store.read("read the review queue", db -> {
            List<Waiting> items = new ArrayList<>();
            long lastSeq = 0;
            boolean more = false;
            try (PreparedStatement p = db.prepareStatement("SELECT s.*, bi.batch_id FROM submissions s "
                    + "LEFT JOIN batch_items bi ON bi.submission_id = s.id WHERE s.tenant = ? AND s.seq > ? "
                    + "AND json_extract(s.grade_json, '$.status') = 'needs_review' AND NOT EXISTS (SELECT 1 FROM "
                    + "grade_reviews r WHERE r.tenant = s.tenant AND r.submission_id = s.id) ORDER BY s.seq LIMIT ?")) {
                p.setString(1, tenant);
                p.setLong(2, after);
                p.setInt(3, limit + 1);
                try (ResultSet rs = p.executeQuery()) {
                    while (rs.next()) {
                        if (items.size() == limit) {
                            more = true;
                            break;
                        }
                        items.add(new Waiting(Store.submission(rs), rs.getString("batch_id")));
                        lastSeq = rs.getLong("seq");
                    }
                }
            }
            return new Queue(items, more ? Store.encodeCursor(lastSeq) : null);
        });
    }

    private static StoredReview review(ResultSet rs) throws SQLException {
        return new StoredReview(rs.getString("id"), rs.getString("tenant"), rs.getString("submission_id"),
                rs.getString("review_json"), rs.getString("reviewer"), rs.getString("key_id"),
                Instant.parse(rs.getString("created_at")));
    }
}
