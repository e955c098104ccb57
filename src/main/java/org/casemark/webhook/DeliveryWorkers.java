package org.casemark.webhook;

import org.casemark.store.Delivery;
import org.casemark.store.Outbox;
import org.casemark.store.Store;
import org.casemark.store.WebhookConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Threads that deliver results from the outbox, at least once: each claims one due delivery under a lease, signs
 * it with every live secret of its tenant (Standard Webhooks: {@code webhook-id} is the delivery's id on every
 * attempt, {@code webhook-timestamp} the attempt's time), POSTs it, and records the outcome: 2xx delivered; 410
 * Gone disables the endpoint; anything else is tried again on the {@link RetrySchedule}, never sooner than a 429's
 * or 503's {@code Retry-After}, until the retry window closes.
 */
public final class DeliveryWorkers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorkers.class);

    /** How long closing waits for attempts under way. */
    static final Duration STOP_WAIT = Duration.ofSeconds(2);

    private final Store store;
    private final Outbox outbox;
    private final WebhookSettings settings;
    private final CallbackClient client;
    private final DeliveryMetrics metrics;
    private final ClaimLoop<Delivery> loop;

    public DeliveryWorkers(Store store, WebhookSettings settings, CallbackClient client, DeliveryMetrics metrics) {
        this.store = store;
        this.outbox = store.outbox();
        this.settings = settings;
        this.client = client;
        this.metrics = metrics;
        this.loop = new ClaimLoop<>("casemark-delivery", "delivery worker", settings.deliveryWorkers(),
                settings.poll(), STOP_WAIT, () -> store.busyWithin(Store.BUSY_QUIET), Store.BUSY_QUIET, LOG);
    }

    /** Starts the threads; a no-op once closed (the grader may finish loading after the server was stopped). */
    public DeliveryWorkers start() {
        loop.start(() -> outbox.claim(1, settings.lease(), Instant.now()).stream().findFirst(),
                () -> untilDue(outbox), d -> attempt(outbox, d));
        return this;
    }

    /** A delivery was queued or redelivered: wake a worker. */
    public void wake() {
        loop.wake();
    }

    /** How long an idle worker may sleep: until the next delivery falls due, at most one poll interval. */
    private Duration untilDue(Outbox outbox) {
        Optional<Instant> next = outbox.nextDue();
        if (next.isEmpty()) return settings.poll();
        Duration d = Duration.between(Instant.now(), next.get());
        return d.isNegative() ? Duration.ofMillis(1) : d.compareTo(settings.poll()) < 0 ? d : settings.poll();
    }

    private void attempt(Outbox outbox, Delivery d) throws InterruptedException {
        Instant now = Instant.now();
        WebhookConfig config = store.webhooks();
        Optional<WebhookConfig.Endpoint> endpoint = config.endpoint(d.tenant(), d.url());
        if (endpoint.isPresent() && endpoint.get().disabled()) {
            outbox.giveUp(d, null, "not sent: the endpoint was disabled (" + endpoint.get().disabledReason() + ")");
            metrics.attempt("failed", null, Duration.ZERO);
            return;
        }
        URI uri;
        try {
            uri = settings.policy().parse(d.url());
        } catch (CallbackPolicy.Refused e) {
            outbox.giveUp(d, null, "not sent: " + e.getMessage());
            metrics.attempt("failed", null, Duration.ZERO);
            return;
        }
        List<String> secrets = config.liveSecrets(d.tenant(), now);
        if (secrets.isEmpty()) {
            settle(outbox, d, new CallbackClient.Outcome(null, null, null, "not sent: the tenant has no live signing "
                    + "secret (casemark webhooks secret create --tenant " + d.tenant() + ")", Duration.ZERO), now);
            return;
        }
        byte[] body = d.payload().getBytes(StandardCharsets.UTF_8);
        long timestamp = now.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", d.id());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", StandardWebhooks.signatureHeader(secrets, d.id(), timestamp, body));
        CallbackClient.Outcome outcome = client.post(uri, headers, body);
        settle(outbox, d, outcome, Instant.now());
    }

    private void settle(Outbox outbox, Delivery d, CallbackClient.Outcome o, Instant now) {
        boolean recorded;
        String result;
        if (o.delivered()) {
            recorded = outbox.delivered(d, o.status(), now);
            result = "delivered";
            if (recorded) metrics.delivered(Duration.between(d.createdAt(), now));
        } else if (o.status() != null && o.status() == 410) {
            recorded = outbox.endpointGone(d, 410, "HTTP 410 Gone: the receiver asked for no more deliveries", now);
            result = "gone";
        } else {
            boolean throttled = o.status() != null && (o.status() == 429 || o.status() == 503);
            Optional<Instant> next = settings.retries().next(d.attempts(), d.windowStart(), now,
                    throttled ? o.retryAfter() : null, ThreadLocalRandom.current()::nextDouble);
            if (next.isPresent()) {
                recorded = outbox.retry(d, o.status(), o.error(), next.get());
                result = "retry";
            } else {
                recorded = outbox.giveUp(d, o.status(), o.error() + " (gave up after " + d.attempts() + " attempts over "
                        + Duration.between(d.windowStart(), now).toSeconds() + " s)");
                result = "failed";
            }
        }
        metrics.attempt(result, o.status(), o.took());
        if (!recorded) LOG.warn("delivery {}: outcome not recorded, the lease ran out meanwhile", d.id());
    }

    /**
     * Stops the threads: idle ones at once; an attempt still under way after {@link #STOP_WAIT} is left to end
     * when the client is closed, and its delivery is tried again once its lease runs out (at least once).
     */
    @Override
    public void close() {
        loop.close();
    }
}
