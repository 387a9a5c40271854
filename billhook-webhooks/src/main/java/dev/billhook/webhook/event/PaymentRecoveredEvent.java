package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a previously failed invoice was paid, ending dunning.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentRecoveredEvent(Envelope envelope, PaymentRecoveredData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment.recovered";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentRecoveredEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
