package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: the plan or billing interval changed; carries both plans and the proration
 * amounts.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionPlanChangedEvent(Envelope envelope, SubscriptionPlanChangedData data)
        implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.plan_changed";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionPlanChangedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
