package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a payout to the organization's bank account was created.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record PayoutCreatedEvent(Envelope envelope, PayoutCreatedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "payout.created";

    /**
     * @throws NullPointerException if a component is null
     */
    public PayoutCreatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
