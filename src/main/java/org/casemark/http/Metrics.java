package org.casemark.http;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.BooleanSupplier;

/**
 * Counters and histograms written by hand in the Prometheus text exposition format (version 0.0.4): request counts
 * by method, route and status; request latency by method and route; grading latency by rubric.
 */
final class Metrics {
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> requestSeconds = new ConcurrentHashMap<>();
    private final Map<String, Histogram> gradingSeconds = new ConcurrentHashMap<>();
    private final BooleanSupplier ready;

    Metrics(BooleanSupplier ready) {
        this.ready = ready;
    }

    void request(String method, String route, int status, double seconds) {
        String labels = "method=\"" + method + "\",route=\"" + escape(route) + "\"";
        requests.computeIfAbsent(labels + ",status=\"" + status + "\"", k -> new LongAdder()).increment();
        requestSeconds.computeIfAbsent(labels, k -> new Histogram()).observe(seconds);
    }

    void grading(String rubric, double seconds) {
        gradingSeconds.computeIfAbsent("rubric=\"" + escape(rubric) + "\"", k -> new Histogram()).observe(seconds);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("# HELP casemark_ready 1 once the grader is loaded and requests can be graded.\n");
        out.append("# TYPE casemark_ready gauge\n");
        out.append("casemark_ready ").append(ready.getAsBoolean() ? 1 : 0).append('\n');
        out.append("# HELP casemark_http_requests_total HTTP requests answered, by method, route and status.\n");
        out.append("# TYPE casemark_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((labels, n) ->
                out.append("casemark_http_requests_total{").append(labels).append("} ").append(n.sum()).append('\n'));
        histogram(out, "casemark_http_request_duration_seconds", "HTTP request latency, by method and route.",
                requestSeconds);
        histogram(out, "casemark_grading_duration_seconds", "Time to grade one write-up, by rubric.", gradingSeconds);
        return out.toString();
    }

    private static void histogram(StringBuilder out, String name, String help, Map<String, Histogram> series) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n');
        out.append("# TYPE ").append(name).append(" histogram\n");
        new TreeMap<>(series).forEach((labels, h) -> {
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += h.counts[i].sum();
                out.append(name).append("_bucket{").append(labels).append(",le=\"").append(BUCKETS[i]).append("\"} ")
                        .append(cumulative).append('\n');
            }
            cumulative += h.counts[BUCKETS.length].sum();
            out.append(name).append("_bucket{").append(labels).append(",le=\"+Inf\"} ").append(cumulative).append('\n');
            out.append(name).append("_sum{").append(labels).append("} ").append(h.sum.sum()).append('\n');
            out.append(name).append("_count{").append(labels).append("} ").append(cumulative).append('\n');
        });
    }

    private static String escape(String label) {
        return label.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    private static final class Histogram {
        final LongAdder[] counts = new LongAdder[BUCKETS.length + 1];
        final DoubleAdder sum = new DoubleAdder();

        Histogram() {
            for (int i = 0; i < counts.length; i++) counts[i] = new LongAdder();
        }

        void observe(double seconds) {
            int i = 0;
            while (i < BUCKETS.length && seconds > BUCKETS[i]) i++;
            counts[i].increment();
            sum.add(seconds);
        }
    }
}
