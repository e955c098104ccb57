package org.casemark.http;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RateLimiterTest {
    @Test
    void aBurstThenOneTokenPerInterval() {
        AtomicLong now = new AtomicLong(1_000_000_000L);
        RateLimiter limiter = new RateLimiter(2, 6, now::get);   // 6 a minute: one token every 10 s
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("b"), "buckets are per client");
        now.addAndGet(4_000_000_000L);
        assertEquals(6, limiter.acquire("a"));
        now.addAndGet(6_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(10, limiter.acquire("a"));
    }
}
