package org.casemark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grading job queue: claims, leases that run out, fencing by lease token, and the grade + outbox transaction. */
class JobsTest {
    static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    static Jobs.NewJob job(String id) {
        return new Jobs.NewJob(id, "acme", "learner-1", "ext-" + id, "gm-case-study", "text of " + id, null,
                "https://lms.example/hook");
    }

    static Store.NewSubmission graded(GradingJob j) {
        return new Store.NewSubmission(j.submissionId(), j.tenant(), j.learnerId(), j.externalId(), j.rubric(),
                "1+abc", "0.1.0", j.text(), "{\"status\":\"graded\"}");
    }

    static Outbox.NewDelivery delivery(GradingJob j) {
        return new Outbox.NewDelivery(Outbox.newDeliveryId(), j.tenant(), j.submissionId(), "submission.completed",
                j.callbackUrl(), "{\"type\":\"submission.completed\"}");
    }

    @Test
    void aClaimedJobIsGradedOnceAndItsDeliveryIsQueuedWithTheGrade() {
        try (Store s = Store.open(dir)) {
            Store.Saved saved = s.jobs().enqueue(job("sub_1"), new Store.Idempotency("webhook-id:m1", "h"), 202,
                    j -> "{\"id\":\"" + j.submissionId() + "\"}");
            assertTrue(saved.created());
            Instant now = Instant.now();
            assertEquals("queued", s.jobs().job("acme", "sub_1").orElseThrow().status(now));
            assertTrue(s.jobs().job("globex", "sub_1").isEmpty(), "another tenant sees nothing");

            List<GradingJob> claimed = s.jobs().claim(5, LEASE, now);
            assertEquals(1, claimed.size());
            GradingJob j = claimed.get(0);
            assertEquals(1, j.attempts());
            assertEquals("grading", s.jobs().job("acme", "sub_1").orElseThrow().status(now));
            assertEquals(List.of(), s.jobs().claim(5, LEASE, now), "a leased job is not claimed again");

            assertTrue(s.jobs().complete(j, graded(j), delivery(j)));
            assertFalse(s.jobs().complete(j, graded(j), delivery(j)), "a second completion stores nothing");
            assertEquals("{\"status\":\"graded\"}", s.submission("acme", "sub_1").orElseThrow().gradeJson());
            assertEquals(1, s.outbox().forSubmission("acme", "sub_1").size());
            assertEquals(1L, s.outbox().counts().get("pending"));
            assertEquals(1L, s.jobs().counts().get("done"));
        }
    }

    @Test
    void aLeaseThatRunsOutReturnsTheJobAndTheStaleWorkerCannotStoreAGrade() {
        try (Store s = Store.open(dir)) {
            s.jobs().enqueue(job("sub_2"), null, 202, j -> "{}");
            Instant t0 = Instant.now();
            GradingJob first = s.jobs().claim(1, Duration.ofSeconds(10), t0).get(0);
            Instant later = t0.plusSeconds(11);
            assertEquals("queued", s.jobs().job("acme", "sub_2").orElseThrow().status(later),
                    "a job whose lease ran out shows as queued again");
            GradingJob second = s.jobs().claim(1, Duration.ofSeconds(10), later).get(0);
            assertEquals(2, second.attempts());
            assertFalse(first.leaseToken().equals(second.leaseToken()));

            assertFalse(s.jobs().complete(first, graded(first), delivery(first)), "the stale lease is fenced off");
            assertTrue(s.jobs().complete(second, graded(second), delivery(second)));
            assertEquals(1, s.outbox().forSubmission("acme", "sub_2").size(), "one grade, one delivery");
        }
    }

    @Test
    void aReleasedJobWaitsItsTurnAndAnUncountedReleaseDoesNotCountAsAnAttempt() {
        try (Store s = Store.open(dir)) {
            s.jobs().enqueue(job("sub_3"), null, 202, j -> "{}");
            Instant now = Instant.now();
            GradingJob j = s.jobs().claim(1, LEASE, now).get(0);
            assertTrue(s.jobs().release(j, now.plusSeconds(5), null, false));
            assertEquals(List.of(), s.jobs().claim(1, LEASE, now.plusSeconds(4)));
            GradingJob again = s.jobs().claim(1, LEASE, now.plusSeconds(5)).get(0);
            assertEquals(1, again.attempts());
            assertTrue(s.jobs().fail(again, "the grader failed", null));
            assertEquals("failed", s.jobs().job("acme", "sub_3").orElseThrow().status(now));
        }
    }

    @Test
    void concurrentClaimersNeverShareAJob() throws Exception {
        try (Store s = Store.open(dir)) {
            for (int i = 0; i < 200; i++) s.jobs().enqueue(job("sub_c" + i), null, 202, j -> "{}");
            Set<String> seen = ConcurrentHashMap.newKeySet();
            List<String> dup = new java.util.concurrent.CopyOnWriteArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(4);
            for (int w = 0; w < 4; w++) {
                pool.submit(() -> {
                    List<GradingJob> got;
                    while (!(got = s.jobs().claim(3, LEASE, Instant.now())).isEmpty()) {
                        for (GradingJob j : got) {
                            if (!seen.add(j.submissionId())) dup.add(j.submissionId());
                            s.jobs().complete(j, graded(j), null);
                        }
                    }
                    return null;
                });
            }
            pool.shutdown();
            assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));
            assertEquals(List.of(), dup);
            assertEquals(200, seen.size());
            assertEquals(200L, s.jobs().counts().get("done"));
        }
    }

    @Test
    void relaxedBookkeepingLeavesEveryOtherWriteFullySynchronous() {
        try (Store s = Store.open(dir)) {
            s.jobs().enqueue(job("sub_s"), null, 202, j -> "{}");
            s.jobs().claim(1, LEASE, Instant.now());   // a lease: synchronous=NORMAL for its own commit only
            int level = s.read("read synchronous", db -> {
                try (var rs = db.createStatement().executeQuery("PRAGMA synchronous")) {
                    return rs.getInt(1);
                }
            });
            assertEquals(2, level, "synchronous=FULL (2) again");
        }
    }

    @Test
    void theClaimIsOneStatementThatRunsOnPostgresqlWithSkipLocked() {
        String sqlite = Claims.claim(Claims.Dialect.SQLITE, "grading_jobs", "state = 'running'", "state = 'queued'", "seq");
        String pg = Claims.claim(Claims.Dialect.POSTGRESQL, "grading_jobs", "state = 'running'", "state = 'queued'", "seq");
        assertEquals("UPDATE grading_jobs SET lease_token = ?, lease_until = ?, attempts = attempts + 1, "
                + "state = 'running' WHERE seq IN (SELECT seq FROM grading_jobs WHERE state = 'queued' ORDER BY seq "
                + "LIMIT ?)", sqlite);
        assertEquals(sqlite.replace("LIMIT ?)", "LIMIT ? FOR UPDATE SKIP LOCKED)"), pg);
    }
}
