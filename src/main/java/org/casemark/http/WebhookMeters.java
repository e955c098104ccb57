package org.casemark.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.casemark.store.Store;
import org.casemark.webhook.DeliveryMetrics;

import java.time.Duration;
import java.util.List;

/**
 * Delivery and job meters: attempts by result ({@code delivered}, {@code retry}, {@code failed}, {@code gone}) and
 * status class, attempt time, time from grade to delivery and from intake to grade, and how many deliveries and
 * jobs are in each state (read from the store at each scrape). Tags come from closed sets only.
 */
final class WebhookMeters implements DeliveryMetrics {
    private static final Duration[] BUCKETS = {Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofMillis(100),
            Duration.ofMillis(250), Duration.ofMillis(500), Duration.ofSeconds(1), Duration.ofSeconds(5),
            Duration.ofSeconds(30), Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(12)};

    private final MeterRegistry registry;
    private final Timer deliveryLag;
    private final Timer gradingLag;

    WebhookMeters(MeterRegistry registry, Store store) {
        this.registry = registry;
        deliveryLag = Timer.builder("casemark.webhook.delivery.lag")
                .description("time from a stored grade to its delivery being acknowledged")
                .serviceLevelObjectives(BUCKETS).register(registry);
        gradingLag = Timer.builder("casemark.jobs.grading.lag")
                .description("time from an asynchronous submission's intake to its stored grade")
                .serviceLevelObjectives(BUCKETS).register(registry);
        for (String s : List.of("pending", "delivered", "failed")) {
            Gauge.builder("casemark.webhook.deliveries", store, st -> st.outbox().counts().getOrDefault(s, 0L))
                    .description("deliveries in the outbox, by status").tag("status", s).register(registry);
        }
        for (String s : List.of("queued", "running", "done", "failed")) {
            Gauge.builder("casemark.jobs", store, st -> st.jobs().counts().getOrDefault(s, 0L))
                    .description("grading jobs, by state").tag("state", s).register(registry);
        }
    }

    @Override
    public void attempt(String result, Integer status, Duration took) {
        String statusClass = status == null ? "none" : (status / 100) + "xx";
        Counter.builder("casemark.webhook.attempts").description("delivery attempts, by result and status class")
                .tags("result", result, "status_class", statusClass).register(registry).increment();
        Timer.builder("casemark.webhook.attempt.duration").description("time of one delivery attempt")
                .tag("result", result).serviceLevelObjectives(BUCKETS).register(registry).record(took);
    }

    @Override
    public void delivered(Duration lag) {
        deliveryLag.record(lag);
    }

    @Override
    public void graded(Duration lag) {
        gradingLag.record(lag);
    }
}
