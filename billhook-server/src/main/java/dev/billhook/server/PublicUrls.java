package dev.billhook.server;

import org.eclipse.jetty.server.ServerConnector;

/**
 * Builds the URLs the server hands out to people (checkout links). Resolved lazily because with
 * port 0 the real port is known only once the connector is bound.
 */
public final class PublicUrls {
    private final ServerConfig config;
    private final ServerConnector connector;

    PublicUrls(ServerConfig config, ServerConnector connector) {
        this.config = config;
        this.connector = connector;
    }

    /** For tests that have no running connector. */
    public static PublicUrls fixed(String baseUrl) {
        return new PublicUrls(ServerConfig.builder().publicBaseUrl(baseUrl).build(), null);
    }

    public String base() {
        if (config.publicBaseUrl() != null) return config.publicBaseUrl().replaceAll("/+$", "");
        String host = config.host().equals("0.0.0.0") ? "localhost" : config.host();
        return "http://" + host + ":" + connector.getLocalPort();
    }

    /** An absolute URL for {@code path} (which starts with a slash). */
    public String of(String path) {
        return base() + path;
    }
}
