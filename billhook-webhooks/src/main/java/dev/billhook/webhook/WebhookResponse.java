package dev.billhook.webhook;

import dev.billhook.webhook.WebhookVerificationException.Reason;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What to answer a webhook delivery with: an HTTP status and a JSON body, exactly as the Commet
 * reference handler answers. Write it with {@link #CONTENT_TYPE}.
 *
 * <ul>
 *   <li>signature missing or wrong, including its signed timestamp: 403 {@code
 *       {"received":false,"error":"Invalid signature"}}
 *   <li>signature fine, body not a valid envelope (or not readable at all): 400 {@code
 *       {"received":false,"error":"Invalid payload"}}
 *   <li>a handler threw, so the sender retries: 500 {@code {"received":false,"error":"Handler
 *       failed"}}
 *   <li>success: 200 {@code {"received":true}}
 * </ul>
 *
 * <p>Two answers the reference table does not cover, both decided before the signature is checked:
 * 413 for a body over the size limit and 415 for a {@code Content-Encoding} other than gzip. 401 is
 * never used; the reference answers every signature problem with 403.
 *
 * @param status the HTTP status code
 * @param body the JSON response body
 */
public record WebhookResponse(int status, String body) {
    /** Content type of every body here. JSON is UTF-8 by definition (RFC 8259). */
    public static final String CONTENT_TYPE = "application/json";

    /** 200: verified and handled. */
    public static final WebhookResponse RECEIVED = new WebhookResponse(200, "{\"received\":true}");

    /** 403: signature missing, malformed or wrong, or its signed timestamp out of tolerance. */
    public static final WebhookResponse INVALID_SIGNATURE =
            new WebhookResponse(403, "{\"received\":false,\"error\":\"Invalid signature\"}");

    /** 400: signature fine, body not a valid envelope; or a body that could not be read. */
    public static final WebhookResponse INVALID_PAYLOAD =
            new WebhookResponse(400, "{\"received\":false,\"error\":\"Invalid payload\"}");

    /** 413: the body is over the size limit, as received or once decoded. */
    public static final WebhookResponse PAYLOAD_TOO_LARGE =
            new WebhookResponse(413, "{\"received\":false,\"error\":\"Payload too large\"}");

    /** 415: a {@code Content-Encoding} other than gzip or identity. */
    public static final WebhookResponse UNSUPPORTED_ENCODING =
            new WebhookResponse(
                    415, "{\"received\":false,\"error\":\"Unsupported content encoding\"}");

    /** 500: a handler threw; the sender will retry. */
    public static final WebhookResponse HANDLER_FAILED =
            new WebhookResponse(500, "{\"received\":false,\"error\":\"Handler failed\"}");

    /** 202: verified and stored durably in the inbox; handlers run later (asynchronous mode). */
    public static final WebhookResponse ACCEPTED = new WebhookResponse(202, "{\"received\":true}");

    /**
     * 409: another delivery of the same event is being handled right now (deduplication); the
     * sender retries, and by then the first one has either finished or released the event.
     */
    public static final WebhookResponse EVENT_IN_PROGRESS =
            new WebhookResponse(409, "{\"received\":false,\"error\":\"Event in progress\"}");

    /** 405: deliveries are POSTs; adapters answer anything else with this. */
    public static final WebhookResponse METHOD_NOT_ALLOWED =
            new WebhookResponse(405, "{\"received\":false,\"error\":\"Method not allowed\"}");

    /**
     * @throws NullPointerException if {@code body} is null
     */
    public WebhookResponse {
        Objects.requireNonNull(body, "body");
    }

    /**
     * The answer to a delivery rejected for {@code reason}: {@link #INVALID_SIGNATURE} for every
     * {@linkplain Reason#isSignatureFailure() signature reason}, {@link #INVALID_PAYLOAD} for
     * {@link Reason#MALFORMED_PAYLOAD} and {@link Reason#UNREADABLE_BODY}, {@link
     * #PAYLOAD_TOO_LARGE} and {@link #UNSUPPORTED_ENCODING}.
     */
    public static WebhookResponse rejected(Reason reason) {
        return switch (Objects.requireNonNull(reason, "reason")) {
            case MALFORMED_PAYLOAD, UNREADABLE_BODY -> INVALID_PAYLOAD;
            case BODY_TOO_LARGE -> PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_ENCODING -> WebhookResponse.UNSUPPORTED_ENCODING;
            default -> INVALID_SIGNATURE;
        };
    }

    /** The body as UTF-8 bytes, ready to write. */
    public byte[] bodyBytes() {
        return body.getBytes(StandardCharsets.UTF_8);
    }
}
