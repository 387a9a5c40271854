package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a payment link was canceled before it was paid.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentLinkCanceledEvent(Envelope envelope, PaymentLinkCanceledData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment_link.canceled";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentLinkCanceledEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
