package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a payment method was attached to a subscription.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentMethodAttachedEvent(Envelope envelope, PaymentMethodAttachedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment_method.attached";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentMethodAttachedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
