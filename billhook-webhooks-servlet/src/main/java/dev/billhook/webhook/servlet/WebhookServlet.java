package dev.billhook.webhook.servlet;

import dev.billhook.webhook.WebhookDispatcher;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Objects;

/**
 * Serves a {@link WebhookDispatcher} as a servlet.
 *
 * <pre>{@code
 * ServletRegistration.Dynamic webhooks =
 *     servletContext.addServlet("commet-webhooks", new WebhookServlet(dispatcher));
 * webhooks.addMapping("/webhooks/commet");
 * }</pre>
 *
 * <p>Answers POST with the dispatcher's response (200, 400, 403 or 500, JSON, see {@link
 * dev.billhook.webhook.WebhookResponse}), 413 to a body over the size limit, and 405 with {@code
 * Allow: POST} to every other method. The body is read from the request's {@code InputStream},
 * never through a {@code Reader}, so the declared charset is irrelevant.
 *
 * <p>Register an instance (the dispatcher holds your handlers, so there is no no-argument
 * constructor for {@code web.xml}). Thread-safe, as the dispatcher is.
 */
public final class WebhookServlet extends HttpServlet {
    /** Default body size limit, 1 MiB; Commet payloads are a few kilobytes. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private final transient WebhookDispatcher dispatcher;
    private final int maxBodyBytes;

    /** Serves {@code dispatcher} with the {@link #DEFAULT_MAX_BODY_BYTES} limit. */
    public WebhookServlet(WebhookDispatcher dispatcher) {
        this(dispatcher, DEFAULT_MAX_BODY_BYTES);
    }

    /**
     * Serves {@code dispatcher}, answering 413 to bodies over {@code maxBodyBytes}. The limit is
     * checked against {@code Content-Length} when declared and always against the bytes read, so
     * chunked bodies are capped too.
     *
     * @throws IllegalArgumentException if {@code maxBodyBytes} is not positive
     */
    public WebhookServlet(WebhookDispatcher dispatcher, int maxBodyBytes) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.maxBodyBytes = ServletExchange.checkLimit(maxBodyBytes);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // Overridden whole, not doPost: HttpServlet's own 405 and HEAD/OPTIONS handling would
        // answer HTML, and a webhook endpoint answers JSON to everything.
        if ("POST".equals(request.getMethod())) {
            ServletExchange.answer(dispatcher, maxBodyBytes, request, response);
        } else {
            response.setHeader("Allow", "POST");
            ServletExchange.write(response, ServletExchange.METHOD_NOT_ALLOWED);
        }
    }
}
