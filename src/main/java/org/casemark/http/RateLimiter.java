package org.casemark.http;

import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client: {@code capacity} requests at once, refilled at {@code perMinute} tokens a minute.
 * Buckets that have refilled completely are forgotten, so memory follows the number of recently active clients.
 */
final class RateLimiter {
    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private long lastSweep;

    private static final class Bucket {
        double tokens;
        long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }
    }

    RateLimiter(int capacity, int perMinute, LongSupplier nanoClock) {
        if (capacity < 1 || perMinute < 1) throw new IllegalArgumentException("rate limit must be positive");
        this.capacity = capacity;
        this.tokensPerNano = perMinute / 60e9;
        this.clock = nanoClock;
        this.lastSweep = nanoClock.getAsLong();
    }

    static RateLimiter of(Limits.Rate rate) {
        return new RateLimiter(rate.burst(), rate.perMinute(), System::nanoTime);
    }

    /** Takes one token for {@code client}: 0 when allowed, else the whole seconds until a token is available. */
    long acquire(String client) {
        long now = clock.getAsLong();
        sweep(now);
        Bucket b = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (b) {
            b.tokens = Math.min(capacity, b.tokens + (now - b.at) * tokensPerNano);
            b.at = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - b.tokens) / tokensPerNano / 1e9));
        }
    }

    private void sweep(long now) {
        if (now - lastSweep < 60_000_000_000L) return;
        lastSweep = now;
        for (Iterator<Bucket> it = buckets.values().iterator(); it.hasNext(); ) {
            Bucket b = it.next();
            synchronized (b) {
                if (b.tokens + (now - b.at) * tokensPerNano >= capacity) it.remove();
            }
        }
    }
}
