package dev.billhook.webhook.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.billhook.webhook.HeaderLookup;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Serves a {@link WebhookDispatcher} on the JDK's {@code HttpServer}.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8090), 0);
 * server.createContext("/webhooks/commet", new JdkWebhookHandler(dispatcher));
 * server.start();
 * }</pre>
 *
 * <p>Reads the raw body bytes, never decoding them as text (the request's charset is irrelevant to
 * the signature), and answers with the dispatcher's response as {@code application/json}. Beyond
 * the dispatcher's statuses it answers 405 to anything but POST and 413 to a body over {@link
 * #MAX_BODY_BYTES}. Thread-safe if the dispatcher is, which it always is.
 */
public final class JdkWebhookHandler implements HttpHandler {
    /**
     * Largest accepted body, 1 MiB. Counted over the bytes actually read, not the declared {@code
     * Content-Length}, so chunked bodies are capped too.
     */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    static final String METHOD_NOT_ALLOWED =
            "{\"received\":false,\"error\":\"Method not allowed\"}";
    static final String TOO_LARGE = "{\"received\":false,\"error\":\"Payload too large\"}";

    private final WebhookDispatcher dispatcher;

    /** Serves {@code dispatcher}. */
    public JdkWebhookHandler(WebhookDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                respond(exchange, new WebhookResponse(405, METHOD_NOT_ALLOWED));
                return;
            }
            byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES);
            if (body == null) {
                respond(exchange, new WebhookResponse(413, TOO_LARGE));
                return;
            }
            respond(
                    exchange,
                    dispatcher.handle(body, HeaderLookup.of(exchange.getRequestHeaders())));
        }
    }

    /** The whole stream, or null if it holds more than {@code limit} bytes. */
    private static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] bytes = in.readNBytes(limit + 1);
        return bytes.length > limit ? null : bytes;
    }

    private static void respond(HttpExchange exchange, WebhookResponse response)
            throws IOException {
        byte[] bytes = response.bodyBytes();
        exchange.getResponseHeaders().set("Content-Type", WebhookResponse.CONTENT_TYPE);
        exchange.sendResponseHeaders(response.status(), bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
