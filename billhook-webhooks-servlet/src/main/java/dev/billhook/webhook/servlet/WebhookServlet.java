package dev.billhook.webhook.servlet;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;

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
 * <p>Answers POST with the dispatcher's response (JSON, see {@link
 * dev.billhook.webhook.WebhookResponse}: 200, 400, 403 or 500; 413 over the dispatcher's {@link
 * WebhookDispatcher.Builder#maxBodyBytes size limit}; 415 for an unsupported {@code
 * Content-Encoding}), and 405 with {@code Allow: POST} to every other method. The request's {@code
 * InputStream} goes to the dispatcher as it is, never through a {@code Reader}, so the declared
 * charset is irrelevant.
 *
 * <p>Register an instance (the dispatcher holds your handlers, so there is no no-argument
 * constructor for {@code web.xml}). Thread-safe, as the dispatcher is.
 */
public final class WebhookServlet extends HttpServlet {
    private final transient WebhookDispatcher dispatcher;

    /** Serves {@code dispatcher}; its size limit and decoding rules apply. */
    public WebhookServlet(WebhookDispatcher dispatcher) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // Overridden whole, not doPost: HttpServlet's own 405 and HEAD/OPTIONS handling would
        // answer HTML, and a webhook endpoint answers JSON to everything.
        if ("POST".equals(request.getMethod())) {
            ServletExchange.answer(dispatcher, request, response);
        } else {
            response.setHeader("Allow", "POST");
            ServletExchange.write(response, WebhookResponse.METHOD_NOT_ALLOWED);
        }
    }
}
