package org.casemark.webhook;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Backoff doubles to its cap with jitter below the nominal delay, honours Retry-After, and ends after ~3 days. */
class RetryScheduleTest {
    static final RetrySchedule STANDARD = RetrySchedule.standard();

    @Test
    void delaysDoubleUpToTheCapAndJitterOnlyShortensThem() {
        assertEquals(Duration.ofSeconds(10), STANDARD.delay(1, () -> 0));
        assertEquals(Duration.ofSeconds(20), STANDARD.delay(2, () -> 0));
        assertEquals(Duration.ofSeconds(40), STANDARD.delay(3, () -> 0));
        assertEquals(Duration.ofHours(12), STANDARD.delay(30, () -> 0));
        assertEquals(Duration.ofHours(12), STANDARD.delay(1000, () -> 0), "no overflow however many attempts");
        assertEquals(Duration.ofSeconds(5), STANDARD.delay(1, () -> 1.0), "jitter 0.5 draws from [d/2, d]");
    }

    @Test
    void theStandardScheduleGivesUpAfterAboutThreeDays() {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        Instant now = start;
        int attempts = 1;
        Optional<Instant> next;
        while ((next = STANDARD.next(attempts, start, now, null, () -> 0)).isPresent()) {
            now = next.get();
            attempts++;
        }
        assertTrue(Duration.between(start, now).toHours() >= 60, "last try " + Duration.between(start, now));
        assertTrue(Duration.between(start, now).toHours() <= 72);
        assertEquals(18, attempts, "attempts made before giving up");
    }

    @Test
    void retryAfterIsNeverSoonerThanAsked() {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");
        assertEquals(now.plusSeconds(120), STANDARD.next(1, now, now, Duration.ofSeconds(120), () -> 0).orElseThrow());
        assertEquals(now.plusSeconds(10), STANDARD.next(1, now, now, Duration.ofSeconds(1), () -> 0).orElseThrow());
        assertTrue(STANDARD.next(1, now, now, Duration.ofDays(4), () -> 0).isEmpty(), "past the window: give up");
        assertEquals(Optional.of(Duration.ofSeconds(7)), RetryAfter.parse("7", now));
        assertEquals(Optional.of(Duration.ofSeconds(90)), RetryAfter.parse(
                DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(90).atOffset(ZoneOffset.UTC)), now));
        assertEquals(Optional.empty(), RetryAfter.parse("soon", now));
    }
}
