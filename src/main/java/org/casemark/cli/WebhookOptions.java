package org.casemark.cli;

import org.casemark.webhook.AddressKind;
import org.casemark.webhook.CallbackPolicy;
import org.casemark.webhook.RetrySchedule;
import org.casemark.webhook.WebhookSettings;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code serve} options for asynchronous grading and callbacks (a picocli mixin): which callbacks the operator
 * allows, the retry schedule, timeouts, leases and workers. Durations are written {@code 500ms}, {@code 10s},
 * {@code 5m}, {@code 12h} or {@code 3d}.
 */
final class WebhookOptions {
    @Option(names = "--allow-callbacks-to", paramLabel = "KINDS", description = "loopback,private,link-local (default: none)")
    String allowCallbacksTo;
    @Option(names = "--allow-http-callbacks", description = "allow plain http callbacks")
    boolean allowHttpCallbacks;
    @Option(names = "--webhook-retry-first", paramLabel = "D", description = "first retry after (default: 10s)")
    String retryFirst;
    @Option(names = "--webhook-retry-max", paramLabel = "D", description = "longest wait between retries (default: 12h)")
    String retryMax;
    @Option(names = "--webhook-retry-for", paramLabel = "D", description = "give up after (default: 3d)")
    String retryFor;
    @Option(names = "--webhook-connect-timeout", paramLabel = "D", description = "(default: 5s)")
    String connectTimeout;
    @Option(names = "--webhook-read-timeout", paramLabel = "D", description = "(default: 15s)")
    String readTimeout;
    @Option(names = "--job-lease", paramLabel = "D", description = "a grading job's lease (default: 60s)")
    String jobLease;
    @Option(names = "--job-workers", paramLabel = "N", description = "grading workers (default: grading threads + 1)")
    Integer jobWorkers;
    @Option(names = "--delivery-workers", paramLabel = "N", description = "delivery workers (default: 4)")
    Integer deliveryWorkers;

    /**
     * The settings the options give; without {@code --job-workers}, one grading worker more than the grading pool
     * has threads, so that the pool does not idle while a worker writes a grade to the store.
     */
    WebhookSettings settings(int gradingThreads) {
        WebhookSettings d = WebhookSettings.defaults();
        Set<AddressKind> allowed = EnumSet.noneOf(AddressKind.class);
        if (allowCallbacksTo != null) {
            for (String k : allowCallbacksTo.split(",")) {
                try {
                    AddressKind kind = AddressKind.parse(k);
                    if (!kind.allowable()) throw new IllegalArgumentException(k + " addresses can never be allowed");
                    allowed.add(kind);
                } catch (IllegalArgumentException e) {
                    throw new Main.UsageException("--allow-callbacks-to: " + e.getMessage());
                }
            }
        }
        RetrySchedule retries = new RetrySchedule(duration("--webhook-retry-first", retryFirst, d.retries().first()),
                duration("--webhook-retry-max", retryMax, d.retries().max()),
                duration("--webhook-retry-for", retryFor, d.retries().giveUpAfter()), d.retries().jitter());
        try {
            return d.withPolicy(new CallbackPolicy(allowHttpCallbacks, allowed))
                    .withRetries(retries)
                    .withTimeouts(duration("--webhook-connect-timeout", connectTimeout, d.connectTimeout()),
                            duration("--webhook-read-timeout", readTimeout, d.readTimeout()),
                            duration("--job-lease", jobLease, d.lease()))
                    .withWorkers(count("--job-workers", jobWorkers, gradingThreads + 1),
                            count("--delivery-workers", deliveryWorkers, d.deliveryWorkers()), d.poll());
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }

    private static int count(String option, Integer value, int fallback) {
        if (value == null) return fallback;
        if (value < 1 || value > 1024) throw new Main.UsageException(option + " must be a whole number in 1..1024, was '" + value + "'");
        return value;
    }

    /** A duration option's value ({@code fallback} when absent); a bad one is a usage error naming the option. */
    static Duration duration(String option, String value, Duration fallback) {
        if (value == null) return fallback;
        String v = value.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)").matcher(v);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new Main.UsageException(option + " must be a duration such as 500ms, 10s, 5m, 12h or 3d, was '"
                    + v + "'");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** A duration as the options write it. */
    static String text(Duration d) {
        long ms = d.toMillis();
        if (ms % 86_400_000 == 0) return ms / 86_400_000 + "d";
        if (ms % 3_600_000 == 0) return ms / 3_600_000 + "h";
        if (ms % 60_000 == 0) return ms / 60_000 + "m";
        if (ms % 1000 == 0) return ms / 1000 + "s";
        return ms + "ms";
    }
}
