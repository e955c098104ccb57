package org.casemark.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The outbox: due deliveries are claimed under a lease, outcomes need the lease, 410 disables the endpoint. */
class OutboxTest {
    static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    /** Grades {@code n} jobs so that their deliveries sit in the outbox. */
    static void graded(Store s, int n, String url) {
        for (int i = 0; i < n; i++) {
            Jobs.NewJob j = new Jobs.NewJob("sub_" + i, "acme", "l", null, "gm-case-study", "t", null, url);
            s.jobs().enqueue(j, null, 202, x -> "{}");
        }
        for (GradingJob j : s.jobs().claim(n, LEASE, Instant.now())) {
            assertTrue(s.jobs().complete(j, JobsTest.graded(j), JobsTest.delivery(j)));
        }
    }

    @Test
    void attemptsAreCountedAndAFailedOneComesBackWhenDue() {
        try (Store s = Store.open(dir)) {
            graded(s, 1, "https://lms.example/hook");
            Instant now = Instant.now();
            Delivery d = s.outbox().claim(10, LEASE, now).get(0);
            assertEquals(1, d.attempts());
            assertEquals(List.of(), s.outbox().claim(10, LEASE, now), "leased");
            assertTrue(s.outbox().retry(d, 503, "HTTP 503", now.plusSeconds(60)));
            assertFalse(s.outbox().retry(d, 503, "HTTP 503", now.plusSeconds(60)), "the lease is spent");
            assertEquals(List.of(), s.outbox().claim(10, LEASE, now.plusSeconds(59)));
            assertEquals(now.plusSeconds(60).toEpochMilli(), s.outbox().nextDue().orElseThrow().toEpochMilli());
            Delivery again = s.outbox().claim(10, LEASE, now.plusSeconds(60)).get(0);
            assertEquals(2, again.attempts());
            assertEquals(503, again.lastStatusCode());
            assertTrue(s.outbox().delivered(again, 204, now.plusSeconds(61)));
            Delivery done = s.outbox().delivery("acme", d.id()).orElseThrow();
            assertEquals(Delivery.Status.DELIVERED, done.status());
            assertNull(done.nextAttemptAt());
            assertTrue(s.outbox().nextDue().isEmpty());
        }
    }

    @Test
    void aLeaseThatRunsOutLetsTheDeliveryBeTriedAgain() {
        try (Store s = Store.open(dir)) {
            graded(s, 1, "https://lms.example/hook");
            Instant now = Instant.now();
            Delivery first = s.outbox().claim(1, Duration.ofSeconds(5), now).get(0);
            Delivery second = s.outbox().claim(1, Duration.ofSeconds(5), now.plusSeconds(6)).get(0);
            assertEquals(first.id(), second.id(), "same webhook-id on every attempt");
            assertFalse(s.outbox().delivered(first, 200, now.plusSeconds(6)));
            assertTrue(s.outbox().delivered(second, 200, now.plusSeconds(6)));
        }
    }

    @Test
    void goneDisablesTheEndpointAndFailsItsOtherPendingDeliveriesUntilARedeliver() {
        try (Store s = Store.open(dir)) {
            graded(s, 3, "https://lms.example/gone");
            Instant now = Instant.now();
            Delivery d = s.outbox().claim(1, LEASE, now).get(0);
            assertTrue(s.outbox().endpointGone(d, 410, "HTTP 410 Gone", now));
            assertEquals(3L, s.outbox().counts().get("failed"));
            assertTrue(s.webhooks().endpoint("acme", "https://lms.example/gone").orElseThrow().disabled());
            assertEquals(List.of(), s.outbox().claim(10, LEASE, now));

            Delivery back = s.outbox().redeliver("acme", d.id(), now).orElseThrow();
            assertEquals(Delivery.Status.PENDING, back.status());
            assertFalse(s.webhooks().endpoint("acme", "https://lms.example/gone").orElseThrow().disabled());
            assertEquals(d.id(), s.outbox().claim(10, LEASE, now).get(0).id());
            assertTrue(s.outbox().redeliver("globex", d.id(), now).isEmpty(), "another tenant's delivery");
        }
    }

    @Test
    void pagesFilterByStatus() {
        try (Store s = Store.open(dir)) {
            graded(s, 5, "https://lms.example/hook");
            Instant now = Instant.now();
            for (Delivery d : s.outbox().claim(2, LEASE, now)) s.outbox().delivered(d, 200, now);
            assertEquals(2, s.outbox().page("acme", Delivery.Status.DELIVERED, null, 10).items().size());
            Outbox.Page p = s.outbox().page("acme", Delivery.Status.PENDING, null, 2);
            assertEquals(2, p.items().size());
            Outbox.Page rest = s.outbox().page("acme", Delivery.Status.PENDING, p.nextCursor(), 2);
            assertEquals(1, rest.items().size());
            assertNull(rest.nextCursor());
            assertEquals(0, s.outbox().page("globex", null, null, 10).items().size());
        }
    }

    @Test
    void secretsRotateWithAGracePeriodAndRevokeAtOnce() {
        try (Store s = Store.open(dir)) {
            WebhookConfig w = s.webhooks();
            w.addSecret("acme", "wsk_1", "whsec_old");
            Instant now = Instant.now();
            assertEquals(List.of("whsec_old"), w.liveSecrets("acme", now));
            w.rotateSecret("acme", "wsk_2", "whsec_new", now.plusSeconds(3600));
            assertEquals(List.of("whsec_new", "whsec_old").size(), w.liveSecrets("acme", now).size());
            assertEquals(List.of("whsec_new"), w.liveSecrets("acme", now.plusSeconds(3601)));
            assertTrue(w.revokeSecret("wsk_2"));
            assertEquals(List.of("whsec_old"), w.liveSecrets("acme", now));
            assertFalse(w.revokeSecret("wsk_none"));
            assertEquals(List.of(), w.liveSecrets("globex", now));
        }
    }
}
