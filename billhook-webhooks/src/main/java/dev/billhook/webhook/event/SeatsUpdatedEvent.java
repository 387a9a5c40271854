package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: the number of seats of a seat-based feature changed.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SeatsUpdatedEvent(Envelope envelope, SeatsUpdatedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "seats.updated";

    /**
     * @throws NullPointerException if a component is null
     */
    public SeatsUpdatedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
