package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a seat-based feature used up its included seats.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record SeatsLimitReachedEvent(Envelope envelope, SeatsLimitReachedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "seats.limit_reached";

    /**
     * @throws NullPointerException if a component is null
     */
    public SeatsLimitReachedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
