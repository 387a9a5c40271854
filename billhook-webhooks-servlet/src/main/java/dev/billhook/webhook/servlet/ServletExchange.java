package dev.billhook.webhook.servlet;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** What the servlet and the filter share: hand the raw body to the dispatcher, write the answer. */
final class ServletExchange {

    private ServletExchange() {}

    /**
     * Answers one POST. The dispatcher reads the stream itself: it enforces its size limit on the
     * bytes actually read (413) and decodes {@code Content-Encoding} (415 for unsupported ones).
     */
    static void answer(
            WebhookDispatcher dispatcher, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        // Servlet header lookups are case-insensitive, as HeaderLookup requires.
        write(response, dispatcher.handle(request.getInputStream(), request::getHeader));
    }

    static void write(HttpServletResponse response, WebhookResponse answer) throws IOException {
        byte[] bytes = answer.bodyBytes();
        response.setStatus(answer.status());
        response.setContentType(WebhookResponse.CONTENT_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
