package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: no credits remain.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record CreditsDepletedEvent(Envelope envelope, CreditsDepletedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "credits.depleted";

    /**
     * @throws NullPointerException if a component is null
     */
    public CreditsDepletedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
