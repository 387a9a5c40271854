package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a subscription record is created (status {@code pending_payment}). No access yet.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionCreatedEvent(Envelope envelope, SubscriptionCreatedData data)
        implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.created";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionCreatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
