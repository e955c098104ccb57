package org.casemark.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which callback URLs casemark will call: {@code https} (plain {@code http} only where the operator allows it),
 * no credentials or fragment, and a host whose every address is public or of a kind the operator allowed
 * ({@link AddressKind}). Checked when a URL is accepted, and again on every connection with the addresses then
 * resolved, so a name that later resolves elsewhere (DNS rebinding) is still refused.
 */
public record CallbackPolicy(boolean allowHttp, Set<AddressKind> allowed) {
    public static final int MAX_URL_CHARS = 2048;

    public CallbackPolicy {
        allowed = allowed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(allowed));
        for (AddressKind k : allowed) {
            if (k != AddressKind.PUBLIC && !k.allowable()) throw new IllegalArgumentException(k.label() + " addresses can never be allowed");
        }
    }

    /** HTTPS to public addresses only: the default. */
    public static CallbackPolicy strict() {
        return new CallbackPolicy(false, Set.of());
    }

    /** Resolves a host name to its addresses (the system resolver, or a test's). */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;

        Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
    }

    /** A callback URL refused, with the reason in words. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** Checks a callback URL as given by a client: its form, then every address its host resolves to now. */
    public URI check(String url, Resolver resolver) throws Refused {
        URI uri = parse(url);
        try {
            addresses(uri.getHost(), resolver.resolve(host(uri)));
        } catch (UnknownHostException e) {
            throw new Refused("the callback host '" + uri.getHost() + "' does not resolve");
        }
        return uri;
    }

    /** The form alone: absolute http(s) URL, host, no credentials, no fragment, not too long. */
    public URI parse(String url) throws Refused {
        if (url.length() > MAX_URL_CHARS) throw new Refused("the callback URL is over " + MAX_URL_CHARS + " characters");
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("the callback URL is not a valid URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw new Refused("the callback URL must be an absolute https:// URL");
        }
        if (scheme.equals("http") && !allowHttp) {
            throw new Refused("the callback URL must use https (plain http is not allowed on this server)");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) throw new Refused("the callback URL has no host");
        if (uri.getRawUserInfo() != null) throw new Refused("the callback URL must not carry credentials");
        if (uri.getRawFragment() != null) throw new Refused("the callback URL must not have a #fragment");
        return uri;
    }

    /** The addresses of {@code host} if every one may be called; refused naming the first that may not. */
    public List<InetAddress> addresses(String host, List<InetAddress> resolved) throws Refused {
        if (resolved.isEmpty()) throw new Refused("the callback host '" + host + "' has no address");
        for (InetAddress a : resolved) {
            AddressKind kind = AddressKind.of(a);
            if (kind == AddressKind.PUBLIC || allowed.contains(kind)) continue;
            throw new Refused("the callback host '" + host + "' resolves to " + a.getHostAddress() + ", a " + kind.label()
                    + " address" + (kind.allowable() ? "; this server does not call " + kind.label()
                    + " addresses (the operator can allow them: serve --allow-callbacks-to " + kind.label() + ")"
                    : "; such addresses are never called"));
        }
        return resolved;
    }

    /** The labels of the allowed kinds, for messages and the start-up line. */
    public String describe() {
        String kinds = allowed.isEmpty() ? "public addresses only"
                : "public and " + allowed.stream().map(AddressKind::label).sorted().collect(Collectors.joining(", "))
                + " addresses";
        return (allowHttp ? "https or http" : "https only") + ", " + kinds;
    }

    /** The host as the resolver wants it: an IPv6 literal without its brackets. */
    static String host(URI uri) {
        String h = uri.getHost();
        return h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
    }
}
