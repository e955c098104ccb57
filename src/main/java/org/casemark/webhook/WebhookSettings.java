package org.casemark.webhook;

import java.time.Duration;

/**
 * How asynchronous grading and delivery run: which callbacks may be called, the retry schedule, the connect and
 * read timeouts of an attempt, the lease a worker holds on a job or delivery (longer than any attempt can take),
 * how many grading and delivery workers run, how often idle workers look for due work (they are also woken at
 * once when work arrives), and how many times a job whose grading crashed is tried before it is failed.
 */
public record WebhookSettings(CallbackPolicy policy, RetrySchedule retries, Duration connectTimeout,
                              Duration readTimeout, Duration lease, int gradingWorkers, int deliveryWorkers,
                              Duration poll, int maxGradingAttempts) {
    public WebhookSettings {
        if (lease.compareTo(connectTimeout.plus(readTimeout)) <= 0) {
            throw new IllegalArgumentException("the lease (" + lease + ") must be longer than an attempt can take ("
                    + connectTimeout.plus(readTimeout) + ")");
        }
        if (gradingWorkers < 1 || deliveryWorkers < 1) throw new IllegalArgumentException("workers must be positive");
        if (maxGradingAttempts < 1) throw new IllegalArgumentException("maxGradingAttempts must be positive");
    }

    /**
     * HTTPS to public addresses, 10 s doubling to 12 h for 72 h, 5 s to connect and 15 s to answer (Standard
     * Webhooks suggests 15-30 s), 60 s leases, a grading worker per core, 4 delivery workers, 1 s polls, 3 tries.
     */
    public static WebhookSettings defaults() {
        return new WebhookSettings(CallbackPolicy.strict(), RetrySchedule.standard(), Duration.ofSeconds(5),
                Duration.ofSeconds(15), Duration.ofSeconds(60), Runtime.getRuntime().availableProcessors(), 4,
                Duration.ofSeconds(1), 3);
    }

    public WebhookSettings withPolicy(CallbackPolicy p) {
        return new WebhookSettings(p, retries, connectTimeout, readTimeout, lease, gradingWorkers, deliveryWorkers,
                poll, maxGradingAttempts);
    }

    public WebhookSettings withRetries(RetrySchedule r) {
        return new WebhookSettings(policy, r, connectTimeout, readTimeout, lease, gradingWorkers, deliveryWorkers,
                poll, maxGradingAttempts);
    }

    public WebhookSettings withTimeouts(Duration connect, Duration read, Duration newLease) {
        return new WebhookSettings(policy, retries, connect, read, newLease, gradingWorkers, deliveryWorkers, poll,
                maxGradingAttempts);
    }

    public WebhookSettings withWorkers(int grading, int delivery, Duration newPoll) {
        return new WebhookSettings(policy, retries, connectTimeout, readTimeout, lease, grading, delivery, newPoll,
                maxGradingAttempts);
    }
}
