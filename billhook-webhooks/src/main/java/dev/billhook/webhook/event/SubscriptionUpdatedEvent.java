package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: subscription details changed; typically a cancellation was scheduled: the status
 * stays {@code active} while {@code canceledAt} and {@code endDate} are set.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionUpdatedEvent(Envelope envelope, SubscriptionUpdatedData data)
        implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.updated";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionUpdatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
