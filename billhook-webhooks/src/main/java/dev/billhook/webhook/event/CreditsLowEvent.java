package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: remaining credits fell to the alert threshold.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record CreditsLowEvent(Envelope envelope, CreditsLowData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "credits.low";

    /**
     * @throws NullPointerException if a component is null
     */
    public CreditsLowEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
