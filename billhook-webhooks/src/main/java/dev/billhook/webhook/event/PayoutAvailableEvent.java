package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: funds became available to pay out.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PayoutAvailableEvent(Envelope envelope, PayoutAvailableData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payout.available";

    /**
     * @throws NullPointerException if a component is null
     */
    public PayoutAvailableEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
