package org.casemark.webhook;

import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One POST to a callback URL: redirects are not followed, the connection and the answer each have a timeout, and
 * the addresses a connection goes to are the ones resolved and checked against the {@link CallbackPolicy} at that
 * moment (Jetty's client connects to exactly what its {@code SocketAddressResolver} returns).
 */
public final class CallbackClient implements AutoCloseable {
    /** How much of a receiver's answer is kept (for the delivery log); the rest is not read. */
    static final int KEEP_BODY_BYTES = 512;

    private final HttpClient client;
    private final Duration connectTimeout;
    private final Duration readTimeout;

    /** What an attempt came to: a status (with {@code Retry-After}, {@code Location}), or an error in words. */
    public record Outcome(Integer status, Duration retryAfter, String location, String error, Duration took) {
        public boolean delivered() {
            return status != null && status >= 200 && status <= 299;
        }
    }

    public CallbackClient(CallbackPolicy policy, CallbackPolicy.Resolver resolver, Duration connectTimeout,
                          Duration readTimeout, String userAgent) {
        this(policy, resolver, connectTimeout, readTimeout, userAgent, null);
    }

    /**
     * With {@code tls} as the TLS context (its trust decides which certificates are accepted; null: the JDK's
     * default trust store). The certificate must name the host called: hostname verification is always on.
     */
    public CallbackClient(CallbackPolicy policy, CallbackPolicy.Resolver resolver, Duration connectTimeout,
                          Duration readTimeout, String userAgent, SSLContext tls) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        QueuedThreadPool threads = new QueuedThreadPool(32, 2);
        threads.setName("casemark-callbacks");
        threads.setDaemon(true);
        client = new HttpClient();
        client.setExecutor(threads);
        client.setFollowRedirects(false);
        client.setConnectTimeout(connectTimeout.toMillis());
        client.setIdleTimeout(readTimeout.toMillis());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, userAgent));
        client.setSocketAddressResolver((host, port, context, promise) ->
                resolve(policy, resolver, threads, host, port, promise));
        SslContextFactory.Client ssl = new SslContextFactory.Client();
        if (tls != null) ssl.setSslContext(tls);
        ssl.setEndpointIdentificationAlgorithm("HTTPS");
        client.setSslContextFactory(ssl);
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("cannot start the callback HTTP client: " + e.getMessage(), e);
        }
    }

    /** Thrown into Jetty's connect when the policy refuses every address (or the first) a host resolves to. */
    static final class RefusedAddress extends IOException {
        RefusedAddress(String message) {
            super(message, null);
        }
    }

    private static void resolve(CallbackPolicy policy, CallbackPolicy.Resolver resolver, Executor executor,
                                String host, int port, Promise<List<InetSocketAddress>> promise) {
        executor.execute(() -> {
            String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
            try {
                List<InetAddress> ok = policy.addresses(h, resolver.resolve(h));
                List<InetSocketAddress> to = new ArrayList<>();
                // each address carries the URL's host name: Jetty takes the TLS peer host (SNI and the name the
                // certificate must match) from it, so a certificate is checked against the host that was called
                for (InetAddress a : ok) to.add(new InetSocketAddress(InetAddress.getByAddress(h, a.getAddress()), port));
                promise.succeeded(to);
            } catch (CallbackPolicy.Refused e) {
                promise.failed(new RefusedAddress("refused at connect time: " + e.getMessage()));
            } catch (UnknownHostException e) {
                promise.failed(e);
            } catch (RuntimeException e) {
                promise.failed(e);
            }
        });
    }

    /** POSTs {@code body} as JSON with {@code headers}; never throws for what the network or receiver did. */
    public Outcome post(URI url, Map<String, String> headers, byte[] body) throws InterruptedException {
        long start = System.nanoTime();
        long total = connectTimeout.plus(readTimeout).toMillis();
        Request request = client.POST(url)
                .followRedirects(false)
                .timeout(total, TimeUnit.MILLISECONDS)
                .idleTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS)
                .headers(h -> {
                    for (Entry<String, String> e : headers.entrySet()) h.put(e.getKey(), e.getValue());
                })
                .body(new BytesRequestContent("application/json", body));
        InputStreamResponseListener listener = new InputStreamResponseListener();
        request.send(listener);
        try {
            Response r = listener.get(total, TimeUnit.MILLISECONDS);
            String kept = "";
            try (InputStream in = listener.getInputStream()) {
                kept = new String(in.readNBytes(KEEP_BODY_BYTES), StandardCharsets.UTF_8);
            } catch (IOException e) {
                // the status is what counts; a body cut short changes nothing
            }
            int status = r.getStatus();
            Duration retryAfter = RetryAfter.parse(r.getHeaders().get(HttpHeader.RETRY_AFTER), Instant.now()).orElse(null);
            String location = r.getHeaders().get(HttpHeader.LOCATION);
            String error = status >= 200 && status <= 299 ? null : describe(status, location, kept);
            return new Outcome(status, retryAfter, location, error, since(start));
        } catch (TimeoutException e) {
            request.abort(e);
            return new Outcome(null, null, null, "no answer within " + total + " ms", since(start));
        } catch (ExecutionException e) {
            return new Outcome(null, null, null, failure(e.getCause()), since(start));
        }
    }

    private static String describe(int status, String location, String body) {
        if (status >= 300 && status <= 399) {
            return "HTTP " + status + ": redirect" + (location == null ? "" : " to " + location) + " not followed";
        }
        String snippet = body.strip().replaceAll("\\s+", " ");
        if (snippet.length() > 200) snippet = snippet.substring(0, 200) + "...";
        return "HTTP " + status + (snippet.isEmpty() ? "" : ": " + snippet);
    }

    /** A transport failure in words (the cause chain's most telling exception). */
    static String failure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof RefusedAddress) return c.getMessage();
            if (c instanceof UnknownHostException || c instanceof UnresolvedAddressException) {
                return "the callback host does not resolve";
            }
            if (c instanceof ConnectException) return "connection refused or failed: " + c.getMessage();
            if (c instanceof SSLException) return "TLS failed: " + c.getMessage();
            if (c instanceof TimeoutException) return "timed out: " + c.getMessage();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            // stopping: nothing more to do
        }
    }
}
