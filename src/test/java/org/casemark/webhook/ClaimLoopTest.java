package org.casemark.webhook;

import org.casemark.store.StoreBusyException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimLoopTest {
    private static final Duration POLL = Duration.ofMillis(20);
    private static final Duration QUIET = Duration.ofMillis(100);

    @Test
    void aBusyStoreIsWaitedOutAQuietSpellAtATimeAndTheWorkerGoesOn() throws Exception {
        AtomicInteger claims = new AtomicInteger();
        List<Long> busyAt = new CopyOnWriteArrayList<>();
        CountDownLatch handled = new CountDownLatch(1);
        try (ClaimLoop<String> loop = new ClaimLoop<>("test-claim", "test worker", 1, POLL, Duration.ofSeconds(1),
                () -> false, QUIET, LoggerFactory.getLogger(ClaimLoopTest.class))) {
            loop.start(() -> {
                int n = claims.incrementAndGet();
                if (n <= 3) {
                    busyAt.add(System.nanoTime());
                    throw new StoreBusyException("database is locked (expected in this test)", null);
                }
                return n == 4 ? Optional.of("item") : Optional.empty();
            }, () -> POLL, item -> handled.countDown());
            assertTrue(handled.await(5, TimeUnit.SECONDS), "handled once the store answers");
        }
        for (int i = 1; i < busyAt.size(); i++) {
            long gap = busyAt.get(i) - busyAt.get(i - 1);
            assertTrue(gap >= QUIET.toNanos(), "keeps off for the quiet spell: " + gap + " ns");
        }
    }

    @Test
    void whileTheDatabaseIsHeldNothingIsClaimed() throws Exception {
        AtomicBoolean held = new AtomicBoolean(true);
        AtomicInteger claims = new AtomicInteger();
        try (ClaimLoop<String> loop = new ClaimLoop<>("test-held", "test worker", 2, POLL, Duration.ofSeconds(1),
                held::get, QUIET, NOPLogger.NOP_LOGGER)) {
            loop.start(() -> {
                claims.incrementAndGet();
                return Optional.empty();
            }, () -> POLL, item -> { });
            Thread.sleep(QUIET.multipliedBy(3).toMillis());
            assertEquals(0, claims.get(), "no claim while held");
            held.set(false);
            long end = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (claims.get() == 0 && System.nanoTime() < end) Thread.sleep(10);
            assertTrue(claims.get() > 0, "claims again once the database answers");
        }
    }

    @Test
    void anyOtherFailureKeepsTheThreadAndClosingStopsIt() throws Exception {
        AtomicInteger claims = new AtomicInteger();
        CountDownLatch again = new CountDownLatch(3);
        ClaimLoop<String> loop = new ClaimLoop<>("test-fail", "test worker", 2, POLL, Duration.ofSeconds(1),
                () -> false, QUIET, NOPLogger.NOP_LOGGER);   // an ERROR with its stack per failure: not wanted here
        loop.start(() -> {
            claims.incrementAndGet();
            again.countDown();
            throw new IllegalStateException("disk gone (expected in this test)");
        }, () -> POLL, item -> { });
        assertTrue(again.await(5, TimeUnit.SECONDS), "claims again after a failure");
        assertTrue(loop.running());
        loop.close();
        assertFalse(loop.running());
        int after = claims.get();
        Thread.sleep(POLL.multipliedBy(5).toMillis());
        assertEquals(after, claims.get(), "no claims once closed");
    }

    @Test
    void startingAfterClosingStartsNothing() {
        AtomicInteger claims = new AtomicInteger();
        ClaimLoop<String> loop = new ClaimLoop<>("test-late", "test worker", 2, POLL, Duration.ofSeconds(1),
                () -> false, QUIET, NOPLogger.NOP_LOGGER);
        loop.close();
        loop.start(() -> {
            claims.incrementAndGet();
            return Optional.empty();
        }, () -> POLL, item -> { });
        assertEquals(0, claims.get());
    }
}
