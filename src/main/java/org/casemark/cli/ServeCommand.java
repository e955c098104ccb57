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
import java.util.Set;
import java.util.concurrent.CountDownLatch;

/**
 * {@code serve [--port N] [--host H] [--data DIR] [--rubrics DIR]} and the limit flags: the HTTP API. The port
 * comes from {@code --port}, else {@code CASEMARK_PORT}, else 7070. The data directory is locked for the life of the
 * process: a second {@code serve} on it exits at once (2) with one line. On the first start (no key in the
 * database) an admin API key is created and printed once. Runs until the process is stopped; exits 1 if the grader
 * cannot be loaded. The webhook options ({@link WebhookOptions}) say which callbacks may be called and how results
 * are delivered.
 */
final class ServeCommand implements Main.Command {
    @Override
    public String summary() {
        Limits d = Limits.defaults();
        return "run the HTTP API: [--port N (or CASEMARK_PORT; 7070)] [--host H] [--data DIR (./data)] [--rubrics DIR]"
                + " [--feedback-burst N (" + d.feedbackRate().burst() + ")] [--feedback-per-minute N ("
                + d.feedbackRate().perMinute() + ")] [--quiz-burst N (" + d.quizRate().burst() + ")]"
                + " [--quiz-per-minute N (" + d.quizRate().perMinute() + ")] [--grading-threads N (cores: "
                + d.gradingThreads() + ")] [--grading-queue N (" + d.gradingQueue() + ")]"
                + " [--connections-per-address N (" + d.connectionsPerAddress() + ")] " + WebhookOptions.summary();
    }

    @Override
    public int run(String[] argv, PrintStream out, PrintStream err) throws Exception {
        Set<String> valued = new java.util.HashSet<>(Set.of("port", "host", "data", "rubrics", "feedback-burst",
                "feedback-per-minute", "quiz-burst", "quiz-per-minute", "grading-threads", "grading-queue",
                "connections-per-address"));
        valued.addAll(WebhookOptions.VALUED);
        Args args = new Args(argv, valued, WebhookOptions.SWITCHES);
        if (!args.positional.isEmpty()) throw new Main.UsageException("unexpected argument '" + args.positional.get(0) + "'");
        int port = port(args, System.getenv("CASEMARK_PORT"));
        Path data = Path.of(args.get("data", "data"));
        ServerSettings settings = ServerSettings.defaults().withPort(port).withHost(args.get("host", "0.0.0.0"))
                .withLimits(l -> limits(args, l));
        WebhookSettings webhooks = WebhookOptions.settings(args, settings.limits().gradingThreads());
        // one engine for grading and for the quiz's free-text "why", loaded once (in the background by the server)
        var rubrics = Engines.rubrics(args);   // a bad rubric stops here, before anything listens or is stored
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
    static Limits limits(Args args, Limits l) {
        return l.withFeedbackRate(new Limits.Rate(
                        args.intOption("feedback-burst", l.feedbackRate().burst(), 1, 1_000_000),
                        args.intOption("feedback-per-minute", l.feedbackRate().perMinute(), 1, 60_000_000)))
                .withQuizRate(new Limits.Rate(
                        args.intOption("quiz-burst", l.quizRate().burst(), 1, 1_000_000),
                        args.intOption("quiz-per-minute", l.quizRate().perMinute(), 1, 60_000_000)))
                .withGrading(args.intOption("grading-threads", l.gradingThreads(), 1, 1024),
                        args.intOption("grading-queue", l.gradingQueue(), 1, 100_000))
                .withConnections(args.intOption("connections-per-address", l.connectionsPerAddress(), 1, 100_000),
                        l.bodyDeadline(), l.idleTimeout());
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

    static int port(Args args, String env) {
        String v = args.has("port") ? args.required("port") : env;
        if (v == null || v.isBlank()) return ServerSettings.DEFAULT_PORT;
        try {
            int p = Integer.parseInt(v.strip());
            if (p < 0 || p > 65535) throw new NumberFormatException();
            return p;
        } catch (NumberFormatException e) {
            throw new Main.UsageException((args.has("port") ? "--port" : "CASEMARK_PORT") + " must be a port number "
                    + "0..65535, was '" + v + "'");
        }
    }
}
