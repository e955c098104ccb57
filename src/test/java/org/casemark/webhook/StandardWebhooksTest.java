package org.casemark.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The signature scheme, against the specification's published test vector and its refusals. */
class StandardWebhooksTest {
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TS = 1614265330;
    static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    static final Instant NOW = Instant.ofEpochSecond(TS);

    @Test
    void signsLikeTheReferenceLibraries() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", StandardWebhooks.sign(SECRET, ID, TS, BODY));
        assertEquals(StandardWebhooks.sign(SECRET, ID, TS, BODY),
                StandardWebhooks.sign(SECRET.substring("whsec_".length()), ID, TS, BODY), "the prefix is optional");
    }

    @Test
    void anyListedSignatureWithAnyLiveSecretVerifies() {
        String other = StandardWebhooks.newSecret();
        String header = "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,x "
                + StandardWebhooks.signatureHeader(List.of(other, SECRET), ID, TS, BODY);
        assertDoesNotThrow(() -> StandardWebhooks.verify(List.of(SECRET), ID, Long.toString(TS), header, BODY, NOW));
        assertDoesNotThrow(() -> StandardWebhooks.verify(List.of(StandardWebhooks.newSecret(), other), ID,
                Long.toString(TS), header, BODY, NOW), "during a rotation either secret verifies");
    }

    @Test
    void refusalsSayWhy() {
        String sig = StandardWebhooks.sign(SECRET, ID, TS, BODY);
        String ts = Long.toString(TS);
        assertRefused("no v1 signature", () -> StandardWebhooks.verify(List.of(SECRET), ID, ts, sig,
                "{\"test\": 1}".getBytes(StandardCharsets.UTF_8), NOW));
        assertRefused("no v1 signature", () -> StandardWebhooks.verify(List.of(StandardWebhooks.newSecret()), ID, ts,
                sig, BODY, NOW));
        assertRefused("no v1 signature", () -> StandardWebhooks.verify(List.of(), ID, ts, sig, BODY, NOW));
        assertRefused("301 s in the past", () -> StandardWebhooks.verify(List.of(SECRET), ID, ts, sig, BODY,
                NOW.plusSeconds(301)));
        assertRefused("301 s in the future", () -> StandardWebhooks.verify(List.of(SECRET), ID, ts, sig, BODY,
                NOW.minusSeconds(301)));
        assertDoesNotThrow(() -> StandardWebhooks.verify(List.of(SECRET), ID, ts, sig, BODY, NOW.plusSeconds(300)));
        assertRefused("needs the webhook-id", () -> StandardWebhooks.verify(List.of(SECRET), null, ts, sig, BODY, NOW));
        assertRefused("whole seconds", () -> StandardWebhooks.verify(List.of(SECRET), ID, "hello", sig, BODY, NOW));
        assertRefused("without '.'", () -> StandardWebhooks.verify(List.of(SECRET), "msg.1", ts, sig, BODY, NOW));
    }

    @Test
    void newSecretsHave32RandomBytes() {
        String s = StandardWebhooks.newSecret();
        assertTrue(s.startsWith("whsec_"), s);
        assertEquals(32, StandardWebhooks.key(s).length);
    }

    static void assertRefused(String fragment, org.junit.jupiter.api.function.Executable call) {
        StandardWebhooks.InvalidSignature e = assertThrows(StandardWebhooks.InvalidSignature.class, call);
        assertTrue(e.getMessage().contains(fragment), e.getMessage());
    }
}
