package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a dispute closed; {@code outcome} says how.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PaymentDisputeResolvedEvent(Envelope envelope, PaymentDisputeResolvedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payment.dispute_resolved";

    /**
     * @throws NullPointerException if a component is null
     */
    public PaymentDisputeResolvedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
