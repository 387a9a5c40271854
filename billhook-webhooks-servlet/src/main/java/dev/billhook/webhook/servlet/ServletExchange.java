package dev.billhook.webhook.servlet;

import dev.billhook.webhook.WebhookDispatcher;
import dev.billhook.webhook.WebhookResponse;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/** What the servlet and the filter share: read the raw body, dispatch, write the answer. */
final class ServletExchange {
    static final WebhookResponse METHOD_NOT_ALLOWED =
            new WebhookResponse(405, "{\"received\":false,\"error\":\"Method not allowed\"}");
    static final WebhookResponse TOO_LARGE =
            new WebhookResponse(413, "{\"received\":false,\"error\":\"Payload too large\"}");

    private ServletExchange() {}

    static int checkLimit(int maxBodyBytes) {
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException(
                    "maxBodyBytes must be positive, got " + maxBodyBytes);
        }
        return maxBodyBytes;
    }

    /** Answers one POST: 413 if the body is too large, else the dispatcher's response. */
    static void answer(
            WebhookDispatcher dispatcher,
            int maxBodyBytes,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        // A declared length over the limit is refused before reading a byte of it.
        if (request.getContentLengthLong() > maxBodyBytes) {
            write(response, TOO_LARGE);
            return;
        }
        byte[] body = BoundedBody.read(request.getInputStream(), maxBodyBytes);
        if (body == null) {
            write(response, TOO_LARGE);
            return;
        }
        // Servlet header lookups are case-insensitive, as HeaderLookup requires.
        write(response, dispatcher.handle(body, request::getHeader));
    }

    static void write(HttpServletResponse response, WebhookResponse answer) throws IOException {
        byte[] bytes = answer.bodyBytes();
        response.setStatus(answer.status());
        response.setContentType(WebhookResponse.CONTENT_TYPE);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
