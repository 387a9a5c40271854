package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a customer's billing state changed (plan, features, seats, credits or balance).
 * Carries the whole new state, so a receiver can replace what it stored rather than patch it.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record CustomerStateChangedEvent(Envelope envelope, CustomerStateChangedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "customer.state_changed";

    /**
     * @throws NullPointerException if a component is null
     */
    public CustomerStateChangedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
