package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a customer bought a credit pack.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record CreditsPurchasedEvent(Envelope envelope, CreditsPurchasedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "credits.purchased";

    /**
     * @throws NullPointerException if a component is null
     */
    public CreditsPurchasedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
