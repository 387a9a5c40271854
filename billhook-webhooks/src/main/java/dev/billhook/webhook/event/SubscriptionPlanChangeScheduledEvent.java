package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a plan or interval change was scheduled to take effect at {@code effectiveAt},
 * typically a downgrade at period end.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionPlanChangeScheduledEvent(Envelope envelope, SubscriptionPlanChangeScheduledData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.plan_change_scheduled";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionPlanChangeScheduledEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
