package dev.billhook.webhook.event;

import dev.billhook.webhook.Envelope;
import dev.billhook.webhook.WebhookEvent;

import java.util.Objects;

/**
 * {@value #TYPE}: a trial ended without converting. Revoke trial access.
 *
 * @param envelope the shared envelope fields
 * @param data the event data
 */
public record TrialExpiredEvent(Envelope envelope, TrialExpiredData data) implements WebhookEvent {
    /** The wire name of this event type. */
    public static final String TYPE = "trial.expired";

    /**
     * @throws NullPointerException if a component is null
     */
    public TrialExpiredEvent {
        Objects.requireNonNull(envelope, "envelope");
        Objects.requireNonNull(data, "data");
    }
}
