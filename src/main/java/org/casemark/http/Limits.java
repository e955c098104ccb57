package org.casemark.http;

import java.time.Duration;

/**
 * Every limit the server puts on what a client may send or hold, declared in this one place (the README's "Limits"
 * table and the OpenAPI description give the same defaults; {@code LimitsDocumentedTest} keeps them equal).
 *
 * @param maxBodyBytes          a request body, however it is sent (Content-Length or chunked): 413 past it
 * @param maxTextChars          a write-up's {@code text}: 413 past it
 * @param maxWhyChars           a quiz answer's free-text {@code why}: 413 past it
 * @param maxIdChars            every id and other short string (rubric, learner_id, external_id, quiz and item ids,
 *                              answer ids, query parameters): 422 past it
 * @param maxListItems          the entries of one list or object inside quiz answers: 422 past it
 * @param maxHeaderBytes        the request line and headers together: 431 past it (414 when the URI alone is over)
 * @param bodyDeadline          the whole body must have arrived this long after the headers: 408 past it
 * @param idleTimeout           a connection on which nothing arrives this long is closed
 * @param connectionsPerAddress open connections from one client address; more are closed as they are accepted
 * @param feedbackRate          anonymous {@code POST /v1/feedback}, per client address
 * @param quizRate              anonymous {@code POST /v1/quizzes/{quiz_id}/score}, per client address
 * @param readRate              every other anonymous route except {@code /health/*}, per client address
 * @param gradingThreads        write-ups (and quiz "why" answers) graded at once
 * @param gradingQueue          gradings waiting for a thread; past it 503 with Retry-After
 * @param maxUploadBytes        a class's export uploaded to {@code POST /v1/batches} (instead of maxBodyBytes): 413
 *                              past it (inside, a ZIP is held to {@link org.casemark.batch.ZipLimits})
 * @param uploadDeadline        the whole upload must have arrived this long after the headers: 408 past it
 */
public record Limits(long maxBodyBytes, int maxTextChars, int maxWhyChars, int maxIdChars, int maxListItems,
                     int maxHeaderBytes, Duration bodyDeadline, Duration idleTimeout, int connectionsPerAddress,
                     Rate feedbackRate, Rate quizRate, Rate readRate, int gradingThreads, int gradingQueue,
                     long maxUploadBytes, Duration uploadDeadline) {

    /** A token bucket per client address: {@code burst} requests at once, refilled at {@code perMinute}. */
    public record Rate(int burst, int perMinute) {
        public Rate {
            if (burst < 1 || perMinute < 1) throw new IllegalArgumentException("a rate limit must be positive");
        }
    }

    public Limits {
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
        positive(maxTextChars, "maxTextChars");
        positive(maxWhyChars, "maxWhyChars");
        positive(maxIdChars, "maxIdChars");
        positive(maxListItems, "maxListItems");
        if (maxHeaderBytes < 1024) throw new IllegalArgumentException("maxHeaderBytes must be at least 1024");
        if (bodyDeadline.isNegative() || bodyDeadline.isZero()) throw new IllegalArgumentException("bodyDeadline");
        if (idleTimeout.isNegative() || idleTimeout.isZero()) throw new IllegalArgumentException("idleTimeout");
        positive(connectionsPerAddress, "connectionsPerAddress");
        positive(gradingThreads, "gradingThreads");
        positive(gradingQueue, "gradingQueue");
        if (maxUploadBytes < maxBodyBytes) throw new IllegalArgumentException("maxUploadBytes below maxBodyBytes");
        if (uploadDeadline.isNegative() || uploadDeadline.isZero()) throw new IllegalArgumentException("uploadDeadline");
    }

    private static void positive(int n, String name) {
        if (n < 1) throw new IllegalArgumentException(name + " must be positive, was " + n);
    }

    /** The defaults; the grading pool has one thread per core and a queue of 32 per thread (about 1.5 s of work). */
    public static Limits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Limits(1 << 20, 60_000, 2_000, 200, 100, 8 * 1024, Duration.ofSeconds(10),
                Duration.ofSeconds(30), 64, new Rate(10, 30), new Rate(20, 60), new Rate(120, 600), cores,
                32 * cores, 32L << 20, Duration.ofSeconds(120));
    }

    public Limits withFeedbackRate(Rate r) {
        return new Limits(maxBodyBytes, maxTextChars, maxWhyChars, maxIdChars, maxListItems, maxHeaderBytes,
                bodyDeadline, idleTimeout, connectionsPerAddress, r, quizRate, readRate, gradingThreads, gradingQueue, maxUploadBytes, uploadDeadline);
    }

    public Limits withQuizRate(Rate r) {
        return new Limits(maxBodyBytes, maxTextChars, maxWhyChars, maxIdChars, maxListItems, maxHeaderBytes,
                bodyDeadline, idleTimeout, connectionsPerAddress, feedbackRate, r, readRate, gradingThreads,
                gradingQueue, maxUploadBytes, uploadDeadline);
    }

    public Limits withReadRate(Rate r) {
        return new Limits(maxBodyBytes, maxTextChars, maxWhyChars, maxIdChars, maxListItems, maxHeaderBytes,
                bodyDeadline, idleTimeout, connectionsPerAddress, feedbackRate, quizRate, r, gradingThreads,
                gradingQueue, maxUploadBytes, uploadDeadline);
    }

    public Limits withGrading(int threads, int queue) {
        return new Limits(maxBodyBytes, maxTextChars, maxWhyChars, maxIdChars, maxListItems, maxHeaderBytes,
                bodyDeadline, idleTimeout, connectionsPerAddress, feedbackRate, quizRate, readRate, threads, queue, maxUploadBytes, uploadDeadline);
    }

    public Limits withUploads(long maxBytes, Duration deadline) {
        return new Limits(maxBodyBytes, maxTextChars, maxWhyChars, maxIdChars, maxListItems, maxHeaderBytes,
                bodyDeadline, idleTimeout, connectionsPerAddress, feedbackRate, quizRate, readRate, gradingThreads,
                gradingQueue, maxBytes, deadline);
    }

    /** True for the one route that takes an upload ({@code POST /v1/batches}) rather than a JSON body. */
    public static boolean isUpload(String method, String path) {
        return "POST".equals(method) && "/v1/batches".equals(path);
    }

    public Limits withConnections(int perAddress, Duration deadline, Duration idle) {
        return new Limits(maxBodyBytes, maxTextChars, maxWhyChars, maxIdChars, maxListItems, maxHeaderBytes,
                deadline, idle, perAddress, feedbackRate, quizRate, readRate, gradingThreads, gradingQueue, maxUploadBytes, uploadDeadline);
    }
}
