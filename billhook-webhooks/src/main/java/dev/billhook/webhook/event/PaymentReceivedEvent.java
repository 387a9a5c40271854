package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a payment settled: the first one and every renewal.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentReceivedEvent(Envelope envelope, PaymentReceivedData data)
        implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment.received";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentReceivedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
