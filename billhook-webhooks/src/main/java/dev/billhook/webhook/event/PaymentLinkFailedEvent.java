package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a payment through a payment link failed.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentLinkFailedEvent(Envelope envelope, PaymentLinkFailedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment_link.failed";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentLinkFailedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
