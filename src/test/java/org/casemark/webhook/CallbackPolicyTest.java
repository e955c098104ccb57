package org.casemark.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which callback URLs and addresses are refused, and that allowing one kind allows no other. */
class CallbackPolicyTest {
    static InetAddress ip(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void addressesAreClassified() {
        Map<String, AddressKind> table = Map.ofEntries(
                Map.entry("93.184.216.34", AddressKind.PUBLIC), Map.entry("2606:2800:220:1::1", AddressKind.PUBLIC),
                Map.entry("127.0.0.1", AddressKind.LOOPBACK), Map.entry("127.9.9.9", AddressKind.LOOPBACK),
                Map.entry("::1", AddressKind.LOOPBACK), Map.entry("::ffff:127.0.0.1", AddressKind.LOOPBACK),
                Map.entry("10.1.2.3", AddressKind.PRIVATE), Map.entry("172.16.0.1", AddressKind.PRIVATE),
                Map.entry("172.31.255.255", AddressKind.PRIVATE), Map.entry("172.32.0.1", AddressKind.PUBLIC),
                Map.entry("192.168.1.10", AddressKind.PRIVATE), Map.entry("100.64.0.1", AddressKind.PRIVATE),
                Map.entry("fd12:3456::1", AddressKind.PRIVATE), Map.entry("::ffff:10.0.0.1", AddressKind.PRIVATE),
                Map.entry("64:ff9b::a00:1", AddressKind.PRIVATE), Map.entry("2002:a00:1::", AddressKind.PRIVATE),
                Map.entry("169.254.169.254", AddressKind.LINK_LOCAL), Map.entry("fe80::1", AddressKind.LINK_LOCAL),
                Map.entry("0.0.0.0", AddressKind.UNSPECIFIED), Map.entry("::", AddressKind.UNSPECIFIED),
                Map.entry("224.0.0.1", AddressKind.MULTICAST), Map.entry("ff02::1", AddressKind.MULTICAST),
                Map.entry("255.255.255.255", AddressKind.RESERVED), Map.entry("192.0.2.1", AddressKind.RESERVED),
                Map.entry("2001:db8::1", AddressKind.RESERVED));
        table.forEach((literal, kind) -> assertEquals(kind, AddressKind.of(ip(literal)), literal));
    }

    @Test
    void theStrictPolicyCallsHttpsOnPublicAddressesOnly() throws Exception {
        CallbackPolicy strict = CallbackPolicy.strict();
        CallbackPolicy.Resolver dns = host -> List.of(ip(switch (host) {
            case "lms.example" -> "93.184.216.34";
            case "intranet.example" -> "10.0.0.5";
            default -> host;
        }));
        assertEquals("lms.example", strict.check("https://lms.example/hook?x=1", dns).getHost());
        refused(strict, "http://lms.example/hook", dns, "must use https");
        refused(strict, "https://intranet.example/hook", dns, "resolves to 10.0.0.5, a private address");
        refused(strict, "https://127.0.0.1/hook", dns, "a loopback address");
        refused(strict, "https://169.254.169.254/latest/meta-data", dns, "a link-local address");
        refused(strict, "https://[::1]/hook", dns, "a loopback address");
        refused(strict, "https://0.0.0.0/hook", dns, "never called");
        refused(strict, "https://user:pw@lms.example/hook", dns, "credentials");
        refused(strict, "https://lms.example/hook#x", dns, "fragment");
        refused(strict, "ftp://lms.example/hook", dns, "absolute https");
        refused(strict, "/relative", dns, "absolute https");
        refused(strict, "https://nowhere.invalid/", h -> {
            throw new java.net.UnknownHostException(h);
        }, "does not resolve");
    }

    @Test
    void allowingLoopbackAllowsNothingElse() throws Exception {
        CallbackPolicy tests = new CallbackPolicy(true, Set.of(AddressKind.LOOPBACK));
        CallbackPolicy.Resolver dns = host -> List.of(ip(host));
        assertEquals(8080, tests.check("http://127.0.0.1:8080/hook", dns).getPort());
        refused(tests, "http://192.168.0.1/hook", dns, "private address");
        refused(tests, "http://169.254.169.254/", dns, "link-local address");
        assertThrows(IllegalArgumentException.class, () -> new CallbackPolicy(false, Set.of(AddressKind.MULTICAST)));
    }

    @Test
    void aNameWithOneForbiddenAddressAmongPublicOnesIsRefused() {
        CallbackPolicy.Refused e = assertThrows(CallbackPolicy.Refused.class, () -> CallbackPolicy.strict()
                .addresses("mixed.example", List.of(ip("93.184.216.34"), ip("10.0.0.1"))));
        assertTrue(e.getMessage().contains("10.0.0.1"), e.getMessage());
    }

    static void refused(CallbackPolicy p, String url, CallbackPolicy.Resolver dns, String fragment) {
        CallbackPolicy.Refused e = assertThrows(CallbackPolicy.Refused.class, () -> p.check(url, dns), url);
        assertTrue(e.getMessage().contains(fragment), url + ": " + e.getMessage());
    }
}
