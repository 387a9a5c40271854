package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a cancellation was scheduled for {@code effectiveAt}; access continues until
 * then.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionCancellationScheduledEvent(Envelope envelope, SubscriptionCancellationScheduledData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.cancellation_scheduled";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionCancellationScheduledEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
