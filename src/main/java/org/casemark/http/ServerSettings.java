package org.casemark.http;

import java.util.function.UnaryOperator;

/** Where the server listens, and the {@link Limits} it enforces. */
public record ServerSettings(String host, int port, Limits limits) {
    public static final int DEFAULT_PORT = 7070;

    public ServerSettings {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0..65535, was " + port);
        java.util.Objects.requireNonNull(limits, "limits");
    }

    /** Port 7070 on every interface, with the default limits. */
    public static ServerSettings defaults() {
        return new ServerSettings("0.0.0.0", DEFAULT_PORT, Limits.defaults());
    }

    public ServerSettings withHost(String h) {
        return new ServerSettings(h, port, limits);
    }

    public ServerSettings withPort(int p) {
        return new ServerSettings(host, p, limits);
    }

    public ServerSettings withLimits(UnaryOperator<Limits> change) {
        return new ServerSettings(host, port, change.apply(limits));
    }
}
