package dev.billhook.webhook.jdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

import dev.billhook.webhook.HeaderLookup;
import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;

import java.io.IOException;
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
 * <p>Hands the body stream and headers to {@link WebhookDispatcher#handle(java.io.InputStream,
 * HeaderLookup)}, which reads the raw bytes under the dispatcher's size limit (413), decodes gzip
 * (415 for other encodings) and never decodes them as text (the request's charset is irrelevant to
 * the signature). Answers with the dispatcher's response as {@code application/json}, and 405 to
 * anything but POST. Thread-safe if the dispatcher is, which it always is.
 */
public final class JdkWebhookHandler implements HttpHandler {

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
                respond(exchange, WebhookResponse.METHOD_NOT_ALLOWED);
                return;
            }
            respond(
                    exchange,
                    dispatcher.handle(
                            exchange.getRequestBody(),
                            HeaderLookup.of(exchange.getRequestHeaders())));
        }
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
