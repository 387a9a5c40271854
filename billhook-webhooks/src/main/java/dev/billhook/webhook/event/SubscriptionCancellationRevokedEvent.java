package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a scheduled cancellation was withdrawn, so the subscription renews as usual.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionCancellationRevokedEvent(Envelope envelope, SubscriptionCancellationRevokedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.cancellation_revoked";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionCancellationRevokedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
