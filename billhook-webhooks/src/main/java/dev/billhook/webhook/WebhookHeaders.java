package dev.billhook.webhook;

/**
 * Names of the HTTP headers on a Commet webhook delivery. Header names are case-insensitive on the
 * wire; these are the canonical spellings.
 *
 * <p>The SDK reads only the signature headers: {@link #SIGNATURE}, and the signed-timestamp set
 * {@link #STANDARD_ID}, {@link #STANDARD_TIMESTAMP} and {@link #STANDARD_SIGNATURE} (see {@link
 * WebhookVerifier} for which applies). The other headers are not signed, so the event type, id and
 * timestamp are always read from the verified body instead.
 */
public final class WebhookHeaders {
    /** Lowercase hex HMAC-SHA256 of the exact body bytes, keyed by the whole secret. */
    public static final String SIGNATURE = "X-Commet-Signature";

    /** The event type, e.g. {@code subscription.activated}. Unsigned. */
    public static final String EVENT = "X-Commet-Event";

    /** ISO-8601 UTC instant the event was emitted. Unsigned. */
    public static final String TIMESTAMP = "X-Commet-Timestamp";

    /** The event id, the same as the body's {@code id}. Unsigned. */
    public static final String EVENT_ID = "X-Commet-Event-Id";

    /** Standard Webhooks message id (same value as {@link #EVENT_ID}). Signed. */
    public static final String STANDARD_ID = "webhook-id";

    /** Standard Webhooks timestamp, Unix seconds. Signed, and checked against the clock. */
    public static final String STANDARD_TIMESTAMP = "webhook-timestamp";

    /**
     * Standard Webhooks signatures: space-separated {@code v1,<base64>} entries over {@code id +
     * "." + timestamp + "." + body}.
     */
    public static final String STANDARD_SIGNATURE = "webhook-signature";

    private WebhookHeaders() {}
}
