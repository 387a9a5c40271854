package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: credits expired unused.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record CreditsExpiredEvent(Envelope envelope, CreditsExpiredData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "credits.expired";

    /**
     * @throws NullPointerException if a component is null
     */
    public CreditsExpiredEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
