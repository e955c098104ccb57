package org.casemark.webhook;

import org.casemark.store.GradingJob;
import org.casemark.store.Jobs;
import org.casemark.store.Outbox;
import org.casemark.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    private final Store store;
    private final JobGrader grader;
    private final WebhookSettings settings;
    private final Runnable resultQueued;
    private final DeliveryMetrics metrics;
    private final Signal work;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    /** {@code resultQueued} is told whenever a delivery was queued (to wake the delivery workers). */
    public GradingWorkers(Store store, JobGrader grader, WebhookSettings settings, Runnable resultQueued,
                          DeliveryMetrics metrics) {
        this.store = store;
        this.grader = grader;
        this.settings = settings;
        this.resultQueued = resultQueued;
        this.metrics = metrics;
        this.work = new Signal(settings.gradingWorkers());
    }

    /** Starts the threads; a no-op once closed (the grader may finish loading after the server was stopped). */
    public synchronized GradingWorkers start() {
        if (!running) return this;
        for (int i = 0; i < settings.gradingWorkers(); i++) {
            Thread t = new Thread(this::run, "casemark-job-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        return this;
    }

    /** A job was queued: wake a worker. */
    public void wake() {
        work.raise();
    }

    private void run() {
        Jobs jobs = store.jobs();
        while (running) {
            try {
                if (store.busyWithin(Store.BUSY_QUIET)) {
                    // the database is held by another connection: stay out of the requests' way for a while
                    Thread.sleep(Store.BUSY_QUIET.toMillis());
                    continue;
                }
                List<GradingJob> claimed = jobs.claim(1, settings.lease(), Instant.now());
                if (claimed.isEmpty()) {
                    work.await(settings.poll());
                    continue;
                }
                handle(jobs, claimed.get(0));
            } catch (InterruptedException e) {
                return;
            } catch (org.casemark.store.StoreBusyException e) {
                LOG.warn("grading worker: the database is held by another connection; trying again in {} s",
                        Store.BUSY_QUIET.toSeconds());
            } catch (RuntimeException e) {
                // the store failed (disk): keep the thread, try again after a pause
                LOG.error("grading worker: {}", e.getMessage(), e);
                pause();
            }
        }
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
        if (!running) {
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

    private void pause() {
        try {
            Thread.sleep(settings.poll().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops the threads: idle ones wake at once, a grade in progress is finished and returned to the queue (no
     * interrupt reaches the grader or the store mid-statement).
     */
    @Override
    public synchronized void close() {
        running = false;
        for (Thread t : threads) work.raise();
        DeliveryWorkers.joinAll(threads, Duration.ofSeconds(5));
    }
}
