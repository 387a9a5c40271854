package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: prepaid balance was added.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record BalanceToppedUpEvent(Envelope envelope, BalanceToppedUpData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "balance.topped_up";

    /**
     * @throws NullPointerException if a component is null
     */
    public BalanceToppedUpEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
