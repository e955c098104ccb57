package org.casemark.webhook;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Callbacks over HTTPS, as production makes them: a receiver with a certificate for {@code localhost} (made with
 * keytool for the test) gets the POST when its certificate is trusted; an untrusted certificate, or one that does
 * not name the host called, is a TLS failure and nothing is sent.
 */
class CallbackTlsTest {
    static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path dir;
    static HttpsServer receiver;
    static SSLContext trusting;
    static final List<String> bodies = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        Path ks = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2",
                "-keystore", ks.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String out = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, keytool.waitFor(), out);
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(ks)) {
            store.load(in, PASSWORD);
        }
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(store, PASSWORD);
        SSLContext server = SSLContext.getInstance("TLS");
        server.init(kmf.getKeyManagers(), null, null);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(store);
        trusting = SSLContext.getInstance("TLS");
        trusting.init(null, tmf.getTrustManagers(), null);

        receiver = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        receiver.setHttpsConfigurator(new HttpsConfigurator(server));
        receiver.createContext("/", x -> {
            bodies.add(new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            x.sendResponseHeaders(204, -1);
            x.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
    }

    static final CallbackPolicy HTTPS_LOOPBACK = new CallbackPolicy(false, Set.of(AddressKind.LOOPBACK));

    static CallbackClient.Outcome post(SSLContext tls, CallbackPolicy.Resolver resolver, String host, String body)
            throws Exception {
        try (CallbackClient c = new CallbackClient(HTTPS_LOOPBACK, resolver, Duration.ofSeconds(2),
                Duration.ofSeconds(5), "casemark-webhooks", tls)) {
            return c.post(URI.create("https://" + host + ":" + receiver.getAddress().getPort() + "/hook"),
                    Map.of("webhook-id", "msg_tls"), body.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void aTrustedCertificateNamingTheHostGetsTheCallback() throws Exception {
        CallbackClient.Outcome o = post(trusting, CallbackPolicy.Resolver.SYSTEM, "localhost", "{\"n\":1}");
        assertEquals(204, o.status(), o::toString);
        assertNull(o.error());
        assertTrue(bodies.contains("{\"n\":1}"));
    }

    @Test
    void anUntrustedCertificateIsATlsFailure() throws Exception {
        CallbackClient.Outcome o = post(null, CallbackPolicy.Resolver.SYSTEM, "localhost", "{\"n\":2}");
        assertNull(o.status());
        assertTrue(o.error().startsWith("TLS failed"), o.error());
        assertTrue(!bodies.contains("{\"n\":2}"));
    }

    @Test
    void aCertificateForAnotherNameIsATlsFailure() throws Exception {
        // a resolver answering with a bare address (no host name in it): the name called is still what is checked
        CallbackPolicy.Resolver alias = host -> List.of(InetAddress.getByName("127.0.0.1"));
        CallbackClient.Outcome o = post(trusting, alias, "casemark.test", "{\"n\":3}");
        assertNull(o.status());
        assertTrue(o.error().startsWith("TLS failed"), o.error());
        assertTrue(!bodies.contains("{\"n\":3}"));
    }
}
