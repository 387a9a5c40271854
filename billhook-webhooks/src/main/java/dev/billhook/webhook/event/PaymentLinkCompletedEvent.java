package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a payment link was paid; carries the invoice created for it.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentLinkCompletedEvent(Envelope envelope, PaymentLinkCompletedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment_link.completed";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentLinkCompletedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
