package org.casemark.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The symmetric signature scheme of Standard Webhooks 1.0: a secret is {@code whsec_} and the base64 of its key; a
 * signature is {@code v1,} and the base64 HMAC-SHA256 of {@code "<webhook-id>.<webhook-timestamp>.<body>"}; the
 * {@code webhook-signature} header lists one or more, space-separated, so that a secret can rotate without
 * downtime; a receiver refuses a timestamp more than five minutes from its clock.
 */
public final class StandardWebhooks {
    public static final String SECRET_PREFIX = "whsec_";
    public static final Duration TOLERANCE = Duration.ofMinutes(5);
    /** More signatures than this in one header are not looked at (each costs an HMAC per live secret). */
    static final int MAX_SIGNATURES = 16;
    private static final SecureRandom RANDOM = new SecureRandom();

    private StandardWebhooks() {
    }

    /** A new secret: {@code whsec_} and the base64 of 32 random bytes (the spec asks for 24 to 64). */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The HMAC key of a {@code whsec_} secret. */
    static byte[] key(String secret) {
        String b64 = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        byte[] key = Base64.getDecoder().decode(b64);
        if (key.length == 0) throw new IllegalArgumentException("empty webhook secret");
        return key;
    }

    /** One signature, {@code v1,<base64>}. */
    public static String sign(String secret, String msgId, long timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((msgId + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The {@code webhook-signature} header: a signature with each secret, space-separated. */
    public static String signatureHeader(List<String> secrets, String msgId, long timestamp, byte[] body) {
        List<String> sigs = new ArrayList<>();
        for (String s : secrets) sigs.add(sign(s, msgId, timestamp, body));
        return String.join(" ", sigs);
    }

    /** Why a request's signature was refused, in words for the 401. */
    public static final class InvalidSignature extends Exception {
        public InvalidSignature(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Checks a signed request: the three headers present and well formed, the timestamp within five minutes of
     * {@code now}, and one {@code v1} signature matching one of {@code secrets} (compared in constant time).
     */
    public static void verify(List<String> secrets, String msgId, String timestamp, String signatures, byte[] body,
                              Instant now) throws InvalidSignature {
        if (msgId == null || timestamp == null || signatures == null) {
            throw new InvalidSignature("a signed request needs the webhook-id, webhook-timestamp and webhook-signature"
                    + " headers");
        }
        if (!msgId.matches("[\\x21-\\x7e&&[^.]]{1,255}")) {
            throw new InvalidSignature("webhook-id must be 1 to 255 visible ASCII characters without '.'");
        }
        if (!timestamp.matches("[0-9]{1,12}")) {
            throw new InvalidSignature("webhook-timestamp must be whole seconds since 1970 (was '" + timestamp + "')");
        }
        long off = Long.parseLong(timestamp) - now.getEpochSecond();
        if (Math.abs(off) > TOLERANCE.toSeconds()) {
            throw new InvalidSignature("webhook-timestamp is " + Math.abs(off) + " s in the "
                    + (off < 0 ? "past" : "future") + "; it must be within " + TOLERANCE.toSeconds()
                    + " s of the server's clock");
        }
        String[] given = signatures.strip().split(" +");
        int looked = 0;
        for (String secret : secrets) {
            byte[] expected = sign(secret, msgId, Long.parseLong(timestamp), body).getBytes(StandardCharsets.US_ASCII);
            looked = 0;
            for (String g : given) {
                if (++looked > MAX_SIGNATURES) break;
                if (g.startsWith("v1,") && MessageDigest.isEqual(expected, g.getBytes(StandardCharsets.US_ASCII))) {
                    return;
                }
            }
        }
        throw new InvalidSignature("no v1 signature in webhook-signature matches a live secret of the tenant");
    }
}
