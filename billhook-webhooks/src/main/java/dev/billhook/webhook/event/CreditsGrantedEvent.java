package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: credits were added to a subscription, e.g. on renewal.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record CreditsGrantedEvent(Envelope envelope, CreditsGrantedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "credits.granted";

    /**
     * @throws NullPointerException if a component is null
     */
    public CreditsGrantedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
