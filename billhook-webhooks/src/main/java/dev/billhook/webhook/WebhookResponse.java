package dev.billhook.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What to answer a webhook delivery with: an HTTP status and a JSON body, exactly as the Commet
 * reference handler answers. Write it with {@link #CONTENT_TYPE}.
 *
 * <ul>
 *   <li>signature missing or wrong: 403 {@code {"received":false,"error":"Invalid signature"}}
 *   <li>signature fine, body not a valid envelope: 400 {@code {"received":false,"error":"Invalid
 *       payload"}}
 *   <li>a handler threw, so the sender retries: 500 {@code {"received":false,"error":"Handler
 *       failed"}}
 *   <li>success: 200 {@code {"received":true}}
 * </ul>
 *
 * @param status the HTTP status code
 * @param body the JSON response body
 */
public record WebhookResponse(int status, String body) {
    /** Content type of every body here. JSON is UTF-8 by definition (RFC 8259). */
    public static final String CONTENT_TYPE = "application/json";

    /** 200: verified and handled. */
    public static final WebhookResponse RECEIVED = new WebhookResponse(200, "{\"received\":true}");

    /** 403: signature missing, malformed or wrong. */
    public static final WebhookResponse INVALID_SIGNATURE =
            new WebhookResponse(403, "{\"received\":false,\"error\":\"Invalid signature\"}");

    /** 400: signature fine, body not a valid envelope. */
    public static final WebhookResponse INVALID_PAYLOAD =
            new WebhookResponse(400, "{\"received\":false,\"error\":\"Invalid payload\"}");

    /** 500: a handler threw; the sender will retry. */
    public static final WebhookResponse HANDLER_FAILED =
            new WebhookResponse(500, "{\"received\":false,\"error\":\"Handler failed\"}");

    /**
     * @throws NullPointerException if {@code body} is null
     */
    public WebhookResponse {
        Objects.requireNonNull(body, "body");
    }

    /** The body as UTF-8 bytes, ready to write. */
    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
