package org.casemark.http;

import java.util.Map;

/**
 * An RFC 9457 problem: what every 4xx/5xx response body is ({@code application/problem+json}). Thrown by handlers
 * as {@link ApiException}; {@code headers} are sent with it (e.g. {@code Retry-After}).
 */
public record Problem(String type, String title, int status, String detail, String instance) {
    static final String BASE = "https://casemark.org/problems/";

    static Problem of(String slug, String title, int status, String detail) {
        return new Problem(BASE + slug, title, status, detail, null);
    }

    Problem at(String path) {
        return new Problem(type, title, status, detail, path);
    }

    /** A problem on its way to the edge. */
    static final class ApiException extends RuntimeException {
        final Problem problem;
        final Map<String, String> headers;

        ApiException(Problem problem, Map<String, String> headers) {
            super(problem.title() + ": " + problem.detail(), null, false, false);
            this.problem = problem;
            this.headers = Map.copyOf(headers);
        }

        ApiException(Problem problem) {
            this(problem, Map.of());
        }
    }

    static ApiException malformedJson(String detail) {
        return new ApiException(of("malformed-json", "Malformed JSON", 400, detail));
    }

    static ApiException badRequest(String detail) {
        return new ApiException(of("bad-request", "Bad request", 400, detail));
    }

    static ApiException unauthorized(String detail) {
        return new ApiException(of("unauthorized", "Unauthorized", 401, detail),
                Map.of("WWW-Authenticate", "Bearer realm=\"casemark\""));
    }

    static ApiException notFound(String detail) {
        return new ApiException(of("not-found", "Not found", 404, detail));
    }

    static ApiException methodNotAllowed(String detail) {
        return new ApiException(of("method-not-allowed", "Method not allowed", 405, detail));
    }

    static ApiException notAcceptable(String detail) {
        return new ApiException(of("not-acceptable", "Not acceptable", 406, detail));
    }

    static ApiException conflict(String detail) {
        return new ApiException(of("conflict", "Conflict", 409, detail));
    }

    static ApiException tooLarge(String detail) {
        return new ApiException(of("too-large", "Content too large", 413, detail));
    }

    static ApiException unsupportedMediaType(String detail) {
        return new ApiException(of("unsupported-media-type", "Unsupported media type", 415, detail));
    }

    static ApiException invalid(String detail) {
        return new ApiException(of("invalid-request", "Invalid request", 422, detail));
    }

    static ApiException idempotencyMismatch(String detail) {
        return new ApiException(of("idempotency-key-reused", "Idempotency key reused", 422, detail));
    }

    static ApiException rateLimited(long retryAfterSeconds) {
        return new ApiException(of("rate-limited", "Too many requests", 429,
                "rate limit reached for this client; retry after " + retryAfterSeconds + " s"),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    static ApiException notReady() {
        return new ApiException(of("not-ready", "Service unavailable", 503,
                "the grader is still loading; retry shortly"), Map.of("Retry-After", "2"));
    }

    /** The grading queue is full: {@code inFlight} gradings are running or waiting. */
    static ApiException busy(int inFlight) {
        return new ApiException(of("busy", "Service unavailable", 503, "the server is grading " + inFlight
                + " requests, as many as it holds; retry shortly"), Map.of("Retry-After", "1"));
    }

    /** Another process holds the database's write lock longer than the server waits for it. */
    static ApiException storeBusy() {
        return new ApiException(of("store-busy", "Service unavailable", 503,
                "the database is locked by another process; retry shortly"), Map.of("Retry-After", "1"));
    }

    static Problem internal() {
        return of("internal", "Internal server error", 500, "the server failed; the error has been logged");
    }
}
