package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a customer's details changed.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record CustomerUpdatedEvent(Envelope envelope, CustomerUpdatedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "customer.updated";

    /**
     * @throws NullPointerException if a component is null
     */
    public CustomerUpdatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
