package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.casemark.core.GradingService;
import org.casemark.json.Json;
import org.casemark.store.ApiKey;
import org.casemark.store.Store;
import org.casemark.store.WebhookConfig;
import org.casemark.webhook.AddressKind;
import org.casemark.webhook.CallbackPolicy;
import org.casemark.webhook.RetrySchedule;
import org.casemark.webhook.StandardWebhooks;
import org.casemark.webhook.WebhookSettings;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.function.Supplier;

/** A server on an ephemeral loopback port over a real SQLite file, and a client for it. */
final class TestServer implements AutoCloseable {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    final Store store;
    final CasemarkServer server;

    private TestServer(Store store, CasemarkServer server) {
        this.store = store;
        this.server = server;
    }

    static ServerSettings settings() {
        return ServerSettings.defaults().withHost("127.0.0.1").withPort(0);
    }

    static TestServer start(Path dataDir) throws Exception {
        return start(dataDir, settings(), TestEngine::grading);
    }

    /** Starts and waits until ready, unless the grader supplier blocks (then it is the test's to release). */
    static TestServer start(Path dataDir, ServerSettings settings, Supplier<GradingService> grader) throws Exception {
        return start(dataDir, settings, webhooks(), CallbackPolicy.Resolver.SYSTEM, grader);
    }

    static TestServer start(Path dataDir, ServerSettings settings, WebhookSettings webhooks,
                            CallbackPolicy.Resolver resolver, Supplier<GradingService> grader) throws Exception {
        Store store = Store.open(dataDir);
        CasemarkServer server = CasemarkServer.start(settings, webhooks, resolver, store, grader,
                TestEngine.quizzes());
        return new TestServer(store, server);
    }

    /**
     * Webhooks as the tests run them: callbacks to loopback (the in-process receivers) over plain http allowed,
     * nothing else private; retries from 100 ms doubling to 800 ms for 20 s; 1 s to connect, 2 s to answer.
     */
    static WebhookSettings webhooks() {
        return WebhookSettings.defaults()
                .withPolicy(new CallbackPolicy(true, Set.of(AddressKind.LOOPBACK)))
                .withRetries(new RetrySchedule(Duration.ofMillis(100), Duration.ofMillis(800), Duration.ofSeconds(20),
                        0.5))
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(10))
                .withWorkers(2, 4, Duration.ofMillis(200));
    }

    /** Creates a webhook signing secret for {@code tenant} and returns it ({@code whsec_...}). */
    String webhookSecret(String tenant) {
        String secret = StandardWebhooks.newSecret();
        store.webhooks().addSecret(tenant, WebhookConfig.newSecretId(), secret);
        return secret;
    }

    TestServer ready() throws Exception {
        server.awaitReady(Duration.ofMinutes(2));
        return this;
    }

    String key(String tenant) {
        return store.createKey(tenant, ApiKey.TENANT).key();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    Response get(String path, String... headers) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), headers);
    }

    Response postJson(String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(b, headers);
    }

    Response send(HttpRequest.Builder b, String... headers) throws IOException, InterruptedException {
        for (int i = 0; i < headers.length; i += 2) b.header(headers[i], headers[i + 1]);
        HttpResponse<String> r = CLIENT.send(b.timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        return new Response(r);
    }

    /** How many items a quiz has, as the API lists it. */
    int quizItems(String quizId) {
        try {
            return get("/v1/quizzes/" + quizId).json().path("items").size();
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static String bearer(String key) {
        return "Bearer " + key;
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }

    /** A response with its body parsed when it is JSON. */
    record Response(HttpResponse<String> raw) {
        int status() {
            return raw.statusCode();
        }

        String body() {
            return raw.body();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return Json.MAPPER.readTree(raw.body());
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        @Override
        public String toString() {
            return raw.statusCode() + " " + raw.body();
        }
    }
}
