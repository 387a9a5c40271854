package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: the prepaid balance is used up.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record BalanceDepletedEvent(Envelope envelope, BalanceDepletedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "balance.depleted";

    /**
     * @throws NullPointerException if a component is null
     */
    public BalanceDepletedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
