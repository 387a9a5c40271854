package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: the subscription actually ended: at period end for a scheduled cancellation, at
 * once for an immediate one, on a full refund ({@code cancelReason} {@code refund}) or exhausted
 * dunning ({@code dunning_exhausted}). Revoke access.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SubscriptionCanceledEvent(Envelope envelope, SubscriptionCanceledData data)
        implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "subscription.canceled";

    /**
     * @throws NullPointerException if a component is null
     */
    public SubscriptionCanceledEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
