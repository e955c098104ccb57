package org.casemark.cli;

import org.casemark.webhook.AddressKind;
import org.casemark.webhook.CallbackPolicy;
import org.casemark.webhook.RetrySchedule;
import org.casemark.webhook.WebhookSettings;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * The {@code serve} options for asynchronous grading and callbacks: which callbacks the operator allows, the retry
 * schedule, timeouts, leases and workers. Durations are written {@code 500ms}, {@code 10s}, {@code 5m},
 * {@code 12h} or {@code 3d}.
 */
final class WebhookOptions {
    static final Set<String> VALUED = Set.of("allow-callbacks-to", "webhook-retry-first", "webhook-retry-max",
            "webhook-retry-for", "webhook-connect-timeout", "webhook-read-timeout", "job-lease", "job-workers",
            "delivery-workers");
    static final Set<String> SWITCHES = Set.of("allow-http-callbacks");

    private WebhookOptions() {
    }

    static String summary() {
        WebhookSettings d = WebhookSettings.defaults();
        return "[--allow-callbacks-to loopback,private,link-local (none)] [--allow-http-callbacks]"
                + " [--webhook-retry-first D (" + text(d.retries().first()) + ")] [--webhook-retry-max D ("
                + text(d.retries().max()) + ")] [--webhook-retry-for D (" + text(d.retries().giveUpAfter()) + ")]"
                + " [--webhook-connect-timeout D (" + text(d.connectTimeout()) + ")] [--webhook-read-timeout D ("
                + text(d.readTimeout()) + ")] [--job-lease D (" + text(d.lease()) + ")] [--job-workers N (grading threads + 1)]"
                + " [--delivery-workers N (" + d.deliveryWorkers() + ")]";
    }

    static WebhookSettings settings(Args args) {
        return settings(args, Runtime.getRuntime().availableProcessors());
    }

    /**
     * The settings the options give; without {@code --job-workers}, one grading worker more than the grading pool
     * has threads, so that the pool does not idle while a worker writes a grade to the store.
     */
    static WebhookSettings settings(Args args, int gradingThreads) {
        WebhookSettings d = WebhookSettings.defaults();
        Set<AddressKind> allowed = EnumSet.noneOf(AddressKind.class);
        if (args.has("allow-callbacks-to")) {
            for (String k : args.required("allow-callbacks-to").split(",")) {
                try {
                    AddressKind kind = AddressKind.parse(k);
                    if (!kind.allowable()) throw new IllegalArgumentException(k + " addresses can never be allowed");
                    allowed.add(kind);
                } catch (IllegalArgumentException e) {
                    throw new Main.UsageException("--allow-callbacks-to: " + e.getMessage());
                }
            }
        }
        RetrySchedule retries = new RetrySchedule(duration(args, "webhook-retry-first", d.retries().first()),
                duration(args, "webhook-retry-max", d.retries().max()),
                duration(args, "webhook-retry-for", d.retries().giveUpAfter()), d.retries().jitter());
        try {
            return d.withPolicy(new CallbackPolicy(args.has("allow-http-callbacks"), allowed))
                    .withRetries(retries)
                    .withTimeouts(duration(args, "webhook-connect-timeout", d.connectTimeout()),
                            duration(args, "webhook-read-timeout", d.readTimeout()), duration(args, "job-lease", d.lease()))
                    .withWorkers(args.intOption("job-workers", gradingThreads + 1, 1, 1024),
                            args.intOption("delivery-workers", d.deliveryWorkers(), 1, 1024), d.poll());
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }

    static Duration duration(Args args, String name, Duration fallback) {
        if (!args.has(name)) return fallback;
        String v = args.required(name).strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("([0-9]{1,9})(ms|s|m|h|d)").matcher(v);
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new Main.UsageException("--" + name + " must be a duration such as 500ms, 10s, 5m, 12h or 3d, was '"
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
