package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: the prepaid balance fell to the alert threshold.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record BalanceLowEvent(Envelope envelope, BalanceLowData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "balance.low";

    /**
     * @throws NullPointerException if a component is null
     */
    public BalanceLowEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
