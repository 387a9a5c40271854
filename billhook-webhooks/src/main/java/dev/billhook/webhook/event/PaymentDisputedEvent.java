package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a customer disputed a payment with their bank (a chargeback opened).
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentDisputedEvent(Envelope envelope, PaymentDisputedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment.disputed";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentDisputedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
