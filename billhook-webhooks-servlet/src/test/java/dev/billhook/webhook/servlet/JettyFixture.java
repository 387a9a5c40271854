package dev.billhook.webhook.servlet;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookEvent;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;

/**
 * A real Jetty 12 (ee10, Servlet 6.0) server on an ephemeral loopback port, and a dispatcher that
 * records what it handled: every event, plus a {@code test.fail} type whose handler throws. Its
 * body limit is {@link #LIMIT}.
 */
final class JettyFixture implements AutoCloseable {
    /** The dispatcher's body size limit, small so that tests can exceed it cheaply. */
    static final int LIMIT = 4096;

    final List<WebhookEvent> events = new CopyOnWriteArrayList<>();
    final List<Throwable> errors = new CopyOnWriteArrayList<>();
    final WebhookDispatcher dispatcher =
            WebhookDispatcher.builder(Deliveries.SECRET)
                    .onEvent(events::add)
                    .on(
                            "test.fail",
                            e -> {
                                throw new IllegalStateException("handler failed on purpose");
                            })
                    .onError((error, event) -> errors.add(error))
                    .maxBodyBytes(LIMIT)
                    .build();
    private final Server server = new Server();

    /**
     * Starts a server whose root context {@code setup} fills with servlets and filters serving the
     * given dispatcher.
     */
    JettyFixture(BiConsumer<ServletContextHandler, WebhookDispatcher> setup) throws Exception {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(InetAddress.getLoopbackAddress().getHostAddress());
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        setup.accept(context, dispatcher);
        server.setHandler(context);
        server.start();
    }

    URI uri(String path) {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return URI.create("http://127.0.0.1:" + port + path);
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }
}
