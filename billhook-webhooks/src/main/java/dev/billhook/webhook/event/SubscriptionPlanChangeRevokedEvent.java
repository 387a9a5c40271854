package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a scheduled plan change was withdrawn; the current plan stays.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionPlanChangeRevokedEvent(Envelope envelope, SubscriptionPlanChangeRevokedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.plan_change_revoked";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionPlanChangeRevokedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
