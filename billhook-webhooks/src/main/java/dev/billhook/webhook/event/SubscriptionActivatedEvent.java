package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: the first charge succeeded and the subscription became active. Fires once;
 * carries the invoice. Grant access.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionActivatedEvent(Envelope envelope, SubscriptionActivatedData data)
        implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.activated";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionActivatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
