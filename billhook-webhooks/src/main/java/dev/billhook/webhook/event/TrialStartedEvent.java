package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a trial began; access is granted until {@code trialEndsAt}.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record TrialStartedEvent(Envelope envelope, TrialStartedData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "trial.started";

    /**
     * @throws NullPointerException if a component is null
     */
    public TrialStartedEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
