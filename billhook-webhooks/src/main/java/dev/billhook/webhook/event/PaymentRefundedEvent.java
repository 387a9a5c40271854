package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a payment was refunded, in full or in part.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentRefundedEvent(Envelope envelope, PaymentRefundedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment.refunded";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentRefundedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
