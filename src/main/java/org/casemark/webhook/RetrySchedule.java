package org.casemark.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When to try a failed delivery again: exponential backoff ({@code first}, doubling, at most {@code max}) with
 * jitter (each delay drawn from {@code [delay * (1 - jitter), delay]}), for {@code giveUpAfter} from the start of
 * the retry window. A {@code Retry-After} from the receiver (429, 503) is honoured: the next try is never sooner.
 * The default, 10 s doubling to 12 h for 72 h, makes about 18 attempts over three days.
 */
public record RetrySchedule(Duration first, Duration max, Duration giveUpAfter, double jitter) {
    public RetrySchedule {
        if (first.isNegative() || first.isZero()) throw new IllegalArgumentException("first retry delay must be positive");
        if (max.compareTo(first) < 0) throw new IllegalArgumentException("max retry delay must be at least the first");
        if (giveUpAfter.isNegative()) throw new IllegalArgumentException("retry window must not be negative");
        if (jitter < 0 || jitter > 1) throw new IllegalArgumentException("jitter must be in 0..1");
    }

    public static RetrySchedule standard() {
        return new RetrySchedule(Duration.ofSeconds(10), Duration.ofHours(12), Duration.ofHours(72), 0.5);
    }

    /** The delay before attempt {@code failedAttempts + 1}, jitter applied with {@code random} in [0, 1). */
    public Duration delay(int failedAttempts, DoubleSupplier random) {
        long ms = first.toMillis();
        for (int i = 1; i < failedAttempts && ms < max.toMillis(); i++) ms = Math.multiplyExact(ms, 2);
        ms = Math.min(ms, max.toMillis());
        return Duration.ofMillis(Math.round(ms * (1 - jitter * random.getAsDouble())));
    }

    /**
     * When to try next after {@code failedAttempts} failures, or empty when that would fall after the retry window
     * that began at {@code windowStart}: give up.
     */
    public Optional<Instant> next(int failedAttempts, Instant windowStart, Instant now, Duration retryAfter,
                                  DoubleSupplier random) {
        Duration wait = delay(failedAttempts, random);
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) wait = retryAfter;
        Instant next = now.plus(wait);
        return next.isAfter(windowStart.plus(giveUpAfter)) ? Optional.empty() : Optional.of(next);
    }
}
