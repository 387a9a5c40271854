package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a renewal charge failed and the subscription is {@code past_due}. Access
 * continues during dunning.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionPastDueEvent(Envelope envelope, SubscriptionPastDueData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.past_due";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionPastDueEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
