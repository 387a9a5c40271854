package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a subscription became active again after it had ended or lapsed; carries the
 * invoice of the charge that reactivated it. Grant access again.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionReactivatedEvent(Envelope envelope, SubscriptionReactivatedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.reactivated";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionReactivatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
