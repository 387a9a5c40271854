package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a one-off payment link was created.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentLinkCreatedEvent(Envelope envelope, PaymentLinkCreatedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment_link.created";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentLinkCreatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
