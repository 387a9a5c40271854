package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a payout failed.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PayoutFailedEvent(Envelope envelope, PayoutFailedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payout.failed";

    /**
     * @throws NullPointerException if a component is null
     */
    public PayoutFailedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
