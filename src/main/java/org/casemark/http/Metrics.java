package org.casemark.http;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import org.eclipse.jetty.util.thread.ThreadPool;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/**
 * The server's meters, in Micrometer's Prometheus registry: the standard JVM, process, Jetty thread pool and
 * grading pool meters, {@code http.server.requests} by method, route template, status and outcome, grading time
 * by rubric. Every tag value comes from a closed set (known methods, the routes, status codes, loaded rubrics), so
 * no request can add a series.
 */
final class Metrics implements AutoCloseable {
    /** The methods a tag may name; any other is counted as {@code OTHER}. */
    static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS",
            "TRACE", "CONNECT");
    static final String UNMATCHED = "UNMATCHED";
    private static final Duration[] BUCKETS = {Duration.ofMillis(5), Duration.ofMillis(10), Duration.ofMillis(25),
            Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofMillis(250), Duration.ofMillis(500),
            Duration.ofSeconds(1), Duration.ofMillis(2500), Duration.ofSeconds(5), Duration.ofSeconds(10)};

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gc = new JvmGcMetrics();
    private final Counter disconnects;
    private final Counter refusedConnections;

    Metrics(BooleanSupplier ready) {
        new JvmMemoryMetrics().bindTo(registry);
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        Gauge.builder("casemark.ready", () -> ready.getAsBoolean() ? 1 : 0)
                .description("1 once the grader is loaded and requests can be graded").register(registry);
        disconnects = Counter.builder("casemark.client.disconnects")
                .description("requests whose client closed the connection before its body had arrived")
                .register(registry);
        refusedConnections = Counter.builder("casemark.connections.refused")
                .description("connections closed on accept: their address already held the most allowed")
                .register(registry);
    }

    void request(String method, String route, int status, Duration took) {
        Timer.builder("http.server.requests").description("HTTP requests answered by the application")
                .tags(Tags.of("method", KNOWN_METHODS.contains(method) ? method : "OTHER",
                        "uri", route == null ? UNMATCHED : route, "status", Integer.toString(status),
                        "outcome", outcome(status)))
                .serviceLevelObjectives(BUCKETS).register(registry).record(took);
    }

    void grading(String rubric, Duration took) {
        Timer.builder("casemark.grading").description("time to grade one write-up, by rubric")
                .tag("rubric", rubric).serviceLevelObjectives(BUCKETS).register(registry).record(took);
    }

    void clientDisconnected() {
        disconnects.increment();
    }

    void connectionRefused() {
        refusedConnections.increment();
    }

    void bindGradingPool(ExecutorService pool) {
        new ExecutorServiceMetrics(pool, "grading", Tags.empty()).bindTo(registry);
    }

    void bindJettyPool(ThreadPool pool) {
        new JettyServerThreadPoolMetrics(pool, Tags.empty()).bindTo(registry);
    }

    /** For the meters of other parts (webhook deliveries) to register in the same registry. */
    io.micrometer.core.instrument.MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition format 0.0.4. */
    String render() {
        return registry.scrape();
    }

    private static String outcome(int status) {
        if (status < 200) return "INFORMATIONAL";
        if (status < 300) return "SUCCESS";
        if (status < 400) return "REDIRECTION";
        if (status < 500) return "CLIENT_ERROR";
        return "SERVER_ERROR";
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
