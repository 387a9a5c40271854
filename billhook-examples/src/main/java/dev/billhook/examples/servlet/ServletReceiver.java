package dev.billhook.examples.servlet;

import dev.billhook.examples.jdk.AccessLedger;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.servlet.WebhookServlet;

import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.util.Objects;

/**
 * A Commet webhook receiver in a servlet container: the SDK's dispatcher behind {@link
 * WebhookServlet}, on embedded Jetty 12 (ee10). The handlers are the same {@link AccessLedger} the
 * JDK example uses; the difference is only the container. In a WAR, you would register the servlet
 * from a {@code ServletContainerInitializer} or your framework's registration instead.
 *
 * <p>{@link #start} listens at once and verifies every delivery with the given secret. {@link
 * #close} stops it. Thread-safe.
 */
public final class ServletReceiver implements AutoCloseable {
    /** The path deliveries are posted to. */
    public static final String PATH = "/webhooks/commet";

    private final Server server;
    private final ServerConnector connector;
    private final AccessLedger ledger;

    private ServletReceiver(Server server, ServerConnector connector, AccessLedger ledger) {
        this.server = server;
        this.connector = connector;
        this.ledger = ledger;
    }

    /**
     * Starts a receiver on {@code address} (port 0 picks a free one) that verifies with {@code
     * secret} and prints what it does to {@code out}.
     *
     * @throws IllegalArgumentException if {@code secret} is null or blank
     * @throws Exception if Jetty cannot start, e.g. the port is taken
     */
    public static ServletReceiver start(InetSocketAddress address, String secret, PrintStream out)
            throws Exception {
        AccessLedger ledger = new AccessLedger(Objects.requireNonNull(out, "out"));
        // Build the dispatcher first: a bad secret fails here, before a port is opened.
        WebhookDispatcher dispatcher = ledger.register(WebhookDispatcher.builder(secret)).build();

        Server server = new Server();
        ServerConnector connector = new ServerConnector(server);
        if (address.getAddress() != null && !address.getAddress().isAnyLocalAddress()) {
            connector.setHost(address.getAddress().getHostAddress()); // else: every interface
        }
        connector.setPort(address.getPort());
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addServlet(
                new ServletHolder("commet-webhooks", new WebhookServlet(dispatcher)), PATH);
        server.setHandler(context);
        server.start();
        return new ServletReceiver(server, connector, ledger);
    }

    /** Where to point the Commet endpoint, e.g. {@code http://127.0.0.1:8090/webhooks/commet}. */
    public String url() {
        String host = connector.getHost() == null ? "127.0.0.1" : connector.getHost();
        if (host.contains(":")) {
            host = "[" + host + "]"; // an IPv6 literal
        }
        return "http://" + host + ":" + port() + PATH;
    }

    /** The port listened on. */
    public int port() {
        return connector.getLocalPort();
    }

    /** The access state the handlers maintain. */
    public AccessLedger ledger() {
        return ledger;
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Runs a receiver: {@code COMMET_WEBHOOK_SECRET} (required) and {@code PORT} (8090). */
    public static void main(String[] args) throws Exception {
        String secret = System.getenv("COMMET_WEBHOOK_SECRET");
        if (secret == null || secret.isBlank()) {
            System.err.println("Set COMMET_WEBHOOK_SECRET to the endpoint secret (whsec_...).");
            System.exit(2);
        }
        int port;
        try {
            port = Integer.parseInt(System.getenv().getOrDefault("PORT", "8090"));
        } catch (NumberFormatException e) {
            System.err.println("PORT must be a number, e.g. PORT=8090.");
            System.exit(2);
            return;
        }
        ServletReceiver receiver =
                ServletReceiver.start(new InetSocketAddress(port), secret, System.out);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        receiver.close();
                                    } catch (Exception e) {
                                        e.printStackTrace();
                                    }
                                }));
        System.out.println("Listening on " + receiver.url());
    }
}
