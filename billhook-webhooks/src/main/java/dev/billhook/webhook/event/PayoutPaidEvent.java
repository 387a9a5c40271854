package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a payout arrived.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PayoutPaidEvent(Envelope envelope, PayoutPaidData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payout.paid";

    /**
     * @throws NullPointerException if a component is null
     */
    public PayoutPaidEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
