package org.casemark.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.Endpoint;
import org.casemark.core.GradingService;
import org.casemark.json.Json;
import org.casemark.store.Store;
import org.casemark.store.StoreBusyException;
import org.casemark.webhook.CallbackPolicy;
import org.casemark.webhook.WebhookSettings;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The HTTP server: the one app factory shared by {@code casemark serve} and the tests. It starts listening at once
 * (liveness, metrics, the OpenAPI document), then loads the grader in the background; {@code /health/ready} and the
 * grading endpoints answer 503 until it is loaded.
 */
public final class CasemarkServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CasemarkServer.class);

    private final Javalin app;
    private final CompletableFuture<GradingService> loading;
    private final GradingPool pool;
    private final Metrics metrics;
    private final AsyncGrading async;

    private CasemarkServer(Javalin app, CompletableFuture<GradingService> loading, GradingPool pool, Metrics metrics,
                           AsyncGrading async) {
        this.app = app;
        this.loading = loading;
        this.pool = pool;
        this.metrics = metrics;
        this.async = async;
    }

    /** {@link #start(ServerSettings, WebhookSettings, CallbackPolicy.Resolver, Store, Supplier, QuizScoring)} with
     * the default webhook settings (HTTPS callbacks to public addresses only) and the system resolver. */
    public static CasemarkServer start(ServerSettings settings, Store store, Supplier<GradingService> loadGrader,
                                       QuizScoring quizzes) {
        return start(settings, WebhookSettings.defaults(), CallbackPolicy.Resolver.SYSTEM, store, loadGrader,
                quizzes);
    }

    /**
     * Starts listening and delivering, then runs {@code loadGrader} on a background thread and starts grading
     * queued submissions once it is loaded. The store is the caller's to close (after {@link #close()}).
     */
    public static CasemarkServer start(ServerSettings settings, WebhookSettings webhooks,
                                       CallbackPolicy.Resolver resolver, Store store,
                                       Supplier<GradingService> loadGrader, QuizScoring quizzes) {
        AtomicReference<GradingService> grader = new AtomicReference<>();
        Metrics metrics = new Metrics(() -> grader.get() != null);
        GradingPool pool = new GradingPool(settings.limits().gradingThreads(), settings.limits().gradingQueue());
        metrics.bindGradingPool(pool.executor());
        AsyncGrading async = new AsyncGrading(webhooks, resolver, store, grader::get, pool, metrics);
        Javalin app = app(settings, store, grader::get, quizzes, pool, metrics, async).start();
        CompletableFuture<GradingService> loading = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                GradingService g = loadGrader.get();
                grader.set(g);
                async.graderReady();
                loading.complete(g);
                LOG.info("grader loaded and warmed up");
            } catch (Throwable e) {
                LOG.error("the grader failed to load", e);
                loading.completeExceptionally(e);
            }
        }, "casemark-grader-loader");
        loader.setDaemon(true);
        loader.start();
        return new CasemarkServer(app, loading, pool, metrics, async);
    }

    /**
     * The app: the connector (per-address cap, idle timeout, header limit), the handlers in front of the routes
     * (nosniff and known methods, then bodies read in full without a thread), the routes, and the one error policy
     * for the application's errors and Jetty's own. Nothing listens until {@code start()}.
     */
    static Javalin app(ServerSettings settings, Store store, Supplier<GradingService> grader, QuizScoring quizzes,
                       GradingPool pool, Metrics metrics, AsyncGrading async) {
        Limits limits = settings.limits();
        Api api = new Api(limits, store, grader, quizzes, pool, metrics, openApiJson());
        WebhookApi webhooks = new WebhookApi(api, store, pool, async.settings.policy(), async.resolver,
                async::jobQueued, async::redelivered);
        BatchApi batches = async.batches(api);
        BatchListing listing = new BatchListing(api, store);
        ReviewApi reviews = new ReviewApi(api, store, async::redelivered);
        DocumentApi documents = new DocumentApi(api);
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = Math.max(limits.maxBodyBytes(), limits.maxUploadBytes());   // BodyReader holds each route to its own
            config.jetty.modifyHttpConfiguration(http -> {
                http.setRequestHeaderSize(limits.maxHeaderBytes());
                http.setSendServerVersion(false);
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
                connector.setHost(settings.host());
                connector.setPort(settings.port());
                connector.setIdleTimeout(limits.idleTimeout().toMillis());
                connector.addBean(new ConnectionCap(limits.connectionsPerAddress(), metrics::connectionRefused));
                return connector;
            });
            config.jetty.modifyServer(server -> {
                server.setErrorHandler(new ProblemErrorHandler(limits));
                // each insert goes in front of the last: the edge first, then the body reader, then the routes
                server.insertHandler(new BodyReader(limits, metrics));
                server.insertHandler(new EdgeHandler());
                metrics.bindJettyPool(server.getThreadPool());
            });
            config.requestLogger.http((ctx, ms) -> metrics.request(ctx.method().name(), route(ctx), ctx.statusCode(),
                    Duration.ofNanos((long) (ms * 1e6))));

            config.routes.post("/v1/feedback", api::feedback);
            config.routes.post("/v1/submissions", api::createSubmission);
            config.routes.get("/v1/submissions", api::listSubmissions);
            config.routes.get("/v1/submissions/{id}", api::getSubmission);
            config.routes.post("/v1/webhooks/submissions", webhooks::intake);
            config.routes.get("/v1/webhooks/deliveries", webhooks::deliveries);
            config.routes.get("/v1/webhooks/deliveries/{id}", webhooks::delivery);
            config.routes.post("/v1/webhooks/deliveries/{id}/redeliver", webhooks::redeliver);
            config.routes.post("/v1/batches", batches::create);
            config.routes.get("/v1/batches", listing::list);
            config.routes.get("/v1/batches/{id}/items", listing::items);
            config.routes.get("/v1/batches/{id}", batches::get);
            config.routes.get("/v1/batches/{id}/events", batches::events);
            config.routes.get("/v1/batches/{id}/results", batches::results);
            config.routes.get("/v1/batches/{id}/report", batches::report);
            config.routes.get("/v1/reviews", reviews::queue);
            config.routes.get("/v1/reviews/labels", reviews::labels);
            config.routes.post("/v1/submissions/{id}/reviews", reviews::review);
            config.routes.post("/v1/documents/text", documents::text);
            config.routes.get("/v1/quizzes", api::quizzes);
            config.routes.get("/v1/quizzes/{quiz_id}", api::quiz);
            config.routes.post("/v1/quizzes/{quiz_id}/score", api::scoreQuiz);
            config.routes.get("/v1/rubrics", api::rubrics);
            config.routes.get("/v1/rubrics/{id}", api::rubric);
            config.routes.get("/health/live", api::live);
            config.routes.get("/health/ready", api::ready);
            config.routes.get("/metrics", api::metrics);
            config.routes.get("/openapi.json", api::openApi);
            Pages.configure(config);

            config.routes.exception(Exception.class, CasemarkServer::problem);
            // unknown routes and wrong methods never reach a handler: Javalin answers them, then these rewrite it
            config.routes.error(404, ctx -> unlessProblem(ctx, Problem.notFound("no endpoint " + ctx.method().name()
                    + " " + named(ctx.path()))));
            config.routes.error(405, ctx -> unlessProblem(ctx, Problem.methodNotAllowed(ctx.method().name()
                    + " is not allowed on " + named(ctx.path()))));
        });
    }

    /** The one error policy: every failure becomes problem+json; anything unexpected is logged, never sent. */
    static void problem(Exception e, Context ctx) {
        Problem p;
        java.util.Map<String, String> headers = java.util.Map.of();
        if (e instanceof Problem.ApiException api) {
            p = api.problem;
            headers = api.headers;
        } else if (e instanceof StoreBusyException) {
            LOG.warn("{} {}: {}", ctx.method().name(), ctx.path(), e.getMessage());
            p = Problem.storeBusy().problem;
            headers = Problem.storeBusy().headers;
        } else if (ClientGone.in(e)) {
            LOG.info("{} {}: the client closed the connection ({})", ctx.method().name(), ctx.path(), e);
            ctx.status(ClientGone.STATUS);
            return;
        } else if (e instanceof HttpResponseException h && h.getStatus() == 404) {
            p = Problem.notFound("no endpoint " + ctx.method().name() + " " + named(ctx.path())).problem;
        } else if (e instanceof HttpResponseException h && h.getStatus() == 405) {
            p = Problem.methodNotAllowed(ctx.method().name() + " is not allowed on " + named(ctx.path())).problem;
        } else if (e instanceof HttpResponseException h && h.getStatus() == 413) {
            p = Problem.tooLarge("the body is over the limit").problem;
        } else if (e instanceof HttpResponseException h && h.getStatus() >= 400 && h.getStatus() < 500) {
            p = Problem.of("http-" + h.getStatus(), "HTTP " + h.getStatus(), h.getStatus(), h.getMessage());
        } else {
            LOG.error("{} {} failed", ctx.method().name(), ctx.path(), e);
            p = Problem.internal();
        }
        headers.forEach(ctx::header);
        ctx.status(p.status()).contentType("application/problem+json")
                .result(Api.write(Json.MAPPER.valueToTree(p.at(shown(ctx.path())))).getBytes(StandardCharsets.UTF_8));
    }

    /** A request path as an error may quote it: a long one (an id over the limit, say) is not echoed back. */
    private static String shown(String path) {
        return path.length() <= 256 ? path : null;
    }

    private static String named(String path) {
        String shown = shown(path);
        return shown == null ? "that path (over 256 characters)" : shown;
    }

    private static void unlessProblem(Context ctx, Problem.ApiException e) {
        String type = ctx.res().getContentType();
        if (type == null || !type.startsWith("application/problem+json")) problem(e, ctx);
    }

    private static String route(Context ctx) {
        Endpoint e = ctx.endpoints().matchedHttpEndpoint();
        return e == null ? "unmatched" : e.path;
    }

    /** {@code openapi.yaml} (the hand-written, linted source) as JSON, read once. */
    private static byte[] openApiJson() {
        try (InputStream in = CasemarkServer.class.getResourceAsStream("/org/casemark/http/openapi.yaml")) {
            if (in == null) throw new IllegalStateException("missing resource org/casemark/http/openapi.yaml");
            JsonNode doc = new YAMLMapper().readTree(in);
            return Json.MAPPER.writeValueAsBytes(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return app.port();
    }

    public boolean ready() {
        return loading.isDone() && !loading.isCompletedExceptionally();
    }

    /** Waits for the grader; throws what the loader threw, or {@link TimeoutException}. */
    public void awaitReady(Duration timeout) throws InterruptedException, TimeoutException {
        try {
            loading.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        app.stop();
        async.close();
        pool.close();
        metrics.close();
    }
}
