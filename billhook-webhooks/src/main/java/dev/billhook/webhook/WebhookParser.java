package dev.billhook.webhook;

import dev.billhook.webhook.WebhookVerificationException.Reason;
import dev.billhook.webhook.internal.EnvelopeReader;

import java.util.Objects;

/**
 * Turns a webhook body into a {@link WebhookEvent}. Does <em>not</em> check the signature: use
 * {@link WebhookDispatcher#verifyAndParse} for requests from the network, and this for bodies you
 * already trust (stored events, tests).
 *
 * <p>Parsing is strict about what the catalog requires and lenient about everything else: unknown
 * fields are ignored and unknown event types become {@link
 * dev.billhook.webhook.event.UnknownEvent}; a missing required field, a value of the wrong JSON
 * type, invalid JSON, duplicate keys or a body that is not an envelope are malformed. Static and
 * thread-safe.
 */
public final class WebhookParser {
    private WebhookParser() {}

    /**
     * Parses {@code body}, UTF-8 JSON as received.
     *
     * @throws WebhookVerificationException with {@link Reason#MALFORMED_PAYLOAD}; its message names
     *     the offending field but never quotes values
     */
    public static WebhookEvent parse(byte[] body) {
        Objects.requireNonNull(body, "body");
        return EnvelopeReader.read(body);
    }
}
