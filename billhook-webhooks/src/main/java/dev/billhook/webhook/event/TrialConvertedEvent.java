package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a trial turned into a paid subscription.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record TrialConvertedEvent(Envelope envelope, TrialConvertedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "trial.converted";

    /**
     * @throws NullPointerException if a component is null
     */
    public TrialConvertedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
