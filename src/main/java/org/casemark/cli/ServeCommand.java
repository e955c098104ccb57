package org.casemark.cli;

import org.casemark.quiz.EngineWhyGrader;
import java.util.function.Supplier;

import org.casemark.core.CasemarkEngine;
import org.casemark.http.CasemarkServer;
import org.casemark.http.Limits;
import org.casemark.http.QuizScoring;
import org.casemark.http.ServerSettings;
import org.casemark.quiz.QuizService;
import org.casemark.store.ApiKey;
import org.casemark.store.DataDirLock;
import org.casemark.store.Store;
import org.casemark.webhook.CallbackPolicy;
import org.casemark.webhook.WebhookSettings;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--port N] [--host H] [--data DIR] [--rubrics DIR]} and the limit flags: the HTTP API. The port
 * comes from {@code --port}, else {@code CASEMARK_PORT}, else 7070. The data directory is locked for the life of the
 * process: a second {@code serve} on it exits at once (2) with one line. On the first start (no key in the
 * database) an admin API key is created and printed once. Runs until the process is stopped; exits 1 if the grader
 * cannot be loaded. The webhook options ({@link WebhookOptions}) say which callbacks may be called and how results
 * are delivered.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Run the HTTP API (prints \"ready\" once the grader is loaded and warm).")
final class ServeCommand implements Callable<Integer> {
    private final Io io;

    @Option(names = "--port", paramLabel = "N", description = "the port (default: CASEMARK_PORT, else 7070; 0 picks a free one)")
    String port;
    @Option(names = "--host", paramLabel = "H", defaultValue = "0.0.0.0", description = "the address to listen on (default: ${DEFAULT-VALUE})")
    String host;
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data", description = "the data directory (default: ${DEFAULT-VALUE})")
    Path data;
    @Option(names = "--rubrics", paramLabel = "DIR", description = "the rubric files of DIR instead of the bundled ones")
    Path rubricsDir;
    @Option(names = "--feedback-burst", paramLabel = "N")
    Integer feedbackBurst;
    @Option(names = "--feedback-per-minute", paramLabel = "N")
    Integer feedbackPerMinute;
    @Option(names = "--quiz-burst", paramLabel = "N")
    Integer quizBurst;
    @Option(names = "--quiz-per-minute", paramLabel = "N")
    Integer quizPerMinute;
    @Option(names = "--grading-threads", paramLabel = "N", description = "(default: cores)")
    Integer gradingThreads;
    @Option(names = "--grading-queue", paramLabel = "N", description = "(default: 32 per core)")
    Integer gradingQueue;
    @Option(names = "--connections-per-address", paramLabel = "N")
    Integer connectionsPerAddress;
    @Mixin
    WebhookOptions webhookOptions;

    ServeCommand(Io io) {
        this.io = io;
    }

