package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a customer's payment method changed.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentMethodUpdatedEvent(Envelope envelope, PaymentMethodUpdatedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment_method.updated";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentMethodUpdatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
