package org.casemark.cli;

import org.casemark.store.Store;
import org.casemark.webhook.AddressKind;
import org.casemark.webhook.WebhookSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.casemark.cli.ServeAndKeysCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook secrets created, rotated and revoked from the command line; endpoints set; serve's webhook options. */
class WebhooksCommandTest {
    @Test
    void secretsAreCreatedRotatedAndRevoked(@TempDir Path dir) {
        String data = dir.toString();
        String[] created = run("webhooks", "secret", "create", "--tenant", "acme", "--data", data);
        assertEquals("0", created[0], created[2]);
        String first = created[1].strip();
        assertTrue(first.matches("whsec_[A-Za-z0-9+/]{43}="), first);
        assertEquals("2", run("webhooks", "secret", "create", "--tenant", "acme", "--data", data)[0],
                "a second create says to rotate");

        String[] rotated = run("webhooks", "secret", "rotate", "--tenant", "acme", "--grace", "1h", "--data", data);
        assertEquals("0", rotated[0], rotated[2]);
        String second = rotated[1].strip();
        assertTrue(rotated[2].contains("previous secrets stay valid until"), rotated[2]);
        try (Store s = Store.open(dir)) {
            assertEquals(java.util.List.of(second, first), s.webhooks().liveSecrets("acme", Instant.now()));
            assertEquals(java.util.List.of(second), s.webhooks().liveSecrets("acme", Instant.now().plusSeconds(3601)));
        }
        String list = run("webhooks", "secret", "list", "--data", data)[1];
        assertTrue(list.contains("acme") && list.contains("expires") && list.contains("live"), list);
        assertTrue(!list.contains(first) && !list.contains(second), "a listing never shows a secret");

        String secondId = list.lines().filter(l -> l.endsWith("live")).findFirst().orElseThrow().split(" ")[0];
        assertEquals("0", run("webhooks", "secret", "revoke", secondId, "--data", data)[0]);
        try (Store s = Store.open(dir)) {
            assertEquals(java.util.List.of(first), s.webhooks().liveSecrets("acme", Instant.now()));
        }
        assertEquals("2", run("webhooks", "secret", "revoke", "wsk_0000000000000000", "--data", data)[0]);
        assertEquals("2", run("webhooks", "secret", "list", "--data", dir.resolve("typo").toString())[0]);
        assertEquals("2", run("webhooks", "secret", "create", "--tenant", "bad name", "--data", data)[0]);
    }

    @Test
    void endpointsAreSetListedAndCleared(@TempDir Path dir) {
        String data = dir.toString();
        assertEquals("0", run("webhooks", "endpoint", "set", "--tenant", "acme", "--url",
                "https://lms.example/casemark", "--data", data)[0]);
        assertTrue(run("webhooks", "endpoint", "list", "--data", data)[1]
                .contains("acme  https://lms.example/casemark  default"));
        String[] bad = run("webhooks", "endpoint", "set", "--tenant", "acme", "--url", "ftp://x", "--data", data);
        assertEquals("2", bad[0]);
        assertTrue(bad[2].contains("absolute https"), bad[2]);
        assertEquals("0", run("webhooks", "endpoint", "clear", "--tenant", "acme", "--data", data)[0]);
        assertTrue(!run("webhooks", "endpoint", "list", "--data", data)[1].contains("default"));
    }

    @Test
    void serveOptionsSetTheCallbackPolicyRetriesAndTimeouts() {
        WebhookSettings w = options("--allow-callbacks-to", "loopback,private", "--allow-http-callbacks",
                "--webhook-retry-first", "250ms", "--webhook-retry-max", "2s", "--webhook-retry-for", "1m",
                "--job-lease", "5s", "--webhook-connect-timeout", "1s", "--webhook-read-timeout", "2s").settings(2);
        assertEquals(Set.of(AddressKind.LOOPBACK, AddressKind.PRIVATE), w.policy().allowed());
        assertTrue(w.policy().allowHttp());
        assertEquals(Duration.ofMillis(250), w.retries().first());
        assertEquals(Duration.ofSeconds(2), w.retries().max());
        assertEquals(Duration.ofMinutes(1), w.retries().giveUpAfter());
        assertEquals(Duration.ofSeconds(5), w.lease());
        WebhookSettings d = options().settings(2);
        assertEquals(3, d.gradingWorkers(), "one more worker than grading threads");
        assertEquals(Set.of(), d.policy().allowed());
        assertEquals(Duration.ofHours(72), d.retries().giveUpAfter());
        assertThrows(Main.UsageException.class, () -> options("--allow-callbacks-to", "multicast").settings(2));
        assertThrows(Main.UsageException.class, () -> options("--webhook-retry-first", "ten").settings(2));
        assertThrows(Main.UsageException.class, () -> options("--job-lease", "1s").settings(2),
                "a lease shorter than an attempt");
    }

    private static WebhookOptions options(String... args) {
        return picocli.CommandLine.populateCommand(new WebhookOptions(), args);
    }
}
