package org.casemark.http;

/**
 * How the server listens and what it accepts. {@code maxBodyBytes} caps every request body however it is sent
 * (Content-Length or chunked); {@code maxTextChars} caps a write-up's {@code text}; anonymous feedback is limited
 * per client address by a token bucket of {@code feedbackBurst} requests refilled at {@code feedbackPerMinute}.
 */
public record ServerSettings(String host, int port, long maxBodyBytes, int maxTextChars, int feedbackBurst,
                             int feedbackPerMinute) {
    public static final int DEFAULT_PORT = 7070;

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        if (maxBodyBytes < 1024) throw new IllegalArgumentException("maxBodyBytes must be at least 1024");
        if (maxTextChars < 1) throw new IllegalArgumentException("maxTextChars must be positive");
        if (feedbackBurst < 1 || feedbackPerMinute < 1) throw new IllegalArgumentException("rate limit must be positive");
    }

    /** Port 7070 on every interface, 1 MiB bodies, 60,000-character texts, 10 feedback requests then 30 a minute. */
    public static ServerSettings defaults() {
        return new ServerSettings("0.0.0.0", DEFAULT_PORT, 1 << 20, 60_000, 10, 30);
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, maxBodyBytes, maxTextChars, feedbackBurst, feedbackPerMinute);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, maxBodyBytes, maxTextChars, feedbackBurst, feedbackPerMinute);
    }

    public ServerSettings withLimits(long bodyBytes, int textChars) {
        return new ServerSettings(host, port, bodyBytes, textChars, feedbackBurst, feedbackPerMinute);
    }

    public ServerSettings withFeedbackRate(int burst, int perMinute) {
        return new ServerSettings(host, port, maxBodyBytes, maxTextChars, burst, perMinute);
    }
}
