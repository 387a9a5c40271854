package dev.billhook.server.delivery;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides which URLs webhooks may be sent to. Every URL must be an absolute {@code http} or
 * {@code https} URL with a host and without credentials or a fragment. Outside dev mode the host
 * must also be public: a name or literal that resolves to loopback, private, link-local,
 * unique-local, multicast or unspecified space (see {@link NonPublicAddresses}) is refused, so
 * the server cannot be used to probe the network it runs in (SSRF).
 *
 * <p>The address check runs when an endpoint is saved and again before every attempt, after a
 * fresh DNS lookup, so a name re-pointed at {@code 127.0.0.1} later is still refused. Residual
 * risk: the HTTP client resolves the name once more when it connects, so a DNS server answering
 * differently within milliseconds (rebinding) is not caught. Thread-safe.
 */
public final class TargetPolicy {
    static final int MAX_URL_LENGTH = 2048;

    /** Name resolution, injectable so tests can point a name anywhere without DNS. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL the policy refuses; the message completes "url …" and names no secret. */
    public static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final boolean allowNonPublic;
    private final Resolver resolver;

    /** @param dev development mode: loopback and private targets are allowed */
    public TargetPolicy(boolean dev) {
        this(dev, InetAddress::getAllByName);
    }

    TargetPolicy(boolean allowNonPublic, Resolver resolver) {
        this.allowNonPublic = allowNonPublic;
        this.resolver = resolver;
    }

    /** The check for saving an endpoint: syntax, then (outside dev mode) the addresses. */
    public URI check(String url) throws Refused {
        URI uri = parse(url);
        checkAddresses(uri);
        return uri;
    }

    /** Syntax only: absolute http(s), a host, no credentials, no fragment. */
    static URI parse(String url) throws Refused {
        if (url.length() > MAX_URL_LENGTH) throw new Refused("must be at most " + MAX_URL_LENGTH + " characters");
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new Refused("is not a valid URL (" + e.getReason() + " at index " + e.getIndex() + ")");
        }
        if (!uri.isAbsolute()) throw new Refused("must be an absolute URL such as https://example.com/webhooks");
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("must use http or https, not '" + uri.getScheme() + "'");
        }
        if (uri.getHost() == null) throw new Refused("must name a valid host, as in https://example.com/webhooks");
        if (uri.getRawUserInfo() != null) throw new Refused("must not contain credentials (user:password@)");
        if (uri.getRawFragment() != null) throw new Refused("must not contain a fragment (#…)");
        if (uri.getPort() > 65_535) throw new Refused("must use a port between 1 and 65535");
        return uri;
    }

    /** Outside dev mode, refuses a host that is, or resolves to, a non-public address. */
    void checkAddresses(URI uri) throws Refused {
        if (allowNonPublic) return;
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) host = host.substring(1, host.length() - 1);
        String name = host.toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
        if (name.equals("localhost") || name.endsWith(".localhost")) {
            throw new Refused("must not point at localhost outside dev mode");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new Refused("host '" + host + "' could not be resolved");
        }
        for (InetAddress address : addresses) {
            Optional<String> reason = NonPublicAddresses.reason(address);
            if (reason.isPresent()) {
                String what = isLiteral(host) ? "host " + NonPublicAddresses.text(address) + " is "
                        : "host '" + host + "' resolves to " + NonPublicAddresses.text(address) + ", ";
                throw new Refused("must be publicly reachable outside dev mode, but its " + what + reason.get());
            }
        }
    }

    private static boolean isLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || (c >= '0' && c <= '9'));
    }
}
