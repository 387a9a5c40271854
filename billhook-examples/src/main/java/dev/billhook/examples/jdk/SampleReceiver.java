package dev.billhook.examples.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.jdk.JdkWebhookHandler;

import java.io.IOException;
import java.io.PrintStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A complete Commet webhook receiver on the JDK's HTTP server: copy it, then replace {@link
 * AccessLedger} with your own logic.
 *
 * <p>Lifecycle: {@link #bind} listens at once and answers 503 until {@link #install} gives it the
 * endpoint secret (useful when the endpoint must exist before the secret does); from then on it
 * verifies every delivery. {@link #close} stops it. Thread-safe.
 */
public final class SampleReceiver implements AutoCloseable {
    /** The path deliveries are posted to. */
    public static final String PATH = "/webhooks/commet";

    private static final byte[] NOT_READY =
            "{\"received\":false,\"error\":\"Not ready\"}".getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService executor;
    private final AccessLedger ledger;
    private final Clock clock = Clock.systemUTC();
    private final List<Consumer<ReceivedDelivery>> listeners = new CopyOnWriteArrayList<>();
    private final DeliveryProbe probe = new DeliveryProbe();
    private volatile JdkWebhookHandler handler;

    private SampleReceiver(HttpServer server, PrintStream out) {
        this.server = server;
        this.ledger = new AccessLedger(out);
        this.executor =
                Executors.newFixedThreadPool(
                        4,
                        runnable -> {
                            Thread thread = new Thread(runnable, "sample-receiver");
                            thread.setDaemon(true);
                            return thread;
                        });
        server.setExecutor(executor);
        server.createContext(PATH, this::serve);
        server.start();
    }

    /** Listens on {@code address} (port 0 picks a free one), printing to standard output. */
    public static SampleReceiver bind(InetSocketAddress address) throws IOException {
        return bind(address, System.out);
    }

    /** As {@link #bind(InetSocketAddress)}, printing what it does to {@code out}. */
    public static SampleReceiver bind(InetSocketAddress address, PrintStream out)
            throws IOException {
        return new SampleReceiver(HttpServer.create(address, 0), Objects.requireNonNull(out));
    }

    /**
     * Starts verifying with {@code secret}. Calling it again replaces the secret (rotation).
     *
     * @throws IllegalArgumentException if {@code secret} is null or blank
     */
    public void install(String secret) {
        WebhookDispatcher.Builder builder = ledger.register(WebhookDispatcher.builder(secret));
        handler = new JdkWebhookHandler(probe.attach(builder).build());
    }

    /** Calls {@code listener} after each delivery is answered, on the serving thread. */
    public SampleReceiver onDelivery(Consumer<ReceivedDelivery> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return this;
    }

    /** Where to point the Commet endpoint, e.g. {@code http://127.0.0.1:8090/webhooks/commet}. */
    public String url() {
        InetAddress address = server.getAddress().getAddress();
        String host = address.isAnyLocalAddress() ? "127.0.0.1" : address.getHostAddress();
        if (address instanceof Inet6Address && !address.isAnyLocalAddress()) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port() + PATH;
    }

    /** The port listened on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The access state the handlers maintain. */
    public AccessLedger ledger() {
        return ledger;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void serve(HttpExchange exchange) throws IOException {
        Instant receivedAt = clock.instant();
        JdkWebhookHandler current = handler;
        probe.reset();
        if (current == null) {
            try (exchange) {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(503, NOT_READY.length);
                exchange.getResponseBody().write(NOT_READY);
            }
        } else {
            current.handle(exchange);
        }
        ReceivedDelivery delivery = probe.delivery(receivedAt, exchange);
        for (Consumer<ReceivedDelivery> listener : listeners) {
            try {
                listener.accept(delivery);
            } catch (RuntimeException e) {
                e.printStackTrace(); // a broken listener must not break the receiver
            }
        }
    }

    /** Runs a receiver: {@code COMMET_WEBHOOK_SECRET} (required) and {@code PORT} (8090). */
    public static void main(String[] args) throws IOException {
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
        SampleReceiver receiver = SampleReceiver.bind(new InetSocketAddress(port));
        receiver.install(secret);
        receiver.onDelivery(
                d ->
                        System.out.printf(
                                "[delivery] %s %s %s -> %d%n",
                                d.receivedAt(), d.eventType(), d.eventId(), d.status()));
        Runtime.getRuntime().addShutdownHook(new Thread(receiver::close));
        System.out.println("Listening on " + receiver.url());
    }
}
