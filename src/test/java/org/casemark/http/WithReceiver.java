package org.casemark.http;

import org.casemark.Receiver;
import org.casemark.StandardWebhooksJs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

/**
 * A webhook test class: one server of the default settings, a tenant {@code acme} with an API key and a signing
 * secret, a {@link Receiver} that answers 200, and the npm {@code standardwebhooks} package to sign and verify
 * with; started before the class's tests, closed after them. The fields are static, as the
 * {@code @BeforeAll}/{@code @AfterAll} of a class's own are; test classes run one at a time (nothing configures
 * JUnit to run them in parallel).
 */
abstract class WithReceiver {
    @TempDir
    static Path data;
    static TestServer s;
    static Receiver receiver;
    static StandardWebhooksJs js;
    static String key;
    static String secret;

    @BeforeAll
    static void startReceiver() throws Exception {
        js = StandardWebhooksJs.start();
        s = TestServer.start(data).ready();
        receiver = Receiver.ok();
        key = s.key("acme");
        secret = s.webhookSecret("acme");
    }

    @AfterAll
    static void stopReceiver() {
        if (s != null) s.close();
        if (receiver != null) receiver.close();
        if (js != null) js.close();
        s = null;
        receiver = null;
        js = null;
    }
}
