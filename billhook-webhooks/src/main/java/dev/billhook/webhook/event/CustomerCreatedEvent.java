package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a customer was created.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record CustomerCreatedEvent(Envelope envelope, CustomerCreatedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "customer.created";

    /**
     * @throws NullPointerException if a component is null
     */
    public CustomerCreatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
