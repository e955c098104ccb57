package org.casemark.webhook;

import org.casemark.store.GradingJob;
import org.casemark.store.Jobs;
import org.casemark.store.Outbox;
import org.casemark.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Threads that grade queued submissions: each claims one job at a time under a lease, grades it with the
 * {@link JobGrader} it was given, and stores the grade together with the result's delivery. A job whose grading
 * threw is tried again later, and failed (with a callback saying so) after {@code maxGradingAttempts}; a job
 * claimed by a process that died is claimed again when its lease runs out.
 */
public final class GradingWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GradingWorkers.class);
    /** How soon a job is tried again when the grader had no capacity. */
    static final Duration BUSY_RETRY = Duration.ofMillis(200);

    /** How long closing waits for a grade in progress. */
    static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final Store store;
    private final Jobs jobs;
    private final JobGrader grader;
    private final WebhookSettings settings;
    private final Runnable resultQueued;
    private final DeliveryMetrics metrics;
    private final ClaimLoop<GradingJob> loop;

    /** {@code resultQueued} is told whenever a delivery was queued (to wake the delivery workers). */
    public GradingWorkers(Store store, JobGrader grader, WebhookSettings settings, Runnable resultQueued,
                          DeliveryMetrics metrics) {
        this.store = store;
        this.jobs = store.jobs();
        this.grader = grader;
        this.settings = settings;
        this.resultQueued = resultQueued;
        this.metrics = metrics;
        this.loop = new ClaimLoop<>("casemark-job", "grading worker", settings.gradingWorkers(), settings.poll(),
                STOP_WAIT, () -> store.busyWithin(Store.BUSY_QUIET), Store.BUSY_QUIET, LOG);
    }

    /** Starts the threads; a no-op once closed (the grader may finish loading after the server was stopped). */
    public GradingWorkers start() {
        loop.start(() -> jobs.claim(1, settings.lease(), Instant.now()).stream().findFirst(), settings::poll,
                job -> handle(jobs, job));
        return this;
    }

    /** A job was queued: wake a worker. */
    public void wake() {
        loop.wake();
    }

    private void handle(Jobs jobs, GradingJob job) throws InterruptedException {
        if (job.attempts() > settings.maxGradingAttempts()) {
            fail(jobs, job, "grading was started " + (job.attempts() - 1) + " times and never finished"
                    + (job.lastError() == null ? "" : " (last error: " + job.lastError() + ")"));
            return;
        }
        JobGrader.Graded graded;
        try {
            graded = grader.grade(job);
        } catch (JobGrader.Busy busy) {
            jobs.release(job, Instant.now().plus(BUSY_RETRY), null, false);
            Thread.sleep(BUSY_RETRY.toMillis());
            return;
        } catch (RuntimeException e) {
            LOG.error("grading {} failed (attempt {})", job.submissionId(), job.attempts(), e);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (job.attempts() >= settings.maxGradingAttempts()) {
                fail(jobs, job, "grading failed " + job.attempts() + " times: " + error);
            } else {
                Duration wait = settings.retries().delay(job.attempts(), ThreadLocalRandom.current()::nextDouble);
                jobs.release(job, Instant.now().plus(wait), error, true);
            }
            return;
        }
        if (!loop.running()) {
            jobs.release(job, Instant.now(), null, false);   // closing: leave it for the next start
            return;
        }
        Instant now = Instant.now();
        Outbox.NewDelivery delivery = target(job).map(url -> new Outbox.NewDelivery(Outbox.newDeliveryId(),
                job.tenant(), job.submissionId(), Events.COMPLETED, url, Events.completed(job, graded, now)))
                .orElse(null);
        boolean stored = jobs.complete(job, new Store.NewSubmission(job.submissionId(), job.tenant(),
                job.learnerId(), job.externalId(), job.rubric(), graded.rubricVersion(), graded.engineVersion(),
                job.text(), graded.gradeJson()), delivery);
        if (!stored) {
            LOG.warn("grade of {} not stored: the lease ran out and another worker has the job", job.submissionId());
            return;
        }
        metrics.graded(Duration.between(job.createdAt(), now));
        if (delivery != null) resultQueued.run();
    }

    private void fail(Jobs jobs, GradingJob job, String error) {
        Instant now = Instant.now();
        Outbox.NewDelivery delivery = target(job).map(url -> new Outbox.NewDelivery(Outbox.newDeliveryId(),
                job.tenant(), job.submissionId(), Events.COMPLETED, url, Events.failed(job, error, now))).orElse(null);
        if (jobs.fail(job, error, delivery) && delivery != null) resultQueued.run();
    }

    /** Where the result goes: its callback URL, else the tenant's endpoint at this moment; nowhere for a batch item. */
    private Optional<String> target(GradingJob job) {
        return CallbackTarget.of(store, job);
    }

    /**
     * Stops the threads: idle ones wake at once, a grade in progress is finished and returned to the queue (no
     * interrupt reaches the grader or the store mid-statement).
     */
    @Override
    public void close() {
        loop.close();
    }
}