    @Override
    public Integer call() throws Exception {
        PrintStream out = io.out(), err = io.err();
        int port = port(this.port, System.getenv("CASEMARK_PORT"));
        ServerSettings settings = ServerSettings.defaults().withPort(port).withHost(host)
                .withLimits(this::limits);
        WebhookSettings webhooks = webhookOptions.settings(settings.limits().gradingThreads());
        // one engine for grading and for the quiz's free-text "why", loaded once (in the background by the server)
        var rubrics = rubricsDir == null ? org.casemark.rubric.RubricSource.bundled()
                : org.casemark.rubric.RubricSource.directory(rubricsDir, rubricsDir + "/");   // a bad rubric stops here, before anything listens or is stored
        Supplier<CasemarkEngine> engine = Lazy.of(() -> {
            CasemarkEngine e = new CasemarkEngine(rubrics);
            e.warmUp(WARM_UP);   // before /health/ready says yes: the first learners get warm answers
            return e;
        });
        QuizScoring quizzes = QuizScoring.of(QuizService.embedded(new EngineWhyGrader(() -> engine.get().nlp())));

        requireFreePort(settings.host(), port);
        DataDirLock lock;
        try {
            lock = DataDirLock.acquire(data);   // held until the process ends
        } catch (DataDirLock.InUseException e) {
            throw new Main.UsageException(e.getMessage());
        }
        Store store = Store.open(data);
        CasemarkServer server = CasemarkServer.start(settings, webhooks, CallbackPolicy.Resolver.SYSTEM, store,
                engine::get, quizzes);
        // only once the server is up: a first start that fails must not leave a key that was shown to nobody
        if (store.keys().isEmpty()) {
            Store.NewKey admin = store.createKey("admin", ApiKey.ADMIN);
            out.println("First start: created the admin API key (shown only now; only its hash is stored):");
            out.println("  " + admin.key());
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
            try {
                lock.close();
            } catch (java.io.IOException e) {
                // the process is ending: the OS releases the lock anyway
            }
            stopped.countDown();
        }, "casemark-shutdown"));
        String shownHost = settings.host().equals("0.0.0.0") ? "localhost" : settings.host();
        out.println("casemark listening on http://" + shownHost + ":" + server.port() + "  (data: "
                + store.file() + "; loading the grader...)");
        out.println("webhook callbacks: " + webhooks.policy().describe());
        out.flush();
        try {
            server.awaitReady(Duration.ofMinutes(10));
        } catch (RuntimeException e) {
            err.println("casemark serve: the grader failed to load: " + e.getMessage());
            return 1;
        }
        out.println("ready: http://" + shownHost + ":" + server.port() + "/health/ready");
        out.flush();
        stopped.await();
        return 0;
    }

    /** The limits the command line may change; every other limit keeps its default (see {@link Limits}). */
    Limits limits(Limits l) {
        return l.withFeedbackRate(new Limits.Rate(
                        count("--feedback-burst", feedbackBurst, l.feedbackRate().burst(), 1_000_000),
                        count("--feedback-per-minute", feedbackPerMinute, l.feedbackRate().perMinute(), 60_000_000)))
                .withQuizRate(new Limits.Rate(
                        count("--quiz-burst", quizBurst, l.quizRate().burst(), 1_000_000),
                        count("--quiz-per-minute", quizPerMinute, l.quizRate().perMinute(), 60_000_000)))
                .withGrading(count("--grading-threads", gradingThreads, l.gradingThreads(), 1024),
                        count("--grading-queue", gradingQueue, l.gradingQueue(), 100_000))
                .withConnections(count("--connections-per-address", connectionsPerAddress, l.connectionsPerAddress(),
                        100_000), l.bodyDeadline(), l.idleTimeout());
    }

    private static int count(String option, Integer value, int fallback, int max) {
        if (value == null) return fallback;
        if (value < 1 || value > max) {
            throw new Main.UsageException(option + " must be a whole number in 1.." + max + ", was '" + value + "'");
        }
        return value;
    }

    /** A clear one-line error for a port another program holds, before the HTTP server logs its own. */
    static void requireFreePort(String host, int port) {
        if (port == 0) return;
        try (java.net.ServerSocket probe = new java.net.ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new java.net.InetSocketAddress(host, port));
        } catch (java.io.IOException e) {
            throw new Main.UsageException("cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "): another program holds the port; pass --port N or set CASEMARK_PORT");
        }
    }

    private static final Duration WARM_UP = Duration.ofSeconds(2);

    /** The port: {@code --port}, else {@code CASEMARK_PORT}, else 7070. */
    static int port(String flag, String env) {
        String v = flag != null ? flag : env;
        if (v == null || v.isBlank()) return ServerSettings.DEFAULT_PORT;
        try {
            int p = Integer.parseInt(v.strip());
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new Main.UsageException((flag != null ? "--port" : "CASEMARK_PORT") + " must be a port number "
                    + "0..65535, was '" + v + "'");
        }
    }
}
