package org.casemark.batch;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.casemark.core.GradeResult;
import org.casemark.core.GradingService;
import org.casemark.json.Json;
import org.casemark.store.GradingJob;
import org.casemark.store.Jobs;
import org.casemark.store.Store;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Grades the queued jobs of a data directory on {@code threads} threads, for the command line: each thread claims
 * a job under a lease, grades it and completes it (the grade stored and the job done in one transaction, only while
 * the lease is still its own), until none is left. Killed at any point, it leaves every job either done or still
 * claimable, so a new run grades the rest, each job once. Only for a caller holding the directory's lock. A grade
 * is committed with {@code synchronous=NORMAL}: it survives {@code kill -9}; a power loss may undo the last few,
 * which the next run then grades again (still once each).
 */
public final class LocalGrading {
    /** Long enough never to run out while a process lives; a killed process's leases are released on restart. */
    static final Duration LEASE = Duration.ofMinutes(30);
    /** Jobs a thread claims at once: fewer claims, and a killed run only has a few more to redo. */
    static final int CLAIM = 4;

    private LocalGrading() {
    }

    /** Grades until no job is left; {@code graded} hears each stored grade's status, from any thread. */
    public static void run(Store store, GradingService engine, int threads, Consumer<String> graded)
            throws InterruptedException {
        Jobs jobs = store.jobs();
        List<Thread> workers = new ArrayList<>();
        List<RuntimeException> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> {
                try {
                    for (List<GradingJob> claimed; !(claimed = jobs.claim(CLAIM, LEASE, Instant.now())).isEmpty(); ) {
                        for (GradingJob job : claimed) graded.accept(grade(jobs, engine, job));
                    }
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }, "casemark-batch-" + i);
            t.setDaemon(true);
            workers.add(t);
            t.start();
        }
        for (Thread t : workers) t.join();
        if (!failures.isEmpty()) throw failures.get(0);
    }

    private static String grade(Jobs jobs, GradingService engine, GradingJob job) {
        GradeResult r;
        try {
            r = engine.grade(job.rubric(), job.externalId() == null ? job.submissionId() : job.externalId(), job.text());
        } catch (RuntimeException e) {
            jobs.fail(job, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
            return "failed";
        }
        String json;
        try {
            json = Json.MAPPER.writeValueAsString(r);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        jobs.complete(job, new Store.NewSubmission(job.submissionId(), job.tenant(), job.learnerId(), job.externalId(),
                job.rubric(), r.rubricVersion(), r.engineVersion(), job.text(), json), null, false);
        return r.status();
    }
}
